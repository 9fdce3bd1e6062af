//! `selfcheck history FILE...`: the 8-week supervised taper in tests/history/, as a
//! person, a counselor and a script would read it, and the edge cases of the issue.

mod common;

use common::{selfcheck, stdout};
use serde_json::Value;
use std::path::{Path, PathBuf};

const WEEKS: usize = 8;

fn week(n: usize) -> String {
    format!("tests/history/week{n}.yaml")
}

/// The weeks in a scrambled order: the history orders them by date.
fn weeks_scrambled() -> Vec<String> {
    [5, 2, 8, 1, 7, 3, 6, 4].map(week).to_vec()
}

fn history(args: &[&str], files: &[String], columns: usize) -> String {
    stdout(
        selfcheck()
            .arg("history")
            .args(args)
            .args(files)
            .env("COLUMNS", columns.to_string()),
    )
}

#[test]
fn the_taper_as_a_grid_at_80_columns() {
    let out = history(&[], &weeks_scrambled(), 80);
    insta::assert_snapshot!("taper_text_80", out);
}

#[test]
fn the_taper_as_a_grid_at_120_columns_in_plain_ascii() {
    let out = stdout(
        selfcheck()
            .args(["history", "--plain"])
            .args(weeks_scrambled())
            .env("COLUMNS", "120"),
    );
    insta::assert_snapshot!("taper_text_plain_120", out);
}

#[test]
fn the_taper_as_markdown() {
    let out = history(&["--format", "markdown"], &weeks_scrambled(), 80);
    insta::assert_snapshot!("taper_markdown", out);
}

#[test]
fn the_taper_for_a_counselor_in_markdown() {
    let out = history(
        &["--counselor", "--format", "markdown"],
        &weeks_scrambled(),
        80,
    );
    insta::assert_snapshot!("taper_counselor_markdown", out);
}

#[test]
fn the_taper_in_spanish() {
    let out = stdout(
        selfcheck()
            .args(["--lang", "es", "history"])
            .args(weeks_scrambled())
            .env("COLUMNS", "100"),
    );
    insta::assert_snapshot!("taper_text_es", out);
}

#[test]
fn text_lines_fit_the_width() {
    for columns in [80, 100, 120] {
        let out = history(&[], &weeks_scrambled(), columns);
        for line in out.lines() {
            assert!(
                console::measure_text_width(line) <= columns,
                "{columns} columns: {line:?} is {} wide",
                console::measure_text_width(line)
            );
        }
    }
}

#[test]
fn plain_mode_marks_are_ascii() {
    let out = stdout(
        selfcheck()
            .arg("history")
            .args(weeks_scrambled())
            .env("ACCESSIBLE", "1"),
    );
    for line in out.lines() {
        assert!(line.is_ascii(), "not ASCII: {line:?}");
    }
}

fn json(files: &[String]) -> Value {
    serde_json::from_str(&history(&["--format", "json"], files, 80)).unwrap()
}

#[test]
fn each_checks_tier_is_its_summarys() {
    let history = json(&weeks_scrambled());
    let checks = history["checks"].as_array().unwrap();
    assert_eq!(checks.len(), WEEKS);
    let mut dates: Vec<&str> = checks.iter().map(|c| c["date"].as_str().unwrap()).collect();
    let in_order = dates.clone();
    dates.sort();
    assert_eq!(dates, in_order, "checks are in date order");
    for check in checks {
        let file = check["file"].as_str().unwrap();
        let summary: Value = serde_json::from_str(&stdout(selfcheck().args([
            "--answers",
            file,
            "--format",
            "json",
        ])))
        .unwrap();
        assert_eq!(check["urgency"], summary["urgency"], "{file}");
        assert_eq!(check["crisis"], summary["crisis"], "{file}");
    }
}

#[test]
fn json_rows_have_one_value_per_check_and_null_where_not_asked() {
    let history = json(&weeks_scrambled());
    let rows = history["rows"].as_array().unwrap();
    let anxiety = rows
        .iter()
        .find(|r| r["question"] == "withdrawal_symptoms" && r["item"] == "anxiety")
        .expect("a row for anxiety after lowering the dose");
    let values = anxiety["values"].as_array().unwrap();
    assert_eq!(values.len(), WEEKS);
    // Week 1: no dose change yet, so the symptoms were not asked.
    assert_eq!(values[0], Value::Null);
    assert_eq!(values[1], "Anxiety, Sweating");
    assert_eq!(anxiety["marks"][1], "reported");
    let worried = rows
        .iter()
        .find(|r| r["question"] == "worried_reliance")
        .unwrap();
    assert_eq!(worried["values"][5], "Prefer not to say");
    assert_eq!(worried["marks"][5], "prefer_not_to_say");
    assert!(worried.get("item").is_none());
}

