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

use super::*;
use crate::bank::model::Ui;
use crate::render::wrap;
use crate::text::strip_unsafe;
use std::ffi::OsStr;
use std::io::{self, BufRead, Read, Write};

/// Lines are wrapped at this width, whatever the terminal (there may be none).
pub const WIDTH: usize = 78;

/// The longest reply read, in bytes; the rest of a longer line is read and dropped, so it
/// is never taken for the next reply.
const MAX_LINE: usize = 64 * 1024;

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
        let hint = template
            .replace("{first}", &first.to_string())
            .replace("{last}", &last.to_string());
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

    /// Reads one line, without its line ending or any control character. The end of
    /// input is `InputEnded`: the self-check cannot be finished.
    fn read(&mut self) -> PromptResult<String> {
        self.output.flush()?;
        let mut bytes = Vec::new();
        let limit = u64::try_from(MAX_LINE).unwrap_or(u64::MAX);
        let read = (&mut self.input)
            .take(limit)
            .read_until(b'\n', &mut bytes)?;
        if read == 0 {
            return Err(PromptError::InputEnded);
        }
        if bytes.last() != Some(&b'\n') && read == MAX_LINE {
            self.skip_line()?;
        }
        let text = String::from_utf8_lossy(&bytes);
        let text = text.trim_end_matches(['\n', '\r']);
        Ok(strip_unsafe(text).into_owned())
    }

    /// Drops the rest of an over-long line.
    fn skip_line(&mut self) -> io::Result<()> {
        loop {
            let buf = self.input.fill_buf()?;
            if buf.is_empty() {
                return Ok(());
            }
            match buf.iter().position(|&b| b == b'\n') {
                Some(at) => {
                    self.input.consume(at + 1);
                    return Ok(());
                }
                None => {
                    let len = buf.len();
                    self.input.consume(len);
                }
            }
        }
    }

    /// Lists `labels` numbered from `first` and reads until one of them is picked; its
    /// index, or `None` for the back key (offered only when `back`). At the first
    /// question (`question` and not `back`) the back key is told there is no going back.
    fn pick(
        &mut self,
        labels: &[String],
        first: usize,
        back: bool,
        question: bool,
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
            if question && self.is_back(&reply) {
                let at_first = self.ui.plain_first_question.clone();
                self.say(&at_first)?;
                continue;
            }
            match number(&reply, first, last) {
                Some(n) => return Ok(Some(n - first)),
                None => self.invalid(&hint)?,
            }
        }
    }

    /// Like `pick` with no going back, and repeats the label picked back.
    fn pick_and_echo(&mut self, labels: &[String], first: usize) -> PromptResult<usize> {
        // Without the back key `pick` always returns a pick.
        let picked = self.pick(labels, first, false, false)?.unwrap_or_default();
        self.echo(&labels[picked])?;
        Ok(picked)
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
        loop {
            let reply = self.read()?;
            if self.is_back(&reply) {
                if view.can_go_back {
                    return Ok(Reply::Back);
                }
                let first = self.ui.plain_first_question.clone();
                self.say(&first)?;
                continue;
            }
            match numbers(&reply, 1, labels.len()) {
                Some(picked) if !picked.is_empty() => {
                    let picked: Vec<usize> = picked.iter().map(|n| n - 1).collect();
                    let alone = picked.iter().find(|&&i| i >= view.choices.len());
                    match alone {
                        Some(&i) if picked.len() > 1 => {
                            let said = self.ui.plain_goes_alone.replace("{item}", &labels[i]);
                            self.say(&said)?;
                            self.say(&hint)?;
                        }
                        _ => return Ok(Reply::Answer(checklist_answer(view, &picked))),
                    }
                }
                _ => self.invalid(&hint)?,
            }
        }
    }
}

/// The number typed, when it is one from `first` to `last` ("2" or "2.").
fn number(reply: &str, first: usize, last: usize) -> Option<usize> {
    let n: usize = reply.trim().trim_end_matches('.').parse().ok()?;
    (first..=last).contains(&n).then_some(n)
}

