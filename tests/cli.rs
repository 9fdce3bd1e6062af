//! The binary as scripts and people run it: answers files, listing, validation, and the
//! refusals, each with its exit code and the kind and place of the problem. (The words of
//! every refusal are snapshotted in both languages by tests/bad_answers/ and
//! tests/bad_resources/, and tested for Spanish by tests/cli_spanish.rs.)

mod common;

use common::selfcheck;

use predicates::prelude::*;
use selfcheck::answers::{AnswerIssue, Misfit, Shape};
use selfcheck::error::{FilePlace, IoReason, OtherFile, Problem, ProblemKind};
use serde_json::Value;

/// Runs the binary with `args`, which must refuse them as bad input (exit 2, nothing on
/// standard output), then runs the program in-process to return the problems it found.
fn refused(args: &[&str]) -> Vec<Problem> {
    selfcheck()
        .args(args)
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty());
    common::problems(args)
}

/// The one problem of a refusal.
fn the_problem(args: &[&str]) -> Problem {
    let mut problems = refused(args);
    assert_eq!(problems.len(), 1, "{args:?}: {problems:?}");
    problems.remove(0)
}

fn json_summary(answers: &str) -> Value {
    let out = selfcheck()
        .args(["--answers", answers, "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("the JSON summary parses")
}

fn temp_file(name: &str, text: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    let path = path.display().to_string();
    (dir, path)
}

#[test]
fn a_quiet_answers_file_gives_a_routine_summary_with_every_resource() {
    let summary = json_summary("tests/answers/quiet.yaml");
    assert_eq!(summary["urgency"], "routine");
    assert_eq!(summary["crisis"], false);
    assert_eq!(summary["reported"].as_array().unwrap().len(), 0);
    assert_eq!(
        summary["next_steps"][0],
        "Bring this up at your next appointment."
    );
    let contacts: Vec<&str> = summary["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["contact"].as_str().unwrap())
        .collect();
    assert!(contacts[0].contains("911"), "{contacts:?}");
    assert!(contacts.iter().any(|c| c.contains("988")));
    assert!(contacts.iter().any(|c| c.contains("1-800-222-1222")));
    assert!(contacts.iter().any(|c| c.contains("1-800-662-4357")));
    assert!(
        summary["disclaimer"]
            .as_str()
            .unwrap()
            .contains("not a diagnosis")
    );
}

#[test]
fn an_alarming_answers_file_is_an_emergency_with_crisis_support_first() {
    let summary = json_summary("tests/answers/alarming.yaml");
    assert_eq!(summary["urgency"], "emergency");
    assert_eq!(summary["crisis"], true);
    // The first line carries 911 and the crisis line; crisis support comes next.
    let first = summary["next_steps"][0].as_str().unwrap();
    assert!(first.starts_with("Call 911 now."), "{first}");
    assert!(first.contains("call or text 988"), "{first}");
    assert!(summary["next_steps"][1].as_str().unwrap().contains("988"));
    assert!(summary["closing"].as_str().unwrap().contains("988"));
    assert_eq!(
        summary["resources"][0]["name"],
        "988 Suicide & Crisis Lifeline"
    );
    let reported = summary["reported"].as_array().unwrap();
    let seizure = reported
        .iter()
        .find(|r| r["question"] == "seizure_when")
        .unwrap();
    assert_eq!(seizure["answer"], "Right now or in the last 24 hours");
    assert_eq!(seizure["section"], "withdrawal");
    assert!(seizure["label"].as_str().unwrap().contains("seizure"));
    assert!(
        reported
            .iter()
            .any(|r| r["answer"] == "I ran out of my prescription on Friday.")
    );
}

#[test]
fn the_text_summary_leads_with_the_action() {
    selfcheck()
        .args(["--answers", "tests/answers/alarming.yaml"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "What to do next\n  > Call 911 now. For thoughts of suicide, call or text 988, day or night.\n  > You told us about thoughts of suicide",
        ))
        .stdout(predicate::str::contains(
            "Nothing you entered has been saved or sent.",
        ));
}

#[test]
fn the_markdown_summary_carries_the_same_content() {
    selfcheck()
        .args([
            "--answers",
            "tests/answers/alarming.yaml",
            "--format",
            "markdown",
        ])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "# Your clonazepam (Klonopin) self-check summary",
        ))
        .stdout(predicate::str::contains(
            "- **Call 911 now. For thoughts of suicide",
        ))
        .stdout(predicate::str::contains(
            "### Dose changes, and symptoms after them",
        ));
}

#[test]
fn answers_to_hidden_questions_are_ignored() {
    let quiet = std::fs::read_to_string("tests/answers/quiet.yaml").unwrap();
    // `seizure_when` is asked only after a seizure; here it is hidden and must not count.
    let (_dir, path) = temp_file(
        "answers.yaml",
        &format!("{quiet}seizure_when: now_or_24h\n"),
    );
    assert_eq!(json_summary(&path)["urgency"], "routine");
}

#[test]
fn an_unknown_question_id_is_named_with_its_line() {
    let (_dir, path) = temp_file(
        "answers.yaml",
        "prescribed: prescribed_now\nfavourite_colour: blue\n",
    );
    let problem = the_problem(&["--answers", &path]);
    assert_eq!(problem.place, Some(FilePlace::new(&path, Some(2), Some(1))));
    assert!(
        matches!(
            &problem.kind,
            ProblemKind::Answer { question, issue: AnswerIssue::NotInBank { bank }, other_version: None }
                if question == "favourite_colour" && bank == "clonazepam"
        ),
        "{problem:?}"
    );
}

#[test]
fn an_unknown_choice_is_named_with_the_choices_there_are() {
    let quiet = std::fs::read_to_string("tests/answers/quiet.yaml").unwrap();
    let (_dir, path) = temp_file(
        "answers.yaml",
        &quiet.replace("how_taken: as_prescribed", "how_taken: sometimes"),
    );
    let problem = the_problem(&["--answers", &path]);
    let line = quiet
        .lines()
        .position(|l| l.starts_with("how_taken:"))
        .unwrap()
        + 1;
    assert_eq!(
        problem.place,
        Some(FilePlace::new(&path, Some(line), Some(1)))
    );
    let ProblemKind::Answer {
        question,
        issue:
            AnswerIssue::Misfit(Misfit::NotAChoice {
                id,
                choices,
                checklist: false,
            }),
        ..
    } = &problem.kind
    else {
        panic!("{problem:?}")
    };
    assert_eq!((question.as_str(), id.as_str()), ("how_taken", "sometimes"));
    assert_eq!(choices[..2], ["as_prescribed", "more_than_prescribed"]);
    assert_eq!(choices.last().unwrap(), "skip");
}

#[test]
fn a_shown_question_left_unanswered_is_named() {
    let quiet = std::fs::read_to_string("tests/answers/quiet.yaml").unwrap();
    let (_dir, path) = temp_file(
        "answers.yaml",
        &quiet.replace("dose_change: no_change\n", "dose_change: planned_taper\n"),
    );
    let problem = the_problem(&["--answers", &path]);
    assert_eq!(problem.place, Some(FilePlace::file(&path)));
    assert!(
        matches!(&problem.kind, ProblemKind::Unanswered { question } if question == "withdrawal_symptoms"),
        "{problem:?}"
    );
}

#[test]
fn an_answers_file_that_is_not_a_mapping_is_refused_with_its_place() {
    let (_dir, path) = temp_file("answers.yaml", "- just\n- a list\n");
    let problem = the_problem(&["--answers", &path]);
    assert_eq!(problem.place, Some(FilePlace::new(&path, Some(1), Some(1))));
    assert!(
        matches!(
            problem.kind,
            ProblemKind::AnswersNotAMapping { found: Shape::List }
        ),
        "{problem:?}"
    );
}

#[test]
fn a_missing_answers_file_is_bad_input() {
    let problem = the_problem(&["--answers", "no/such/file.yaml"]);
    assert_eq!(problem.place, Some(FilePlace::file("no/such/file.yaml")));
    assert!(
        matches!(problem.kind, ProblemKind::CannotRead(IoReason::NotFound)),
        "{problem:?}"
    );
}

#[test]
fn without_a_terminal_the_self_check_refuses_and_says_how_to_answer_from_a_file() {
    selfcheck()
        .write_stdin("")
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("there is none here"))
        .stderr(predicate::str::contains("selfcheck --answers FILE"));
}

