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

const MINIMAL: &str = include_str!("fixtures/minimal.yaml");

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

// ---------------------------------------------------------------------------------------
// The fixture itself

#[test]
fn the_minimal_fixture_loads() {
    let bank = Bank::load("minimal.yaml", MINIMAL).unwrap_or_else(|err| panic!("{err}"));
    assert_eq!(bank.len(), 5);
    let kinds: Vec<Kind> = (0..bank.len()).map(|i| bank.question(i).kind).collect();
    assert_eq!(
        kinds,
        [
            Kind::Choice,
            Kind::YesNo,
            Kind::YesNo,
            Kind::Checklist,
            Kind::Text
        ]
    );
    let choices = |id: &str| -> Vec<String> {
        let question = bank.question(bank.index_of(id).expect(id));
        question.choices.iter().map(|c| c.id.clone()).collect()
    };
    // The scale and the yes/no answers are filled in by validation.
    assert_eq!(
        choices("took_more"),
        ["never", "sometimes", "often", "always"]
    );
    assert_eq!(choices("breathing_now"), ["yes", "no", "not_sure"]);
    assert_eq!(choices("missed_dose"), ["yes", "no"]);
    assert_eq!(
        choices("withdrawal_signs"),
        ["anxiety", "tremors", "sweating"]
    );
    assert!(choices("anything_else").is_empty());
    assert_eq!(bank.region_ids(), ["us"]);
    assert_eq!(bank.def.sections.len(), 2);
}

#[test]
fn the_shipped_bank_loads() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("questions/clonazepam.yaml");
    let source = std::fs::read_to_string(&path).expect("questions/clonazepam.yaml is readable");
    if let Err(err) = Bank::load("questions/clonazepam.yaml", &source) {
        panic!("the shipped bank does not validate:\n{err}");
    }
}

// ---------------------------------------------------------------------------------------
// Unknown keys (rejected by the parser, which knows the place)

#[test]
fn an_unknown_top_level_key_is_rejected_where_it_is_written() {
    let source = broken(&[("locale: en-US\n", "locale: en-US\ncolour: blue\n")]);
    let keys = [
        "id",
        "version",
        "title",
        "locale",
        "intro",
        "disclaimer",
        "ui",
        "gate",
        "tiers",
        "crisis",
        "counselor",
        "notes",
        "safety_net",
        "privacy",
        "interrupts",
        "regions",
        "scales",
        "sections",
        "sources",
    ];
    assert_problem(
        &source,
        (line_of(&source, "colour: blue", 0), 1),
        yaml_field(
            None,
            &[],
            FieldProblem::UnknownKey {
                key: "colour".into(),
                allowed: strings(&keys),
            },
        ),
    );
}

#[test]
fn an_unknown_key_in_a_question_is_rejected_with_its_path() {
    let source = broken(&[(
        "        label: \"Anything else\"\n",
        "        label: \"Anything else\"\n        hint: \"Optional\"\n",
    )]);
    let keys = [
        "id", "kind", "text", "label", "help", "not_sure", "choices", "scale", "when", "or_when",
        "unless", "alerts",
    ];
    assert_problem(
        &source,
        (line_of(&source, "hint: \"Optional\"", 0), 9),
        yaml_field(
            named("question", "anything_else"),
            &[],
            FieldProblem::UnknownKey {
                key: "hint".into(),
                allowed: strings(&keys),
            },
        ),
    );
}

#[test]
fn an_unknown_key_in_an_alert_is_rejected_with_its_path() {
    let source = broken(&[(
        "            tier: emergency\n",
        "            tier: emergency\n            level: high\n",
    )]);
    let keys = [
        "if_any",
        "when",
        "unless",
        "tier",
        "crisis",
        "interrupt",
        "notes",
    ];
    let alert = Owner::Numbered {
        within: Some(("question".into(), "breathing_now".into())),
        what: "alert".into(),
        number: 1,
    };
    assert_problem(
        &source,
        (line_of(&source, "level: high", 0), 13),
        yaml_field(
            Some(alert),
            &[],
            FieldProblem::UnknownKey {
                key: "level".into(),
                allowed: strings(&keys),
            },
        ),
    );
}

