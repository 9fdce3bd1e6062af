//! The answers file (`--answers FILE`, `--save-answers FILE`): a mapping from question
//! id to `yes`/`no`, a choice id, a list of choice ids, free text, or `skip` for
//! "prefer not to say". Free text that is the word `skip` itself is written
//! `{text: skip}`, so it is never read back as prefer not to say. The in-memory `Answer`
//! lives beside the bank model (`bank::answer`) and is re-exported here.

use crate::bank::Bank;
use crate::bank::model::Kind;
use crate::yaml::{self, Mapping, Value, YamlFault, YamlKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use crate::bank::answer::{Answer, Misfit, SKIP};

/// One answer as written in an answers file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum RawAnswer {
    One(String),
    Many(Vec<String>),
    /// Free text written `{text: ...}`: text whatever it says, even `skip`.
    Text {
        text: String,
    },
    /// Something no answer is ("the number 3"): refused with the question's id and what
    /// to write instead.
    #[serde(skip)]
    Wrong(Shape),
}

/// What a YAML value is, where it is not what was wanted: said as "the number 3",
/// "empty (~ or nothing)" by `messages`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    Empty,
    /// `true` or `false`, as written.
    TrueFalse(String),
    Number(String),
    Text,
    List,
    Mapping,
    Tagged(String),
    /// A list with something in it that is not text.
    ListWith(Box<Shape>),
}

/// A problem with an answers file as a whole, where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileIssue {
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub kind: FileIssueKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileIssueKind {
    /// The YAML layer's problem, as data: syntax, a key written twice, a control
    /// character, a `_check` field missing, unknown or of the wrong type.
    Yaml(YamlKind),
    NotAMapping(Shape),
    CheckNotAMapping,
    /// `_check.date` is not a real day.
    CheckDate(String),
}

impl From<YamlFault> for FileIssue {
    fn from(fault: YamlFault) -> Self {
        FileIssue {
            line: fault.line,
            column: fault.column,
            kind: FileIssueKind::Yaml(fault.kind),
        }
    }
}

pub type RawAnswers = BTreeMap<String, RawAnswer>;

/// The key of the `{text: ...}` form of free text.
const TEXT_KEY: &str = "text";

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

/// Reads an answers file: what it is (`_check`, if given) and its entries, each as
/// written. A key written twice is refused (by the YAML layer) at its second line; an
/// entry of a type no answer has is kept as `RawAnswer::Wrong`, to be refused with its
/// question's id once the bank is known.
pub fn parse_file(source: &str) -> Result<AnswersFile, FileIssue> {
    let map = match yaml::read_value(source)? {
        Value::Mapping(map) => map,
        // Comments only: no answers.
        Value::Null => Mapping::new(),
        other => {
            return Err(FileIssue {
                line: Some(1),
                column: Some(1),
                kind: FileIssueKind::NotAMapping(shape(&other)),
            });
        }
    };
    let locator = yaml::Locator::new(source);
    let mut file = AnswersFile::default();
    for (key, value) in &map {
        let id = match key {
            Value::String(s) => s.clone(),
            other => scalar_text(other),
        };
        if id == CHECK_KEY {
            file.check = Some(read_check(value, source, &locator)?);
        } else {
            file.answers.insert(id, raw_answer(value));
        }
    }
    Ok(file)
}

/// `_check: {date, bank, version}`, with a date that is a real day.
fn read_check(
    value: &Value,
    source: &str,
    locator: &yaml::Locator,
) -> Result<CheckInfo, FileIssue> {
    let place = locator.top_key(CHECK_KEY);
    let at = |kind: FileIssueKind| FileIssue {
        line: place,
        column: place.map(|_| 1),
        kind,
    };
    if !value.is_mapping() {
        return Err(at(FileIssueKind::CheckNotAMapping));
    }
    #[derive(Deserialize)]
    struct Header {
        #[serde(rename = "_check")]
        check: CheckInfo,
    }
    let mut header = Mapping::new();
    header.insert(CHECK_KEY.into(), value.clone());
    let header: Header = yaml::read_from_value(&Value::Mapping(header), source)?;
    if !crate::date::is_valid(&header.check.date) {
        return Err(at(FileIssueKind::CheckDate(header.check.date)));
    }
    Ok(header.check)
}

/// One entry's value: text, a list of texts, or what else it is.
fn raw_answer(value: &Value) -> RawAnswer {
    match value {
        Value::String(s) => RawAnswer::One(s.clone()),
        Value::Mapping(map) => match map.get(TEXT_KEY) {
            Some(Value::String(text)) if map.len() == 1 => RawAnswer::Text { text: text.clone() },
            _ => RawAnswer::Wrong(shape(value)),
        },
        Value::Sequence(items) => match items.iter().find(|v| !v.is_string()) {
            None => RawAnswer::Many(
                items
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
            ),
            Some(other) => RawAnswer::Wrong(Shape::ListWith(Box::new(shape(other)))),
        },
        other => RawAnswer::Wrong(shape(other)),
    }
}

