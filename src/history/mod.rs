//! Taper history (`selfcheck history FILE...`): saved checks side by side, as data. Which
//! signs were reported at which check, in date order, and what each check asked of the
//! person. It describes and never judges: there is no trend, no "better" or "worse".
//! Each check's tier and crisis come from the engine, exactly as its summary's do.

mod order;
pub mod words;

use crate::answers::{Answer, CheckInfo};
use crate::bank::Bank;
use crate::bank::model::{Kind, Tier};
use crate::engine::Session;
use serde::Serialize;
use std::collections::BTreeMap;

pub use order::{Order, order};
pub use words::Words;

/// One saved check, as read from its file against the bank.
#[derive(Debug, Clone)]
pub struct Saved {
    /// The file's name as the person gave it, for notes and errors.
    pub file: String,
    pub info: Option<CheckInfo>,
    pub answers: BTreeMap<usize, Answer>,
}

/// A check in the history, in date order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    pub file: String,
    pub date: Option<String>,
    /// The bank version the file was saved with, when it says.
    pub version: Option<u32>,
    /// The tier this check reached: the same as its own summary's.
    pub urgency: Tier,
    pub crisis: bool,
    /// How many signs (cells marked reported, not sure or on a level) it reported.
    pub reported: usize,
    /// Whether questions this check's answers call for were never asked (it stopped
    /// early, or was saved with a version of the bank that lacked them): its count and
    /// blanks then say nothing of those questions.
    pub incomplete: bool,
    /// How many such questions there are (0 for a complete check).
    pub not_asked: usize,
}

/// What a cell of the grid shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// The question was not asked at this check (hidden by an earlier answer, or not in
    /// the version of the bank the check was made with).
    NotAsked,
    /// "Prefer not to say".
    Skipped,
    /// Asked, and the answer reported nothing here.
    NotReported,
    Reported,
    /// "Not sure" on a yes/no question (which counts as yes for alerts).
    NotSure,
    /// A level on the question's scale: `step` of `of`, counting only the steps that
    /// report something (a frequency scale's "Sometimes" is 1 of 3).
    Level {
        step: usize,
        of: usize,
    },
    /// Free text was written.
    Note,
}

impl Mark {
    /// Whether the cell counts as a sign reported.
    pub fn is_sign(self) -> bool {
        matches!(self, Mark::Reported | Mark::NotSure | Mark::Level { .. })
    }

    /// The word for JSON.
    pub fn id(self) -> &'static str {
        match self {
            Mark::NotAsked => "not_asked",
            Mark::Skipped => "prefer_not_to_say",
            Mark::NotReported => "not_reported",
            Mark::Reported | Mark::Level { .. } => "reported",
            Mark::NotSure => "not_sure",
            Mark::Note => "note",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub mark: Mark,
    /// The answer's words at that check (the whole answer, neutral ones included);
    /// `None` where the question was not asked.
    pub words: Option<String>,
}

/// One row: a question, or one item of a checklist (or one choice of a choice
/// question that is not on a scale), with a cell for each check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub section: String,
    pub section_title: String,
    pub question: String,
    pub label: String,
    /// For an item row: the choice's id and label.
    pub item: Option<(String, String)>,
    /// For a question on a scale: the labels of the steps that report something, from
    /// least to most, for the key.
    pub scale: Vec<String>,
    pub kind: Kind,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone)]
pub struct History {
    pub checks: Vec<Check>,
    pub rows: Vec<Row>,
    /// Files with the same date, in the order given (each group shown in that order).
    pub same_date: Vec<Vec<String>>,
    /// Files with no date, shown last in the order given.
    pub undated: Vec<String>,
    /// The version of the bank the tiers were read with.
    pub bank_version: u32,
}

/// Builds the history of `saved` checks (in any order) against `bank`.
pub fn build(bank: &Bank, saved: &[Saved]) -> History {
    let Order {
        indices,
        same_date,
        undated,
    } = order(saved);
    let sessions: Vec<Session> = indices
        .iter()
        .map(|&i| Session::with_answers(bank, saved[i].answers.clone()))
        .collect();
    // What each check asked and answered: only the questions its answers showed count.
    let asked: Vec<BTreeMap<usize, &Answer>> =
        sessions.iter().map(|s| s.answered().collect()).collect();
    let mut rows = Vec::new();
    for index in 0..bank.len() {
        let answers: Vec<Option<&Answer>> = asked.iter().map(|a| a.get(&index).copied()).collect();
        rows.extend(rows_of(bank, index, &answers));
    }
    let checks = indices
        .iter()
        .zip(&sessions)
        .enumerate()
        .map(|(column, (&i, session))| Check {
            file: saved[i].file.clone(),
            date: saved[i].info.as_ref().map(|c| c.date.clone()),
            version: saved[i].info.as_ref().map(|c| c.version),
            urgency: session.urgency(),
            crisis: session.crisis(),
            reported: rows
                .iter()
                .filter(|r| r.cells[column].mark.is_sign())
                .count(),
            incomplete: !session.unasked().is_empty(),
            not_asked: session.unasked().len(),
        })
        .collect();
    History {
        checks,
        rows,
        same_date,
        undated,
        bank_version: bank.def.version,
    }
}