#[test]
fn a_missing_required_key_is_rejected_at_its_mapping() {
    let source = broken(&[("        label: \"Anything else\"\n", "")]);
    assert_problem(
        &source,
        at_question(&source, "anything_else"),
        yaml_field(
            named("question", "anything_else"),
            &[],
            FieldProblem::MissingKey {
                key: "label".into(),
            },
        ),
    );
}

// ---------------------------------------------------------------------------------------
// Ids

#[test]
fn a_duplicate_question_id_points_at_the_second_question() {
    let source = broken(&[("- id: anything_else\n", "- id: took_more\n")]);
    assert_problem(
        &source,
        (line_of(&source, "- id: took_more", 1), 9),
        question("took_more", Q::DuplicateId),
    );
}

// A duplicate section id points at the second section, like every other duplicate id.
#[test]
fn a_duplicate_section_id_points_at_the_second_section() {
    let source = broken(&[("  - id: withdrawal\n", "  - id: context\n")]);
    assert_problem(
        &source,
        at_section(&source, "context", 1),
        section("context", SectionProblem::DuplicateId),
    );
}

#[test]
fn a_duplicate_choice_id_is_reported_at_its_question() {
    let source = broken(&[(
        "          - {id: tremors, label: \"Shaking or tremors\"}\n",
        concat!(
            "          - {id: tremors, label: \"Shaking or tremors\"}\n",
            "          - {id: tremors, label: \"Trembling\"}\n",
        ),
    )]);
    assert_problem(
        &source,
        at_question(&source, "withdrawal_signs"),
        question(
            "withdrawal_signs",
            Q::ChoiceTwice {
                choice: "tremors".into(),
            },
        ),
    );
}

#[test]
fn a_duplicate_interrupt_id_points_at_the_second_interrupt() {
    let source = broken(&[(
        "\nregions:\n",
        concat!(
            "  - id: breathing\n",
            "    title: \"Again\"\n",
            "    message: \"Call {emergency} now.\"\n",
            "\n",
            "regions:\n",
        ),
    )]);
    assert_problem(
        &source,
        (line_of(&source, "- id: breathing", 1), 5),
        Problem::DuplicateInterrupt {
            id: "breathing".into(),
        },
    );
}

#[test]
fn a_duplicate_region_id_points_at_the_second_region() {
    let resources_start = MINIMAL.find("regions:\n").unwrap() + "regions:\n".len();
    let resources_end = MINIMAL.find("\nscales:\n").unwrap();
    let region = &MINIMAL[resources_start..resources_end];
    let source = change(MINIMAL, region, &format!("{region}{region}"));
    assert_problem(
        &source,
        (line_of(&source, "- id: us", 1), 5),
        Problem::DuplicateRegion { id: "us".into() },
    );
}

#[test]
fn an_invalid_question_id_is_rejected() {
    let source = broken(&[("- id: anything_else\n", "- id: Anything-Else\n")]);
    assert_problem(
        &source,
        at_question(&source, "Anything-Else"),
        question("Anything-Else", Q::BadId),
    );
}

#[test]
fn a_question_id_must_start_with_a_letter_so_it_never_clashes_with_check() {
    let source = broken(&[("- id: anything_else\n", "- id: _check\n")]);
    assert_problem(
        &source,
        at_question(&source, "_check"),
        question("_check", Q::BadId),
    );
}

#[test]
fn an_invalid_section_id_is_rejected() {
    let source = broken(&[("  - id: withdrawal\n", "  - id: Withdrawal\n")]);
    assert_problem(
        &source,
        at_section(&source, "Withdrawal", 0),
        section("Withdrawal", SectionProblem::BadId),
    );
}

#[test]
fn an_invalid_choice_id_is_rejected_at_its_question() {
    let source = broken(&[
        ("{id: sweating,", "{id: sweating-a-lot,"),
        (
            "[anxiety, tremors, sweating]",
            "[anxiety, tremors, sweating-a-lot]",
        ),
    ]);
    assert_problem(
        &source,
        at_question(&source, "withdrawal_signs"),
        question(
            "withdrawal_signs",
            Q::BadChoiceId {
                choice: "sweating-a-lot".into(),
            },
        ),
    );
}

