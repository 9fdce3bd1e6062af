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
    let worried = changed
        .iter()
        .find(|c| c["question"] == "worried_reliance")
        .unwrap();
    assert_eq!(worried["after"], "Prefer not to say");

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

/// A client's first weekly check: missed doses, then irritability, headaches and
/// thoughts of suicide (not acted on, no plan); wanting to stop, no plan yet.
const WEEK1: &str = r#"
prescribed: prescribed_now
prescribed_for: panic_anxiety
how_long: most_days_month
how_taken: as_prescribed
current_dose: "2 mg a day"
stopping_plans: want_to_stop
substances_past_3_months: []
pregnancy: "no"
age_65: under_65
driving: "no"
breathing_now: "no"
overdose_signs: []
more_than_meant: never
needs_more: "no"
unwell_when_stopping: felt_unwell
could_not_stop: "yes"
irritable_without: sometimes
neglected_people: never
neglected_duties: never
worried_reliance: "no"
common_effects: []
dangerous_effects: []
dose_change: missed_doses
withdrawal_symptoms: [irritability, headaches, suicidal_thoughts]
withdrawal_suicidal_now: "no"
withdrawal_suicide_plan: "no"
withdrawal_severity: mild_moderate
anything_else: ""
"#;

/// `WEEK1` with each `(from, to)` replaced (`to` empty: the line goes).
fn week(replacements: &[(&str, &str)]) -> String {
    let mut text = WEEK1.to_string();
    for (from, to) in replacements {
        assert!(text.contains(from), "WEEK1 has no {from:?}");
        text = text.replace(from, to);
    }
    text
}

/// Saves `first` as a check (with today's date), then runs `second` compared with it
/// with `args`, and returns what it printed.
fn compared(first: &str, second: &str, args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let (one, two) = (dir.path().join("one.yaml"), dir.path().join("two.yaml"));
    fs::write(&one, first).unwrap();
    fs::write(&two, second).unwrap();
    let earlier = saved(dir.path(), one.to_str().unwrap(), "week1.yaml");
    stdout(
        selfcheck()
            .arg("--answers")
            .arg(&two)
            .args(args)
            .arg("--compare")
            .arg(&earlier),
    )
}

