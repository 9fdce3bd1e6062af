//! An alert's context (`when`, `unless`) and a note's `unless`.

use super::*;

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