#[test]
fn a_choice_may_not_be_called_skip() {
    let source = broken(&[
        ("{id: sweating,", "{id: skip,"),
        ("[anxiety, tremors, sweating]", "[anxiety, tremors]"),
    ]);
    assert_problem(
        &source,
        at_question(&source, "withdrawal_signs"),
        question(
            "withdrawal_signs",
            Q::BadChoiceId {
                choice: "skip".into(),
            },
        ),
    );
}

#[test]
fn an_invalid_bank_id_is_rejected() {
    let source = broken(&[("\nid: minimal\n", "\nid: Minimal Bank\n")]);
    assert_problem(
        &source,
        at_top(&source, "id"),
        Problem::BankId {
            id: "Minimal Bank".into(),
        },
    );
}

// ---------------------------------------------------------------------------------------
// Conditions (`when`)

const CONDITION: &str = "when: {question: missed_dose, if_any: [\"yes\", \"skip\"]}";

#[test]
fn a_condition_on_an_unknown_question_is_rejected() {
    let source = broken(&[(
        CONDITION,
        "when: {question: missed_doses, if_any: [\"yes\", \"skip\"]}",
    )]);
    assert_problem(
        &source,
        at_question(&source, "withdrawal_signs"),
        condition(
            "withdrawal_signs",
            Field::When,
            Cond::NotAQuestion {
                question: "missed_doses".into(),
            },
        ),
    );
}

#[test]
fn a_condition_on_a_later_question_is_rejected() {
    let source = broken(&[(
        CONDITION,
        "when: {question: anything_else, if_any: [\"skip\"]}",
    )]);
    assert_problem(
        &source,
        at_question(&source, "withdrawal_signs"),
        condition(
            "withdrawal_signs",
            Field::When,
            Cond::RefersToLater {
                question: "anything_else".into(),
            },
        ),
    );
}

#[test]
fn a_condition_on_the_question_itself_is_rejected() {
    let source = broken(&[(
        CONDITION,
        "when: {question: withdrawal_signs, if_any: [anxiety]}",
    )]);
    assert_problem(
        &source,
        at_question(&source, "withdrawal_signs"),
        condition("withdrawal_signs", Field::When, Cond::RefersToItself),
    );
}

#[test]
fn a_condition_on_a_text_question_is_rejected() {
    // A new last question, asked only after the text question.
    let source = format!(
        "{MINIMAL}{}",
        concat!(
            "      - id: talked_to_prescriber\n",
            "        kind: yes_no\n",
            "        when: {question: anything_else, if_any: [\"skip\"]}\n",
            "        text: \"Have you talked with your prescriber about this?\"\n",
            "        label: \"Talked with prescriber\"\n",
        )
    );
    assert_problem(
        &source,
        at_question(&source, "talked_to_prescriber"),
        condition(
            "talked_to_prescriber",
            Field::When,
            Cond::RefersToText {
                question: "anything_else".into(),
            },
        ),
    );
}

#[test]
fn a_condition_naming_an_answer_the_question_does_not_have_is_rejected() {
    let source = broken(&[(
        CONDITION,
        "when: {question: missed_dose, if_any: [\"yes\", \"not_sure\"]}",
    )]);
    assert_problem(
        &source,
        at_question(&source, "withdrawal_signs"),
        condition(
            "withdrawal_signs",
            Field::When,
            Cond::UnknownAnswer {
                value: "not_sure".into(),
                question: "missed_dose".into(),
                answers: strings(&["yes", "no"]),
            },
        ),
    );
}

#[test]
fn a_condition_with_an_empty_if_any_is_rejected() {
    let source = broken(&[(CONDITION, "when: {question: missed_dose, if_any: []}")]);
    assert_problem(
        &source,
        at_question(&source, "withdrawal_signs"),
        condition("withdrawal_signs", Field::When, Cond::EmptyIfAny),
    );
}

// ---------------------------------------------------------------------------------------
// Alerts

