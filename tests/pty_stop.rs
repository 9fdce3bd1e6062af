//! Stopping the real binary: Ctrl-C as a key in a menu, at a free-text question and in
//! plain mode, SIGINT as a signal, SIGTERM and SIGHUP. Each ends with the cursor shown,
//! the bank's message said exactly once, nothing written, and exit code 130. Words come
//! from the default bank.

#![cfg(unix)]

use rexpect::process::signal::Signal;
use rexpect::process::wait::WaitStatus;
use rexpect::session::{Options, PtySession, spawn_with_options};
use selfcheck::bank::{Bank, fill};
use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

const UP: &str = "\x1b[A";
const ENTER: &str = "\r";
const CTRL_C: &str = "\x03";
const SHOW_CURSOR: &str = "\x1b[?25h";
const HIDE_CURSOR: &str = "\x1b[?25l";

fn bank() -> Bank {
    Bank::builtin()
}

/// The self-check in a 100 x 40 pseudo-terminal, with these arguments.
fn start_with(args: &[&str]) -> PtySession {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg("stty rows 40 cols 100 && exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_selfcheck"))
        .args(args)
        .env("TERM", "xterm-256color")
        .env_remove("NO_COLOR")
        .env_remove("ACCESSIBLE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    let options = Options {
        timeout_ms: Some(10_000),
        strip_ansi_escape_codes: false,
    };
    spawn_with_options(command, options).expect("the self-check starts in a pseudo-terminal")
}

