//! What is wrong with an answers file, as data: the kind of problem and its place. The
//! words of each are snapshotted in both languages by tests/bad_answers/.

use super::*;
use crate::bank::Bank;

fn minimal() -> Bank {
    Bank::load(
        "minimal.yaml",
        include_str!("../../tests/fixtures/minimal.yaml"),
    )
    .expect("the test bank loads")
}

fn file_issue(source: &str) -> FileIssue {
    parse_file(source).expect_err("refused")
}

/// The issues of the entries of `source`, by question id.
fn entry_issues(source: &str) -> Vec<(String, AnswerIssue)> {
    let file = parse_file(source).expect("parses");
    from_raw(&minimal(), &file.answers)
        .expect_err("refused")
        .into_iter()
        .map(|e| (e.question, e.issue))
        .collect()
}

fn issue(question: &str, issue: AnswerIssue) -> (String, AnswerIssue) {
    (question.to_string(), issue)
}

#[test]
fn a_file_that_is_not_a_mapping_is_refused_at_its_start_with_what_it_is() {
    assert_eq!(
        file_issue("- took_more: never\n"),
        FileIssue {
            line: Some(1),
            column: Some(1),
            kind: FileIssueKind::NotAMapping(Shape::List),
        }
    );
    assert_eq!(
        file_issue("42\n").kind,
        FileIssueKind::NotAMapping(Shape::Number("42".into()))
    );
    assert_eq!(
        parse_file("# nothing yet\n").unwrap(),
        AnswersFile::default()
    );
}

#[test]
fn check_info_problems_are_placed_at_the_check_line() {
    let at_line_2 = |kind| FileIssue {
        line: Some(2),
        column: Some(1),
        kind,
    };
    assert_eq!(
        file_issue("took_more: never\n_check: minimal\n"),
        at_line_2(FileIssueKind::CheckNotAMapping)
    );
    assert_eq!(
        file_issue("took_more: never\n_check: {date: 2026-02-30, bank: minimal, version: 1}\n"),
        at_line_2(FileIssueKind::CheckDate("2026-02-30".into()))
    );
    // A field missing is the YAML layer's to say, with its place.
    let missing = file_issue("_check: {date: 2026-11-26, bank: minimal}\n");
    assert!(
        matches!(missing.kind, FileIssueKind::Yaml(_)),
        "{missing:?}"
    );
    assert_eq!(missing.line, Some(1));
}

#[test]
fn a_key_written_twice_is_refused_at_its_second_line() {
    let twice = file_issue("took_more: never\nmissed_dose: \"no\"\ntook_more: often\n");
    assert!(matches!(twice.kind, FileIssueKind::Yaml(_)), "{twice:?}");
    assert_eq!(twice.line, Some(3));
}

#[test]
fn values_no_answer_has_are_named_for_what_they_are_with_the_kind_wanted() {
    let issues = entry_issues(
        "took_more: [never]\nbreathing_now: true\nmissed_dose: 1\n\
         withdrawal_signs: [anxiety, 3]\nanything_else: ~\n",
    );
    assert_eq!(
        issues,
        [
            issue(
                "anything_else",
                AnswerIssue::Shape {
                    found: Shape::Empty,
                    expected: Kind::Text
                }
            ),
            issue(
                "breathing_now",
                AnswerIssue::Shape {
                    found: Shape::TrueFalse("true".into()),
                    expected: Kind::YesNo
                }
            ),
            issue(
                "missed_dose",
                AnswerIssue::Shape {
                    found: Shape::Number("1".into()),
                    expected: Kind::YesNo
                }
            ),
            issue(
                "took_more",
                AnswerIssue::ListForOne {
                    expected: Kind::Choice
                }
            ),
            issue(
                "withdrawal_signs",
                AnswerIssue::Shape {
                    found: Shape::ListWith(Box::new(Shape::Number("3".into()))),
                    expected: Kind::Checklist
                }
            ),
        ]
    );
}

#[test]
fn a_checklist_wants_a_list_and_the_text_form_is_for_free_text() {
    assert_eq!(
        entry_issues("withdrawal_signs: anxiety\nbreathing_now: {text: \"no\"}\n"),
        [
            issue(
                "breathing_now",
                AnswerIssue::TextFormNotText {
                    expected: Kind::YesNo
                }
            ),
            issue("withdrawal_signs", AnswerIssue::ChecklistNeedsList),
        ]
    );
    assert_eq!(
        entry_issues("anything_else: {text: skip, more: words}\n"),
        [issue(
            "anything_else",
            AnswerIssue::Shape {
                found: Shape::Mapping,
                expected: Kind::Text
            }
        )]
    );
}

#[test]
fn unknown_ids_and_choices_are_named_with_the_bank_and_the_choices_there_are() {
    assert_eq!(
        entry_issues(
            "withdrawl_signs: []\ntook_more: sometimes-ish\n\
             withdrawal_signs: [anxiety, headache]\n"
        ),
        [
            issue(
                "took_more",
                AnswerIssue::Misfit(Misfit::NotAChoice {
                    id: "sometimes-ish".into(),
                    choices: ["never", "sometimes", "often", "always", "skip"]
                        .map(String::from)
                        .to_vec(),
                    checklist: false,
                })
            ),
            issue(
                "withdrawal_signs",
                AnswerIssue::Misfit(Misfit::NotAChoice {
                    id: "headache".into(),
                    choices: ["anxiety", "tremors", "sweating", "skip"]
                        .map(String::from)
                        .to_vec(),
                    checklist: true,
                })
            ),
            issue(
                "withdrawl_signs",
                AnswerIssue::NotInBank {
                    bank: "minimal".into()
                }
            ),
        ]
    );
    assert_eq!(
        entry_issues("withdrawal_signs: [anxiety, anxiety]\n"),
        [issue(
            "withdrawal_signs",
            AnswerIssue::Misfit(Misfit::ListedTwice)
        )]
    );
}

#[test]
fn free_text_that_says_skip_is_text_and_reads_back_as_written() {
    let bank = minimal();
    let file = parse_file("anything_else: {text: skip}\nmissed_dose: skip\n").unwrap();
    let answers = from_raw(&bank, &file.answers).unwrap();
    let text = bank.index_of("anything_else").unwrap();
    let missed = bank.index_of("missed_dose").unwrap();
    assert_eq!(answers[&text], Answer::Text(SKIP.into()));
    assert_eq!(answers[&missed], Answer::Skipped);
    let raw = to_raw(&bank, answers.iter().map(|(&i, a)| (i, a)));
    assert!(raw.contains(&(
        "anything_else".into(),
        RawAnswer::Text { text: SKIP.into() }
    )));
}