#[test]
fn an_alert_with_an_unknown_tier_is_a_parse_error_with_its_place() {
    let source = broken(&[("            tier: soon\n", "            tier: urgent\n")]);
    let alert = Owner::Numbered {
        within: Some(("question".into(), "took_more".into())),
        what: "alert".into(),
        number: 1,
    };
    assert_problem(
        &source,
        (line_of(&source, "tier: urgent", 0), 19),
        yaml_field(
            Some(alert),
            &["tier"],
            FieldProblem::UnknownWord {
                word: "urgent".into(),
                allowed: strings(&["routine", "soon", "today", "emergency"]),
            },
        ),
    );
}

#[test]
fn an_alert_naming_an_unknown_answer_is_rejected() {
    let source = broken(&[("if_any: [often, always]", "if_any: [often, allways]")]);
    assert_problem(
        &source,
        at_question(&source, "took_more"),
        question(
            "took_more",
            Q::AlertUnknownAnswer {
                value: "allways".into(),
                answers: strings(&["never", "sometimes", "often", "always"]),
            },
        ),
    );
}

#[test]
fn an_alert_naming_an_unknown_interrupt_is_rejected() {
    let source = broken(&[(
        "            interrupt: breathing\n",
        "            interrupt: slow_breathing\n",
    )]);
    assert_problem(
        &source,
        at_question(&source, "breathing_now"),
        question(
            "breathing_now",
            Q::UnknownInterrupt {
                interrupt: "slow_breathing".into(),
            },
        ),
    );
}

#[test]
fn an_alert_naming_an_unknown_note_is_rejected() {
    let source = broken(&[(
        "            tier: soon\n            notes: [taper]\n",
        "            tier: soon\n            notes: [taper, tapering]\n",
    )]);
    assert_problem(
        &source,
        at_question(&source, "took_more"),
        question(
            "took_more",
            Q::UnknownNote {
                note: "tapering".into(),
            },
        ),
    );
}

#[test]
fn a_yes_alert_must_be_raised_by_not_sure_too() {
    let source = broken(&[("if_any: [\"yes\", \"not_sure\"]", "if_any: [\"yes\"]")]);
    assert_problem(
        &source,
        at_question(&source, "breathing_now"),
        question("breathing_now", Q::AlertYesWithoutNotSure),
    );
}

#[test]
fn an_alert_with_an_empty_if_any_is_rejected() {
    let source = broken(&[("if_any: [often, always]", "if_any: []")]);
    assert_problem(
        &source,
        at_question(&source, "took_more"),
        question("took_more", Q::AlertEmptyIfAny),
    );
}

#[test]
fn a_text_question_cannot_raise_alerts() {
    let source = broken(&[(
        "        label: \"Anything else\"\n",
        concat!(
            "        label: \"Anything else\"\n",
            "        alerts:\n",
            "          - if_any: [\"skip\"]\n",
            "            tier: routine\n",
        ),
    )]);
    assert_problem(
        &source,
        at_question(&source, "anything_else"),
        question("anything_else", Q::TextRaisesNoAlerts),
    );
}

// ---------------------------------------------------------------------------------------
// Choices and scales

const TOOK_MORE_ALERT: &str = concat!(
    "        alerts:\n",
    "          - if_any: [often, always]\n",
    "            tier: soon\n",
    "            notes: [taper]\n",
);

#[test]
fn a_choice_question_without_choices_is_rejected() {
    let source = broken(&[("        scale: frequency\n", ""), (TOOK_MORE_ALERT, "")]);
    assert_problem(
        &source,
        at_question(&source, "took_more"),
        question("took_more", Q::NeedsChoices { kind: Kind::Choice }),
    );
}

#[test]
fn a_checklist_question_without_choices_is_rejected() {
    let start = MINIMAL
        .find("        choices:\n          - {id: anxiety")
        .unwrap();
    let end = MINIMAL.find("      - id: anything_else\n").unwrap();
    let source = change(MINIMAL, &MINIMAL[start..end], "");
    assert_problem(
        &source,
        at_question(&source, "withdrawal_signs"),
        question(
            "withdrawal_signs",
            Q::NeedsChoices {
                kind: Kind::Checklist,
            },
        ),
    );
}

#[test]
fn a_yes_no_question_takes_no_choices() {
    let source = broken(&[(
        "        not_sure: true\n",
        "        not_sure: true\n        choices:\n          - {id: maybe, label: \"Maybe\"}\n",
    )]);
    assert_problem(
        &source,
        at_question(&source, "breathing_now"),
        question("breathing_now", Q::YesNoTakesNoChoices),
    );
}

