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
//! fit the terminal (the terminal never wraps on its own), menu items are wrapped the way
//! dialoguer counts them, and a menu never has more rows than the screen.

mod bar;
mod layout;
mod theme;

use super::stop;

use super::*;
use crate::bank::model::Ui;
use console::{Term, measure_text_width, style};
use dialoguer::{Input, MultiSelect, Select};
use std::io;
use theme::{CHECKLIST_PREFIX, SELECT_PREFIX, SelfcheckTheme};

/// Menu rows kept in sight under a question's header when the counselor's notes have
/// to give way on a short screen.
const MENU_MIN_ROWS: usize = 5;

/// How a line of text is drawn.
#[derive(Clone, Copy)]
enum Look {
    Plain,
    Bold,
    Dim,
    Alert(Tier),
}

/// What is on screen below the last fixed block (welcome, gate, interrupt, review), so
/// that going back can take the previous answer's record line off the screen again.
enum Block {
    /// The record line of an answer.
    Record,
    /// The record line of a session note. The flow asks for a note only once, so when
    /// going back takes it off the screen it is shown again on the way forward.
    Note(Again),
    /// A section header, shown before question number `n`.
    Section { view: SectionView, n: Option<usize> },
}

/// A block taken off the screen by going back, to be shown again before the question
/// it came before.
enum Again {
    Section(SectionView),
    Note { what: String, words: String },
}

struct Shown {
    block: Block,
    rows: usize,
}

pub struct TerminalPrompter {
    ui: Ui,
    term: Term,
    theme: SelfcheckTheme,
    /// Blocks below the last fixed one, newest last.
    tail: Vec<Shown>,
    /// Section headers (and session notes) taken off the screen by going back, with the
    /// number of the question they came before, newest (lowest number) last. Shown again
    /// on the way forward: the flow announces a section, and asks for its note, only once.
    pending: Vec<(Again, usize)>,
}

