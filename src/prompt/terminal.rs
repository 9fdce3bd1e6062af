//! The interactive terminal prompter (dialoguer, console, indicatif), drawing on stderr
//! so that stdout carries only the summary.
//!
//! The screen reads as a log: each answered question leaves one dim record line
//! ("✔ label · answer") and the question being asked sits below them, with a header (a
//! progress bar, the question, why we ask, the keys to press) and its menu. Once
//! answered, the header and the menu are cleared and the record line takes their place,
//! so no half-cleared prompt is ever left behind. Every word comes from the bank.
//!
//! Counselor mode adds the consent screen, session notes, the readiness scale, and
//! blocks meant for the counselor alone: the section's notes in each question's header,
//! and what to do now in a red-flag message. Those blocks stand behind a "│" bar, so
//! that they read apart from the client's words even without colour.
//!
//! Line counting is what keeps the screen clean: every line written here is wrapped to
//! fit the terminal (the terminal never wraps on its own). Menus are drawn with their
//! header by `menu`, on a plan made by `screen`: Enter alone never answers, every choice
//! is seen before an answer is taken, and a resized window is drawn again. What stands
//! below the last fixed block (drawn from the views alone), and taking it off again on
//! going back, is `log`.

mod bar;
mod header;
pub(crate) mod layout;
mod log;
mod menu;
mod screen;
mod theme;
mod typing;

use super::stop;

use super::*;
use crate::bank::model::Ui;
use console::{Term, measure_text_width};
use dialoguer::Input;
use log::Shown;
use menu::{Esc, Menu, Outcome, Picked};
use screen::{Look, Part};
use std::io;
use theme::SelfcheckTheme;

pub struct TerminalPrompter {
    ui: Ui,
    term: Term,
    theme: SelfcheckTheme,
    /// Blocks below the last fixed one, newest last.
    tail: Vec<Shown>,
    /// How many section headers going back has taken off the screen and no question has
    /// drawn again since (the review's list starts afresh).
    taken_off: usize,
}

impl TerminalPrompter {
    pub fn new(ui: &Ui) -> std::io::Result<Self> {
        stop::install(&ui.interrupted_message, true)?;
        Ok(TerminalPrompter {
            ui: ui.clone(),
            term: Term::stderr(),
            theme: SelfcheckTheme::default(),
            tail: Vec::new(),
            taken_off: 0,
        })
    }

    /// Leaves the terminal as it was found: the cursor shown. Safe to call more than once.
    /// (The progress bar is never drawn on the terminal itself, so there is none to clear.)
    pub fn finish(&mut self) {
        let _ = self.term.show_cursor();
        let _ = self.term.flush();
    }

    fn cols(&self) -> usize {
        usize::from(self.term.size().1)
    }

    fn rows(&self) -> usize {
        usize::from(self.term.size().0)
    }

    fn width(&self) -> usize {
        layout::text_width(self.cols())
    }

    /// Writes `text` wrapped to the terminal, each line drawn with `look`; returns the
    /// number of rows written.
    fn say(&self, text: &str, look: Look) -> io::Result<usize> {
        menu::draw(&self.term, &header::wrapped(text, look, self.width()))
    }

    fn blank(&self) -> io::Result<usize> {
        self.term.write_line("")?;
        Ok(1)
    }

    /// Clears the last `rows` rows, from the start of the first one to the end of the
    /// screen (so a wrapped text answer below the cursor goes too).
    fn clear_up(&self, rows: usize) -> io::Result<()> {
        self.term.move_cursor_up(rows)?;
        self.term.clear_to_end_of_screen()?;
        self.term.flush()
    }

    /// A prompt for dialoguer's own prompt line, only when it fits on one line;
    /// dialoguer does not count the rows of a wrapped prompt.
    fn menu_prompt(&self, text: &str) -> Option<String> {
        (measure_text_width(text) + 16 <= self.width()).then(|| text.to_string())
    }

    /// Runs a menu under a header; Ctrl-C and other failures become the prompter's
    /// errors. (When the menu had to clear the screen, `redrawn` says so: nothing above
    /// it can be taken back.)
    fn run_menu(&self, header: &dyn Fn(usize) -> Vec<Part>, menu: Menu) -> PromptResult<Outcome> {
        menu::run(&self.term, &self.ui, header, menu).map_err(|err| self.fail(err))
    }