#[test]
fn not_sure_is_for_yes_no_questions_only() {
    let source = broken(&[(
        "        kind: checklist\n",
        "        kind: checklist\n        not_sure: true\n",
    )]);
    assert_problem(
        &source,
        at_question(&source, "withdrawal_signs"),
        question("withdrawal_signs", Q::NotSureOnlyOnYesNo),
    );
}

// Only the unknown scale is reported, not every answer its alerts name.
#[test]
fn an_unknown_scale_is_rejected() {
    let source = broken(&[("scale: frequency", "scale: how_often")]);
    assert_problem(
        &source,
        at_question(&source, "took_more"),
        question(
            "took_more",
            Q::UnknownScale {
                scale: "how_often".into(),
            },
        ),
    );
}

#[test]
fn a_scale_and_choices_together_are_rejected() {
    let source = broken(&[(
        "        scale: frequency\n",
        concat!(
            "        scale: frequency\n",
            "        choices:\n",
            "          - {id: often, label: \"Often\"}\n",
            "          - {id: always, label: \"Always\"}\n",
        ),
    )]);
    assert_problem(
        &source,
        at_question(&source, "took_more"),
        question("took_more", Q::ChoicesAndScale),
    );
}

#[test]
fn a_scale_is_for_choice_questions_only() {
    let start = MINIMAL
        .find("        choices:\n          - {id: anxiety")
        .unwrap();
    let end = MINIMAL.find("      - id: anything_else\n").unwrap();
    let source = change(MINIMAL, &MINIMAL[start..end], "        scale: frequency\n");
    assert_problem(
        &source,
        at_question(&source, "withdrawal_signs"),
        question("withdrawal_signs", Q::ScaleOnChecklist),
    );
}

#[test]
fn a_scale_needs_two_choices() {
    let source = broken(&[(
        "scales:\n",
        "scales:\n  yes_only:\n    - {id: agree, label: \"Agree\"}\n",
    )]);
    assert_problem(
        &source,
        at_top(&source, "scales"),
        Problem::ShortScale {
            scale: "yes_only".into(),
        },
    );
}

// ---------------------------------------------------------------------------------------
// Sections

#[test]
fn an_empty_section_is_rejected() {
    let source = broken(&[(
        "  - id: withdrawal\n",
        concat!(
            "  - id: later\n",
            "    title: \"Later\"\n",
            "    intro: \"More questions.\"\n",
            "    questions: []\n",
            "  - id: withdrawal\n",
        ),
    )]);
    assert_problem(
        &source,
        at_section(&source, "later", 0),
        section("later", SectionProblem::NoQuestions),
    );
}

#[test]
fn a_section_without_a_questions_key_is_empty_too() {
    let source = broken(&[(
        "  - id: withdrawal\n",
        concat!(
            "  - id: later\n",
            "    title: \"Later\"\n",
            "    intro: \"More questions.\"\n",
            "  - id: withdrawal\n",
        ),
    )]);
    assert_problem(
        &source,
        at_section(&source, "later", 0),
        section("later", SectionProblem::NoQuestions),
    );
}

#[test]
fn a_bank_without_sections_is_rejected() {
    let start = MINIMAL.find("\nsections:\n").unwrap() + 1;
    let source = change(MINIMAL, &MINIMAL[start..], "sections: []\n");
    assert_problem(&source, at_top(&source, "sections"), Problem::NoSections);
}

// ---------------------------------------------------------------------------------------
// Regions, tiers, notes, placeholders

const POISON: &str = concat!(
    "      - role: poison\n",
    "        name: \"Poison Help\"\n",
    "        number: \"1-800-222-1222\"\n",
    "        reach: \"call 1-800-222-1222\"\n",
    "        contact: \"Call 1-800-222-1222\"\n",
    "        for: \"You may have taken too much and you are awake and breathing.\"\n",
);

#[test]
fn a_region_missing_a_role_is_rejected() {
    let source = broken(&[(POISON, "")]);
    assert_problem(
        &source,
        (line_of(&source, "- id: us", 0), 5),
        Problem::RegionRole {
            region: "us".into(),
            role: Role::Poison,
            found: 0,
        },
    );
}

