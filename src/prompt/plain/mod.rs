//! Plain mode (`--plain`, or `ACCESSIBLE=1`, or `TERM=dumb`): for a screen reader, a
//! braille display, a dumb terminal or piped input. Everything is written as plain lines,
//! once, in reading order: no colours, no cursor movement, no redraws, no animation.
//! Every choice is a numbered line, answered by typing its number and pressing Enter; a
//! reply that is not one of the choices is said to be so and asked again; each reply is
//! repeated back ("Your answer: Yes") so that a screen reader confirms it.
//!
//! The prompter reads lines from any `BufRead` and writes to any `Write` (the app gives
//! it standard input and standard error; tests give it memory). Standard output stays
//! for the summary. Every word comes from the bank. The end of input at any prompt is
//! `PromptError::InputEnded`: the self-check stops and nothing is written.
//!
//! Reading a line is in `input`, what a typed reply means in `reply`; this file holds
//! the dialogue between them.

mod input;
mod reply;
mod stdin;
#[cfg(test)]
mod tests;

use super::*;
use crate::bank::model::Ui;
use crate::bank::template::fill_named;
use crate::render::wrap;
use crate::text::strip_unsafe;
use reply::{number, numbers};
use std::ffi::OsStr;
use std::io::{self, BufRead, Write};
pub use stdin::Stdin;

/// Lines are wrapped at this width, whatever the terminal (there may be none).
pub const WIDTH: usize = 78;

/// Whether plain mode is on: the `--plain` flag, or `ACCESSIBLE` set (to anything but
/// empty or `0`), or `TERM=dumb`.
pub fn requested(flag: bool) -> bool {
    wanted(
        flag,
        std::env::var_os("ACCESSIBLE").as_deref(),
        std::env::var_os("TERM").as_deref(),
    )
}

/// `requested`, given the flag and the two variables.
pub fn wanted(flag: bool, accessible: Option<&OsStr>, term: Option<&OsStr>) -> bool {
    flag || accessible.is_some_and(|v| !v.is_empty() && v != OsStr::new("0"))
        || term.is_some_and(|t| t == OsStr::new("dumb"))
}

pub struct PlainPrompter<R, W> {
    ui: Ui,
    input: R,
    output: W,
}

impl<R: BufRead, W: Write> PlainPrompter<R, W> {
    pub fn new(ui: &Ui, input: R, output: W) -> Self {
        PlainPrompter {
            ui: ui.clone(),
            input,
            output,
        }
    }

    /// Gives back what was written (for tests).
    pub fn into_output(self) -> W {
        self.output
    }

    /// Writes `text` as it is, then a line ending. Control characters never go out.
    fn line(&mut self, text: &str) -> io::Result<()> {
        self.output.write_all(strip_unsafe(text).as_bytes())?;
        self.output.write_all(b"\n")
    }

    /// Writes `text` wrapped at `WIDTH`.
    fn say(&mut self, text: &str) -> io::Result<()> {
        self.line(&wrap(text, WIDTH, "", ""))
    }

    fn blank(&mut self) -> io::Result<()> {
        self.output.write_all(b"\n")
    }

    /// Lists `labels`, numbered from `first`, a label's later lines under its first. A
    /// label that is its own number (the readiness scale) is written once.
    fn list(&mut self, labels: &[String], first: usize) -> io::Result<()> {
        let last = first + labels.len().saturating_sub(1);
        let digits = last.to_string().len();
        for (i, label) in labels.iter().enumerate() {
            let n = first + i;
            if *label == n.to_string() {
                self.line(&format!("  {n:>digits$}"))?;
            } else {
                let head = format!("  {n:>digits$}. ");
                let indent = " ".repeat(head.len());
                self.line(&wrap(label, WIDTH, &head, &indent))?;
            }
        }
        Ok(())
    }

    /// How to answer: `template` with `{first}` and `{last}` filled in, and how to go
    /// back when `back`.
    fn hint(&self, template: &str, first: usize, last: usize, back: bool) -> String {
        let hint = fill_named(
            template,
            &[("first", &first.to_string()), ("last", &last.to_string())],
        );
        if back {
            format!("{hint} {}", self.back_hint())
        } else {
            hint
        }
    }

    fn back_hint(&self) -> String {
        self.ui
            .plain_back_hint
            .replace("{key}", self.ui.plain_back_key.trim())
    }