impl TerminalPrompter {
    pub fn new(ui: &Ui) -> std::io::Result<Self> {
        stop::install(&ui.interrupted_message, true)?;
        Ok(TerminalPrompter {
            ui: ui.clone(),
            term: Term::stderr(),
            theme: SelfcheckTheme::default(),
            tail: Vec::new(),
            pending: Vec::new(),
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
        let lines = layout::lines(text, self.width());
        for line in &lines {
            let line = line.as_str();
            let drawn = match look {
                Look::Plain => line.to_string(),
                Look::Bold => style(line).for_stderr().bold().to_string(),
                Look::Dim => style(line).for_stderr().dim().to_string(),
                Look::Alert(Tier::Emergency) => style(line).for_stderr().bold().red().to_string(),
                Look::Alert(_) => style(line).for_stderr().bold().yellow().to_string(),
            };
            self.term.write_line(&drawn)?;
        }
        Ok(lines.len())
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

    /// One compact line for a reply: "✔ {what} · {words}", cut to one line.
    fn record(&mut self, what: &str, words: &str) -> io::Result<()> {
        self.record_line(what, words, layout::MIN_LABEL)?;
        self.tail.push(Shown {
            block: Block::Record,
            rows: 1,
        });
        Ok(())
    }

    /// The record line of a session note: like an answer's, but shown again after going
    /// back takes it off, and its long prompt (which names the section) keeps half the
    /// line.
    fn note_record(&mut self, what: &str, words: &str) -> io::Result<()> {
        self.record_line(what, words, self.width() / 2)?;
        self.tail.push(Shown {
            block: Block::Note(Again::Note {
                what: what.to_string(),
                words: words.to_string(),
            }),
            rows: 1,
        });
        Ok(())
    }

    /// Draws a record line; a long `what` keeps at least `min_label` columns.
    fn record_line(&self, what: &str, words: &str, min_label: usize) -> io::Result<()> {
        let width = self.width().saturating_sub(2);
        let text = layout::record_text(what, words, width, min_label);
        let line = format!(
            "{} {}",
            style("✔").for_stderr().green(),
            style(text).for_stderr().dim()
        );
        self.term.write_line(&line)
    }

    /// A block for the counselor, not the client: each line behind a "│" bar, in cyan
    /// with the label bold, or in bold red for what the counselor must do now (`alert`).
    /// Returns the number of rows written, at most `max_rows` (and at least one).
    fn counsel(
        &self,
        label: Option<&str>,
        text: &str,
        alert: bool,
        max_rows: usize,
    ) -> io::Result<usize> {
        let lines = layout::counsel_lines(label, text, self.width(), max_rows);
        for (head, rest) in &lines {
            let line = if alert {
                let text = format!("│ {head}{rest}");
                style(text).for_stderr().bold().red().to_string()
            } else {
                format!(
                    "{}{}{}",
                    style("│ ").for_stderr().cyan(),
                    style(head).for_stderr().cyan().bold(),
                    style(rest).for_stderr().cyan()
                )
            };
            self.term.write_line(&line)?;
        }
        Ok(lines.len())
    }

    /// A prompt for dialoguer's own prompt line, only when it fits on one line with room
    /// for a page indicator; dialoguer does not count the rows of a wrapped prompt.
    fn menu_prompt(&self, text: &str) -> Option<String> {
        (measure_text_width(text) + 16 <= self.width()).then(|| text.to_string())
    }

    /// How many rows the screen has left under `used` rows (and a prompt line, if any).
    fn room(&self, used: usize, prompt: bool) -> usize {
        self.rows()
            .saturating_sub(used + usize::from(prompt) + 1)
            .max(1)
    }

    /// How many items a menu under `used` rows shows at once, and its prompt line. When
    /// the items do not all fit, a menu without a prompt gets `title` as one (if it fits
    /// on a line), so that dialoguer can show which page is up.
    fn page(
        &self,
        items: &[String],
        used: usize,
        prompt: Option<&str>,
        title: &str,
    ) -> (usize, Option<String>) {
        let tallest = items
            .iter()
            .map(|i| layout::item_rows(i))
            .max()
            .unwrap_or(1);
        let page = layout::page_length(self.room(used, prompt.is_some()), tallest);
        match prompt {
            Some(prompt) => (page, Some(prompt.to_string())),
            None if items.len() > page => match self.menu_prompt(title) {
                Some(title) => (
                    layout::page_length(self.room(used, true), tallest),
                    Some(title),
                ),
                None => (page, None),
            },
            None => (page, None),
        }
    }

    /// A one-answer menu under `used` rows of header. `None` on Esc or q.
    /// Also returns how many rows the menu took, at most.
    fn menu(
        &self,
        labels: &[String],
        default: usize,
        prompt: Option<&str>,
        title: &str,
        used: usize,
    ) -> PromptResult<(Option<usize>, usize)> {
        let items = layout::menu_items(labels, SELECT_PREFIX, self.width(), self.cols());
        let (page, prompt) = self.page(&items, used, prompt, title);
        let mut select = Select::with_theme(&self.theme)
            .items(&items)
            .default(default.min(items.len().saturating_sub(1)))
            .max_length(page);
        if let Some(prompt) = &prompt {
            select = select.with_prompt(prompt);
        }
        let picked = select
            .report(false)
            .clear(true)
            .interact_on_opt(&self.term)
            .map_err(|err| self.fail(err))?;
        Ok((picked, menu_rows(&items, page, prompt.is_some())))
    }

    /// A checklist under `used` rows of header. `None` on Esc or q.
    fn checklist(
        &self,
        view: &QuestionView,
        used: usize,
    ) -> PromptResult<(Option<Vec<usize>>, usize)> {
        let labels = layout::choice_labels(view, &self.ui);
        let items = layout::menu_items(&labels, CHECKLIST_PREFIX, self.width(), self.cols());
        let (page, prompt) = self.page(&items, used, None, &view.label);
        let mut select = MultiSelect::with_theme(&self.theme)
            .items(&items)
            .defaults(&layout::checklist_defaults(view))
            .max_length(page);
        if let Some(prompt) = &prompt {
            select = select.with_prompt(prompt);
        }
        let picked = select
            .report(false)
            .clear(true)
            .interact_on_opt(&self.term)
            .map_err(|err| self.fail(err))?;
        Ok((picked, menu_rows(&items, page, prompt.is_some())))
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
            .map_err(|err| self.fail(err))?;
        // dialoguer's "? {prompt} " if any, then "› " (two columns), then the text.
        let before = prompt.map_or(0, |p| measure_text_width(p) + 3) + 2;
        let below = (before + measure_text_width(&text)) / self.cols().max(1);
        Ok((text, below))
    }

    /// Turns dialoguer's error into the prompter's: Ctrl-C in raw mode is an `Interrupted`
    /// io error. dialoguer hides the cursor during a menu and does not show it again when
    /// the read fails, so it is shown here.
    fn fail(&self, err: dialoguer::Error) -> PromptError {
        let err = io::Error::from(err);
        if err.kind() == io::ErrorKind::Interrupted {
            stop::claim_in_prompt();
        }
        let _ = self.term.show_cursor();
        let _ = self.term.write_line("");
        let _ = self.term.flush();
        PromptError::from(err)
    }

    /// The question's header: a blank line, the progress bar, the question, why we ask,
    /// and the keys to press. Returns its rows.
    fn header(&self, view: &QuestionView) -> io::Result<usize> {
        let width = self.width();
        let mut rows = self.blank()?;
        let bar = bar::bar(view.n, view.total, width);
        let progress = layout::one_line(
            &view.progress,
            width.saturating_sub(measure_text_width(&bar) + 1),
        );
        self.term.write_line(&format!(
            "{} {}",
            style(bar).for_stderr().cyan(),
            style(progress).for_stderr().dim()
        ))?;
        rows += 1;
        rows += self.say(&view.text, Look::Bold)?;
        if let Some(help) = &view.help {
            rows += self.say(&format!("{}: {help}", self.ui.why_we_ask), Look::Dim)?;
        }
        let mut hints = Vec::new();
        match view.kind {
            Kind::Checklist => hints.push(self.ui.checklist_hint.as_str()),
            Kind::Text => hints.push(self.ui.text_hint.as_str()),
            Kind::YesNo | Kind::Choice => {}
        }
        // A text prompt has no Esc; the review lets people change a text answer.
        if view.can_go_back && view.kind != Kind::Text {
            hints.push(self.ui.back_hint.as_str());
        }
        let hints = hints.join(" ");
        if let Some(note) = &view.counselor_notes {
            // The counselor's notes give way on a short screen: the question, the keys
            // and a few menu items stay in sight.
            let hint_rows = layout::lines(&hints, width).len();
            let menu = (view.choices.len() + 1).min(MENU_MIN_ROWS);
            let room = self.rows().saturating_sub(rows + hint_rows + menu + 2);
            rows += self.counsel(Some(&note.label), &note.text, false, room)?;
        }
        if !hints.is_empty() {
            rows += self.say(&hints, Look::Dim)?;
        }
        Ok(rows)
    }

    fn section_header(&self, view: &SectionView) -> io::Result<usize> {
        Ok(self.blank()?
            + self.say(&view.title, Look::Bold)?
            + self.say(&view.intro, Look::Plain)?)
    }

    /// Section headers (and session notes) taken off by going back come back before the
    /// question they came before.
    fn reshow_sections(&mut self, n: usize) -> io::Result<()> {
        while self.pending.last().is_some_and(|(_, first)| n >= *first) {
            let Some((again, first)) = self.pending.pop() else {
                break;
            };
            match again {
                Again::Section(view) => {
                    let rows = self.section_header(&view)?;
                    self.tail.push(Shown {
                        block: Block::Section {
                            view,
                            n: Some(first),
                        },
                        rows,
                    });
                }
                Again::Note { what, words } => self.note_record(&what, &words)?,
            }
        }
        Ok(())
    }

    /// Going back: takes the previous answer's record line off the screen (and a section
    /// header shown after it), so the screen does not show an answer that is being
    /// changed. `below` is how many rows the question just cleared had taken: when the
    /// lines to take off may have scrolled out of sight, they are left as they are.
    fn take_back_record(&mut self, below: usize) -> io::Result<()> {
        let Some(start) = self
            .tail
            .iter()
            .rposition(|s| matches!(s.block, Block::Record))
        else {
            return Ok(());
        };
        let up: usize = self.tail[start..].iter().map(|s| s.rows).sum();
        if up + below >= self.rows() {
            return Ok(());
        }
        self.clear_up(up)?;
        // A note comes back just before the section header that followed it.
        let mut next = None;
        for shown in self.tail.drain(start..).rev() {
            match shown.block {
                Block::Section { view, n: Some(n) } => {
                    next = Some(n);
                    self.pending.push((Again::Section(view), n));
                }
                Block::Note(again) => {
                    if let Some(n) = next {
                        self.pending.push((again, n));
                    }
                }
                Block::Record | Block::Section { n: None, .. } => {}
            }
        }
        Ok(())
    }
}

/// The most rows a menu of `items` takes, `page` items at a time.
fn menu_rows(items: &[String], page: usize, prompt: bool) -> usize {
    let tallest = items
        .iter()
        .map(|i| layout::item_rows(i))
        .max()
        .unwrap_or(1);
    page.min(items.len()) * tallest + usize::from(prompt)
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
        let used = self.blank()?
            + self.say(&view.title, Look::Bold)?
            + self.say(&view.text, Look::Plain)?;
        let labels = [view.yes.clone(), view.no.clone()];
        loop {
            // Enter on its own means "no": the default is the second item.
            if let (Some(picked), _) = self.menu(&labels, 1, None, &view.title, used)? {
                self.record("", &labels[picked])?;
                self.tail.clear();
                return Ok(picked == 0);
            }
        }
    }

    fn section(&mut self, view: &SectionView) -> PromptResult<()> {
        let rows = self.section_header(view)?;
        self.tail.push(Shown {
            block: Block::Section {
                view: view.clone(),
                n: None,
            },
            rows,
        });
        Ok(())
    }

    fn ask(&mut self, view: &QuestionView) -> PromptResult<Reply> {
        self.reshow_sections(view.n)?;
        if let Some(Shown {
            block: Block::Section { n: n @ None, .. },
            ..
        }) = self.tail.last_mut()
        {
            *n = Some(view.n);
        }
        let rows = self.header(view)?;
        loop {
            let (answer, below) = match view.kind {
                Kind::YesNo | Kind::Choice => {
                    let labels = layout::choice_labels(view, &self.ui);
                    let (picked, menu_rows) = self.menu(
                        &labels,
                        layout::default_index(view),
                        None,
                        &view.label,
                        rows,
                    )?;
                    (
                        picked.map(|i| (layout::choice_answer(view, i), 0)),
                        menu_rows,
                    )
                }
                Kind::Checklist => {
                    let (picked, menu_rows) = self.checklist(view, rows)?;
                    (
                        picked.map(|p| (layout::checklist_answer(view, &p), 0)),
                        menu_rows,
                    )
                }
                Kind::Text => {
                    let (text, extra) = self.text(None, &layout::default_text(view))?;
                    (Some((Answer::Text(text), extra)), extra + 1)
                }
            };
            match answer {
                Some((answer, extra)) => {
                    self.clear_up(rows + extra)?;
                    let words = view.words(&answer, &self.ui);
                    self.record(&view.label, &words)?;
                    return Ok(Reply::Answer(answer));
                }
                None if view.can_go_back => {
                    self.clear_up(rows)?;
                    self.take_back_record(rows + below)?;
                    return Ok(Reply::Back);
                }
                // Nothing to go back to: ask again (the header is still there).
                None => {}
            }
        }
    }

    fn interrupt(&mut self, views: &[InterruptView]) -> PromptResult<Next> {
        self.tail.clear();
        let mut used = 0;
        // The same instruction to the counselor is given once, even when two messages
        // carry it.
        let mut told: Vec<&str> = Vec::new();
        for view in views {
            used += self.blank()?;
            used += self.say(&view.title, Look::Alert(view.tier))?;
            used += self.say(&view.message, Look::Plain)?;
            // What the counselor must do now, right with the client's message. The flow
            // gives one only for thoughts of suicide or an emergency: always in red.
            if let Some(prompt) = view
                .counselor_prompt
                .as_deref()
                .filter(|p| !told.contains(p))
            {
                told.push(prompt);
                // Never cut: it is what the counselor must do now.
                used += self.counsel(None, prompt, true, usize::MAX)?;
            }
            for resource in &view.resources {
                used += self.say(
                    &format!("{}: {}", resource.name, resource.contact),
                    Look::Bold,
                )?;
            }
        }
        used += self.blank()?;
        let prompt = self.menu_prompt(&self.ui.after_interrupt);
        if prompt.is_none() {
            used += self.say(&self.ui.after_interrupt, Look::Bold)?;
        }
        let labels = [
            self.ui.continue_.clone(),
            self.ui.go_to_summary.clone(),
            self.ui.quit.clone(),
        ];
        // Esc (or q) continues: it never ends the self-check by accident.
        let (picked, _) = self.menu(
            &labels,
            0,
            prompt.as_deref(),
            &self.ui.after_interrupt,
            used,
        )?;
        let picked = picked.unwrap_or(0);
        if prompt.is_none() {
            // The question was written above the menu: the record line says it again.
            self.clear_up(layout::lines(&self.ui.after_interrupt, self.width()).len())?;
        }
        let after = self.ui.after_interrupt.clone();
        self.record(&after, &labels[picked])?;
        self.tail.clear();
        Ok([Next::Continue, Next::Summary, Next::Quit][picked])
    }

    fn review(&mut self, items: &[ReviewItem]) -> PromptResult<ReviewReply> {
        self.tail.clear();
        self.pending.clear();
        let mut used = self.blank()?;
        let prompt = self.menu_prompt(&self.ui.review_title);
        if prompt.is_none() {
            used += self.say(&self.ui.review_title, Look::Bold)?;
        }
        used += self.say(&self.ui.review_hint, Look::Dim)?;
        let labels: Vec<String> = std::iter::once(self.ui.review_done.clone())
            .chain(items.iter().map(ReviewItem::line))
            .collect();
        loop {
            // Esc shows the list again: the review ends only by a choice.
            let (Some(picked), _) =
                self.menu(&labels, 0, prompt.as_deref(), &self.ui.review_title, used)?
            else {
                continue;
            };
            self.clear_up(used)?;
            return Ok(match picked.checked_sub(1).and_then(|i| items.get(i)) {
                None => {
                    let done = self.ui.review_done.clone();
                    self.record("", &done)?;
                    self.tail.clear();
                    ReviewReply::Done
                }
                Some(item) => ReviewReply::Change(item.question),
            });
        }
    }

    fn consent(&mut self, view: &ConsentView) -> PromptResult<bool> {
        self.tail.clear();
        let used = self.say(&view.title, Look::Bold)?
            + self.blank()?
            + self.say(&view.script, Look::Plain)?
            + self.blank()?;
        let labels = [view.yes.clone(), view.no.clone()];
        loop {
            // Esc shows the choice again: the client's answer is only ever a choice made.
            if let (Some(picked), _) = self.menu(&labels, 0, None, &view.title, used)? {
                self.record("", &labels[picked])?;
                self.blank()?;
                self.tail.clear();
                return Ok(picked == 0);
            }
        }
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
        let words = Answer::Text(text.clone()).words(|_| None, &self.ui);
        self.note_record(&view.prompt, &words)?;
        Ok(text)
    }

    fn readiness(&mut self, view: &ReadinessView) -> PromptResult<Option<u8>> {
        self.tail.clear();
        let mut used = self.blank()?;
        let prompt = self.menu_prompt(&view.prompt);
        if prompt.is_none() {
            used += self.say(&view.prompt, Look::Bold)?;
        }
        let labels = layout::readiness_labels(&view.prefer_not_to_say);
        // Enter on its own records no number: the menu starts on "prefer not to say".
        let default = labels.len() - 1;
        loop {
            // Esc shows the scale again.
            let (Some(picked), _) =
                self.menu(&labels, default, prompt.as_deref(), &view.prompt, used)?
            else {
                continue;
            };
            self.clear_up(used)?;
            self.record(&view.prompt, &labels[picked])?;
            self.tail.clear();
            return Ok(layout::readiness_answer(picked));
        }
    }
}