#[test]
fn a_region_with_a_role_twice_is_rejected() {
    let source = broken(&[(POISON, &format!("{POISON}{POISON}"))]);
    assert_problem(
        &source,
        (line_of(&source, "- id: us", 0), 5),
        Problem::RegionRole {
            region: "us".into(),
            role: Role::Poison,
            found: 2,
        },
    );
}

#[test]
fn a_bank_without_regions_is_rejected() {
    let start = MINIMAL.find("\nregions:\n").unwrap() + 1;
    let end = MINIMAL.find("\nscales:\n").unwrap() + 1;
    let source = change(MINIMAL, &MINIMAL[start..end], "regions: []\n");
    assert_problem(&source, at_top(&source, "regions"), Problem::NoRegions);
}

#[test]
fn a_missing_tier_is_rejected() {
    let source = broken(&[(
        "  soon:\n    headline: \"Make an appointment with your prescriber in the next few days.\"\n",
        "",
    )]);
    // A tier is a key of the `tiers` mapping like any other: a missing one is reported at
    // the mapping (its first entry), as every missing key is.
    let tiers = line_of(&source, "tiers:", 0);
    assert_eq!((tiers, 1), at_top(&source, "tiers"));
    assert_problem(
        &source,
        (tiers + 1, 3),
        yaml_field(
            None,
            &["tiers"],
            FieldProblem::MissingKey { key: "soon".into() },
        ),
    );
}

#[test]
fn an_unknown_placeholder_in_a_message_is_rejected() {
    let source = broken(&[("Call or text {crisis} now", "Call or text {lifeline} now")]);
    assert_problem(
        &source,
        at_line(&source, "message: \"Call or text {lifeline}"),
        unknown_placeholder(None, &["crisis", "message"], "{lifeline}", REGION_WORDS),
    );
}

#[test]
fn an_unknown_placeholder_in_a_tier_is_rejected() {
    let source = broken(&[(
        "headline: \"Call {emergency} now.\"",
        "headline: \"Call {ambulance} now.\"",
    )]);
    assert_problem(
        &source,
        at_line(&source, "headline: \"Call {ambulance}"),
        unknown_placeholder(
            None,
            &["tiers", "emergency", "headline"],
            "{ambulance}",
            REGION_WORDS,
        ),
    );
}

#[test]
fn a_placeholder_left_open_is_rejected_at_its_line() {
    let source = broken(&[(
        "headline: \"Call {emergency} now.\"",
        "headline: \"Call {emergency now.\"",
    )]);
    assert_problem(
        &source,
        at_line(&source, "headline: \"Call {emergency now"),
        Problem::Placeholder {
            field: FieldName {
                owner: None,
                keys: strings(&["tiers", "emergency", "headline"]),
            },
            problem: PlaceholderProblem::NeverClosed {
                start: "{emergency now.".into(),
            },
            allowed: strings(REGION_WORDS),
        },
    );
}

#[test]
fn an_unknown_placeholder_in_the_progress_line_is_rejected() {
    let source = broken(&[("Question {n} of {total}", "Question {n} of {count}")]);
    assert_problem(
        &source,
        at_line(&source, "progress: "),
        unknown_placeholder(
            None,
            &["ui", "progress"],
            "{count}",
            &["{n}", "{total}", "{section}"],
        ),
    );
}

// Texts that are shown as written take no placeholders: privacy, labels, ui words.
#[test]
fn a_placeholder_in_a_text_shown_as_written_is_rejected() {
    let source = broken(&[
        (
            "privacy: \"Nothing you entered has been saved or sent.\"",
            "privacy: \"Nothing you entered has been saved or sent. {unknown}\"",
        ),
        ("label: \"Anxiety\"", "label: \"Anxiety {crisis}\""),
        (
            "not_sure: \"Not sure\"",
            "not_sure: \"Not sure {emergency}\"",
        ),
    ]);
    assert_problems(
        &source,
        &[
            (
                at_line(&source, "privacy:"),
                unknown_placeholder(None, &["privacy"], "{unknown}", &[]),
            ),
            (
                at_line(&source, "not_sure: \"Not sure {"),
                unknown_placeholder(None, &["ui", "not_sure"], "{emergency}", &[]),
            ),
            (
                at_line(&source, "- {id: anxiety"),
                unknown_placeholder(named("choice", "anxiety"), &["label"], "{crisis}", &[]),
            ),
        ],
    );
}