    /// Whether `reply` is the bank's word for going back.
    fn is_back(&self, reply: &str) -> bool {
        let key = self.ui.plain_back_key.trim();
        !key.is_empty() && reply.trim().to_lowercase() == key.to_lowercase()
    }

    /// Repeats a reply back, so that a screen reader confirms what was taken.
    fn echo(&mut self, words: &str) -> io::Result<()> {
        let echo = self.ui.plain_echo.replace("{answer}", words);
        self.say(&echo)?;
        self.output.flush()
    }

    /// Says that the reply was not understood and how to answer.
    fn invalid(&mut self, hint: &str) -> io::Result<()> {
        let invalid = self.ui.plain_invalid.clone();
        self.say(&invalid)?;
        self.say(hint)
    }

    /// Says what is true of a reply that is no answer, then how to answer: the back
    /// key where there is no going back says `no_back`; an empty line is only told how
    /// to answer (nothing was typed, so nothing was wrong); anything else is not one of
    /// the choices.
    fn not_an_answer(&mut self, reply: &str, no_back: &str, hint: &str) -> io::Result<()> {
        if self.is_back(reply) {
            self.say(no_back)?;
            self.say(hint)
        } else if reply.trim().is_empty() {
            self.say(hint)
        } else {
            self.invalid(hint)
        }
    }

    /// Lists `labels` numbered from `first` and reads until one of them is picked; its
    /// index, or `None` for the back key (offered only when `back`). Where going back
    /// is not offered, the back key is answered with `no_back`.
    fn pick(
        &mut self,
        labels: &[String],
        first: usize,
        back: bool,
        no_back: &str,
    ) -> PromptResult<Option<usize>> {
        self.list(labels, first)?;
        let last = first + labels.len().saturating_sub(1);
        let hint = self.hint(&self.ui.plain_choice_hint, first, last, back);
        self.say(&hint)?;
        loop {
            let reply = self.read()?;
            if back && self.is_back(&reply) {
                return Ok(None);
            }
            match number(&reply, first, last) {
                Some(n) => return Ok(Some(n - first)),
                None => self.not_an_answer(&reply, no_back, &hint)?,
            }
        }
    }

    /// Like `pick` with no going back, from `offers`: repeats the label picked back and
    /// returns the value it stands for. The back key is answered with `no_back`.
    fn choose<T: Clone>(
        &mut self,
        offers: &[Offer<T>],
        first: usize,
        no_back: &str,
    ) -> PromptResult<T> {
        // Without the back key `pick` always returns a pick.
        let picked = self
            .pick(&Offer::labels(offers), first, false, no_back)?
            .unwrap_or_default();
        self.echo(&offers[picked].label)?;
        Ok(offers[picked].value.clone())
    }

    /// A checklist: any of the numbers of its items, or the number of "None of these"
    /// or of "Prefer not to say" alone. An empty line is not an answer.
    fn checklist(&mut self, view: &QuestionView, labels: &[String]) -> PromptResult<Reply> {
        self.list(labels, 1)?;
        let hint = self.hint(
            &self.ui.plain_checklist_numbers,
            1,
            labels.len(),
            view.can_go_back,
        );
        self.say(&hint)?;
        let no_back = self.ui.plain_first_question.clone();
        loop {
            let reply = self.read()?;
            if view.can_go_back && self.is_back(&reply) {
                return Ok(Reply::Back);
            }
            match numbers(&reply, 1, labels.len()) {
                Some(picked) if !picked.is_empty() => {
                    let picked: Vec<usize> = picked.iter().map(|n| n - 1).collect();
                    match view.not_alone(&picked) {
                        Some(i) => {
                            let said = self.ui.plain_goes_alone.replace("{item}", &labels[i]);
                            self.say(&said)?;
                            self.say(&hint)?;
                        }
                        None => return Ok(Reply::Answer(view.checklist_answer(&picked))),
                    }
                }
                _ => self.not_an_answer(&reply, &no_back, &hint)?,
            }
        }
    }
}

impl<R: BufRead, W: Write> Prompter for PlainPrompter<R, W> {
    fn welcome(&mut self, view: &WelcomeView) -> PromptResult<()> {
        self.say(&view.title)?;
        self.blank()?;
        self.say(&view.disclaimer)?;
        self.blank()?;
        self.say(&view.intro)?;
        Ok(self.output.flush()?)
    }