/// The rows of one question: none when no check reported a sign or chose not to say.
fn rows_of(bank: &Bank, index: usize, answers: &[Option<&Answer>]) -> Vec<Row> {
    let question = bank.question(index);
    let section = bank.section_of(index);
    // Whether an answer reports a sign is the bank's call (`bank/meaning.rs`).
    let reports = |answer: &Answer| question.reported_words(answer).is_some();
    let words = |answer: Option<&Answer>| answer.map(|a| question.words(a, &bank.def.ui));
    let row = |item: Option<(String, String)>, scale: Vec<String>, cells: Vec<Cell>| Row {
        section: section.id.clone(),
        section_title: section.title.clone(),
        question: question.id.clone(),
        label: question.label.clone(),
        item,
        scale,
        kind: question.kind,
        cells,
    };
    let skipped_somewhere = answers.contains(&Some(&Answer::Skipped));
    let cell = |answer: Option<&Answer>, mark: Mark| Cell {
        mark: match answer {
            None => Mark::NotAsked,
            Some(Answer::Skipped) => Mark::Skipped,
            Some(_) => mark,
        },
        words: words(answer),
    };

    // Items: the checklist's items, or the choices of a choice question on no scale,
    // that any check reported, each on its own row.
    let itemized = question.kind == Kind::Checklist
        || (question.kind == Kind::Choice && question.scale.is_none());
    if itemized {
        let as_answer = |id: &str| match question.kind {
            Kind::Checklist => Answer::Checklist(vec![id.to_string()]),
            _ => Answer::Choice(id.to_string()),
        };
        let mut rows: Vec<Row> = question
            .choices
            .iter()
            .filter(|c| reports(&as_answer(&c.id)))
            .filter(|c| answers.iter().flatten().any(|a| a.includes(&c.id)))
            .map(|c| {
                let cells = answers
                    .iter()
                    .map(|&a| {
                        let here = a.is_some_and(|a| a.includes(&c.id));
                        cell(
                            a,
                            if here {
                                Mark::Reported
                            } else {
                                Mark::NotReported
                            },
                        )
                    })
                    .collect();
                row(Some((c.id.clone(), c.label.clone())), Vec::new(), cells)
            })
            .collect();
        if rows.is_empty() && skipped_somewhere {
            let cells = answers
                .iter()
                .map(|&a| cell(a, Mark::NotReported))
                .collect();
            rows.push(row(None, Vec::new(), cells));
        }
        return rows;
    }

    let any_sign = answers.iter().flatten().any(|a| reports(a));
    if !any_sign && !skipped_somewhere {
        return Vec::new();
    }
    // The steps of a scale that report something, least to most.
    let steps: Vec<&str> = question
        .choices
        .iter()
        .filter(|c| question.scale.is_some() && reports(&Answer::Choice(c.id.clone())))
        .map(|c| c.id.as_str())
        .collect();
    let mark_of = |answer: &Answer| -> Mark {
        if !reports(answer) {
            return Mark::NotReported;
        }
        match answer {
            Answer::Text(_) => Mark::Note,
            Answer::Choice(id) if id == "not_sure" && question.kind == Kind::YesNo => Mark::NotSure,
            Answer::Choice(id) => match steps.iter().position(|s| s == id) {
                Some(at) => Mark::Level {
                    step: at + 1,
                    of: steps.len(),
                },
                None => Mark::Reported,
            },
            _ => Mark::Reported,
        }
    };
    let cells = answers
        .iter()
        .map(|&a| cell(a, a.map_or(Mark::NotAsked, mark_of)))
        .collect();
    let scale = question
        .choices
        .iter()
        .filter(|c| steps.contains(&c.id.as_str()))
        .map(|c| c.label.clone())
        .collect();
    vec![row(None, scale, cells)]
}

#[cfg(test)]
mod tests;