// Question text and help are filled with the region's numbers, so their placeholders are checked.
#[test]
fn an_unknown_placeholder_in_a_question_text_is_rejected() {
    let source = broken(&[(
        "help: \"This is the most dangerous sign of overdose.\"",
        "help: \"This is the most dangerous sign of overdose: call {ambulance}.\"",
    )]);
    assert_problem(
        &source,
        at_line(&source, "help: "),
        unknown_placeholder(
            named("question", "breathing_now"),
            &["help"],
            "{ambulance}",
            REGION_WORDS,
        ),
    );
}

// `notes`, `scales` and `tiers` are maps: a key written twice is an error, not a silent replacement.
#[test]
fn a_note_written_twice_is_rejected() {
    let source = broken(&[(
        "notes:\n  taper:\n",
        "notes:\n  taper: {text: \"Talk with your prescriber before any change.\"}\n  taper:\n",
    )]);
    // Somewhere in the `notes` mapping (the parser knows no finer place for a map).
    let notes = line_of(&source, "notes:", 0);
    let second = line_of(&source, "taper:", 0);
    let found = problems(&source);
    let [((line, _), problem)] = found.as_slice() else {
        panic!("one problem expected: {found:?}")
    };
    assert_eq!(
        *problem,
        Problem::Yaml(YamlKind::DuplicateKey {
            key: "taper".into()
        })
    );
    assert!((notes..=second).contains(line), "{found:?}");
}

#[test]
fn a_scale_written_twice_is_rejected() {
    let source = broken(&[(
        "scales:\n",
        concat!(
            "scales:\n",
            "  frequency:\n",
            "    - {id: rarely, label: \"Rarely\"}\n",
            "    - {id: daily, label: \"Every day\"}\n",
        ),
    )]);
    let found = problems(&source);
    assert!(
        matches!(
            found.as_slice(),
            [(_, Problem::Yaml(YamlKind::DuplicateKey { key }))] if key == "frequency"
        ),
        "{found:?}"
    );
}

#[test]
fn a_tier_written_twice_is_rejected() {
    let source = broken(&[(
        "  soon:\n",
        "  today:\n    headline: \"Call your doctor.\"\n  soon:\n",
    )]);
    let found = problems(&source);
    assert!(
        matches!(
            found.as_slice(),
            [(_, Problem::Yaml(YamlKind::DuplicateKey { key }))] if key == "today"
        ),
        "{found:?}"
    );
}

// ---------------------------------------------------------------------------------------
// YAML errors, and several problems at once

#[test]
fn a_yaml_syntax_error_is_reported_where_the_parser_found_it() {
    let source = broken(&[(
        "        label: \"Anything else\"\n",
        "        label: \"Anything else\": really\n",
    )]);
    let line = line_of(&source, "label: \"Anything else\": really", 0);
    // The column of the second `:`.
    let column = "        label: \"Anything else\"".len() + 1;
    assert_problem(
        &source,
        (line, column),
        Problem::Yaml(YamlKind::Parser(
            "mapping values are not allowed in this context".into(),
        )),
    );
}

#[test]
fn a_tab_in_the_indentation_is_a_yaml_error() {
    let source = broken(&[("    title: \"Withdrawal\"\n", "\ttitle: \"Withdrawal\"\n")]);
    assert_problem(
        &source,
        (line_of(&source, "title: \"Withdrawal\"", 0), 1),
        Problem::Yaml(YamlKind::Parser(
            "found a tab character that violates indentation".into(),
        )),
    );
}