#[test]
fn questions_are_listed_as_json_for_scripts() {
    let out = selfcheck()
        .args(["questions", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let list: Value = serde_json::from_slice(&out).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list[0]["id"], "prescribed");
    assert_eq!(list[0]["section"], "context");
    let kinds: Vec<&str> = list.iter().map(|q| q["kind"].as_str().unwrap()).collect();
    for kind in ["yes_no", "choice", "checklist", "text"] {
        assert!(kinds.contains(&kind), "no {kind} question listed");
    }
    let frequency = list.iter().find(|q| q["id"] == "more_than_meant").unwrap();
    let ids: Vec<&str> = frequency["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["never", "sometimes", "often", "always"],
        "scales run from least to most"
    );
    let yes_no = list.iter().find(|q| q["id"] == "breathing_now").unwrap();
    assert_eq!(yes_no["choices"][0]["id"], "yes");
    assert!(list.iter().all(|q| q["text"].is_string()));
}

#[test]
fn questions_are_listed_as_text_for_people() {
    selfcheck()
        .arg("questions")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "breathing_now  [right_now · yes_no]",
        ));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    // `selfcheck questions | head -1`: the reader goes away; no panic, no error message.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("selfcheck"))
        .arg("questions")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn validate_passes_the_shipped_bank_and_names_the_place_of_a_problem() {
    selfcheck()
        .args(["validate", "questions/clonazepam.yaml"])
        .assert()
        .success();
    let bank = std::fs::read_to_string("questions/clonazepam.yaml").unwrap();
    let broken = bank.replace("      - id: needs_more\n", "      - id: more_than_meant\n");
    let (_dir, path) = temp_file("bank.yaml", &broken);
    let line = broken
        .lines()
        .position(|l| l == "      - id: more_than_meant")
        .unwrap();
    let second = broken
        .lines()
        .skip(line + 1)
        .position(|l| l == "      - id: more_than_meant")
        .unwrap()
        + line
        + 2;
    selfcheck()
        .args(["validate", &path])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{path}:{second}:9: question `more_than_meant`: this id is used by another question too"
        )));
}

