//! Sections.

use super::*;

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
