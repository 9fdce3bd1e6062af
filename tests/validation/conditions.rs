//! Conditions (`when`).

use super::*;

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
