//! Follow-up checks: `--compare EARLIER` against answers saved with `--save-answers`.

mod common;

use common::{selfcheck, stdout};

use proptest::prelude::*;
use selfcheck::bank::Bank;
use selfcheck::compare::{Earlier, compare};
use selfcheck::engine::Session;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// Saves the answers of `answers` as selfcheck saves them, and returns the file.
fn saved(dir: &Path, answers: &str, name: &str) -> PathBuf {
    let path = dir.join(name);
    selfcheck()
        .args(["--answers", answers, "--save-answers"])
        .arg(&path)
        .assert()
        .success();
    path
}

#[test]
fn saved_answers_carry_the_date_and_the_bank() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved(dir.path(), "tests/answers/quiet.yaml", "first.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let yaml: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    assert_eq!(yaml["_check"]["bank"], "clonazepam");
    assert_eq!(yaml["_check"]["version"], 2);
    let date = yaml["_check"]["date"].as_str().unwrap();
    assert_eq!(date, selfcheck::date::today());
}

#[test]
fn two_checks_compared_give_the_changes_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let first = saved(dir.path(), "tests/answers/quiet.yaml", "first.yaml");
    let out = stdout(
        selfcheck()
            .args([
                "--answers",
                "tests/answers/alarming.yaml",
                "--format",
                "json",
                "--compare",
            ])
            .arg(&first),
    );
    let json: Value = serde_json::from_str(&out).unwrap();
    let changes = &json["changes"];
    assert_eq!(changes["since"], selfcheck::date::today());
    let new = changes["new"].as_array().unwrap();
    assert_eq!(
        new[0]["question"], "seizure_when",
        "the most urgent new red flag leads"
    );
    assert_eq!(new[0]["section"], "withdrawal");
    assert_eq!(new[0]["label"], "When the most recent seizure was");
    assert_eq!(new[0]["before"], "Not asked");
    assert_eq!(new[0]["after"], "Right now or in the last 24 hours");
    assert_eq!(new[0]["tier"], "emergency");
    assert_eq!(new[0]["action"], "Call 911 now.");
    let irritable = new
        .iter()
        .find(|c| c["question"] == "irritable_without")
        .unwrap();
    assert_eq!(
        (irritable["before"].as_str(), irritable["after"].as_str()),
        (Some("Never"), Some("Sometimes"))
    );
    assert!(irritable.get("action").is_none(), "not a red flag");
    let changed = changes["changed"].as_array().unwrap();
    assert_eq!(changed[0]["question"], "worried_reliance");
    assert_eq!(changed[0]["after"], "Prefer not to say");

    // The other way round: those signs are no longer reported.
    let second = saved(dir.path(), "tests/answers/alarming.yaml", "second.yaml");
    let out = stdout(
        selfcheck()
            .args([
                "--answers",
                "tests/answers/quiet.yaml",
                "--format",
                "json",
                "--compare",
            ])
            .arg(&second),
    );
    let json: Value = serde_json::from_str(&out).unwrap();
    let resolved: Vec<&str> = json["changes"]["resolved"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["question"].as_str().unwrap())
        .collect();
    assert!(
        resolved.contains(&"seizure_when") && resolved.contains(&"dangerous_effects"),
        "{resolved:?}"
    );
    assert!(json["changes"]["new"].as_array().unwrap().is_empty());
}

#[test]
fn the_text_summary_leads_its_changes_with_a_new_red_flag() {
    let dir = tempfile::tempdir().unwrap();
    let first = saved(dir.path(), "tests/answers/quiet.yaml", "first.yaml");
    let out = stdout(
        selfcheck()
            .args(["--answers", "tests/answers/alarming.yaml", "--compare"])
            .arg(&first),
    );
    let since = out.find("Since your last check (").expect("the since part");
    let part = &out[since..];
    let first_item = part.lines().nth(2).unwrap();
    assert!(
        first_item.starts_with("    ! When the most recent seizure was: Not asked → Right now"),
        "{part}"
    );
    assert!(part.contains("Call 911 now."));
    // The changes are what was answered then and now, never a judgement of the person.
    // ("better off dead" is the suicide item's own wording, not a judgement.)
    let lower = part[..part.find("What you reported").unwrap()]
        .to_lowercase()
        .replace("better off dead", "");
    for judgement in ["better", "worse", "improved", "worsened", "progress"] {
        assert!(!lower.contains(judgement), "says {judgement}:\n{part}");
    }
}