    /// A line of free text, after `prompt` if there is one. Returns the text and how
    /// many rows below the first one the cursor ended on (a long answer wraps).
    fn text(&self, prompt: Option<&str>, initial: &str) -> PromptResult<(String, usize)> {
        let mut input = Input::<String>::with_theme(&self.theme)
            .allow_empty(true)
            .report(false);
        if let Some(prompt) = prompt {
            input = input.with_prompt(prompt);
        }
        if !initial.is_empty() {
            input = input.with_initial_text(initial);
        }
        let text = input
            .interact_text_on(&self.term)
            .map_err(|err| self.fail(io::Error::from(err)))?;
        // dialoguer's "? {prompt} " if any, then "› " (two columns), then the text. A
        // line filled to its last column leaves the cursor on it, not below.
        let before = prompt.map_or(0, |p| measure_text_width(p) + 3) + 2;
        let below = layout::rows_below(before + measure_text_width(&text), self.cols());
        Ok((text, below))
    }

    /// Turns an error into the prompter's: Ctrl-C in raw mode is an `Interrupted` io
    /// error. A menu hides the cursor, so it is shown again here.
    fn fail(&self, err: io::Error) -> PromptError {
        if err.kind() == io::ErrorKind::Interrupted {
            stop::claim_in_prompt();
        }
        let _ = self.term.show_cursor();
        let _ = self.term.write_line("");
        let _ = self.term.flush();
        PromptError::from(err)
    }

    fn section_header(&self, view: &SectionView) -> io::Result<usize> {
        Ok(self.blank()?
            + self.say(&view.title, Look::Bold)?
            + self.say(&view.intro, Look::Plain)?)
    }
}

impl Prompter for TerminalPrompter {
    fn welcome(&mut self, view: &WelcomeView) -> PromptResult<()> {
        self.tail.clear();
        self.say(&view.title, Look::Bold)?;
        self.blank()?;
        self.say(&view.disclaimer, Look::Plain)?;
        self.blank()?;
        self.say(&view.intro, Look::Plain)?;
        Ok(())
    }

    fn gate(&mut self, view: &GateView) -> PromptResult<bool> {
        self.tail.clear();
        let offers = view.offers();
        let labels = Offer::labels(&offers);
        let header = |width: usize| header::gate(view, width);
        // The cursor starts on neither answer: Enter alone answers nothing.
        let outcome = self.run_menu(
            &header,
            Menu {
                may_page: false,
                ..Menu::one_of(&labels)
            },
        )?;
        let Picked::One(picked) = outcome.picked else {
            return Ok(false);
        };
        let picked = &offers[picked];
        self.record("", &picked.label)?;
        self.tail.clear();
        Ok(picked.value)
    }

    fn ask(&mut self, view: &QuestionView) -> PromptResult<Reply> {
        if let Some(lead) = &view.lead {
            self.lead(lead)?;
        }
        if view.kind == Kind::Text {
            // The question stays in sight above the answer's line: what does not fit
            // with it is read first, as above a menu.
            let header = |width: usize| header::question(view, &self.ui, width);
            let drawn = typing::header(&self.term, &self.ui, &header)?;
            if drawn.redrawn {
                self.tail.clear();
            }
            let rows = drawn.rows;
            // The answer's line is the row below the header: clearing from the header's
            // first row takes the header and the answer, and nothing above them.
            let (text, extra) = self.text(None, &layout::default_text(view))?;
            self.clear_up(rows + extra)?;
            let answer = Answer::Text(text);
            let words = view.words(&answer, &self.ui);
            self.record(&view.label, &words)?;
            return Ok(Reply::Answer(answer));
        }
        let checklist = view.kind == Kind::Checklist;
        let offers = view.choice_offers(&self.ui);
        let labels = if checklist {
            view.checklist_labels(&self.ui)
        } else {
            Offer::labels(&offers)
        };
        let header = |width: usize| header::question(view, &self.ui, width);
        let menu = Menu {
            labels: &labels,
            cursor: if checklist {
                None
            } else {
                layout::default_index(view)
            },
            checked: checklist.then(|| layout::checklist_defaults(view)),
            must_see_all: true,
            esc: if view.can_go_back {
                Esc::Back
            } else {
                Esc::Ignore
            },
            keep_header: false,
            may_page: false,
            see_all: None,
        };
        let outcome = self.run_menu(&header, menu)?;
        if outcome.redrawn {
            self.tail.clear();
        }
        let answer = match outcome.picked {
            Picked::One(i) => offers[i].value.clone(),
            Picked::Many(picked) => view.checklist_answer(&picked),
            Picked::Back => {
                self.take_back_record(outcome.rows)?;
                return Ok(Reply::Back);
            }
        };
        let words = view.words(&answer, &self.ui);
        self.record(&view.label, &words)?;
        Ok(Reply::Answer(answer))
    }

