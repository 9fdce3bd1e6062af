//! Files a person asks for (--report, --save-answers), regions, and an agency's own
//! referral list, through the binary.

mod common;

use common::{selfcheck, stdout};

use predicates::prelude::*;
use serde_json::Value;
use std::fs;
use std::path::Path;

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

const ALARMING: &str = "tests/answers/alarming.yaml";
const QUIET: &str = "tests/answers/quiet.yaml";

#[test]
fn a_report_is_written_private_as_markdown_and_the_summary_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("summary.md");
    let out = stdout(
        selfcheck()
            .args(["--answers", ALARMING, "--report"])
            .arg(&report),
    );
    // The text summary wraps its lines; read it as running text.
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let written = fs::read_to_string(&report).unwrap();
    assert!(written.starts_with("# Your clonazepam (Klonopin) self-check summary"));
    assert!(written.contains("- **Call 911 now. For thoughts of suicide"));
    let said = format!("You chose to save this to {}.", report.display());
    assert!(written.contains(&said), "the report says where it is");
    assert!(
        out.contains(&said),
        "the printed summary says where the report went:\n{out}"
    );
    assert!(out.contains("private health information"));
    assert!(!out.contains("Nothing you entered has been saved"));
    #[cfg(unix)]
    assert_eq!(mode(&report), 0o600);
}

#[test]
fn a_report_named_json_is_json() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("summary.json");
    selfcheck()
        .args(["--answers", ALARMING, "--report"])
        .arg(&report)
        .assert()
        .success();
    let json: Value = serde_json::from_str(&fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(json["urgency"], "emergency");
    assert_eq!(json["crisis"], true);
}

#[test]
fn an_existing_file_is_never_replaced_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("summary.md");
    fs::write(&report, "an earlier report").unwrap();
    selfcheck()
        .args(["--answers", QUIET, "--report"])
        .arg(&report)
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(
            "already exists; choose another name, or add --force",
        ));
    assert_eq!(fs::read_to_string(&report).unwrap(), "an earlier report");

    selfcheck()
        .args(["--answers", QUIET, "--force", "--report"])
        .arg(&report)
        .assert()
        .success();
    assert!(
        fs::read_to_string(&report)
            .unwrap()
            .starts_with("# Your clonazepam")
    );
}

#[test]
fn a_missing_folder_is_refused_before_the_first_question() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("no-such-folder").join("summary.md");
    selfcheck()
        .args(["--answers", ALARMING, "--report"])
        .arg(&report)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(format!(
            "cannot write {}: the folder {} does not exist",
            report.display(),
            report.parent().unwrap().display()
        )));
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no partial or temporary file"
    );
}

#[test]
fn saved_answers_read_back_to_the_same_summary() {
    let dir = tempfile::tempdir().unwrap();
    for answers in [ALARMING, QUIET] {
        let saved = dir
            .path()
            .join(format!("{}.saved.yaml", answers.replace('/', "_")));
        let first = stdout(
            selfcheck()
                .args(["--answers", answers, "--format", "json", "--save-answers"])
                .arg(&saved),
        );
        #[cfg(unix)]
        assert_eq!(mode(&saved), 0o600);
        let again = stdout(
            selfcheck()
                .args(["--format", "json", "--answers"])
                .arg(&saved),
        );
        let mut first: Value = serde_json::from_str(&first).unwrap();
        let again: Value = serde_json::from_str(&again).unwrap();
        // Only the privacy line differs: the first run saved a file, the second did not.
        assert!(
            first["privacy"]
                .as_str()
                .unwrap()
                .contains("You chose to save this to")
        );
        first["privacy"] = again["privacy"].clone();
        assert_eq!(first, again, "{answers}");
    }
}

#[test]
fn report_and_save_answers_cannot_name_the_same_file() {
    selfcheck()
        .args([
            "--answers",
            QUIET,
            "--report",
            "same.md",
            "--save-answers",
            "same.md",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--report same.md and --save-answers same.md name the same file",
        ));
    assert!(
        !Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("same.md")
            .exists()
    );
}

