//! Honest screens when files will be written (`--report`, `--save-answers`): a prompter
//! around another one that changes the words it is shown, so that no screen says
//! "nothing is saved" while something will be. The welcome says where the files go and
//! that they hold health information; a question's "why we ask" loses the bank's
//! nothing-is-saved sentences and says the same instead; the counselor's consent script
//! is its variant that asks about the files.

use super::*;

pub struct Saving<P> {
    inner: P,
    /// False when no file will be written: every view passes as it is.
    on: bool,
    /// What will be written, and where ("… saved to a.md and b.yaml … health
    /// information …"), from the bank's words.
    notice: String,
    /// The bank's sentences that say nothing is saved, left out of any help text.
    not_saved: Vec<String>,
    /// The consent script to read instead, when there is one (counselor mode).
    consent_script: Option<String>,
}

impl<P: Prompter> Saving<P> {
    /// `files` are the paths to be written, as the person gave them.
    pub fn new(inner: P, ui: &Ui, consent_script: Option<&str>, files: &[String]) -> Self {
        let files = files.join(" · ");
        Saving {
            inner,
            on: true,
            notice: ui.will_save.replace("{files}", &files),
            not_saved: ui.not_saved_sentences.clone(),
            consent_script: consent_script.map(|s| s.replace("{files}", &files)),
        }
    }

    /// No file will be written: the words pass as they are.
    pub fn unchanged(inner: P) -> Self {
        Saving {
            inner,
            on: false,
            notice: String::new(),
            not_saved: Vec::new(),
            consent_script: None,
        }
    }

    pub fn inner_mut(&mut self) -> &mut P {
        &mut self.inner
    }

    /// A help text without the nothing-is-saved sentences; when one was there, the
    /// notice takes its place.
    fn help(&self, help: &str) -> String {
        let mut text = help.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut removed = false;
        for sentence in &self.not_saved {
            let sentence = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
            if !sentence.is_empty() && text.contains(&sentence) {
                text = text.replace(&sentence, "");
                removed = true;
            }
        }
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        match (removed, text.is_empty()) {
            (false, _) => help.to_string(),
            (true, true) => self.notice.clone(),
            (true, false) => format!("{text} {}", self.notice),
        }
    }
}

impl<P: Prompter> Prompter for Saving<P> {
    fn welcome(&mut self, view: &WelcomeView) -> PromptResult<()> {
        if !self.on {
            return self.inner.welcome(view);
        }
        let view = WelcomeView {
            intro: format!("{}\n\n{}", view.intro, self.notice),
            ..view.clone()
        };
        self.inner.welcome(&view)
    }

    fn gate(&mut self, view: &GateView) -> PromptResult<bool> {
        self.inner.gate(view)
    }

    fn ask(&mut self, view: &QuestionView) -> PromptResult<Reply> {
        let view = QuestionView {
            help: view.help.as_deref().map(|h| self.help(h)),
            ..view.clone()
        };
        self.inner.ask(&view)
    }

    fn interrupt(&mut self, views: &[InterruptView]) -> PromptResult<Next> {
        self.inner.interrupt(views)
    }

    fn review(&mut self, items: &[ReviewItem]) -> PromptResult<ReviewReply> {
        self.inner.review(items)
    }

    fn consent(&mut self, view: &ConsentView) -> PromptResult<bool> {
        let view = ConsentView {
            script: self
                .consent_script
                .clone()
                .unwrap_or_else(|| view.script.clone()),
            ..view.clone()
        };
        self.inner.consent(&view)
    }

    fn note(&mut self, view: &NoteView) -> PromptResult<String> {
        self.inner.note(view)
    }

    fn readiness(&mut self, view: &ReadinessView) -> PromptResult<Option<u8>> {
        self.inner.readiness(view)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Bank;
    use crate::prompt::plain::PlainPrompter;
    use std::io::Cursor;

    fn saving(input: &str) -> Saving<PlainPrompter<Cursor<Vec<u8>>, Vec<u8>>> {
        let bank = Bank::builtin();
        let ui = &bank.def.ui;
        let consent = bank
            .def
            .counselor
            .as_ref()
            .map(|c| c.consent_script_saving.clone());
        let plain = PlainPrompter::new(ui, Cursor::new(input.as_bytes().to_vec()), Vec::new());
        Saving::new(
            plain,
            ui,
            consent.as_deref(),
            &["week1.md".to_string(), "week1.yaml".to_string()],
        )
    }

    fn written(p: Saving<PlainPrompter<Cursor<Vec<u8>>, Vec<u8>>>) -> String {
        let out = String::from_utf8(p.inner.into_output()).unwrap();
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn no_help_text_says_nothing_is_saved_when_files_will_be_written() {
        let bank = Bank::builtin();
        let ui = &bank.def.ui;
        let saving = saving("");
        for index in 0..bank.len() {
            let Some(help) = &bank.question(index).help else {
                continue;
            };
            let shown = saving.help(help);
            for sentence in &ui.not_saved_sentences {
                assert!(!shown.contains(sentence.as_str()), "{shown}");
            }
            if shown != *help {
                assert!(shown.contains("week1.md · week1.yaml"), "{shown}");
            }
        }
        let free_text = bank.question(bank.index_of("anything_else").unwrap());
        let shown = saving.help(free_text.help.as_deref().unwrap());
        assert!(shown.contains("week1.yaml"), "{shown}");
    }

    #[test]
    fn the_welcome_says_where_the_files_go() {
        let mut p = saving("");
        p.welcome(&WelcomeView {
            title: "T".into(),
            intro: "Intro.".into(),
            disclaimer: "D.".into(),
        })
        .unwrap();
        let out = written(p);
        assert!(out.contains("week1.md · week1.yaml"), "{out}");
    }

    #[test]
    fn the_consent_script_asks_about_the_files() {
        let mut p = saving("1\n");
        assert!(
            p.consent(&ConsentView {
                title: "T".into(),
                script: "Nothing is saved unless you agree.".into(),
                yes: "Yes".into(),
                no: "No".into(),
            })
            .unwrap()
        );
        let out = written(p);
        assert!(!out.contains("Nothing is saved"), "{out}");
        assert!(out.contains("week1.md · week1.yaml"), "{out}");
    }
}
