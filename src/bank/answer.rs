//! A person's answer to one question, in the form the engine uses: the bank's own
//! vocabulary (choice ids, `skip`), so what an answer means can live beside the model.

use super::model::{Kind, Question, Ui};
use crate::messages::Lang;

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
    /// The problem is said in English (`mismatch` gives it as data).
    pub fn check(&self, question: &Question) -> Result<(), String> {
        match self.mismatch(question) {
            Some(mismatch) => Err(mismatch.describe(Lang::En)),
            None => Ok(()),
        }
    }

    /// How this answer does not fit the question, if it does not: its kind, and choices
    /// it really has.
    pub fn mismatch(&self, question: &Question) -> Option<Mismatch> {
        let known = |id: &String| question.choices.iter().any(|c| &c.id == id);
        let choices = || {
            question
                .choices
                .iter()
                .map(|c| c.id.clone())
                .chain([SKIP.to_string()])
                .collect()
        };
        match (self, question.kind) {
            (Answer::Skipped, _) => None,
            (Answer::Choice(id), Kind::YesNo | Kind::Choice) if known(id) => None,
            (Answer::Choice(id), Kind::YesNo | Kind::Choice) => Some(Mismatch::NotAChoice {
                answer: id.clone(),
                choices: choices(),
                many: false,
            }),
            (Answer::Checklist(ids), Kind::Checklist) => {
                if let Some(bad) = ids.iter().find(|id| !known(id)) {
                    return Some(Mismatch::NotAChoice {
                        answer: bad.clone(),
                        choices: choices(),
                        many: true,
                    });
                }
                let mut seen = ids.clone();
                seen.sort();
                seen.dedup();
                (seen.len() != ids.len()).then_some(Mismatch::ListedTwice)
            }
            (Answer::Text(_), Kind::Text) => None,
            (_, kind) => Some(Mismatch::WrongKind { expected: kind }),
        }
    }
}

/// How an answer does not fit its question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// `answer` is not one of the question's `choices` (`skip` last); `many`: a checklist.
    NotAChoice {
        answer: String,
        choices: Vec<String>,
        many: bool,
    },
    /// A checklist names a choice twice.
    ListedTwice,
    /// An answer of another kind than the question's.
    WrongKind { expected: Kind },
}

impl Mismatch {
    /// This mismatch in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (
                Mismatch::NotAChoice {
                    answer,
                    choices,
                    many,
                },
                Lang::En,
            ) => format!(
                "`{answer}` is not a choice of this question; use {} of: {}",
                if *many { "any" } else { "one" },
                choices.join(", ")
            ),
            (
                Mismatch::NotAChoice {
                    answer,
                    choices,
                    many,
                },
                Lang::Es,
            ) => format!(
                "`{answer}` no es una opción de esta pregunta; use {}: {}",
                if *many {
                    "cualquiera de estas"
                } else {
                    "una de estas"
                },
                choices.join(", ")
            ),
            (Mismatch::ListedTwice, Lang::En) => "a choice is listed twice".into(),
            (Mismatch::ListedTwice, Lang::Es) => "una opción aparece dos veces".into(),
            (Mismatch::WrongKind { expected: kind }, Lang::En) => {
                format!("expected {}", expected_in(*kind, Lang::En))
            }
            (Mismatch::WrongKind { expected: kind }, Lang::Es) => {
                format!("se esperaba {}", expected_in(*kind, Lang::Es))
            }
        }
    }
}

/// What an answer to a question of `kind` is written as, in English.
pub(crate) fn expected(kind: Kind) -> &'static str {
    expected_in(kind, Lang::En)
}

/// What an answer to a question of `kind` is written as, in `lang`.
pub fn expected_in(kind: Kind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (Kind::YesNo, Lang::En) => "`yes`, `no` or `skip`",
        (Kind::Choice, Lang::En) => "one choice id, or `skip`",
        (Kind::Checklist, Lang::En) => "a list of choice ids (`[]` for none), or `skip`",
        (Kind::Text, Lang::En) => "a string, or `skip`",
        (Kind::YesNo, Lang::Es) => "`yes`, `no` o `skip`",
        (Kind::Choice, Lang::Es) => "el id de una opción, o `skip`",
        (Kind::Checklist, Lang::Es) => "una lista de ids de opciones (`[]` para ninguna), o `skip`",
        (Kind::Text, Lang::Es) => "un texto, o `skip`",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::testing::bank;

    const SECTIONS: &str = r#"
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
        text: Have you had any of these?
        label: Symptoms
        choices:
          - {id: sweating, label: Sweating}
          - {id: anxiety, label: Anxiety}
"#;

    #[test]
    fn an_answer_that_does_not_fit_says_how_in_either_language() {
        let bank = bank(SECTIONS);
        let missed = bank.question(0);
        let symptoms = bank.question(1);
        assert_eq!(Answer::Choice("no".into()).mismatch(missed), None);
        assert_eq!(Answer::Skipped.mismatch(symptoms), None);
        let maybe = Answer::Choice("maybe".into()).mismatch(missed).unwrap();
        assert_eq!(
            maybe,
            Mismatch::NotAChoice {
                answer: "maybe".into(),
                choices: vec!["yes".into(), "no".into(), "skip".into()],
                many: false,
            }
        );
        assert_eq!(
            maybe.describe(Lang::En),
            "`maybe` is not a choice of this question; use one of: yes, no, skip"
        );
        assert_eq!(
            maybe.describe(Lang::Es),
            "`maybe` no es una opción de esta pregunta; use una de estas: yes, no, skip"
        );
        let twice = Answer::Checklist(vec!["anxiety".into(), "anxiety".into()]);
        assert_eq!(twice.mismatch(symptoms), Some(Mismatch::ListedTwice));
        let text = Answer::Text("often".into()).mismatch(symptoms).unwrap();
        assert_eq!(
            text,
            Mismatch::WrongKind {
                expected: Kind::Checklist
            }
        );
        assert_eq!(
            Answer::Text("often".into()).check(symptoms),
            Err("expected a list of choice ids (`[]` for none), or `skip`".into())
        );
        assert_eq!(
            text.describe(Lang::Es),
            "se esperaba una lista de ids de opciones (`[]` para ninguna), o `skip`"
        );
    }
}
