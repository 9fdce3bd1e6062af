//! Ids.

use super::*;

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

// `--compare` quotes these questions' own words: an id that is not a free-text question
// would silently compare nothing, so it is refused at the `ui` block.
#[test]
fn compared_free_text_names_only_free_text_questions() {
    for id in ["anything_else", "took_more", "no_such_question"] {
        let source = broken(&[(
            "  plain_back_key: \"b\"\n",
            &format!("  plain_back_key: \"b\"\n  compared_free_text: [{id}]\n"),
        )]);
        if id == "anything_else" {
            assert!(Bank::load("bank.yaml", &source).is_ok());
            continue;
        }
        assert_problem(
            &source,
            at_top(&source, "ui"),
            Problem::ComparedFreeText { id: id.into() },
        );
    }
}