#[test]
fn without_report_flags_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    selfcheck()
        .current_dir(dir.path())
        .args(["--answers"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(ALARMING))
        .assert()
        .success();
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn the_region_changes_the_numbers_in_every_output() {
    for (region, emergency, crisis) in [
        ("uk", "999", "116 123"),
        ("ca", "911", "9-8-8"),
        ("au", "000", "13 11 14"),
    ] {
        for format in ["text", "markdown", "json"] {
            for counselor in [false, true] {
                let mut cmd = selfcheck();
                cmd.args([
                    "--answers",
                    ALARMING,
                    "--region",
                    region,
                    "--format",
                    format,
                ]);
                if counselor {
                    cmd.arg("--counselor");
                }
                let out = stdout(&mut cmd);
                assert!(
                    out.contains(&format!("call {emergency} now"))
                        || out.contains(&format!("Call {emergency} now")),
                    "{region} {format}:\n{out}"
                );
                assert!(
                    out.contains(crisis),
                    "{region} {format} counselor={counselor}"
                );
                if region != "ca" {
                    assert!(
                        !out.contains("911"),
                        "{region} {format} counselor={counselor} still says 911:\n{out}"
                    );
                }
                assert!(
                    !out.contains("988"),
                    "{region} {format} counselor={counselor} still says 988"
                );
                assert!(
                    !out.contains("1-800-222-1222"),
                    "{region} {format}: US poison line"
                );
            }
        }
    }
}

#[test]
fn an_agency_referral_list_follows_the_crisis_resources_in_both_modes() {
    for counselor in [false, true] {
        let mut cmd = selfcheck();
        cmd.args([
            "--answers",
            ALARMING,
            "--resources",
            "tests/fixtures/agency.yaml",
        ]);
        if counselor {
            cmd.arg("--counselor");
        }
        let out = stdout(&mut cmd);
        let crisis = out.find("988 Suicide & Crisis Lifeline").unwrap();
        let heading = out.find("Local services").expect("the referral heading");
        let clinic = out
            .find("Riverside Community Clinic: 555-0100, 12 River Street")
            .unwrap();
        assert!(
            crisis < heading && heading < clinic,
            "counselor={counselor}:\n{out}"
        );
        assert!(out.contains("Monday to Friday, 8am to 6pm"));
    }
}

#[test]
fn a_broken_referral_list_is_refused_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("agency.yaml");
    fs::write(&path, "resources:\n  - name: Clinic\n    phone: 555\n").unwrap();
    selfcheck()
        .args(["--answers", QUIET, "--resources"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!("{}:3:5:", path.display())))
        .stderr(predicate::str::contains("unknown field `phone`"));
    fs::write(
        &path,
        "resources:\n  - name: Clinic\n    offers: ''\n    contact: '555'\n    hours: '24/7'\n",
    )
    .unwrap();
    selfcheck()
        .args(["--answers", QUIET, "--resources"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "resource `Clinic`: `offers` is empty; fill it in",
        ));
}

#[test]
fn counselor_mode_from_an_answers_file_prints_the_counselor_summary() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("session.md");
    let out = stdout(
        selfcheck()
            .args(["--answers", ALARMING, "--counselor", "--report"])
            .arg(&report),
    );
    assert!(out.starts_with("COUNSELOR SUMMARY"));
    assert!(out.contains("The client reported thoughts of suicide or self-harm. Follow your"));
    let written = fs::read_to_string(&report).unwrap();
    assert!(written.starts_with("# Counselor summary"));
    assert!(written.contains("## The client reported (self-report)"));
    assert!(written.contains("- Worried about relying on it, past 3 months: Prefer not to say"));
    assert!(written.contains("- Took more or longer than meant, past 3 months: Never"));
}

#[test]
fn counselor_mode_needs_a_bank_with_counselor_words() {
    selfcheck()
        .args([
            "--bank",
            "tests/fixtures/minimal.yaml",
            "--counselor",
            "--answers",
            QUIET,
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("has no `counselor` words"));
}

#[test]
fn a_saved_session_can_be_resumed_and_only_its_open_questions_are_asked() {
    let dir = tempfile::tempdir().unwrap();
    let quiet = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(QUIET)).unwrap();
    // A session that went to its summary early: the last sections were never answered.
    let cut = quiet.find("common_effects:").unwrap();
    let partial = dir.path().join("partial.yaml");
    fs::write(&partial, &quiet[..cut]).unwrap();
    selfcheck()
        .arg("--answers")
        .arg(&partial)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "question `common_effects` is asked but has no answer",
        ))
        .stderr(predicate::str::contains("--resume FILE"));

    // Plain mode, through a pipe: the gate ("2": no), then only the open questions:
    // two checklists ("None of these", numbered after their choices), anything else
    // (nothing), the review.
    let bank = selfcheck::bank::Bank::builtin();
    let none = |id: &str| bank.question(bank.index_of(id).unwrap()).choices.len() + 1;
    let replies = format!(
        "2\n{}\n{}\n\n0\n",
        none("common_effects"),
        none("dangerous_effects")
    );
    let out = selfcheck()
        .args(["--plain", "--resume"])
        .arg(&partial)
        .write_stdin(replies)
        .assert()
        .success()
        .get_output()
        .clone();
    let transcript = String::from_utf8_lossy(&out.stderr);
    assert!(
        !transcript.contains("Right now, is clonazepam (Klonopin) prescribed to you?"),
        "answered questions are not asked again:\n{transcript}"
    );
    assert!(transcript.contains("In the past 7 days, have you had any of these"));
    let full = stdout(selfcheck().args(["--answers", QUIET]));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        full,
        "the same summary as the whole session"
    );
}