/// The quiet answers with one answer replaced.
fn quiet_with(dir: &Path, name: &str, id: &str, value: &str) -> PathBuf {
    let quiet = fs::read_to_string("tests/answers/quiet.yaml").unwrap();
    let text: String = quiet
        .lines()
        .map(|line| {
            if line.starts_with(&format!("{id}:")) {
                format!("{id}: {value}\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn checklist_items_new_and_gone_are_named_and_a_gone_red_flag_stands_alone() {
    let bank = Bank::builtin();
    let effects = bank.question(bank.index_of("dangerous_effects").unwrap());
    // The words of a label before any bracket, colon or comma: they stay on one line
    // when wrapped.
    let label = |id: &str| {
        let label = &effects
            .choices
            .iter()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("dangerous_effects has no `{id}`"))
            .label;
        label
            .split([':', ',', '('])
            .next()
            .unwrap_or(label)
            .trim()
            .to_string()
    };
    let dir = tempfile::tempdir().unwrap();
    let then = quiet_with(
        dir.path(),
        "then.yaml",
        "dangerous_effects",
        "[diarrhea, nausea, suicidal_thoughts]\nsuicidal_now: \"no\"\nsuicide_plan: \"no\"",
    );
    let first = saved(dir.path(), then.to_str().unwrap(), "first.yaml");
    let now = quiet_with(
        dir.path(),
        "now.yaml",
        "dangerous_effects",
        "[diarrhea, dizziness]",
    );
    for format in ["text", "markdown"] {
        let out = stdout(
            selfcheck()
                .args(["--answers", now.to_str().unwrap(), "--format", format])
                .arg("--compare")
                .arg(&first),
        );
        let since = out.find("ince your last check (").expect("the since part");
        let part = &out[since..out.find("What you reported").unwrap_or(out.len())];
        let lines: Vec<&str> = part.lines().collect();
        let line_with = |text: &str| {
            lines
                .iter()
                .find(|l| l.contains(text))
                .unwrap_or_else(|| panic!("{format}: no line with {text:?}:\n{part}"))
                .to_string()
        };
        let new = line_with(&label("dizziness"));
        assert!(
            !new.contains(&label("diarrhea")),
            "{format}: only what is new: {new}"
        );
        let gone = line_with(&label("nausea"));
        assert!(
            !gone.contains(&label("dizziness")),
            "{format}: only what is gone: {gone}"
        );
        let red = line_with(&label("suicidal_thoughts"));
        assert!(
            !red.contains(&label("nausea")),
            "{format}: the red flag stands on its own line: {red}"
        );
        assert!(!red.contains('→'), "{format}: {red}");
    }
}

#[test]
fn the_counselor_summary_and_report_carry_the_comparison_in_third_person() {
    let dir = tempfile::tempdir().unwrap();
    let first = saved(dir.path(), "tests/answers/quiet.yaml", "first.yaml");
    let report = dir.path().join("session.md");
    let out = stdout(
        selfcheck()
            .args([
                "--answers",
                "tests/answers/alarming.yaml",
                "--counselor",
                "--compare",
            ])
            .arg(&first)
            .arg("--report")
            .arg(&report),
    );
    assert!(out.contains("Since the client's last check ("), "{out}");
    let written = fs::read_to_string(&report).unwrap();
    assert!(written.contains("## Since the client's last check ("));
    assert!(written.contains("### New since then"));
    assert!(written.contains("- **When the most recent seizure was: Not asked → Right now or in the last 24 hours — Call 911 now.**"));
}

#[test]
fn answers_from_another_bank_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.yaml");
    fs::write(
        &path,
        "_check: {date: 2026-11-01, bank: alcohol, version: 3}\nprescribed: prescribed_now\n",
    )
    .unwrap();
    for args in [
        vec!["--answers", "tests/answers/quiet.yaml", "--compare"],
        vec!["--answers"],
    ] {
        let out = selfcheck()
            .args(args)
            .arg(&path)
            .assert()
            .code(2)
            .get_output()
            .clone();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("these answers were saved from bank `alcohol`, not `clonazepam`"),
            "{stderr}"
        );
    }
}

#[test]
fn a_check_from_another_bank_version_says_what_was_added_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let quiet =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/answers/quiet.yaml"))
            .unwrap();
    // Version 0 had a question since removed, and did not ask `needs_more` yet.
    let earlier = format!(
        "_check: {{date: 2026-10-01, bank: clonazepam, version: 0}}\nold_question: \"yes\"\n{}",
        quiet.replace("needs_more: \"no\"\n", "")
    );
    let path = dir.path().join("v0.yaml");
    fs::write(&path, earlier).unwrap();
    let out = stdout(
        selfcheck()
            .args([
                "--answers",
                "tests/answers/quiet.yaml",
                "--format",
                "json",
                "--compare",
            ])
            .arg(&path),
    );
    let json: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["changes"]["removed_questions"][0], "old_question");
    assert_eq!(
        json["changes"]["added_questions"][0]["question"],
        "needs_more"
    );
    assert!(json["changes"]["new"].as_array().unwrap().is_empty());
    // Run as answers, the old file's unknown question is an error that names the versions.
    let out = selfcheck()
        .arg("--answers")
        .arg(&path)
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("question `old_question`") && stderr.contains("saved with version 0"),
        "{stderr}"
    );
}

static BANK: LazyLock<Bank> = LazyLock::new(Bank::builtin);

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn comparing_any_answers_with_themselves_reports_no_change(
        answers in (0..BANK.len()).map(|i| common::any_answer(&BANK, i)).collect::<Vec<_>>()
    ) {
        let mut session = Session::new(&BANK);
        while let Some(index) = session.current() {
            session.answer(index, answers[index].clone()).unwrap();
        }
        let earlier = Earlier {
            session: Session::with_answers(&BANK, session.answered().map(|(i, a)| (i, a.clone()))),
            date: None,
            other_version: false,
            removed: Vec::new(),
            readiness: None,
        };
        let changes = compare(&earlier, &session, BANK.default_region());
        prop_assert!(changes.is_empty(), "{:?}", changes);
    }
}

#[test]
fn comparing_with_a_file_that_holds_no_answers_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("earlier.yaml");
    std::fs::write(&empty, "# saved answers, all removed\n").unwrap();
    selfcheck()
        .args(["--answers", "tests/answers/quiet.yaml", "--compare"])
        .arg(&empty)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains(
            "it holds no answers, so there is nothing to compare with",
        ));
}