/// The numbers typed, separated by spaces or commas, when each is one from `first` to
/// `last`; sorted, each once.
fn numbers(reply: &str, first: usize, last: usize) -> Option<Vec<usize>> {
    let mut picked = reply
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .map(|part| number(part, first, last))
        .collect::<Option<Vec<usize>>>()?;
    picked.sort_unstable();
    picked.dedup();
    Some(picked)
}

/// The labels of a question's numbered list: its choices, then "prefer not to say".
fn choice_labels(view: &QuestionView, ui: &Ui) -> Vec<String> {
    view.choices
        .iter()
        .map(|c| c.label.clone())
        .chain([ui.prefer_not_to_say.clone()])
        .collect()
}

/// The answer for the item picked from a one-answer list (the last is prefer not to say).
fn choice_answer(view: &QuestionView, picked: usize) -> Answer {
    match view.choices.get(picked) {
        Some(choice) => Answer::Choice(choice.id.clone()),
        None => Answer::Skipped,
    }
}

/// The labels of a checklist: its choices, then "None of these" and "Prefer not to say".
fn checklist_labels(view: &QuestionView, ui: &Ui) -> Vec<String> {
    view.choices
        .iter()
        .map(|c| c.label.clone())
        .chain([ui.nothing_selected.clone(), ui.prefer_not_to_say.clone()])
        .collect()
}