#[test]
fn a_single_file_works() {
    let out = history(&[], &[week(3)], 80);
    assert!(out.contains("09-21"), "{out}");
    assert!(out.contains("At the latest check (2026-09-21)"), "{out}");
}

#[test]
fn an_empty_list_is_a_usage_error() {
    let assert = selfcheck().arg("history").assert().code(2);
    let err = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(err.contains("FILE"), "{err}");
}

/// `n` weekly checks from 2026-01-05 on, written to `dir`, each a week of the taper in turn.
fn a_year_of_checks(dir: &Path, n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            let source = std::fs::read_to_string(week(i % WEEKS + 1)).unwrap();
            let day = 5 + 7 * i as i64;
            let date = selfcheck::date::civil(20_458 + day - 5);
            let text = source
                .lines()
                .map(|line| {
                    if line.starts_with("_check:") {
                        format!("_check: {{date: {date}, bank: clonazepam, version: 1}}")
                    } else {
                        line.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            let path = dir.join(format!("check-{i:02}.yaml"));
            std::fs::write(&path, text).unwrap();
            path.display().to_string()
        })
        .collect()
}

#[test]
fn a_year_of_weekly_checks_shows_the_latest_that_fit_and_markdown_shows_all() {
    let dir = tempfile::tempdir().unwrap();
    let files = a_year_of_checks(dir.path(), 52);
    let text = history(&[], &files, 80);
    let lines: Vec<&str> = text.lines().collect();
    let action = lines
        .iter()
        .position(|l| l.starts_with("What to do"))
        .unwrap();
    let days = lines[action - 1];
    let shown = days.split_whitespace().count();
    assert!((4..52).contains(&shown), "{days}");
    assert!(days.ends_with("12-28"), "the latest check is shown: {days}");
    assert!(
        text.contains(&format!("Earlier checks not shown: {},", 52 - shown)),
        "{text}"
    );
    assert!(
        text.contains("--format markdown"),
        "says how to see them all"
    );
    let markdown = history(&["--format", "markdown"], &files, 80);
    let header = markdown.lines().find(|l| l.starts_with("|  |")).unwrap();
    assert_eq!(header.matches("2026-").count(), 52, "{header}");
}

#[test]
fn a_file_from_another_bank_is_refused_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.yaml");
    std::fs::write(
        &other,
        "_check: {date: 2026-01-01, bank: lorazepam, version: 1}\n",
    )
    .unwrap();
    let assert = selfcheck()
        .arg("history")
        .arg(week(1))
        .arg(&other)
        .assert()
        .code(2);
    let output = assert.get_output();
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.contains("other.yaml") && err.contains("lorazepam"),
        "{err}"
    );
    assert!(output.stdout.is_empty(), "nothing is printed half-way");
}

#[test]
fn a_file_that_cannot_be_read_is_named_and_nothing_is_printed() {
    let assert = selfcheck()
        .arg("history")
        .arg(week(1))
        .arg("tests/history/no-such-week.yaml")
        .arg(week(2))
        .assert()
        .code(2);
    let output = assert.get_output();
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.contains("no-such-week.yaml: cannot read it: no such file"),
        "{err}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn a_file_from_another_version_shows_its_missing_questions_as_not_asked() {
    let dir = tempfile::tempdir().unwrap();
    let older = dir.path().join("older.yaml");
    let source = std::fs::read_to_string(week(1)).unwrap();
    let text = source
        .replace("version: 2}", "version: 0}")
        .replace("worried_reliance: \"yes\"\n", "retired_question: \"yes\"\n");
    std::fs::write(&older, text).unwrap();
    let files = [older.display().to_string(), week(2)];
    let out = history(&[], &files, 80);
    assert!(out.contains("older.yaml was saved with version 0"), "{out}");
    let history = json(&files);
    let worried = history["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["question"] == "worried_reliance")
        .unwrap();
    assert_eq!(worried["values"][0], Value::Null);
    assert_eq!(worried["marks"][0], "not_asked");
}

#[test]
fn report_writes_the_markdown_and_never_replaces_a_file_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let report: PathBuf = dir.path().join("history.md");
    let run = |force: bool| {
        let mut cmd = selfcheck();
        cmd.arg("history").arg("--report").arg(&report);
        if force {
            cmd.arg("--force");
        }
        cmd.args(weeks_scrambled());
        cmd
    };
    let printed = stdout(&mut run(false));
    let written = std::fs::read_to_string(&report).unwrap();
    assert!(
        written.starts_with("# Your checks side by side"),
        "{written}"
    );
    assert!(printed.starts_with("YOUR CHECKS SIDE BY SIDE"));
    let assert = run(false).assert().code(2);
    let output = assert.get_output();
    assert!(String::from_utf8_lossy(&output.stderr).contains("--force"));
    assert!(
        output.stdout.is_empty(),
        "refused before anything is printed"
    );
    std::fs::write(&report, "earlier").unwrap();
    stdout(&mut run(true));
    assert!(
        std::fs::read_to_string(&report)
            .unwrap()
            .starts_with("# Your")
    );
}