#[test]
fn several_problems_are_reported_together_in_file_order() {
    let source = broken(&[
        (POISON, ""),
        (
            "            interrupt: breathing\n",
            "            interrupt: slow_breathing\n",
        ),
        ("- id: anything_else\n", "- id: took_more\n"),
        (
            CONDITION,
            "when: {question: missed_dose, if_any: [\"maybe\"]}",
        ),
    ]);
    assert_problems(
        &source,
        &[
            (
                (line_of(&source, "- id: us", 0), 5),
                Problem::RegionRole {
                    region: "us".into(),
                    role: Role::Poison,
                    found: 0,
                },
            ),
            (
                at_question(&source, "breathing_now"),
                question(
                    "breathing_now",
                    Q::UnknownInterrupt {
                        interrupt: "slow_breathing".into(),
                    },
                ),
            ),
            (
                at_question(&source, "withdrawal_signs"),
                condition(
                    "withdrawal_signs",
                    Field::When,
                    Cond::UnknownAnswer {
                        value: "maybe".into(),
                        question: "missed_dose".into(),
                        answers: strings(&["yes", "no"]),
                    },
                ),
            ),
            (
                (line_of(&source, "- id: took_more", 1), 9),
                question("took_more", Q::DuplicateId),
            ),
        ],
    );
}

#[test]
fn an_unless_referring_to_a_later_question_is_rejected() {
    let source = broken(&[(
        "        when: {question: missed_dose, if_any: [\"yes\", \"skip\"]}\n",
        "        when: {question: missed_dose, if_any: [\"yes\", \"skip\"]}\n        unless: {question: anything_else, if_any: [\"yes\"]}\n",
    )]);
    assert_problem(
        &source,
        at_question(&source, "withdrawal_signs"),
        condition(
            "withdrawal_signs",
            Field::Unless,
            Cond::RefersToLater {
                question: "anything_else".into(),
            },
        ),
    );
}

// ---------------------------------------------------------------------------------------
// An alert's context (`when`, `unless`) and a note's `unless`

const SIGNS_ALERT: &str =
    "          - if_any: [anxiety, tremors, sweating]\n            tier: today\n";

#[test]
fn an_alert_in_the_context_of_an_earlier_answer_is_accepted() {
    let source = broken(&[(
        SIGNS_ALERT,
        "          - if_any: [anxiety, tremors, sweating]\n            unless: [{question: took_more, if_any: [often]}]\n            when: [{question: missed_dose, if_any: [\"yes\"]}]\n            tier: today\n",
    )]);
    let bank = Bank::load("bank.yaml", &source).unwrap();
    let alert = &bank
        .question(bank.index_of("withdrawal_signs").unwrap())
        .alerts[0];
    assert_eq!(alert.when[0].question, "missed_dose");
    assert_eq!(alert.unless[0].question, "took_more");
}

#[test]
fn an_alert_context_on_a_later_question_is_rejected_with_its_place() {
    let source = broken(&[(
        SIGNS_ALERT,
        "          - if_any: [anxiety, tremors, sweating]\n            when: [{question: anything_else, if_any: [\"yes\"]}]\n            tier: today\n",
    )]);
    assert_problem(
        &source,
        at_question(&source, "withdrawal_signs"),
        condition(
            "withdrawal_signs",
            Field::AlertWhen,
            Cond::RefersToLater {
                question: "anything_else".into(),
            },
        ),
    );
}

#[test]
fn an_alert_context_naming_an_answer_the_question_lacks_is_rejected() {
    let source = broken(&[(
        SIGNS_ALERT,
        "          - if_any: [anxiety, tremors, sweating]\n            unless: [{question: took_more, if_any: [planned]}]\n            tier: today\n",
    )]);
    assert_problem(
        &source,
        at_question(&source, "withdrawal_signs"),
        condition(
            "withdrawal_signs",
            Field::AlertUnless,
            Cond::UnknownAnswer {
                value: "planned".into(),
                question: "took_more".into(),
                answers: strings(&["never", "sometimes", "often", "always"]),
            },
        ),
    );
}

#[test]
fn a_note_unless_on_an_unknown_question_is_rejected_at_the_notes() {
    let source = broken(&[(
        "notes:\n  taper:\n",
        "notes:\n  taper:\n    unless: [{question: stopped, if_any: [\"yes\"]}]\n",
    )]);
    assert_problem(
        &source,
        at_top(&source, "notes"),
        Problem::NoteUnless {
            note: "taper".into(),
            problem: Cond::NotAQuestion {
                question: "stopped".into(),
            },
        },
    );
}