/// The answer for the items picked from a checklist, in the bank's order: the signs, or
/// none ("None of these"), or skipped ("Prefer not to say"); the last two come alone.
fn checklist_answer(view: &QuestionView, picked: &[usize]) -> Answer {
    let ids: Vec<String> = picked
        .iter()
        .filter_map(|&i| view.choices.get(i))
        .map(|c| c.id.clone())
        .collect();
    if ids.is_empty() && picked.contains(&(view.choices.len() + 1)) {
        Answer::Skipped
    } else {
        Answer::Checklist(ids)
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
        let picked = self.pick_and_echo(&[view.yes.clone(), view.no.clone()], 1)?;
        Ok(picked == 0)
    }

    fn section(&mut self, view: &SectionView) -> PromptResult<()> {
        self.blank()?;
        self.say(&view.title)?;
        self.say(&view.intro)?;
        Ok(self.output.flush()?)
    }

    fn ask(&mut self, view: &QuestionView) -> PromptResult<Reply> {
        self.blank()?;
        self.say(&view.progress)?;
        self.say(&view.text)?;
        if let Some(help) = &view.help {
            self.say(&format!("{}: {help}", self.ui.why_we_ask))?;
        }
        if let Some(note) = &view.counselor_notes {
            self.say(&format!("{}: {}", note.label, note.text))?;
        }
        let reply = match view.kind {
            Kind::YesNo | Kind::Choice => {
                let labels = choice_labels(view, &self.ui);
                match self.pick(&labels, 1, view.can_go_back, true)? {
                    Some(picked) => Reply::Answer(choice_answer(view, picked)),
                    None => Reply::Back,
                }
            }
            Kind::Checklist => {
                let labels = checklist_labels(view, &self.ui);
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
        // The same instruction to the counselor is given once, even when two messages
        // carry it.
        let mut told: Vec<&str> = Vec::new();
        for view in views {
            self.blank()?;
            self.say(&view.title)?;
            self.say(&view.message)?;
            if let Some(prompt) = view
                .counselor_prompt
                .as_deref()
                .filter(|p| !told.contains(p))
            {
                told.push(prompt);
                self.say(prompt)?;
            }
            for resource in &view.resources {
                self.say(&format!("{}: {}", resource.name, resource.contact))?;
            }
        }
        self.blank()?;
        let after = self.ui.after_interrupt.clone();
        self.say(&after)?;
        let labels = [
            self.ui.continue_.clone(),
            self.ui.go_to_summary.clone(),
            self.ui.quit.clone(),
        ];
        let picked = self.pick_and_echo(&labels, 1)?;
        Ok([Next::Continue, Next::Summary, Next::Quit][picked])
    }

    /// The first line, numbered 0, ends the review; the answers are numbered from 1.
    fn review(&mut self, items: &[ReviewItem]) -> PromptResult<ReviewReply> {
        self.blank()?;
        let (title, hint) = (self.ui.review_title.clone(), self.ui.review_hint.clone());
        self.say(&title)?;
        self.say(&hint)?;
        let labels: Vec<String> = std::iter::once(self.ui.review_done.clone())
            .chain(items.iter().map(ReviewItem::line))
            .collect();
        let picked = self.pick_and_echo(&labels, 0)?;
        Ok(match picked.checked_sub(1).and_then(|i| items.get(i)) {
            None => ReviewReply::Done,
            Some(item) => ReviewReply::Change(item.question),
        })
    }

    fn consent(&mut self, view: &ConsentView) -> PromptResult<bool> {
        self.say(&view.title)?;
        self.blank()?;
        self.say(&view.script)?;
        self.blank()?;
        let picked = self.pick_and_echo(&[view.yes.clone(), view.no.clone()], 1)?;
        Ok(picked == 0)
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
        let labels: Vec<String> = (0..=READINESS_MAX)
            .map(|n| n.to_string())
            .chain([view.prefer_not_to_say.clone()])
            .collect();
        let picked = self.pick_and_echo(&labels, 0)?;
        Ok(u8::try_from(picked).ok().filter(|&n| n <= READINESS_MAX))
    }
}

/// The top of the readiness scale.
const READINESS_MAX: u8 = 10;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Bank;
    use std::io::Cursor;

    fn ui() -> Ui {
        Bank::builtin().def.ui
    }

    fn prompter(input: &str) -> PlainPrompter<Cursor<Vec<u8>>, Vec<u8>> {
        PlainPrompter::new(&ui(), Cursor::new(input.as_bytes().to_vec()), Vec::new())
    }

    fn written(p: PlainPrompter<Cursor<Vec<u8>>, Vec<u8>>) -> String {
        String::from_utf8(p.into_output()).unwrap()
    }

    fn view(kind: Kind, choices: &[(&str, &str)], can_go_back: bool) -> QuestionView {
        QuestionView {
            id: "q".into(),
            kind,
            text: "Have you missed doses?".into(),
            label: "Missed doses".into(),
            help: Some("Missing doses can cause withdrawal.".into()),
            choices: choices
                .iter()
                .map(|(id, label)| ChoiceView {
                    id: id.to_string(),
                    label: label.to_string(),
                })
                .collect(),
            default: None,
            progress: "Question 3 of 20 · Use".into(),
            n: 3,
            total: 20,
            can_go_back,
            counselor_notes: None,
        }
    }

    fn yes_no() -> QuestionView {
        view(Kind::YesNo, &[("yes", "Yes"), ("no", "No")], true)
    }

    fn symptoms() -> QuestionView {
        view(
            Kind::Checklist,
            &[("sweating", "Sweating"), ("seizure", "A seizure")],
            false,
        )
    }

    fn answer(reply: Reply) -> Answer {
        match reply {
            Reply::Answer(answer) => answer,
            Reply::Back => panic!("expected an answer, got back"),
        }
    }

    #[test]
    fn a_question_is_numbered_lines_and_the_choice_is_echoed() {
        let mut p = prompter("2\n");
        let reply = answer(p.ask(&yes_no()).unwrap());
        assert_eq!(reply, Answer::Choice("no".into()));
        let ui = ui();
        let out = written(p);
        let expected = [
            String::new(),
            "Question 3 of 20 · Use".into(),
            "Have you missed doses?".into(),
            format!("{}: Missing doses can cause withdrawal.", ui.why_we_ask),
            "  1. Yes".into(),
            "  2. No".into(),
            format!("  3. {}", ui.prefer_not_to_say),
            format!(
                "{} {}",
                ui.plain_choice_hint
                    .replace("{first}", "1")
                    .replace("{last}", "3"),
                ui.plain_back_hint.replace("{key}", &ui.plain_back_key)
            ),
            ui.plain_echo.replace("{answer}", "No"),
        ]
        .join("\n")
            + "\n";
        assert_eq!(out, expected);
    }

    #[test]
    fn the_last_number_is_prefer_not_to_say() {
        let mut p = prompter("3\n");
        assert_eq!(answer(p.ask(&yes_no()).unwrap()), Answer::Skipped);
        let echo = ui().plain_echo.replace("{answer}", &ui().prefer_not_to_say);
        assert!(written(p).ends_with(&format!("{echo}\n")));
    }

    #[test]
    fn the_back_key_goes_back_only_when_there_is_somewhere_to_go() {
        let key = ui().plain_back_key;
        let mut p = prompter(&format!(" {} \n", key.to_uppercase()));
        assert!(matches!(p.ask(&yes_no()).unwrap(), Reply::Back));
        assert!(!written(p).contains("Your answer"));

        let first = QuestionView {
            can_go_back: false,
            ..yes_no()
        };
        let mut p = prompter(&format!("{key}\n1\n"));
        assert_eq!(answer(p.ask(&first).unwrap()), Answer::Choice("yes".into()));
        let out = written(p);
        assert!(out.contains(&ui().plain_first_question), "{out}");
        assert!(!out.contains(&ui().plain_invalid), "{out}");
        assert!(!out.contains(&ui().plain_back_hint.replace("{key}", &key)));
    }

    #[test]
    fn an_invalid_reply_is_said_to_be_so_and_asked_again() {
        let mut p = prompter("yes\n0\n4\n\n1.\n");
        assert_eq!(
            answer(p.ask(&yes_no()).unwrap()),
            Answer::Choice("yes".into())
        );
        let out = written(p);
        assert_eq!(out.matches(&ui().plain_invalid).count(), 4, "{out}");
        assert_eq!(
            out.matches("  1. Yes").count(),
            1,
            "the list is not redrawn"
        );
    }

    #[test]
    fn the_end_of_input_is_input_ended_at_any_prompt() {
        let mut p = prompter("");
        assert!(matches!(p.ask(&yes_no()), Err(PromptError::InputEnded)));
        let mut p = prompter("9\n");
        assert!(matches!(p.ask(&symptoms()), Err(PromptError::InputEnded)));
        let mut p = prompter("");
        assert!(matches!(
            p.readiness(&ReadinessView {
                prompt: "How ready?".into(),
                prefer_not_to_say: "Prefer not to say".into(),
            }),
            Err(PromptError::InputEnded)
        ));
    }

    #[test]
    fn a_checklist_takes_numbers_separated_by_spaces_or_commas() {
        let mut p = prompter("2, 1 2\n");
        assert_eq!(
            answer(p.ask(&symptoms()).unwrap()),
            Answer::Checklist(vec!["sweating".into(), "seizure".into()])
        );
        let out = written(p);
        let hint = ui()
            .plain_checklist_numbers
            .replace("{first}", "1")
            .replace("{last}", "4");
        assert!(out.contains(&wrap(&hint, WIDTH, "", "")), "{out}");
        assert!(out.contains(&ui().plain_echo.replace("{answer}", "Sweating, A seizure")));
    }

    #[test]
    fn a_checklist_answers_only_by_a_number_none_of_these_included() {
        // An empty line is not an answer: "None of these" is a number of its own.
        let mut p = prompter("\n3\n");
        assert_eq!(
            answer(p.ask(&symptoms()).unwrap()),
            Answer::Checklist(vec![])
        );
        let out = written(p);
        assert!(
            out.contains(&format!("  3. {}", ui().nothing_selected)),
            "{out}"
        );
        assert!(out.contains(&ui().plain_invalid), "{out}");
        assert!(out.contains(&ui().plain_echo.replace("{answer}", &ui().nothing_selected)));
        let mut p = prompter("4\n");
        assert_eq!(answer(p.ask(&symptoms()).unwrap()), Answer::Skipped);
        let mut p = prompter("1 x\n1\n");
        assert_eq!(
            answer(p.ask(&symptoms()).unwrap()),
            Answer::Checklist(vec!["sweating".into()])
        );
    }

    #[test]
    fn prefer_not_to_say_with_a_sign_is_said_to_go_alone_not_dropped() {
        let mut p = prompter("4 2\n2\n");
        assert_eq!(
            answer(p.ask(&symptoms()).unwrap()),
            Answer::Checklist(vec!["seizure".into()])
        );
        let out = written(p);
        let alone = ui()
            .plain_goes_alone
            .replace("{item}", &ui().prefer_not_to_say);
        assert!(out.contains(&wrap(&alone, WIDTH, "", "")), "{out}");
    }

    #[test]
    fn text_is_read_as_typed_without_control_characters() {
        let text = view(Kind::Text, &[], false);
        let mut p = prompter("I feel \u{1b}[31mtired\r\n");
        assert_eq!(
            answer(p.ask(&text).unwrap()),
            Answer::Text("I feel [31mtired".into())
        );
        let out = written(p);
        assert!(out.contains(&ui().text_hint));
        assert!(!out.contains('\u{1b}'));
        let mut p = prompter("\n");
        assert_eq!(answer(p.ask(&text).unwrap()), Answer::Text(String::new()));
        assert!(written(p).contains(&ui().plain_echo.replace("{answer}", &ui().nothing_added)));
    }

    #[test]
    fn an_over_long_line_is_one_reply() {
        let text = view(Kind::Text, &[], false);
        let long = "x".repeat(MAX_LINE + 10);
        let mut p = prompter(&format!("{long}\n2\n"));
        let Answer::Text(got) = answer(p.ask(&text).unwrap()) else {
            panic!("text expected");
        };
        assert_eq!(got.len(), MAX_LINE);
        assert_eq!(
            answer(p.ask(&yes_no()).unwrap()),
            Answer::Choice("no".into())
        );
    }

    #[test]
    fn long_text_is_wrapped_and_list_items_hang_under_their_label() {
        let mut v = yes_no();
        v.text = "word ".repeat(40);
        v.choices[0].label = "long ".repeat(30);
        let mut p = prompter("1\n");
        p.ask(&v).unwrap();
        let out = written(p);
        for line in out.lines() {
            assert!(console::measure_text_width(line) <= WIDTH, "{line}");
        }
        assert!(out.contains("\n  1. long long"));
        assert!(out.contains("\n     long long"));
    }

    #[test]
    fn an_interrupt_is_plain_lines_then_three_numbered_choices() {
        let view = InterruptView {
            id: "seizure".into(),
            title: "A seizure is an emergency".into(),
            message: "Call 911 now.".into(),
            tier: Tier::Emergency,
            resources: vec![ResourceView {
                name: "Emergency".into(),
                contact: "911".into(),
            }],
            counselor_prompt: Some("Call 911 now with the client.".into()),
        };
        let mut p = prompter("2\n");
        assert_eq!(p.interrupt(&[view.clone(), view]).unwrap(), Next::Summary);
        let out = written(p);
        let ui = ui();
        assert_eq!(out.matches("A seizure is an emergency").count(), 2);
        assert_eq!(out.matches("Call 911 now with the client.").count(), 1);
        assert!(out.contains("Emergency: 911"));
        assert!(out.contains(&format!(
            "{}\n  1. {}\n  2. {}\n  3. {}\n",
            ui.after_interrupt, ui.continue_, ui.go_to_summary, ui.quit
        )));
        assert!(out.contains(&ui.plain_echo.replace("{answer}", &ui.go_to_summary)));
        assert!(!out.contains(&ui.plain_back_hint.replace("{key}", &ui.plain_back_key)));
    }

    #[test]
    fn the_review_is_numbered_from_0_for_done() {
        let items = vec![
            ReviewItem {
                question: 4,
                section: "Use".into(),
                label: "Missed doses".into(),
                answer: "No".into(),
            },
            ReviewItem {
                question: 7,
                section: "Use".into(),
                label: "Symptoms".into(),
                answer: "None of these".into(),
            },
        ];
        let ui = ui();
        let mut p = prompter("2\n");
        assert_eq!(p.review(&items).unwrap(), ReviewReply::Change(7));
        let out = written(p);
        assert!(out.contains(&format!(
            "  0. {}\n  1. Missed doses: No\n  2. Symptoms: None of these\n",
            ui.review_done
        )));
        let mut p = prompter("0\n");
        assert_eq!(p.review(&items).unwrap(), ReviewReply::Done);
    }

    #[test]
    fn gate_consent_note_and_readiness_are_numbered_lines_too() {
        let gate = GateView {
            title: "Before we start".into(),
            text: "Is anyone in danger right now?".into(),
            yes: "Yes, right now".into(),
            no: "No".into(),
        };
        let mut p = prompter("3\n1\n");
        assert!(p.gate(&gate).unwrap());
        assert!(written(p).contains("  1. Yes, right now\n  2. No\n"));

        let consent = ConsentView {
            title: "Before we start".into(),
            script: "We ask everyone these questions.".into(),
            yes: "The client agrees".into(),
            no: "The client does not agree".into(),
        };
        let mut p = prompter("2\n");
        assert!(!p.consent(&consent).unwrap());

        let note = NoteView {
            prompt: "Session note".into(),
            hint: "Type and press Enter.".into(),
        };
        let mut p = prompter("Talked about tapering\n");
        assert_eq!(p.note(&note).unwrap(), "Talked about tapering");

        let readiness = ReadinessView {
            prompt: "How ready?".into(),
            prefer_not_to_say: "Prefer not to say".into(),
        };
        let mut p = prompter("7\n");
        assert_eq!(p.readiness(&readiness).unwrap(), Some(7));
        let out = written(p);
        assert!(out.contains("\n   0\n   1\n"), "{out}");
        assert!(out.contains("\n  10\n  11. Prefer not to say\n"), "{out}");
        let mut p = prompter("11\n");
        assert_eq!(p.readiness(&readiness).unwrap(), None);
    }

    #[test]
    fn plain_mode_is_wanted_by_flag_accessible_or_a_dumb_terminal() {
        let os = |s: &'static str| Some(OsStr::new(s));
        assert!(wanted(true, None, os("xterm")));
        assert!(wanted(false, os("1"), os("xterm")));
        assert!(wanted(false, os("yes"), None));
        assert!(!wanted(false, os("0"), os("xterm")));
        assert!(!wanted(false, os(""), os("xterm-256color")));
        assert!(wanted(false, None, os("dumb")));
        assert!(!wanted(false, None, None));
    }

    #[test]
    fn a_whole_session_runs_through_the_flow() {
        let bank = crate::bank::testing::bank(
            r#"
  - id: use
    title: Use
    intro: In the past 3 months.
    questions:
      - id: missed
        kind: yes_no
        text: Have you missed doses?
        label: Missed doses
      - id: symptoms
        kind: checklist
        text: Since then, have you had any of these?
        label: Symptoms
        when: {question: missed, if_any: ["yes"]}
        choices:
          - {id: sweating, label: Sweating}
          - {id: seizure, label: A seizure}
        alerts:
          - {if_any: [seizure], tier: emergency, interrupt: red}
"#,
        );
        let ui = &bank.def.ui;
        // Gate: no. Missed: yes. Symptoms: back, then yes again, then a seizure.
        // Interrupt: continue. Review: done.
        let input = format!("2\n1\n{}\n1\n2\n1\n0\n", ui.plain_back_key);
        let mut p = PlainPrompter::new(ui, Cursor::new(input.into_bytes()), Vec::new());
        let outcome = crate::flow::run(&bank, bank.default_region(), None, &mut p).unwrap();
        assert_eq!(outcome.ending, crate::flow::Ending::Completed);
        assert_eq!(outcome.session.urgency(), Tier::Emergency);
        let out = String::from_utf8(p.into_output()).unwrap();
        assert_eq!(out.matches("Have you missed doses?").count(), 2, "{out}");
        let interrupt = &bank
            .def
            .interrupts
            .iter()
            .find(|i| i.id == "red")
            .unwrap()
            .title;
        let seizure = out
            .find(&ui.plain_echo.replace("{answer}", "A seizure"))
            .unwrap();
        assert!(out[seizure..].contains(interrupt.as_str()), "{out}");
        assert!(out.ends_with(&format!(
            "{}\n",
            ui.plain_echo.replace("{answer}", &ui.review_done)
        )));
    }
}
