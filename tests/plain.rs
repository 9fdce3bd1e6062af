//! Plain mode (`--plain`, `ACCESSIBLE=1`, `TERM=dumb`) as a screen-reader user or a script
//! drives it: numbered lines on standard error, replies piped into standard input, the
//! summary on standard output. Replies are built from the bank and an answers file, so a
//! rewording of the bank does not break these tests; and the summary is compared with the
//! one `--answers` prints for the same file: same engine, same flow, same summary.

use assert_cmd::Command;
use predicates::prelude::*;
use selfcheck::answers::{Answer, SKIP};
use selfcheck::bank::model::{Kind, Ui};
use selfcheck::bank::{Bank, fill};
use selfcheck::engine::Session;
use std::collections::BTreeMap;

const QUIET: &str = "tests/answers/quiet.yaml";
const ALARMING: &str = "tests/answers/alarming.yaml";

fn bank() -> Bank {
    Bank::builtin()
}

fn ui() -> Ui {
    bank().def.ui
}

/// The binary with no colour settings and no plain-mode switch in its environment, on a
/// terminal type that is not dumb: each test sets what it is about.
fn selfcheck() -> Command {
    let mut cmd = Command::cargo_bin("selfcheck").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("ACCESSIBLE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env("TERM", "xterm-256color");
    cmd
}

fn plain() -> Command {
    let mut cmd = selfcheck();
    cmd.arg("--plain");
    cmd
}

/// An answers file as question id -> YAML value.
fn answers_file(path: &str) -> BTreeMap<String, serde_yaml::Value> {
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    serde_yaml::from_str(&text).unwrap()
}

/// The reply lines a person types to give the answers in `path`, from the gate to the
/// review: the gate's "no", each question the engine asks (in its order, with its skip
/// logic), "continue" after each red-flag message, and the review's "done".
/// `before` adds lines typed before the reply to question number `n` (1-based). In
/// counselor mode the consent comes first and an empty session note after each section.
struct Script {
    lines: Vec<String>,
    /// Question number (1-based) at which each red-flag message was shown, and its title.
    interrupts: Vec<(usize, String)>,
    /// How many lines are typed up to the reply that raised the first red flag.
    to_first_interrupt: Option<usize>,
    /// Counselor mode: the lines that answer each section's session note.
    session_notes: Vec<usize>,
}

fn script(path: &str, before: &dyn Fn(usize) -> Vec<String>) -> Script {
    walk(path, before, false)
}

fn walk(path: &str, before: &dyn Fn(usize) -> Vec<String>, counselor: bool) -> Script {
    let bank = bank();
    let file = answers_file(path);
    let mut session = Session::new(&bank);
    let mut lines = Vec::new();
    let mut session_notes = Vec::new();
    if counselor {
        lines.push("1".to_string());
    }
    lines.push("2".to_string());
    let mut interrupts = Vec::new();
    let mut to_first_interrupt = None;
    let mut section = None;
    let mut n = 0;
    while let Some(index) = session.current() {
        n += 1;
        let now = bank.section_index(index);
        if counselor && section.is_some_and(|s| s != now) {
            session_notes.push(lines.len());
            lines.push(String::new());
        }
        section = Some(now);
        let question = bank.question(index);
        let value = file
            .get(&question.id)
            .unwrap_or_else(|| panic!("{path} has no answer for `{}`", question.id));
        // A checklist lists "None of these", then "Prefer not to say", after its choices.
        let none = question.choices.len() + 1;
        let skip = if question.kind == Kind::Checklist {
            none + 1
        } else {
            none
        };
        let position = |id: &str| {
            question
                .choices
                .iter()
                .position(|c| c.id == id)
                .unwrap_or_else(|| panic!("`{id}` is not a choice of `{}`", question.id))
                + 1
        };
        let (line, answer) = match (question.kind, value) {
            (_, serde_yaml::Value::String(s)) if s == SKIP => (skip.to_string(), Answer::Skipped),
            (Kind::YesNo | Kind::Choice, serde_yaml::Value::String(id)) => {
                (position(id).to_string(), Answer::Choice(id.clone()))
            }
            (Kind::Checklist, serde_yaml::Value::Sequence(ids)) => {
                let mut ids: Vec<&str> = ids.iter().map(|v| v.as_str().unwrap()).collect();
                ids.sort_by_key(|id| position(id));
                let numbers: Vec<String> = ids.iter().map(|id| position(id).to_string()).collect();
                let reply = if numbers.is_empty() {
                    none.to_string()
                } else {
                    numbers.join(", ")
                };
                (
                    reply,
                    Answer::Checklist(ids.iter().map(|id| id.to_string()).collect()),
                )
            }
            (Kind::Text, serde_yaml::Value::String(text)) => {
                (text.clone(), Answer::Text(text.clone()))
            }
            (kind, value) => panic!("`{}` ({kind:?}): cannot reply {value:?}", question.id),
        };
        lines.extend(before(n));
        lines.push(line);
        let raised = session.answer(index, answer).unwrap();
        for (interrupt, _) in &raised {
            interrupts.push((n, fill(&interrupt.title, bank.default_region())));
        }
        if !raised.is_empty() {
            to_first_interrupt.get_or_insert(lines.len());
            lines.push("1".to_string());
        }
    }
    if counselor {
        session_notes.push(lines.len());
        lines.push(String::new());
    }
    lines.push("0".to_string());
    Script {
        lines,
        interrupts,
        to_first_interrupt,
        session_notes,
    }
}

fn input(lines: &[String]) -> String {
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// What `--answers` prints for `path`, with each checklist answer listed in the bank's
/// order, as a person checks items in plain mode (and in the terminal).
fn answers_summary(path: &str, format: &str) -> String {
    let bank = bank();
    let mut file = answers_file(path);
    for (id, value) in file.iter_mut() {
        let question = bank.question(bank.index_of(id).unwrap());
        if let serde_yaml::Value::Sequence(ids) = value {
            ids.sort_by_key(|v| {
                question
                    .choices
                    .iter()
                    .position(|c| v.as_str() == Some(&c.id))
            });
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let sorted = dir.path().join("answers.yaml");
    std::fs::write(&sorted, serde_yaml::to_string(&file).unwrap()).unwrap();
    let out = selfcheck()
        .args(["--answers", sorted.to_str().unwrap(), "--format", format])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

fn output(assert: &assert_cmd::assert::Assert) -> (String, String) {
    let out = assert.get_output();
    (
        String::from_utf8(out.stdout.clone()).unwrap(),
        String::from_utf8(out.stderr.clone()).unwrap(),
    )
}

fn progress_line(n: usize) -> String {
    // Only the start: the total changes as skip logic opens questions.
    let ui = ui();
    let head = ui.progress.split("{total}").next().unwrap();
    head.replace("{n}", &n.to_string())
}

fn echo(words: &str) -> String {
    ui().plain_echo.replace("{answer}", words)
}

#[test]
fn a_quiet_session_piped_in_gives_the_same_summary_as_its_answers_file() {
    let script = script(QUIET, &|_| Vec::new());
    assert!(script.interrupts.is_empty());
    let assert = plain().write_stdin(input(&script.lines)).assert().success();
    let (stdout, stderr) = output(&assert);
    assert_eq!(stdout, answers_summary(QUIET, "text"));
    let ui = ui();
    let bank = bank();
    // Every line of the transcript, in order: welcome, gate, questions, review.
    let order = [
        bank.def.title.as_str(),
        bank.def.gate.title.as_str(),
        &echo(&bank.def.gate.no),
        &progress_line(1),
        "  1. ",
        &ui.review_title,
        &format!("  0. {}", ui.review_done),
        &echo(&ui.review_done),
    ];
    let mut at = 0;
    for part in order {
        let found = stderr[at..]
            .find(part)
            .unwrap_or_else(|| panic!("`{part}` not found in order in:\n{stderr}"));
        at += found + part.len();
    }
    assert!(!stderr.contains(&ui.plain_invalid), "{stderr}");
    // The person's summary stays on standard output only.
    assert!(!stderr.contains(&ui.summary_title), "{stderr}");
}

#[test]
fn a_red_flag_message_is_shown_at_once_before_the_next_question() {
    let script = script(ALARMING, &|_| Vec::new());
    assert!(!script.interrupts.is_empty());
    let assert = plain()
        .args(["--format", "json"])
        .write_stdin(input(&script.lines))
        .assert()
        .success();
    let (stdout, stderr) = output(&assert);
    assert_eq!(stdout, answers_summary(ALARMING, "json"));
    let ui = ui();
    for (n, title) in &script.interrupts {
        let asked = stderr.find(&progress_line(*n)).unwrap();
        let shown = asked + stderr[asked..].find(title.as_str()).unwrap();
        let choices = shown + stderr[shown..].find(&ui.after_interrupt).unwrap();
        if let Some(next) = stderr[asked..].find(&progress_line(n + 1)) {
            assert!(
                shown < asked + next,
                "`{title}` comes after question {}",
                n + 1
            );
        }
        assert!(
            stderr[choices..].starts_with(&format!(
                "{}\n  1. {}\n  2. {}\n  3. {}\n",
                ui.after_interrupt, ui.continue_, ui.go_to_summary, ui.quit
            )),
            "{}",
            &stderr[choices..]
        );
    }
    assert!(stderr.contains(&echo(&ui.continue_)));
}

#[test]
fn after_a_red_flag_the_person_may_go_to_the_summary_at_once() {
    let script = script(ALARMING, &|_| Vec::new());
    let mut lines = script.lines[..script.to_first_interrupt.unwrap()].to_vec();
    lines.push("2".into());
    let assert = plain()
        .args(["--format", "json"])
        .write_stdin(input(&lines))
        .assert()
        .success();
    let (stdout, stderr) = output(&assert);
    let summary: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert!(!summary["reported"].as_array().unwrap().is_empty());
    assert!(stderr.contains(&echo(&ui().go_to_summary)));
    assert!(!stderr.contains(&ui().review_title));
}

#[test]
fn the_back_key_goes_back_one_question() {
    let key = ui().plain_back_key;
    let first = bank().question(0).choices[0].label.clone();
    // At question 2: the back key, then question 1's reply again.
    let script = script(QUIET, &|n| {
        if n == 2 {
            vec![key.clone(), "1".into()]
        } else {
            Vec::new()
        }
    });
    let assert = plain().write_stdin(input(&script.lines)).assert().success();
    let (stdout, stderr) = output(&assert);
    assert_eq!(stdout, answers_summary(QUIET, "text"));
    assert_eq!(stderr.matches(&progress_line(1)).count(), 2, "{stderr}");
    assert_eq!(stderr.matches(&echo(&first)).count(), 2, "{stderr}");
    let back = ui().plain_back_hint.replace("{key}", &key);
    assert!(stderr.contains(&back));
    // Nothing to go back to from the first question: the hint is not offered there.
    let question_1 = stderr.find(&progress_line(1)).unwrap();
    let question_2 = stderr.find(&progress_line(2)).unwrap();
    assert!(!stderr[question_1..question_2].contains(&back));
}

#[test]
fn a_reply_that_is_not_a_choice_is_asked_again() {
    let script = script(QUIET, &|n| {
        if n == 1 {
            vec!["99".into(), "yes".into(), String::new()]
        } else {
            Vec::new()
        }
    });
    let assert = plain().write_stdin(input(&script.lines)).assert().success();
    let (stdout, stderr) = output(&assert);
    assert_eq!(stdout, answers_summary(QUIET, "text"));
    let ui = ui();
    // The empty line is told only how to answer: nothing was typed, nothing was wrong.
    assert_eq!(stderr.matches(&ui.plain_invalid).count(), 2, "{stderr}");
    // Asked again without redrawing the question.
    assert_eq!(stderr.matches(&progress_line(1)).count(), 1);
}

#[test]
fn input_that_ends_midway_exits_2_and_prints_no_summary() {
    let script = script(QUIET, &|_| Vec::new());
    plain()
        .write_stdin(input(&script.lines[..4]))
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(
            "selfcheck: standard input ended before the self-check was finished",
        ))
        .stderr(predicate::str::contains(ui().interrupted_message))
        .stderr(predicate::str::contains(ui().summary_title).not());
    // Nothing at all typed: the same.
    plain()
        .write_stdin("")
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty());
}

#[test]
fn term_dumb_and_accessible_switch_plain_mode_on() {
    let script = script(QUIET, &|_| Vec::new());
    let expected = answers_summary(QUIET, "text");
    for (name, value) in [("TERM", "dumb"), ("ACCESSIBLE", "1")] {
        let assert = selfcheck()
            .env(name, value)
            .write_stdin(input(&script.lines))
            .assert()
            .success();
        let (stdout, stderr) = output(&assert);
        assert_eq!(stdout, expected, "{name}={value}");
        assert!(stderr.contains(&echo(&ui().review_done)), "{name}={value}");
    }
    // Neither, and no terminal: refused as before, with a word about --plain.
    selfcheck()
        .env("ACCESSIBLE", "0")
        .write_stdin(input(&script.lines))
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("there is none here"))
        .stderr(predicate::str::contains("selfcheck --plain"));
}

#[test]
fn plain_mode_never_writes_an_escape_byte() {
    let script = script(ALARMING, &|n| {
        if n == 3 {
            vec!["nonsense".into()]
        } else {
            Vec::new()
        }
    });
    for force in [None, Some("1")] {
        for format in ["text", "markdown", "json"] {
            let mut cmd = plain();
            if let Some(force) = force {
                cmd.env("CLICOLOR_FORCE", force);
            }
            let assert = cmd
                .args(["--format", format])
                .write_stdin(input(&script.lines))
                .assert()
                .success();
            let out = assert.get_output();
            assert!(!out.stdout.contains(&0x1b), "stdout, {format}, {force:?}");
            assert!(!out.stderr.contains(&0x1b), "stderr, {format}, {force:?}");
        }
    }
}

#[test]
fn a_typed_escape_sequence_is_never_echoed_or_printed() {
    let mut lines = script(QUIET, &|_| Vec::new()).lines;
    // The last question is free text; its reply is the line before the review's "0".
    let text = lines.len() - 2;
    lines[text] = "I feel \u{1b}[31mtired\u{1b}]0;title\u{7}".into();
    let assert = plain().write_stdin(input(&lines)).assert().success();
    let out = assert.get_output();
    assert!(!out.stdout.contains(&0x1b));
    assert!(!out.stderr.contains(&0x1b));
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(
        stderr.contains(&echo("I feel [31mtired]0;title")),
        "{stderr}"
    );
}

#[test]
fn no_color_keeps_the_answers_summary_free_of_escape_codes() {
    for format in ["text", "markdown", "json"] {
        let out = selfcheck()
            .env("NO_COLOR", "1")
            .args(["--answers", ALARMING, "--format", format])
            .assert()
            .success()
            .get_output()
            .clone();
        assert!(!out.stdout.contains(&0x1b), "{format}");
        assert!(!out.stderr.contains(&0x1b), "{format}");
    }
}

#[test]
fn a_counselor_session_runs_in_plain_mode() {
    let bank = bank();
    let words = bank.def.counselor.as_ref().unwrap();
    let mut lines = walk(QUIET, &|_| Vec::new(), true).lines;
    lines.push("7".into());
    lines.push("Call the prescriber on Monday".into());
    let assert = plain()
        .arg("--counselor")
        .write_stdin(input(&lines))
        .assert()
        .success();
    let (stdout, stderr) = output(&assert);
    assert!(stderr.contains(&format!(
        "  1. {}\n  2. {}\n",
        words.consent_yes, words.consent_no
    )));
    // The readiness scale is numbered by its own values, prefer not to say after it.
    assert!(stderr.contains("\n   0\n   1\n"), "{stderr}");
    assert!(stderr.contains(&format!("\n  10\n  11. {}\n", ui().prefer_not_to_say)));
    assert!(stderr.contains(&echo("7")));
    assert!(stderr.contains(&echo(&ui().nothing_added)));
    assert!(stdout.contains("Call the prescriber on Monday"), "{stdout}");
    assert!(
        stdout.contains(&words.summary_title.to_uppercase()),
        "{stdout}"
    );
}

#[test]
fn a_counselor_check_saves_its_readiness_and_the_next_one_compares_it() {
    let bank = bank();
    let words = bank.def.counselor.as_ref().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("week1.yaml");
    let session = |readiness: &str| {
        let mut lines = walk(QUIET, &|_| Vec::new(), true).lines;
        lines.push(readiness.into());
        lines.push(String::new());
        input(&lines)
    };
    plain()
        .arg("--counselor")
        .arg("--save-answers")
        .arg(&saved)
        .write_stdin(session("4"))
        .assert()
        .success();
    let assert = plain()
        .arg("--counselor")
        .arg("--compare")
        .arg(&saved)
        .write_stdin(session("7"))
        .assert()
        .success();
    let (stdout, _) = output(&assert);
    let then = words.readiness_then.replace("{before}", "4");
    assert!(stdout.contains(&format!("7 / 10 ({then})")), "{stdout}");
}

#[test]
fn a_counselor_report_has_the_session_time_and_leaves_notes_and_paths_out_by_default() {
    let bank = bank();
    let words = bank.def.counselor.as_ref().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let script = walk(QUIET, &|_| Vec::new(), true);
    let mut lines = script.lines;
    lines[script.session_notes[0]] = "Private: talked about the weekend".into();
    lines.push("5".into());
    lines.push(String::new());
    let run = |name: &str, extra: &[&str]| {
        let report = dir.path().join(name);
        let assert = plain()
            .arg("--counselor")
            .arg("--report")
            .arg(&report)
            .args(extra)
            .write_stdin(input(&lines))
            .assert()
            .success();
        let (stdout, _) = output(&assert);
        (stdout, std::fs::read_to_string(&report).unwrap(), report)
    };
    let (stdout, file, path) = run("report.md", &[]);
    let session = format!(
        "**{}:** {}",
        words.session_heading,
        selfcheck::date::today()
    );
    assert!(file.contains(&session), "{file}");
    assert!(file.contains(" UTC"), "{file}");
    assert!(!file.contains("talked about the weekend"), "{file}");
    assert!(!file.contains(&words.notes_heading), "{file}");
    assert!(!file.contains(path.to_str().unwrap()), "{file}");
    assert!(!file.contains("report.md"), "{file}");
    assert!(file.contains(&words.report_privacy), "{file}");
    // The counselor's own screen keeps the notes.
    assert!(stdout.contains("talked about the weekend"), "{stdout}");
    let (_, file, _) = run("with-notes.md", &["--include-notes"]);
    assert!(file.contains("talked about the weekend"), "{file}");
}

#[test]
fn free_text_that_is_the_word_skip_is_saved_and_read_back_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("saved.yaml");
    let mut lines = script(QUIET, &|_| Vec::new()).lines;
    // The last question, `anything_else`, is free text; the review's "done" follows it.
    let last = lines.len() - 2;
    assert_eq!(lines[last], "", "quiet.yaml leaves `anything_else` empty");
    lines[last] = SKIP.to_string();
    let typed = plain()
        .args(["--format", "json", "--save-answers"])
        .arg(&saved)
        .write_stdin(input(&lines))
        .assert()
        .success();
    let again = selfcheck()
        .args(["--format", "json", "--answers"])
        .arg(&saved)
        .assert()
        .success();
    let json = |assert: &assert_cmd::assert::Assert| -> serde_json::Value {
        serde_json::from_str(&output(assert).0).unwrap()
    };
    let (mut typed, again) = (json(&typed), json(&again));
    let answer_to = |summary: &serde_json::Value, id: &str| {
        summary["reported"]
            .as_array()
            .unwrap()
            .iter()
            .find(|item| item["question"] == id)
            .map(|item| item["answer"].clone())
    };
    assert_eq!(
        answer_to(&typed, "anything_else"),
        Some(serde_json::Value::from(SKIP))
    );
    assert_eq!(
        answer_to(&again, "anything_else"),
        Some(serde_json::Value::from(SKIP)),
        "{again:#}"
    );
    // Only the privacy line differs: the first run saved a file, the second did not.
    typed["privacy"] = again["privacy"].clone();
    assert_eq!(typed, again);
}

/// A folder appears where the answers file goes after the checks made before the first
/// question, so writing it fails: the report (written) must not say it was saved.
#[cfg(unix)]
#[test]
fn a_report_names_only_the_files_really_saved() {
    use std::io::{Read, Write};
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.md");
    let answers = dir.path().join("answers.yaml");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_selfcheck"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["--plain", "--report"])
        .arg(&report)
        .arg("--save-answers")
        .arg(&answers)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The first prompt: the files have been checked by now.
    let mut stderr = child.stderr.take().unwrap();
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    let hint = ui().plain_choice_hint;
    let hint = hint.split("{first}").next().unwrap();
    while !String::from_utf8_lossy(&seen).contains(hint) {
        assert_eq!(
            stderr.read(&mut byte).unwrap(),
            1,
            "the first prompt is shown"
        );
        seen.push(byte[0]);
    }
    std::fs::create_dir(&answers).unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(input(&script(QUIET, &|_| Vec::new()).lines).as_bytes())
        .unwrap();
    drop(stdin);
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{rest}");
    assert!(rest.contains("answers.yaml"), "the failure is said: {rest}");
    let ui = ui();
    let said_saved = |path: &std::path::Path| {
        ui.saved_to
            .split("{path}")
            .next()
            .map(|head| format!("{head}{}", path.display()))
            .unwrap()
    };
    let summary = String::from_utf8(out.stdout).unwrap();
    let file = std::fs::read_to_string(&report).unwrap();
    for text in [&summary, &file] {
        assert!(text.contains(&said_saved(&report)), "{text}");
        assert!(!text.contains(&said_saved(&answers)), "{text}");
    }
}

#[test]
fn quitting_after_a_call_today_says_that_action_again_before_the_quit_message() {
    // alarming.yaml's first interrupt comes at "I have run out", after taking it most
    // days for a month: the content guide's "today" (stopped suddenly, or ran out).
    let script = script(ALARMING, &|_| Vec::new());
    let mut lines = script.lines[..script.to_first_interrupt.unwrap()].to_vec();
    lines.push("3".into());
    let assert = plain().write_stdin(input(&lines)).assert().success();
    let (stdout, stderr) = output(&assert);
    assert_eq!(stdout, "", "no summary after quitting");
    let bank = bank();
    let ui = &bank.def.ui;
    let today = fill(&bank.def.tiers.today.headline, bank.default_region());
    let reminder = ui.quit_reminder.replace("{action}", &today);
    let ending = format!("{reminder}\n{}\n", ui.quit_message);
    assert!(stderr.ends_with(&ending), "{stderr}");
}

#[test]
fn input_that_ends_after_a_call_today_says_that_action_again() {
    // As with quitting: alarming.yaml's first interrupt ("I have run out") calls for
    // "today", and the input ends right there.
    let script = script(ALARMING, &|_| Vec::new());
    let lines = script.lines[..script.to_first_interrupt.unwrap()].to_vec();
    let assert = plain().write_stdin(input(&lines)).assert().code(2);
    let (stdout, stderr) = output(&assert);
    assert_eq!(stdout, "", "no summary");
    let bank = bank();
    let today = fill(&bank.def.tiers.today.headline, bank.default_region());
    let reminder = bank.def.ui.quit_reminder.replace("{action}", &today);
    let said = stderr.find(&reminder).expect("the action is said again");
    let stopped = stderr.find(&bank.def.ui.interrupted_message).unwrap();
    assert!(said < stopped, "{stderr}");
}

#[test]
fn a_check_saved_after_going_to_the_summary_early_says_to_resume_it_and_resuming_works() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("partial.yaml");
    let script = script(ALARMING, &|_| Vec::new());
    let first = script.to_first_interrupt.unwrap();
    // Up to the first red flag, then "Go to my summary now".
    let mut lines = script.lines[..first].to_vec();
    lines.push("2".into());
    plain()
        .arg("--save-answers")
        .arg(&saved)
        .write_stdin(input(&lines))
        .assert()
        .success();
    let text = std::fs::read_to_string(&saved).unwrap();
    let header: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
    assert!(
        header
            .iter()
            .any(|l| l.contains("selfcheck --resume THIS_FILE")),
        "{text}"
    );
    assert!(
        !header.iter().any(|l| l.contains("--answers THIS_FILE")),
        "--answers refuses a file with questions left open: {text}"
    );
    selfcheck()
        .arg("--answers")
        .arg(&saved)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--resume FILE"));

    // The command it names: the gate's "no", then the rest of the session as the person
    // would have answered it, saved again.
    let whole = dir.path().join("whole.yaml");
    let mut rest = vec!["2".to_string()];
    rest.extend(script.lines[first + 1..].iter().cloned());
    plain()
        .arg("--resume")
        .arg(&saved)
        .arg("--save-answers")
        .arg(&whole)
        .write_stdin(input(&rest))
        .assert()
        .success();
    // Now whole, it says to run it again with --answers, and that works.
    let text = std::fs::read_to_string(&whole).unwrap();
    assert!(
        text.contains("# Run it again with: selfcheck --answers THIS_FILE"),
        "{text}"
    );
    assert!(!text.contains("--resume"), "{text}");
    selfcheck().arg("--answers").arg(&whole).assert().success();
}

#[test]
fn a_spanish_check_saved_early_says_to_resume_it_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("parcial.yaml");
    let script = script(ALARMING, &|_| Vec::new());
    let mut lines = script.lines[..script.to_first_interrupt.unwrap()].to_vec();
    lines.push("2".into());
    plain()
        .args(["--lang", "es", "--save-answers"])
        .arg(&saved)
        .write_stdin(input(&lines))
        .assert()
        .success();
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(text.contains("se detuvo antes de tiempo"), "{text}");
    assert!(text.contains("selfcheck --resume ESTE_ARCHIVO"), "{text}");
    assert!(!text.contains("--answers ESTE_ARCHIVO"), "{text}");
}