    fn gate(&mut self, view: &GateView) -> PromptResult<bool> {
        self.blank()?;
        self.say(&view.title)?;
        self.say(&view.text)?;
        let no_back = self.ui.plain_back_before_questions.clone();
        self.choose(&view.offers(), 1, &no_back)
    }

    fn ask(&mut self, view: &QuestionView) -> PromptResult<Reply> {
        // Written once: a section's header is not written again on coming back to it
        // (nor its session note, written when it was given).
        if let Some(lead) = view.lead.as_ref().filter(|lead| !lead.again) {
            self.blank()?;
            self.say(&lead.section.title)?;
            self.say(&lead.section.intro)?;
        }
        self.blank()?;
        self.say(&view.progress)?;
        self.say(&view.text)?;
        if let Some(help) = &view.help {
            self.say(&format!("{}: {help}", self.ui.why_we_ask))?;
        }
        if let Some(note) = &view.counselor_notes {
            self.say(&format!("{}: {}", note.label, note.text))?;
        }
        // Asked again (after going back, or to change it from the review): the answer
        // it had, since a screen reader user cannot see where a menu starts.
        if let Some(earlier) = &view.default {
            let said =
                (self.ui.plain_answer_was).replace("{answer}", &view.words(earlier, &self.ui));
            self.say(&said)?;
        }
        let reply = match view.kind {
            Kind::YesNo | Kind::Choice => {
                let offers = view.choice_offers(&self.ui);
                let no_back = self.ui.plain_first_question.clone();
                match self.pick(&Offer::labels(&offers), 1, view.can_go_back, &no_back)? {
                    Some(picked) => Reply::Answer(offers[picked].value.clone()),
                    None => Reply::Back,
                }
            }
            Kind::Checklist => {
                let labels = view.checklist_labels(&self.ui);
                self.checklist(view, &labels)?
            }
            Kind::Text => {
                let mut hint = self.ui.text_hint.clone();
                if view.can_go_back {
                    hint = format!("{hint} {}", self.back_hint());
                }
                self.say(&hint)?;
                let reply = self.read()?;
                if view.can_go_back && self.is_back(&reply) {
                    Reply::Back
                } else {
                    Reply::Answer(Answer::Text(reply))
                }
            }
        };
        if let Reply::Answer(answer) = &reply {
            let words = view.words(answer, &self.ui);
            self.echo(&words)?;
        }
        Ok(reply)
    }

    fn interrupt(&mut self, views: &[InterruptView]) -> PromptResult<Next> {
        for view in views {
            self.blank()?;
            self.say(&view.title)?;
            self.say(&view.message)?;
            if let Some(prompt) = &view.counselor_prompt {
                self.say(prompt)?;
            }
            for resource in &view.resources {
                self.say(&format!("{}: {}", resource.name, resource.contact))?;
            }
        }
        self.blank()?;
        let after = self.ui.after_interrupt.clone();
        self.say(&after)?;
        let no_back = self.ui.plain_no_back.clone();
        self.choose(&Next::offers(&self.ui), 1, &no_back)
    }

    /// The first line, numbered 0, ends the review; the answers are numbered from 1.
    fn review(&mut self, items: &[ReviewItem]) -> PromptResult<ReviewReply> {
        self.blank()?;
        let (title, hint) = (self.ui.review_title.clone(), self.ui.review_hint.clone());
        self.say(&title)?;
        self.say(&hint)?;
        let no_back = self.ui.plain_review_back.clone();
        self.choose(&ReviewItem::offers(items, &self.ui), 0, &no_back)
    }

    fn consent(&mut self, view: &ConsentView) -> PromptResult<bool> {
        self.say(&view.title)?;
        self.blank()?;
        self.say(&view.script)?;
        self.blank()?;
        let no_back = self.ui.plain_back_before_questions.clone();
        self.choose(&view.offers(), 1, &no_back)
    }

    fn note(&mut self, view: &NoteView) -> PromptResult<String> {
        self.blank()?;
        self.say(&view.prompt)?;
        self.say(&view.hint)?;
        let text = self.read()?;
        let words = Answer::Text(text.clone()).words(|_| None, &self.ui);
        self.echo(&words)?;
        Ok(text)
    }

    /// The scale is numbered by its own values, 0 to 10; prefer not to say comes after.
    fn readiness(&mut self, view: &ReadinessView) -> PromptResult<Option<u8>> {
        self.blank()?;
        self.say(&view.prompt)?;
        let no_back = self.ui.plain_no_back.clone();
        self.choose(&view.offers(), 0, &no_back)
    }
}
