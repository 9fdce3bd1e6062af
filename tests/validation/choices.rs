//! Choices and scales.

use super::*;

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