/// The `**Session:**` line of a markdown counselor report.
fn session_line(report: &str) -> &str {
    report
        .lines()
        .find(|l| l.starts_with("**Session:**"))
        .unwrap_or_else(|| panic!("no session line:\n{report}"))
}

#[test]
fn a_counselor_report_made_from_a_saved_file_is_dated_by_that_file_not_today() {
    let dir = tempfile::tempdir().unwrap();
    let week8 = dir.path().join("week8.yaml");
    let quiet = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(QUIET)).unwrap();
    fs::write(
        &week8,
        format!("_check: {{date: 2026-10-26, bank: clonazepam, version: 2}}\n{quiet}"),
    )
    .unwrap();
    let report = dir.path().join("r.md");
    let out = stdout(
        selfcheck()
            .arg("--counselor")
            .arg("--answers")
            .arg(&week8)
            .arg("--report")
            .arg(&report),
    );
    let today = selfcheck::date::today();
    let written = fs::read_to_string(&report).unwrap();
    let line = session_line(&written);
    assert!(
        line.starts_with("**Session:** 2026-10-26, the date saved with the answers."),
        "{line}"
    );
    // When the report was made is said too, as that and nothing else.
    assert!(
        line.contains(&format!("This summary was made {today} ")),
        "{line}"
    );
    assert!(out.starts_with("COUNSELOR SUMMARY"), "{out}");
    assert!(
        out.lines()
            .nth(1)
            .unwrap()
            .starts_with("Session: 2026-10-26, the date saved with the answers."),
        "{out}"
    );
    // JSON keeps the two apart.
    let json: Value = serde_json::from_str(&stdout(
        selfcheck()
            .args(["--counselor", "--format", "json", "--answers"])
            .arg(&week8),
    ))
    .unwrap();
    assert_eq!(json["session"], "2026-10-26");
    assert!(
        json["summary_made"].as_str().unwrap().starts_with(&today),
        "{json}"
    );
}

#[test]
fn a_counselor_report_from_a_file_with_no_date_does_not_invent_one() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("r.md");
    stdout(
        selfcheck()
            .args(["--counselor", "--answers", QUIET, "--report"])
            .arg(&report),
    );
    let written = fs::read_to_string(&report).unwrap();
    let line = session_line(&written);
    assert!(
        line.starts_with("**Session:** No date was saved with the answers. This summary was made "),
        "{line}"
    );
    let json: Value = serde_json::from_str(&stdout(selfcheck().args([
        "--counselor",
        "--format",
        "json",
        "--answers",
        QUIET,
    ])))
    .unwrap();
    assert!(json.get("session").is_none(), "{json}");
    assert!(json["summary_made"].is_string(), "{json}");
}

#[test]
fn the_counselor_summary_names_the_saved_files_in_one_neutral_line() {
    let dir = tempfile::tempdir().unwrap();
    let (report, answers) = (dir.path().join("week1.md"), dir.path().join("week1.yaml"));
    let out = stdout(
        selfcheck()
            .args(["--counselor", "--answers", QUIET, "--report"])
            .arg(&report)
            .arg("--save-answers")
            .arg(&answers),
    );
    let joined = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let line = format!(
        "This session was saved to {}, {}. It holds sensitive health information: keep it private.",
        report.display(),
        answers.display()
    );
    assert!(joined.contains(&line), "{out}");
    assert!(!joined.contains("You chose"), "{out}");
    // The report to hand on still names no local file.
    let written = fs::read_to_string(&report).unwrap();
    assert!(!written.contains("week1"), "{written}");
}
