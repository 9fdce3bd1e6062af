//! The answers file (`--answers FILE`, `--save-answers FILE`): a mapping from question
//! id to `yes`/`no`, a choice id, a list of choice ids, free text, or `skip` for
//! "prefer not to say". The in-memory `Answer` lives beside the bank model
//! (`bank::answer`) and is re-exported here.

use crate::bank::Bank;
use crate::bank::model::Kind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::bank::answer::expected;
pub use crate::bank::answer::{Answer, SKIP};

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
