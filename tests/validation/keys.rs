//! Unknown keys (rejected by the parser, which knows the place).

use super::*;

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
