//! A person's answers: the in-memory form the engine uses, and the answers-file form
//! (`--answers FILE`): a mapping from question id to `yes`/`no`, a choice id, a list of
//! choice ids, free text, or `skip` for "prefer not to say".

use crate::bank::Bank;
use crate::bank::model::{Kind, Question, Ui};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    pub fn check(&self, question: &Question) -> Result<(), String> {
        let known = |id: &String| question.choices.iter().any(|c| &c.id == id);
        let choice_ids = || {
            question
                .choices
                .iter()
                .map(|c| c.id.as_str())
                .chain([SKIP])
                .collect::<Vec<_>>()
                .join(", ")
        };
        match (self, question.kind) {
            (Answer::Skipped, _) => Ok(()),
            (Answer::Choice(id), Kind::YesNo | Kind::Choice) if known(id) => Ok(()),
            (Answer::Choice(id), Kind::YesNo | Kind::Choice) => Err(format!(
                "`{id}` is not a choice of this question; use one of: {}",
                choice_ids()
            )),
            (Answer::Checklist(ids), Kind::Checklist) => {
                if let Some(bad) = ids.iter().find(|id| !known(id)) {
                    return Err(format!(
                        "`{bad}` is not a choice of this question; use any of: {}",
                        choice_ids()
                    ));
                }
                let mut seen = ids.clone();
                seen.sort();
                seen.dedup();
                if seen.len() != ids.len() {
                    return Err("a choice is listed twice".to_string());
                }
                Ok(())
            }
            (Answer::Text(_), Kind::Text) => Ok(()),
            (_, kind) => Err(format!("expected {}", expected(kind))),
        }
    }
}

fn expected(kind: Kind) -> &'static str {
    match kind {
        Kind::YesNo => "`yes`, `no` or `skip`",
        Kind::Choice => "one choice id, or `skip`",
        Kind::Checklist => "a list of choice ids (`[]` for none), or `skip`",
        Kind::Text => "a string, or `skip`",
    }
}

/// One answer as written in an answers file (or, under `_check`, what the file is).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(untagged)]
pub enum RawAnswer {
    One(String),
    Many(Vec<String>),
    Check(CheckInfo),
}

pub type RawAnswers = BTreeMap<String, RawAnswer>;

/// The key under which a saved answers file says when and from which bank it was made.
/// Question ids start with a letter, so it is never a question's.
pub const CHECK_KEY: &str = "_check";

/// When a check was made, and with which bank and version, so a later comparison can
/// say which questions were added or removed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CheckInfo {
    /// The day of the check, `YYYY-MM-DD`.
    pub date: String,
    pub bank: String,
    pub version: u32,
    /// A counselor session: how ready the client was to talk to a prescriber (0 to 10),
    /// so that the next check can compare it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readiness: Option<u8>,
}

/// An answers file: what it is (when saved by selfcheck), and the answers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnswersFile {
    pub check: Option<CheckInfo>,
    pub answers: RawAnswers,
}

/// A problem with one entry of an answers file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerIssue {
    pub question: String,
    pub message: String,
}

/// Reads an answers file's entries against a bank: question index -> answer.
/// Every entry is checked; all problems are returned together.
pub fn from_raw(
    bank: &Bank,
    raw: &RawAnswers,
) -> Result<BTreeMap<usize, Answer>, Vec<AnswerIssue>> {
    let mut answers = BTreeMap::new();
    let mut issues = Vec::new();
    for (id, value) in raw {
        let issue = |message: String| AnswerIssue {
            question: id.clone(),
            message,
        };
        let Some(index) = bank.index_of(id) else {
            issues.push(issue(format!(
                "`{id}` is not a question of bank `{}`; `selfcheck questions` lists them",
                bank.def.id
            )));
            continue;
        };
        let question = bank.question(index);
        let answer = match (value, question.kind) {
            (RawAnswer::One(s), _) if s == SKIP => Answer::Skipped,
            (RawAnswer::One(s), Kind::Text) => Answer::Text(s.clone()),
            (RawAnswer::One(s), Kind::YesNo | Kind::Choice) => Answer::Choice(s.clone()),
            (RawAnswer::Check(_), kind) => {
                issues.push(issue(format!("expected {}", expected(kind))));
                continue;
            }
            (RawAnswer::Many(ids), Kind::Checklist) => {
                // In the bank's order, as the prompters give them; unknown ids last, to
                // be refused by `check` below.
                let rank = |id: &String| {
                    question
                        .choices
                        .iter()
                        .position(|c| &c.id == id)
                        .unwrap_or(usize::MAX)
                };
                let mut ids = ids.clone();
                ids.sort_by_key(rank);
                Answer::Checklist(ids)
            }
            (_, kind) => {
                issues.push(issue(format!("expected {}", expected(kind))));
                continue;
            }
        };
        match answer.check(question) {
            Ok(()) => {
                answers.insert(index, answer);
            }
            Err(message) => issues.push(issue(message)),
        }
    }
    if issues.is_empty() {
        Ok(answers)
    } else {
        Err(issues)
    }
}

/// The answers-file form of answers, in the order given, so a saved session reads back
/// as it was.
pub fn to_raw<'a>(
    bank: &Bank,
    answers: impl IntoIterator<Item = (usize, &'a Answer)>,
) -> Vec<(String, RawAnswer)> {
    answers
        .into_iter()
        .map(|(index, answer)| {
            let value = match answer {
                Answer::Skipped => RawAnswer::One(SKIP.to_string()),
                Answer::Choice(id) | Answer::Text(id) => RawAnswer::One(id.clone()),
                Answer::Checklist(ids) => RawAnswer::Many(ids.clone()),
            };
            (bank.question(index).id.clone(), value)
        })
        .collect()
}