/// What a YAML value is.
fn shape(value: &Value) -> Shape {
    match value {
        Value::Null => Shape::Empty,
        Value::Bool(b) => Shape::TrueFalse(b.to_string()),
        Value::Number(n) => Shape::Number(n.to_string()),
        Value::String(_) => Shape::Text,
        Value::Sequence(_) => Shape::List,
        Value::Mapping(_) => Shape::Mapping,
        Value::Tagged(tagged) => Shape::Tagged(tagged.tag.to_string()),
    }
}

/// A key that is not text, as the text it was written as (a list or mapping as a
/// placeholder: no question id is one, so it is refused as unknown).
fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Null => "~".into(),
        Value::Sequence(_) => "a list".into(),
        Value::Mapping(_) => "a mapping".into(),
        Value::Tagged(tagged) => format!("a value tagged {}", tagged.tag),
    }
}

/// An answers file as YAML: what it is first, then the entries in the order given.
pub fn to_file_text(check: &CheckInfo, entries: &[(String, RawAnswer)]) -> String {
    let mut mapping = Mapping::new();
    mapping.insert(CHECK_KEY.into(), yaml::to_value(check));
    for (id, answer) in entries {
        mapping.insert(id.as_str().into(), yaml::to_value(answer));
    }
    yaml::to_string(&mapping)
}

/// A problem with one entry of an answers file: its question id, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryIssue {
    pub question: String,
    pub issue: AnswerIssue,
}

/// What is wrong with one answer; `expected` is the question's kind, for what to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerIssue {
    /// The id is no question of the bank (named).
    NotInBank { bank: String },
    /// A value no answer is.
    Shape { found: Shape, expected: Kind },
    /// A checklist answered with one value.
    ChecklistNeedsList,
    /// `{text: ...}` for a question that is not free text.
    TextFormNotText { expected: Kind },
    /// A list for a question that takes one answer.
    ListForOne { expected: Kind },
    /// The choices do not fit the question.
    Misfit(Misfit),
}

/// Reads an answers file's entries against a bank: question index -> answer.
/// Every entry is checked; all problems are returned together.
pub fn from_raw(bank: &Bank, raw: &RawAnswers) -> Result<BTreeMap<usize, Answer>, Vec<EntryIssue>> {
    let mut answers = BTreeMap::new();
    let mut issues = Vec::new();
    for (id, value) in raw {
        let issue = |issue: AnswerIssue| EntryIssue {
            question: id.clone(),
            issue,
        };
        let Some(index) = bank.index_of(id) else {
            issues.push(issue(AnswerIssue::NotInBank {
                bank: bank.def.id.clone(),
            }));
            continue;
        };
        let question = bank.question(index);
        let answer = match (value, question.kind) {
            (RawAnswer::One(s), _) if s == SKIP => Answer::Skipped,
            (RawAnswer::One(s) | RawAnswer::Text { text: s }, Kind::Text) => {
                Answer::Text(s.clone())
            }
            (RawAnswer::One(s), Kind::YesNo | Kind::Choice) => Answer::Choice(s.clone()),
            (RawAnswer::Wrong(found), kind) => {
                issues.push(issue(AnswerIssue::Shape {
                    found: found.clone(),
                    expected: kind,
                }));
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
            (RawAnswer::One(_), Kind::Checklist) => {
                issues.push(issue(AnswerIssue::ChecklistNeedsList));
                continue;
            }
            (RawAnswer::Text { .. }, kind) => {
                issues.push(issue(AnswerIssue::TextFormNotText { expected: kind }));
                continue;
            }
            (RawAnswer::Many(_), kind) => {
                issues.push(issue(AnswerIssue::ListForOne { expected: kind }));
                continue;
            }
        };
        match answer.check(question) {
            Ok(()) => {
                answers.insert(index, answer);
            }
            Err(misfit) => issues.push(issue(AnswerIssue::Misfit(misfit))),
        }
    }
    if issues.is_empty() {
        Ok(answers)
    } else {
        Err(issues)
    }
}

/// The answers-file form of answers, in the order given, so a saved session reads back
/// as it was: free text that is the word `skip` is written `{text: skip}`.
pub fn to_raw<'a>(
    bank: &Bank,
    answers: impl IntoIterator<Item = (usize, &'a Answer)>,
) -> Vec<(String, RawAnswer)> {
    answers
        .into_iter()
        .map(|(index, answer)| {
            let value = match answer {
                Answer::Skipped => RawAnswer::One(SKIP.to_string()),
                Answer::Text(text) if text == SKIP => RawAnswer::Text { text: text.clone() },
                Answer::Choice(id) | Answer::Text(id) => RawAnswer::One(id.clone()),
                Answer::Checklist(ids) => RawAnswer::Many(ids.clone()),
            };
            (bank.question(index).id.clone(), value)
        })
        .collect()
}

#[cfg(test)]
mod tests;
