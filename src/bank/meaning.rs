//! What an answer means, in one place: its words, the signs it reports, and whether an
//! alert it could raise matches it. The engine, the summary, `--compare` and the history
//! all ask these questions here, so they can never disagree.

use super::answer::Answer;
use super::model::{Alert, Choice, Kind, Question, Tier, Ui};

impl Question {
    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.choices.iter().find(|c| c.id == id)
    }

    /// A "nothing to report" answer such as "No" or "Never".
    pub fn is_neutral(&self, choice: &str) -> bool {
        self.choice(choice).is_some_and(|c| c.neutral)
    }

    /// The choice ids an answer reports as signs: its non-neutral choices, in the order
    /// given. Text reports no sign id (a person's own notes are described, not matched).
    pub fn signs<'a>(&'a self, answer: &'a Answer) -> Vec<&'a str> {
        match answer {
            Answer::Choice(id) if !self.is_neutral(id) => vec![id.as_str()],
            Answer::Checklist(ids) => ids
                .iter()
                .map(String::as_str)
                .filter(|id| !self.is_neutral(id))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The labels of `ids`, in the bank's order, as the person saw them.
    pub fn labels(&self, ids: &[&str]) -> Vec<String> {
        self.choices
            .iter()
            .filter(|c| ids.contains(&c.id.as_str()))
            .map(|c| c.label.clone())
            .collect()
    }

    /// The words of any answer, neutral ones included, for a person to read: "No",
    /// "Never", "None of these", "Prefer not to say", or the labels chosen.
    pub fn words(&self, answer: &Answer, ui: &Ui) -> String {
        answer.words(|id| self.choice(id).map(|c| c.label.as_str()), ui)
    }

    /// The words of what an answer reports, for the summary's list; `None` when it
    /// reports nothing (a neutral choice, nothing checked, empty text, or skipped).
    pub fn reported_words(&self, answer: &Answer) -> Option<String> {
        match answer {
            Answer::Text(text) => (self.kind == Kind::Text && !text.trim().is_empty())
                .then(|| text.trim().to_string()),
            _ => {
                let signs = self.signs(answer);
                (!signs.is_empty()).then(|| {
                    signs
                        .iter()
                        .map(|id| self.choice(id).map_or(*id, |c| c.label.as_str()))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
            }
        }
    }

    /// Whether choice `id` is a red flag, in the same sense as `is_red_flag`: an alert
    /// it raises can call for 911 now or raise crisis support.
    pub fn flags(&self, id: &str) -> bool {
        self.alerts
            .iter()
            .any(|a| a.is_red_flag() && a.if_any.iter().any(|v| v == id))
    }

    /// A red-flag question: one whose answer can call for 911 now or raise crisis
    /// support. Skipping one is named in the summary.
    pub fn is_red_flag(&self) -> bool {
        self.alerts.iter().any(Alert::is_red_flag)
    }
}

impl Alert {
    /// An alert that calls for 911 now or raises crisis support: what makes a question,
    /// or a choice, a red flag.
    pub fn is_red_flag(&self) -> bool {
        self.tier == Tier::Emergency || self.crisis
    }

    /// Whether the answer itself is one this alert is raised by (its context, `when`
    /// and `unless`, is the session's to judge: `Session::holds`).
    pub fn matches(&self, answer: &Answer) -> bool {
        answer.is_any_of(&self.if_any)
    }
}
