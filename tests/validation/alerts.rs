//! Alerts.

use super::*;

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