#[test]
fn a_broken_bank_given_with_bank_is_refused_before_any_question() {
    let (_dir, path) = temp_file("bank.yaml", "id: x\nsurprise: true\n");
    selfcheck()
        .args(["--bank", &path, "--answers", "tests/answers/quiet.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!("{path}:")))
        .stdout(predicate::str::is_empty());
}

#[test]
fn an_unknown_region_lists_the_ones_there_are() {
    let problem = the_problem(&["--answers", "tests/answers/quiet.yaml", "--region", "mars"]);
    assert_eq!(problem.place, None);
    assert!(
        matches!(&problem.kind, ProblemKind::UnknownRegion { id, known } if id == "mars" && known == &["us", "uk", "ca", "au"]),
        "{problem:?}"
    );
}

#[test]
fn usage_errors_exit_2() {
    selfcheck().arg("--format=pdf").assert().code(2);
}

#[test]
fn validate_says_a_resources_file_is_not_a_bank_instead_of_listing_missing_keys() {
    let problem = the_problem(&["validate", "tests/fixtures/agency.yaml"]);
    assert_eq!(
        problem.place,
        Some(FilePlace::file("tests/fixtures/agency.yaml"))
    );
    assert!(
        matches!(problem.kind, ProblemKind::NotABank(OtherFile::Resources)),
        "{problem:?}"
    );
}

#[test]
fn shell_completions_and_the_manual_page_come_from_the_command_line_definition() {
    for shell in ["bash", "zsh", "fish"] {
        let output = selfcheck().args(["completions", shell]).output().unwrap();
        assert!(output.status.success(), "{shell}");
        let script = String::from_utf8(output.stdout).unwrap();
        assert!(script.contains("selfcheck"), "{shell}: {script}");
        assert!(script.contains("save-answers"), "{shell}: every option");
        assert!(script.contains("validate"), "{shell}: the subcommands");
    }
    let output = selfcheck().arg("man").output().unwrap();
    assert!(output.status.success());
    let page = String::from_utf8(output.stdout).unwrap();
    assert!(
        page.starts_with(".ie") || page.contains(".TH selfcheck 1"),
        "{page}"
    );
    assert!(page.contains(".TH selfcheck 1"), "{page}");
    assert!(page.contains(r"\-\-save\-answers"), "{page}");
    // Both are listed among the commands, as the README lists them.
    let help = selfcheck().arg("--help").output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    assert!(help.contains("\n  completions "), "{help}");
    assert!(help.contains("\n  man "), "{help}");
}