/// The "since the last check" part of a text or markdown summary, as lines.
fn since_part(out: &str) -> Vec<String> {
    let start = out.find("ince ").expect("the since part");
    let end = ["What you reported", "The client reported"]
        .iter()
        .filter_map(|h| out[start..].find(h))
        .min()
        .unwrap_or(out.len() - start);
    out[start..start + end]
        .lines()
        .map(|l| {
            l.trim_start_matches([' ', '-', '!', '*', '#'])
                .trim_end_matches('*')
                .trim()
                .to_string()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

/// The lines between `heading` and the next heading of a since part.
fn group<'a>(lines: &'a [String], heading: &str, headings: &[&str]) -> &'a [String] {
    let at = lines
        .iter()
        .position(|l| l == heading)
        .unwrap_or_else(|| panic!("no {heading:?} in {lines:#?}"));
    let end = lines[at + 1..]
        .iter()
        .position(|l| headings.contains(&l.as_str()))
        .map_or(lines.len(), |n| at + 1 + n);
    &lines[at + 1..end]
}

const SUICIDE_ITEM: &str = "Symptoms after the dose changed: Thoughts of ending your life, being better off dead, or hurting yourself";

#[test]
fn a_gone_red_flag_leads_no_longer_reported_in_every_format_and_summary() {
    // The reviewer's second week: the thoughts of suicide, irritability and headaches
    // are gone, tremors and sweating are new; could-not-stop went from yes to no.
    let week2 = week(&[
        (
            "[irritability, headaches, suicidal_thoughts]",
            "[tremors, sweating]",
        ),
        ("withdrawal_suicidal_now: \"no\"\n", ""),
        ("withdrawal_suicide_plan: \"no\"\n", ""),
        ("could_not_stop: \"yes\"", "could_not_stop: \"no\""),
    ]);
    for args in [
        &["--format", "text"][..],
        &["--format", "markdown"],
        &["--counselor", "--format", "text"],
        &["--counselor", "--format", "markdown"],
    ] {
        let out = compared(WEEK1, &week2, args);
        // Wrapped text is joined again, to read each item as one line.
        let lines: Vec<String> = since_part(&out.replace("\n      ", " "));
        let headings = ["New since then", "No longer reported", "Changed"];
        let gone = group(&lines, "No longer reported", &headings);
        assert_eq!(
            gone,
            [
                SUICIDE_ITEM,
                "Symptoms after the dose changed: Irritability, Headaches",
                "Wanted to stop or cut down but could not, past 3 months: Yes → No",
            ],
            "{args:?}: the red flag first, alone, with no verdict:\n{out}"
        );
        let new = group(&lines, "New since then", &headings);
        assert_eq!(
            new,
            ["Symptoms after the dose changed: Tremors (shaking), Sweating"],
            "{args:?}: new items take the same shape as gone ones"
        );
    }
    // JSON marks it.
    let json: Value =
        serde_json::from_str(&compared(WEEK1, &week2, &["--format", "json"])).unwrap();
    let first = &json["changes"]["resolved"][0];
    assert_eq!(first["red_flag"], true);
    assert_eq!(first["items"][0], SUICIDE_ITEM.split(": ").nth(1).unwrap());
    assert!(first.get("action").is_none() && first.get("tier").is_none());
    assert!(json["changes"]["resolved"][1].get("red_flag").is_none());
}

#[test]
fn a_new_red_flag_item_has_a_line_of_its_own_like_a_gone_one() {
    // The other way round: thoughts of suicide and irritability are new together.
    let before = week(&[
        (
            "[irritability, headaches, suicidal_thoughts]",
            "[headaches]",
        ),
        ("withdrawal_suicidal_now: \"no\"\n", ""),
        ("withdrawal_suicide_plan: \"no\"\n", ""),
    ]);
    for format in ["text", "markdown"] {
        let out = compared(&before, WEEK1, &["--format", format]);
        let lines = since_part(&out.replace("\n      ", " "));
        let new = group(&lines, "New since then", &["No longer reported", "Changed"]);
        assert_eq!(new.len(), 2, "{format}: {new:#?}");
        assert!(
            new[0].starts_with(&format!("{SUICIDE_ITEM} — ")),
            "{format}: the red flag alone, first, with its action: {new:#?}"
        );
        assert_eq!(
            new[1], "Symptoms after the dose changed: Irritability",
            "{format}"
        );
    }
}

#[test]
fn a_changed_dose_is_listed_in_the_persons_own_words_and_raises_nothing() {
    let week2 = week(&[("\"2 mg a day\"", "\"1.5 mg a day\"")]);
    for (format, line) in [
        (
            "text",
            "Dose taken now each day (own words): “2 mg a day” → “1.5 mg a day”",
        ),
        (
            "markdown",
            "Dose taken now each day (own words): “2 mg a day” → “1.5 mg a day”",
        ),
    ] {
        let out = compared(WEEK1, &week2, &["--format", format]);
        let lines = since_part(&out);
        let changed = group(&lines, "Changed", &[]);
        assert_eq!(changed, [line], "{format}:\n{out}");
    }
    let json: Value =
        serde_json::from_str(&compared(WEEK1, &week2, &["--format", "json"])).unwrap();
    let changes = &json["changes"];
    assert_eq!(changes["changed"].as_array().unwrap().len(), 1);
    let dose = &changes["changed"][0];
    assert_eq!(dose["question"], "current_dose");
    assert_eq!(dose["own_words"], true);
    assert!(dose.get("tier").is_none() && dose.get("action").is_none());
    assert!(changes["new"].as_array().unwrap().is_empty());
    // Free text never raises a tier: the same urgency as with the dose unchanged.
    let same: Value = serde_json::from_str(&compared(WEEK1, WEEK1, &["--format", "json"])).unwrap();
    assert_eq!(json["urgency"], same["urgency"]);
    assert_eq!(json["next_steps"], same["next_steps"]);
    // Other free text is not compared.
    let noted = week(&[("anything_else: \"\"", "anything_else: \"I slept badly.\"")]);
    let json: Value =
        serde_json::from_str(&compared(WEEK1, &noted, &["--format", "json"])).unwrap();
    assert!(json["changes"]["changed"].as_array().unwrap().is_empty());
}

#[test]
fn the_compared_free_text_questions_are_free_text_questions_of_both_banks() {
    for lang in ["en", "es"] {
        let bank = Bank::builtin_in(lang).unwrap();
        assert_eq!(bank.def.ui.compared_free_text, ["current_dose"], "{lang}");
        for id in &bank.def.ui.compared_free_text {
            let index = bank
                .index_of(id)
                .unwrap_or_else(|| panic!("{lang}: no {id}"));
            assert_eq!(
                bank.question(index).kind,
                selfcheck::bank::model::Kind::Text
            );
        }
    }
}
