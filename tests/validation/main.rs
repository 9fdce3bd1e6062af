//! Bank validation: one test per rule, each breaking the minimal fixture in one place and
//! checking the kind of problem found (with the ids and values it names) and where it
//! points; then the shipped bank. The words each kind is said in, English and Spanish,
//! are pinned once, in the snapshot of `src/bank/problem/tests.rs`; `selfcheck validate`
//! on broken banks is in `bad_banks.rs`.
//!
//! Expected places are written as the line of the fixture text they must point at (found
//! with `line_of`), so the fixture can gain a line without every test changing.

use selfcheck::bank::Bank;
use selfcheck::bank::model::{Kind, Role};
use selfcheck::bank::problem::{
    ConditionField as Field, ConditionProblem as Cond, PlaceholderProblem, Problem,
    QuestionProblem as Q, SectionProblem,
};
use selfcheck::yaml::{FieldName, FieldProblem, Owner, YamlKind};
use std::path::Path;

const MINIMAL: &str = include_str!("../fixtures/minimal.yaml");

/// `source` with `from` replaced by `to`; `from` must occur exactly once, so a test can
/// never pass because its change silently missed.
fn change(source: &str, from: &str, to: &str) -> String {
    assert_eq!(
        source.matches(from).count(),
        1,
        "the text to change must occur exactly once in the bank: {from:?}"
    );
    let changed = source.replacen(from, to, 1);
    assert_ne!(changed, source, "the change did nothing: {from:?}");
    changed
}

/// The minimal fixture with each `(from, to)` change applied in turn.
fn broken(changes: &[(&str, &str)]) -> String {
    changes
        .iter()
        .fold(MINIMAL.to_string(), |source, (from, to)| {
            change(&source, from, to)
        })
}

/// The 1-based number of the `nth` line (0 = first) whose text, trimmed, is `text`.
fn line_of(source: &str, text: &str, nth: usize) -> usize {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| line.trim() == text)
        .nth(nth)
        .unwrap_or_else(|| panic!("no line number {nth} reading {text:?} in the bank"))
        .0
        + 1
}

/// A place in the bank: line and column, 1-based.
type At = (usize, usize);

/// The problems `Bank::load` finds in `source` as `bank.yaml`, each with its place.
fn problems(source: &str) -> Vec<(At, Problem)> {
    match Bank::load("bank.yaml", source) {
        Ok(bank) => panic!(
            "the bank should not load, but it did ({} questions)",
            bank.len()
        ),
        Err(err) => {
            assert_eq!(err.file, "bank.yaml");
            err.issues
                .into_iter()
                .map(|issue| {
                    let at = issue.line.zip(issue.column);
                    let at = at.unwrap_or_else(|| panic!("no place for {:?}", issue.problem));
                    (at, issue.problem)
                })
                .collect()
        }
    }
}

/// Asserts that `source` fails with exactly these problems, at these places, in order.
#[track_caller]
fn assert_problems(source: &str, expected: &[(At, Problem)]) {
    assert_eq!(problems(source), expected);
}

/// Asserts that `source` fails with this one problem, at this place, and nothing else.
#[track_caller]
fn assert_problem(source: &str, at: At, problem: Problem) {
    assert_problems(source, &[(at, problem)]);
}

/// Where a problem of question `id` points: its `- id:` line, column 9 in the fixture.
fn at_question(source: &str, id: &str) -> At {
    (line_of(source, &format!("- id: {id}"), 0), 9)
}

/// Where a problem of section `id` points (its `nth` `- id:` line, column 5).
fn at_section(source: &str, id: &str, nth: usize) -> At {
    (line_of(source, &format!("- id: {id}"), nth), 5)
}

/// Where a problem of a top-level key points: its line, column 1.
fn at_top(source: &str, key: &str) -> At {
    let line = source
        .lines()
        .position(|line| line.starts_with(&format!("{key}:")))
        .unwrap_or_else(|| panic!("no top-level `{key}:` in the bank"));
    (line + 1, 1)
}

/// The first line that starts (trimmed) with `start`, at the column where its text starts.
fn at_line(source: &str, start: &str) -> At {
    let (i, line) = source
        .lines()
        .enumerate()
        .find(|(_, line)| line.trim_start().starts_with(start))
        .unwrap_or_else(|| panic!("no line starting with {start:?} in the bank"));
    (i + 1, line.len() - line.trim_start().len() + 1)
}

fn strings(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

fn question(id: &str, problem: Q) -> Problem {
    Problem::Question {
        id: id.into(),
        problem,
    }
}

/// A problem with one of question `id`'s conditions.
fn condition(id: &str, field: Field, problem: Cond) -> Problem {
    question(id, Q::Condition { field, problem })
}

fn section(id: &str, problem: SectionProblem) -> Problem {
    Problem::Section {
        id: id.into(),
        problem,
    }
}

/// A YAML value that does not fit its field: the field's owner, its keys, the problem.
fn yaml_field(owner: Option<Owner>, keys: &[&str], problem: FieldProblem) -> Problem {
    Problem::Yaml(YamlKind::Field {
        field: Box::new(FieldName {
            owner,
            keys: strings(keys),
        }),
        problem,
    })
}

fn named(what: &str, id: &str) -> Option<Owner> {
    Some(Owner::Named {
        what: what.into(),
        id: id.into(),
    })
}

const REGION_WORDS: &[&str] = &[
    "{emergency}",
    "{crisis}",
    "{poison}",
    "{treatment}",
    "{emergency_reach}",
    "{crisis_reach}",
    "{poison_reach}",
    "{treatment_reach}",
    "{after_hours}",
];

/// A placeholder `{name}` that the field does not take (it takes `allowed`).
fn unknown_placeholder(
    owner: Option<Owner>,
    keys: &[&str],
    name: &str,
    allowed: &[&str],
) -> Problem {
    Problem::Placeholder {
        field: FieldName {
            owner,
            keys: strings(keys),
        },
        problem: PlaceholderProblem::Unknown {
            placeholder: name.into(),
        },
        allowed: strings(allowed),
    }
}

/// The condition of `withdrawal_signs` in the fixture.
pub(crate) const CONDITION: &str = "when: {question: missed_dose, if_any: [\"yes\", \"skip\"]}";

/// The `poison` resource of the fixture's region.
pub(crate) const POISON: &str = concat!(
    "      - role: poison\n",
    "        name: \"Poison Help\"\n",
    "        number: \"1-800-222-1222\"\n",
    "        reach: \"call 1-800-222-1222\"\n",
    "        contact: \"Call 1-800-222-1222\"\n",
    "        for: \"You may have taken too much and you are awake and breathing.\"\n",
);

mod alert_context;
mod alerts;
mod choices;
mod conditions;
mod fixture;
mod ids;
mod keys;
mod regions_and_placeholders;
mod sections;
mod yaml_and_several;