#[test]
fn options_before_the_subcommand_count_and_those_that_do_not_apply_are_refused() {
    let before = stdout(
        selfcheck()
            .args(["--format", "markdown", "--counselor", "history"])
            .args(weeks_scrambled()),
    );
    let after = history(
        &["--format", "markdown", "--counselor"],
        &weeks_scrambled(),
        80,
    );
    assert_eq!(before, after);
    let assert = selfcheck()
        .args(["--compare", "tests/history/week1.yaml", "history"])
        .arg(week(2))
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(err.contains("--compare does not apply"), "{err}");
}

#[test]
fn a_check_with_thoughts_of_suicide_is_marked_and_its_crisis_line_closes() {
    let dir = tempfile::tempdir().unwrap();
    let crisis = dir.path().join("week8.yaml");
    let source = std::fs::read_to_string(week(8)).unwrap();
    std::fs::write(
        &crisis,
        source.replace(
            "withdrawal_symptoms: [anxiety]",
            "withdrawal_symptoms: [anxiety, suicidal_thoughts]\nwithdrawal_suicidal_now: \"no\"",
        ),
    )
    .unwrap();
    let files = [week(7), crisis.display().to_string()];
    let text = history(&[], &files, 80);
    let row = text
        .lines()
        .find(|l| l.starts_with("Suicidal thoughts"))
        .expect("a crisis row");
    assert!(row.trim_end().ends_with('◆'), "{row}");
    assert!(
        text.contains("◆        suicidal thoughts were reported"),
        "{text}"
    );
    let closing = text.split("At the latest check").nth(1).unwrap();
    assert!(closing.contains("988"), "{closing}");
    let history = json(&files);
    assert_eq!(history["checks"][0]["crisis"], false);
    assert_eq!(history["checks"][1]["crisis"], true);
    let markdown = history_markdown(&files);
    assert!(
        markdown.contains("| **Suicidal thoughts** | | ◆ |"),
        "{markdown}"
    );
}

fn history_markdown(files: &[String]) -> String {
    history(&["--format", "markdown"], files, 80)
}

/// Weeks 7 and 8, then a check that went to its summary early (saved with
/// `--save-answers` after "Go to my summary now").
fn with_a_check_stopped_early() -> Vec<String> {
    vec![
        week(7),
        "tests/fixtures/stopped_early.yaml".to_string(),
        week(8),
    ]
}

#[test]
fn a_check_stopped_early_is_marked_incomplete_in_the_grid() {
    let out = history(&[], &with_a_check_stopped_early(), 80);
    insta::assert_snapshot!("stopped_early_text_80", out);
}

#[test]
fn a_check_stopped_early_is_marked_incomplete_in_every_format_and_language() {
    let files = with_a_check_stopped_early();
    // Wide enough that no sentence wraps.
    let plain = stdout(
        selfcheck()
            .arg("history")
            .args(&files)
            .env("ACCESSIBLE", "1")
            .env("COLUMNS", "200"),
    );
    let count_line = plain
        .lines()
        .find(|l| l.starts_with("Signs reported"))
        .unwrap();
    assert!(count_line.ends_with("0*"), "its count is marked: {plain}");
    assert!(plain.contains("Incomplete check"), "{plain}");
    assert!(
        plain.contains("stopped_early.yaml) is incomplete"),
        "{plain}"
    );

    let markdown = history_markdown(&files);
    assert!(
        markdown.contains("| **Incomplete check** | | | ◐ |"),
        "{markdown}"
    );
    assert!(markdown.contains("| 0◐ |"), "{markdown}");
    assert!(markdown.contains("- ◐ an incomplete check"), "{markdown}");

    let spanish = stdout(
        selfcheck()
            .args(["--lang", "es", "history"])
            .args(&files)
            .env("COLUMNS", "200"),
    );
    assert!(spanish.contains("Autoevaluación incompleta"), "{spanish}");
    assert!(spanish.contains("está incompleta"), "{spanish}");
    assert!(spanish.contains("se detuvo antes de tiempo"), "{spanish}");

    let history = json(&files);
    let checks = history["checks"].as_array().unwrap();
    let incomplete: Vec<&Value> = checks.iter().map(|c| &c["incomplete"]).collect();
    assert_eq!(
        incomplete,
        [&Value::Bool(false), &Value::Bool(false), &Value::Bool(true)]
    );
    assert_eq!(checks[0]["not_asked"], 0);
    assert!(checks[2]["not_asked"].as_u64().unwrap() > 0);
}
