//! A person's answer to one question, in the form the engine uses: the bank's own
//! vocabulary (choice ids, `skip`), so what an answer means can live beside the model.

use super::model::{Kind, Question, Ui};

/// The word an answers file uses, and a condition or alert may name, for "prefer not to say".
pub const SKIP: &str = "skip";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// "Prefer not to say".
    Skipped,
    /// The id of the one choice picked (yes_no answers are `yes`, `no` or `not_sure`).
    Choice(String),
    /// The ids of the choices checked, in the bank's order; empty means none.
    Checklist(Vec<String>),
    Text(String),
}

impl Answer {
    /// Whether this answer is one of `ids` (for a checklist: any checked choice is).
    pub fn is_any_of(&self, ids: &[String]) -> bool {
        match self {
            Answer::Skipped => ids.iter().any(|id| id == SKIP),
            Answer::Choice(choice) => ids.contains(choice),
            Answer::Checklist(checked) => checked.iter().any(|c| ids.contains(c)),
            Answer::Text(_) => false,
        }
    }

    /// Whether `id` is this answer or one of its checked choices.
    pub fn includes(&self, id: &str) -> bool {
        match self {
            Answer::Choice(choice) => choice == id,
            Answer::Checklist(checked) => checked.iter().any(|c| c == id),
            Answer::Skipped | Answer::Text(_) => false,
        }
    }

    /// The words of any answer, for a person to read: the labels chosen (`label_of` finds
    /// a choice's label), or the bank's words for prefer not to say, nothing checked and
    /// nothing added. Neutral answers such as "No" are words too.
    pub fn words<'l>(&self, label_of: impl Fn(&str) -> Option<&'l str>, ui: &Ui) -> String {
        let label = |id: &String| label_of(id).map_or_else(|| id.clone(), str::to_string);
        match self {
            Answer::Skipped => ui.prefer_not_to_say.clone(),
            Answer::Choice(id) => label(id),
            Answer::Checklist(ids) if ids.is_empty() => ui.nothing_selected.clone(),
            Answer::Checklist(ids) => ids.iter().map(label).collect::<Vec<_>>().join(", "),
            Answer::Text(text) if text.trim().is_empty() => ui.nothing_added.clone(),
            Answer::Text(text) => text.split_whitespace().collect::<Vec<_>>().join(" "),
        }
    }

    /// Checks that this answer fits the question: its kind, and choices it really has.
    pub fn check(&self, question: &Question) -> Result<(), Misfit> {
        let known = |id: &String| question.choices.iter().any(|c| &c.id == id);
        let not_a_choice = |id: &String, checklist: bool| Misfit::NotAChoice {
            id: id.clone(),
            choices: question
                .choices
                .iter()
                .map(|c| c.id.clone())
                .chain([SKIP.to_string()])
                .collect(),
            checklist,
        };
        match (self, question.kind) {
            (Answer::Skipped, _) => Ok(()),
            (Answer::Choice(id), Kind::YesNo | Kind::Choice) if known(id) => Ok(()),
            (Answer::Choice(id), Kind::YesNo | Kind::Choice) => Err(not_a_choice(id, false)),
            (Answer::Checklist(ids), Kind::Checklist) => {
                if let Some(bad) = ids.iter().find(|id| !known(id)) {
                    return Err(not_a_choice(bad, true));
                }
                let mut seen = ids.clone();
                seen.sort();
                seen.dedup();
                if seen.len() != ids.len() {
                    return Err(Misfit::ListedTwice);
                }
                Ok(())
            }
            (Answer::Text(_), Kind::Text) => Ok(()),
            (_, kind) => Err(Misfit::WrongKind(kind)),
        }
    }
}

/// How an answer does not fit its question; put into words where it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Misfit {
    /// `id` is none of the question's `choices` (listed with `skip`); `checklist` when
    /// any number of them may be picked.
    NotAChoice {
        id: String,
        choices: Vec<String>,
        checklist: bool,
    },
    /// A checklist names one choice twice.
    ListedTwice,
    /// An answer of another kind than the question's.
    WrongKind(Kind),
}
