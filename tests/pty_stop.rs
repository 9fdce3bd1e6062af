//! Stopping the real binary: Ctrl-C as a key in a menu, at a free-text question and in
//! plain mode, SIGINT as a signal, SIGTERM and SIGHUP. Each ends with the cursor shown,
//! the bank's message said exactly once, nothing written, and exit code 130. Words come
//! from the default bank.

#![cfg(unix)]

#[path = "common/pty.rs"]
mod pty;

use pty::{
    CTRL_C, DOWN, ENTER, UP, answers_file, as_read, bank, opening_wide, press, quiet_until,
    read_up_to, see, start,
};
use rexpect::process::signal::Signal;
use rexpect::process::wait::WaitStatus;
use rexpect::session::PtySession;
use selfcheck::bank::{Bank, fill};
use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

const SHOW_CURSOR: &str = "\x1b[?25h";
const HIDE_CURSOR: &str = "\x1b[?25l";

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
    let message = as_read(&opening_wide(&bank.def.ui.interrupted_message));
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
fn quiet_file(stop: &str) -> tempfile::NamedTempFile {
    answers_file(&(quiet_until(stop) + "\n"))
}

#[test]
fn ctrl_c_at_a_prompt_stops_with_130_and_shows_the_cursor_again() {
    let bank = bank();
    let mut session = start(&[]);
    see(&mut session, &opening_wide(&bank.def.gate.text));
    let mut output = read_up_to(&mut session, &bank.def.gate.no);
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
    let mut session = start(&["--save-answers", saved.to_str().expect("a UTF-8 path")]);
    see(&mut session, &opening_wide(&bank.def.gate.text));
    let mut output = read_up_to(&mut session, &bank.def.gate.no);
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
    let answers = quiet_file("anything_else");
    let path = answers.path().to_str().expect("a UTF-8 path");
    let mut session = start(&["--resume", path]);
    see(&mut session, &bank.def.gate.no);
    press(&mut session, &[UP, ENTER]);
    let anything_else = bank
        .index_of("anything_else")
        .map(|i| bank.question(i).text.clone())
        .expect("the default bank asks `anything_else`");
    let mut output = read_up_to(&mut session, &opening_wide(&anything_else));
    press(&mut session, &["not this", CTRL_C]);
    let (rest, code) = to_the_end(session);
    output.push_str(&rest);
    stopped_once(&bank, &output, code);
}

#[test]
fn ctrl_c_in_plain_mode_wakes_the_read_and_stops_once() {
    let bank = bank();
    let mut session = start(&["--plain"]);
    let hint = bank
        .def
        .ui
        .plain_choice_hint
        .split('{')
        .next()
        .unwrap_or_default()
        .to_string();
    see(&mut session, &bank.def.gate.no);
    let mut output = read_up_to(&mut session, &hint);
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
    let message = opening_wide(&bank.def.ui.interrupted_message);
    assert_eq!(said.matches(&message).count(), 1, "{said:?}");
    assert_eq!(status.code(), Some(130), "{said:?}");
    assert!(summary.is_empty(), "no summary: {summary:?}");
}

#[test]
fn sigterm_and_sighup_at_a_prompt_show_the_cursor_again() {
    let bank = bank();
    for signal in [Signal::SIGTERM, Signal::SIGHUP] {
        let mut session = start(&[]);
        see(&mut session, &opening_wide(&bank.def.gate.text));
        let mut output = read_up_to(&mut session, &bank.def.gate.no);
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
    let answers = quiet_file("breathing_now");
    let path = answers.path().to_str().expect("a UTF-8 path");
    let mut session = start(&["--resume", path]);
    see(&mut session, &bank.def.gate.no);
    press(&mut session, &[UP, ENTER]);
    let breathing = bank
        .index_of("breathing_now")
        .map(|i| bank.question(i).text.clone())
        .expect("the default bank asks `breathing_now`");
    see(&mut session, &opening_wide(&breathing));
    // "Yes" is the first choice: the emergency screen follows at once.
    press(&mut session, &[DOWN, ENTER]);
    let mut output = read_up_to(&mut session, &bank.def.ui.quit);
    press(&mut session, &[CTRL_C]);
    let (rest, code) = to_the_end(session);
    output.push_str(&rest);
    stopped_once(&bank, &output, code);
    let emergency = fill(&bank.def.tiers.emergency.headline, bank.default_region());
    let reminder = bank.def.ui.quit_reminder.replace("{action}", &emergency);
    let said = output
        .rfind(&as_read(&opening_wide(&reminder)))
        .expect("the action is said again");
    let stopped = output
        .rfind(&as_read(&opening_wide(&bank.def.ui.interrupted_message)))
        .unwrap();
    assert!(said < stopped, "the action comes before the stop message");
}