/// rexpect reads a byte at a time, each byte as one char.
fn as_read(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// Waits until `text` is on screen; returns everything written up to and including it.
fn see(session: &mut PtySession, text: &str) -> String {
    let wanted = as_read(text);
    let before = session
        .exp_string(&wanted)
        .unwrap_or_else(|err| panic!("expected to see {text:?} on screen: {err}"));
    before + &wanted
}

fn press(session: &mut PtySession, keys: &[&str]) {
    for key in keys {
        session.send(key).expect("a key is sent");
    }
    session.flush().expect("the keys reach the program");
}

/// The start of a text as any wrapping from 40 columns shows it.
fn opening(text: &str) -> String {
    let text = fill(text, bank().default_region());
    selfcheck::render::wrap(&text, 40, "", "")
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Reads to the end of the output, and the exit code.
fn to_the_end(mut session: PtySession) -> (String, Option<i32>) {
    let rest = session.exp_eof().expect("the program ends");
    let code = match session.process.wait() {
        Ok(WaitStatus::Exited(_, code)) => Some(code),
        _ => None,
    };
    (rest, code)
}

/// After a stop: the message said once, after the cursor was shown again, and 130.
fn stopped_once(bank: &Bank, output: &str, code: Option<i32>) {
    let message = as_read(&opening(&bank.def.ui.interrupted_message));
    assert_eq!(
        output.matches(&message).count(),
        1,
        "the message is said once: {output:?}"
    );
    let before = output.split(&message).next().unwrap_or_default();
    let after_hiding = before.rsplit(HIDE_CURSOR).next().unwrap_or_default();
    assert!(
        !before.contains(HIDE_CURSOR) || after_hiding.contains(SHOW_CURSOR),
        "the cursor is shown again before the message: {output:?}"
    );
    assert_eq!(code, Some(130), "{output:?}");
}

/// Answers that report nothing, up to (not including) question `stop`, in a file.
fn quiet_until(stop: &str) -> tempfile::NamedTempFile {
    let quiet = include_str!("answers/quiet.yaml");
    let text: String = quiet
        .lines()
        .take_while(|line| !line.starts_with(&format!("{stop}:")))
        .map(|line| format!("{line}\n"))
        .collect();
    let file = tempfile::NamedTempFile::new().expect("a temporary file");
    std::fs::write(file.path(), text).expect("the answers are written");
    file
}

#[test]
fn ctrl_c_at_a_prompt_stops_with_130_and_shows_the_cursor_again() {
    let bank = bank();
    let mut session = start_with(&[]);
    see(&mut session, &opening(&bank.def.gate.text));
    let mut output = see(&mut session, &bank.def.gate.no);
    press(&mut session, &[CTRL_C]);
    let (rest, code) = to_the_end(session);
    output.push_str(&rest);
    stopped_once(&bank, &output, code);
}

#[test]
fn sigint_as_a_signal_at_a_question_unwinds_and_writes_nothing() {
    // In a menu Ctrl-C is a key; SIGINT comes as a signal between prompts, or from
    // `kill -INT`. Either way the question being asked returns, and nothing is saved.
    let bank = bank();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let saved = dir.path().join("answers.yaml");
    let mut session = start_with(&["--save-answers", saved.to_str().expect("a UTF-8 path")]);
    see(&mut session, &opening(&bank.def.gate.text));
    let mut output = see(&mut session, &bank.def.gate.no);
    session
        .process
        .signal(Signal::SIGINT)
        .expect("the signal is sent");
    let (rest, code) = to_the_end(session);
    output.push_str(&rest);
    stopped_once(&bank, &output, code);
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("the folder is there")
        .collect();
    assert!(left.is_empty(), "no file, whole or temporary: {left:?}");
}

#[test]
fn ctrl_c_at_a_free_text_question_stops_with_130() {
    let bank = bank();
    let answers = quiet_until("anything_else");
    let path = answers.path().to_str().expect("a UTF-8 path");
    let mut session = start_with(&["--resume", path]);
    see(&mut session, &bank.def.gate.no);
    press(&mut session, &[UP, ENTER]);
    let anything_else = bank
        .index_of("anything_else")
        .map(|i| bank.question(i).text.clone())
        .expect("the default bank asks `anything_else`");
    let mut output = see(&mut session, &opening(&anything_else));
    press(&mut session, &["not this", CTRL_C]);
    let (rest, code) = to_the_end(session);
    output.push_str(&rest);
    stopped_once(&bank, &output, code);
}

#[test]
fn ctrl_c_in_plain_mode_wakes_the_read_and_stops_once() {
    let bank = bank();
    let mut session = start_with(&["--plain"]);
    let hint = bank
        .def
        .ui
        .plain_choice_hint
        .split('{')
        .next()
        .unwrap_or_default()
        .to_string();
    see(&mut session, &bank.def.gate.no);
    let mut output = see(&mut session, &hint);
    // The terminal is not raw in plain mode: Ctrl-C is SIGINT, to a read that waits.
    press(&mut session, &[CTRL_C]);
    let (rest, code) = to_the_end(session);
    output.push_str(&rest);
    stopped_once(&bank, &output, code);
    assert!(
        !output.contains('\x1b'),
        "plain mode writes no escape codes: {output:?}"
    );
}

#[test]
fn sigint_in_plain_mode_with_piped_input_wakes_the_read() {
    // Input from a pipe that stays open: the read waits for a line that never comes.
    let bank = bank();
    let mut child = Command::new(env!("CARGO_BIN_EXE_selfcheck"))
        .arg("--plain")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the self-check starts");
    let _input = child.stdin.take();
    let mut errors = BufReader::new(child.stderr.take().expect("standard error is piped"));
    let mut said = String::new();
    while !said.contains(&bank.def.gate.no) {
        let before = said.len();
        errors.read_line(&mut said).expect("standard error reads");
        assert!(said.len() > before, "the gate is asked: {said:?}");
    }
    let pid = libc::pid_t::try_from(child.id()).expect("a process id");
    // SAFETY: sends a signal to the child started above.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
    errors
        .read_to_string(&mut said)
        .expect("standard error reads");
    let status = child.wait().expect("the program ends");
    let mut summary = String::new();
    child
        .stdout
        .take()
        .expect("standard output is piped")
        .read_to_string(&mut summary)
        .expect("standard output reads");
    let message = opening(&bank.def.ui.interrupted_message);
    assert_eq!(said.matches(&message).count(), 1, "{said:?}");
    assert_eq!(status.code(), Some(130), "{said:?}");
    assert!(summary.is_empty(), "no summary: {summary:?}");
}

#[test]
fn sigterm_and_sighup_at_a_prompt_show_the_cursor_again() {
    let bank = bank();
    for signal in [Signal::SIGTERM, Signal::SIGHUP] {
        let mut session = start_with(&[]);
        see(&mut session, &opening(&bank.def.gate.text));
        let mut output = see(&mut session, &bank.def.gate.no);
        session.process.signal(signal).expect("the signal is sent");
        let (rest, code) = to_the_end(session);
        output.push_str(&rest);
        stopped_once(&bank, &output, code);
    }
}

#[test]
fn ctrl_c_after_a_call_911_screen_says_that_action_again() {
    // Stopping must not take a "Call 911 now" away with the screen that said it.
    let bank = bank();
    let answers = quiet_until("breathing_now");
    let path = answers.path().to_str().expect("a UTF-8 path");
    let mut session = start_with(&["--resume", path]);
    see(&mut session, &bank.def.gate.no);
    press(&mut session, &[UP, ENTER]);
    let breathing = bank
        .index_of("breathing_now")
        .map(|i| bank.question(i).text.clone())
        .expect("the default bank asks `breathing_now`");
    see(&mut session, &opening(&breathing));
    // "Yes" is the first choice: the emergency screen follows at once.
    press(&mut session, &["\x1b[B", ENTER]);
    let mut output = see(&mut session, &bank.def.ui.quit);
    press(&mut session, &[CTRL_C]);
    let (rest, code) = to_the_end(session);
    output.push_str(&rest);
    stopped_once(&bank, &output, code);
    let emergency = fill(&bank.def.tiers.emergency.headline, bank.default_region());
    let reminder = bank.def.ui.quit_reminder.replace("{action}", &emergency);
    let said = output
        .rfind(&as_read(&opening(&reminder)))
        .expect("the action is said again");
    let stopped = output
        .rfind(&as_read(&opening(&bank.def.ui.interrupted_message)))
        .unwrap();
    assert!(said < stopped, "the action comes before the stop message");
}
