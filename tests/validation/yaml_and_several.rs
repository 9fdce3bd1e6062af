//! YAML errors, and several problems at once.

use super::*;

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