    fn interrupt(&mut self, views: &[InterruptView]) -> PromptResult<Next> {
        self.tail.clear();
        let header = |width: usize| header::interrupt(views, &self.ui, width);
        let offers = Next::offers(&self.ui);
        let labels = Offer::labels(&offers);
        // Like every menu, it starts on no choice: Enter alone does nothing but say how
        // to pick. Esc (or q) continues: it never ends the self-check by accident.
        let outcome = self.run_menu(
            &header,
            Menu {
                esc: Esc::Pick(0),
                ..Menu::one_of(&labels)
            },
        )?;
        let picked = &offers[outcome.picked.one_or(0)];
        self.record("", &picked.label)?;
        self.tail.clear();
        Ok(picked.value)
    }

    fn review(&mut self, items: &[ReviewItem]) -> PromptResult<ReviewReply> {
        self.tail.clear();
        self.taken_off = 0;
        let offers = ReviewItem::offers(items, &self.ui);
        let labels = Offer::labels(&offers);
        let header = |width: usize| header::review(&self.ui, width);
        // Like every menu, it starts on no choice, and Enter is taken only once every
        // answer has been in sight: the review cannot be skipped unread. Esc does nothing:
        // the review ends only by a choice. (A long answer wraps further in than the next
        // item starts, as every menu's long items do.)
        let outcome = self.run_menu(
            &header,
            Menu {
                keep_header: false,
                see_all: (!self.ui.see_all_answers_first.is_empty())
                    .then_some(self.ui.see_all_answers_first.as_str()),
                ..Menu::one_of(&labels)
            },
        )?;
        let picked = &offers[outcome.picked.one_or(0)];
        if picked.value == ReviewReply::Done {
            self.record("", &picked.label)?;
            self.tail.clear();
        }
        Ok(picked.value)
    }

    fn consent(&mut self, view: &ConsentView) -> PromptResult<bool> {
        self.tail.clear();
        let offers = view.offers();
        let labels = Offer::labels(&offers);
        let header = |width: usize| header::consent(view, width);
        // The cursor starts on neither: the client's answer is only ever a choice made.
        let outcome = self.run_menu(&header, Menu::one_of(&labels))?;
        // Only a choice made gets here; were it anything else, it would be no.
        let picked = &offers[outcome.picked.one_or(1)];
        self.record("", &picked.label)?;
        self.blank()?;
        self.tail.clear();
        Ok(picked.value)
    }

    fn note(&mut self, view: &NoteView) -> PromptResult<String> {
        let mut rows = self.blank()?;
        rows += self.say(&view.hint, Look::Dim)?;
        let prompt = self.menu_prompt(&view.prompt);
        if prompt.is_none() {
            rows += self.say(&view.prompt, Look::Bold)?;
        }
        let (text, below) = self.text(prompt.as_deref(), "")?;
        self.clear_up(rows + below)?;
        self.note_record(&GivenNote {
            prompt: view.prompt.clone(),
            text: text.clone(),
        })?;
        Ok(text)
    }

    fn readiness(&mut self, view: &ReadinessView) -> PromptResult<Option<u8>> {
        self.tail.clear();
        let offers = view.offers();
        let labels = Offer::labels(&offers);
        let header = |width: usize| header::readiness(view, width);
        // The cursor starts on no number: Enter alone records nothing.
        let outcome = self.run_menu(
            &header,
            Menu {
                keep_header: false,
                ..Menu::one_of(&labels)
            },
        )?;
        let picked = &offers[outcome.picked.one_or(offers.len() - 1)];
        self.record(&view.prompt, &picked.label)?;
        self.tail.clear();
        Ok(picked.value)
    }
}
