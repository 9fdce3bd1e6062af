//! Plain mode where going back means something else, or nothing: the back key and an
//! empty line at the emergency gate and at the review say what is true there; a question
//! asked again after going back says the answer it had; and a resumed session whose
//! saved answers already call for 911 and crisis support says so before the review.
//! Words come from the bank, so a rewording does not break these tests.

mod common;

use assert_cmd::Command;
use selfcheck::bank::model::Ui;
use selfcheck::bank::{Bank, fill};

const QUIET: &str = "tests/answers/quiet.yaml";
const ALARMING: &str = "tests/answers/alarming.yaml";

fn bank() -> Bank {
    Bank::builtin()
}

fn ui() -> Ui {
    bank().def.ui
}

fn plain() -> Command {
    let mut cmd = common::selfcheck();
    cmd.arg("--plain");
    cmd
}

fn stderr(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stderr.clone()).unwrap()
}

/// An interrupt's title as shown in the default region.
fn title(id: &str) -> String {
    let bank = bank();
    fill(&bank.interrupt(id).title, bank.default_region())
}

#[test]
fn the_back_key_and_an_empty_line_at_the_gate_and_the_review_are_told_what_is_true() {
    let key = ui().plain_back_key;
    // A resumed quiet session: the gate, then the review at once.
    let typed = format!("{key}\n\n2\n{key}\n0\n");
    let assert = plain()
        .args(["--resume", QUIET])
        .write_stdin(typed)
        .assert()
        .success();
    let err = stderr(&assert);
    let ui = ui();
    assert!(!err.contains(&ui.plain_invalid), "{err}");
    let gate_back = err
        .find(&ui.plain_back_before_questions)
        .unwrap_or_else(|| panic!("{err}"));
    let review = err.find(&ui.review_title).unwrap();
    let review_back = err
        .find(&ui.plain_review_back)
        .unwrap_or_else(|| panic!("{err}"));
    assert!(gate_back < review && review < review_back, "{err}");
    // The gate's hint: under the list, after the back key, after the empty line.
    let hint = ui
        .plain_choice_hint
        .replace("{first}", "1")
        .replace("{last}", "2");
    assert_eq!(err[..review].matches(&hint).count(), 3, "{err}");
}

#[test]
fn a_question_asked_again_after_going_back_says_the_answer_it_had() {
    let bank = bank();
    let first = &bank.question(0).choices[0].label;
    let key = ui().plain_back_key;
    // The gate's "no", question 1's first choice, then back from question 2. Input
    // ends there: the check stops (exit 2), and what was said is on standard error.
    let assert = plain()
        .write_stdin(format!("2\n1\n{key}\n"))
        .assert()
        .code(2);
    let err = stderr(&assert);
    let was = ui().plain_answer_was.replace("{answer}", first);
    assert_eq!(err.matches(&was).count(), 1, "{err}");
    // Said when question 1 is asked again, before its choices.
    let again = err.rfind(&bank.question(0).text[..20]).unwrap();
    let said = err.find(&was).unwrap();
    let choices = again + err[again..].find(&format!("  1. {first}")).unwrap();
    assert!(again < said && said < choices, "{err}");
}

#[test]
fn a_resumed_session_with_red_flags_shows_911_and_crisis_support_before_the_review() {
    // The gate's "no", continue after the message, done at the review.
    let assert = plain()
        .args(["--resume", ALARMING])
        .write_stdin("2\n1\n0\n")
        .assert()
        .success();
    let err = stderr(&assert);
    let review = err
        .find(&ui().review_title)
        .unwrap_or_else(|| panic!("{err}"));
    // The firmest message (a seizure in the last 24 hours), then crisis support, once
    // each; not the softer seizure message the same answers raised first.
    let seizure_now = err
        .find(&title("seizure_now"))
        .unwrap_or_else(|| panic!("{err}"));
    let crisis = err
        .find(&title("suicidal_thoughts"))
        .unwrap_or_else(|| panic!("{err}"));
    assert!(seizure_now < crisis && crisis < review, "{err}");
    assert_eq!(err.matches(&title("seizure_now")).count(), 1, "{err}");
    assert_eq!(err.matches(&title("suicidal_thoughts")).count(), 1, "{err}");
    assert!(!err.contains(&title("seizure")), "{err}");
    assert!(!err.contains(&title("stopping_suddenly")), "{err}");
}

#[test]
fn a_resumed_quiet_session_goes_to_the_review_with_no_message() {
    let assert = plain()
        .args(["--resume", QUIET])
        .write_stdin("2\n0\n")
        .assert()
        .success();
    let err = stderr(&assert);
    assert!(!err.contains(&ui().after_interrupt), "{err}");
    assert!(err.contains(&ui().review_title), "{err}");
}
