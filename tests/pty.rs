//! The real binary in a pseudo-terminal, driven with real keys, as a person uses it:
//! Enter, the arrow keys, Space, Esc and Ctrl-C. Every word looked for comes from the
//! default bank, so a rewording there does not break these tests; question and choice
//! ids do (each lookup names the id it needs).

#![cfg(unix)]

use rexpect::process::wait::WaitStatus;
use rexpect::session::{Options, PtySession, spawn_with_options};
use selfcheck::bank::model::{Interrupt, Question};
use selfcheck::bank::{Bank, fill};
use std::process::Command;

const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";
const SPACE: &str = " ";
const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";
const SHOW_CURSOR: &str = "\x1b[?25h";
const HIDE_CURSOR: &str = "\x1b[?25l";

/// The default bank, as the binary has it compiled in.
fn bank() -> Bank {
    Bank::builtin()
}

/// Starts the self-check in a 100 x 40 terminal; every wait gives up after ten seconds.
fn start() -> PtySession {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg("stty rows 40 cols 100 && exec \"$0\"")
        .arg(env!("CARGO_BIN_EXE_selfcheck"))
        .env("TERM", "xterm-256color")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE");
    let options = Options {
        timeout_ms: Some(10_000),
        strip_ansi_escape_codes: false,
    };
    spawn_with_options(command, options).expect("the self-check starts in a pseudo-terminal")
}

fn press(session: &mut PtySession, keys: &[&str]) {
    for key in keys {
        session.send(key).expect("a key is sent");
    }
    session.flush().expect("the keys reach the program");
}

/// rexpect reads the terminal a byte at a time, each byte as one char: text with
/// characters beyond ASCII ("·", "é") is looked for in that form.
fn as_read(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// Waits until `text` is on screen; returns what came before it.
fn see(session: &mut PtySession, text: &str) -> String {
    session
        .exp_string(&as_read(text))
        .unwrap_or_else(|err| panic!("expected to see {text:?} on screen: {err}"))
}

/// The start of a text as the screen shows it: the words that fit in 40 columns, which
/// any wider wrapping keeps on its first line.
fn opening(text: &str) -> String {
    let text = fill(text, bank().default_region());
    selfcheck::render::wrap(&text, 40, "", "")
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

fn question(bank: &Bank, id: &str) -> Question {
    let index = bank
        .index_of(id)
        .unwrap_or_else(|| panic!("the default bank has no question `{id}`"));
    bank.question(index).clone()
}

fn interrupt(bank: &Bank, id: &str) -> Interrupt {
    bank.def
        .interrupts
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("the default bank has no interrupt `{id}`"))
        .clone()
}

/// The arrow-down presses that reach a choice, then Enter.
fn pick(session: &mut PtySession, bank: &Bank, question_id: &str, choice_id: &str) {
    let at = question(bank, question_id)
        .choices
        .iter()
        .position(|c| c.id == choice_id)
        .unwrap_or_else(|| panic!("question `{question_id}` has no choice `{choice_id}`"));
    let mut keys = vec![DOWN; at];
    keys.push(ENTER);
    press(session, &keys);
}

/// Waits for a question's text on screen.
fn see_question(session: &mut PtySession, bank: &Bank, id: &str) -> String {
    see(session, &opening(&question(bank, id).text))
}

/// Through the welcome and the emergency gate: Enter means "no, start".
fn past_the_gate(session: &mut PtySession, bank: &Bank) {
    see(session, &opening(&bank.def.gate.text));
    see(session, &bank.def.gate.no);
    press(session, &[ENTER]);
}

/// Answers the first questions the way that reaches `stopping_plans` directly.
fn to_stopping_plans(session: &mut PtySession, bank: &Bank) {
    past_the_gate(session, bank);
    see_question(session, bank, "prescribed");
    pick(session, bank, "prescribed", "prescribed_now");
    see_question(session, bank, "how_taken");
    pick(session, bank, "how_taken", "as_prescribed");
    see_question(session, bank, "stopping_plans");
}

#[test]
fn real_keys_answer_the_gate_and_the_questions() {
    let bank = bank();
    let mut session = start();
    past_the_gate(&mut session, &bank);

    // The first question, under its progress header.
    let progress = bank.def.ui.progress.replace("{n}", "1");
    let progress = progress.split("{total}").next().unwrap().to_string();
    see(&mut session, &progress);
    see_question(&mut session, &bank, "prescribed");
    pick(&mut session, &bank, "prescribed", "prescribed_now");

    // Enter picks; the answer stays on screen as a record line.
    see(&mut session, &question(&bank, "prescribed").label);
    see_question(&mut session, &bank, "how_taken");
    pick(&mut session, &bank, "how_taken", "as_prescribed");
    see_question(&mut session, &bank, "stopping_plans");
    pick(&mut session, &bank, "stopping_plans", "keep_taking");

    // A checklist: Space checks the first item (alcohol), Enter is done, and the
    // follow-up question about the past day appears.
    let substances = question(&bank, "substances_past_3_months");
    assert_eq!(
        substances.choices[0].id, "alcohol",
        "the checklist starts with alcohol"
    );
    see_question(&mut session, &bank, "substances_past_3_months");
    see(&mut session, &opening(&bank.def.ui.checklist_hint));
    press(&mut session, &[SPACE, ENTER]);
    let record = see_question(&mut session, &bank, "mixed_past_day");
    assert!(
        record.contains(&as_read(&format!("· {}", substances.choices[0].label))),
        "the record line shows what was checked: {record:?}"
    );
}

#[test]
fn esc_goes_back_to_the_previous_question() {
    let bank = bank();
    let mut session = start();
    past_the_gate(&mut session, &bank);
    see_question(&mut session, &bank, "prescribed");
    pick(&mut session, &bank, "prescribed", "prescribed_before");
    see_question(&mut session, &bank, "how_taken");
    see(&mut session, &opening(&bank.def.ui.back_hint));

    press(&mut session, &[ESC]);
    see_question(&mut session, &bank, "prescribed");
    // The earlier answer is where the menu starts: Enter keeps it.
    press(&mut session, &[ENTER]);
    let before = see_question(&mut session, &bank, "how_taken");
    let earlier = &question(&bank, "prescribed").choices[1];
    assert_eq!(earlier.id, "prescribed_before");
    let record = format!(
        "{} · {}",
        question(&bank, "prescribed").label,
        earlier.label
    );
    assert!(
        before.contains(&as_read(&record)),
        "the record line shows the answer kept after going back: {before:?}"
    );
}

#[test]
fn a_red_flag_interrupts_at_once_and_quit_ends_without_a_summary() {
    let bank = bank();
    let mut session = start();
    to_stopping_plans(&mut session, &bank);
    pick(&mut session, &bank, "stopping_plans", "stop_suddenly");

    let warning = interrupt(&bank, "stopping_suddenly");
    let before = see(&mut session, &warning.title);
    let next = opening(&question(&bank, "substances_past_3_months").text);
    assert!(
        !before.contains(&as_read(&next)),
        "the interrupt comes before the next question"
    );
    see(&mut session, &opening(&warning.message));
    let ui = &bank.def.ui;
    see(&mut session, &ui.continue_);
    see(&mut session, &ui.quit);

    press(&mut session, &[DOWN, DOWN, ENTER]);
    see(&mut session, &opening(&ui.quit_message));
    session.exp_eof().expect("the program ends");
    assert!(matches!(
        session.process.wait(),
        Ok(WaitStatus::Exited(_, 0))
    ));
}

#[test]
fn after_a_red_flag_continue_goes_on_to_the_next_question() {
    let bank = bank();
    let mut session = start();
    to_stopping_plans(&mut session, &bank);
    pick(&mut session, &bank, "stopping_plans", "run_out");

    let warning = interrupt(&bank, "stopping_suddenly");
    see(&mut session, &warning.title);
    see(&mut session, &bank.def.ui.continue_);
    press(&mut session, &[ENTER]);
    see_question(&mut session, &bank, "substances_past_3_months");
}

#[test]
fn ctrl_c_at_a_prompt_stops_with_130_and_shows_the_cursor_again() {
    let bank = bank();
    let mut session = start();
    see(&mut session, &opening(&bank.def.gate.text));
    see(&mut session, &bank.def.gate.no);

    press(&mut session, &[CTRL_C]);
    let before = see(&mut session, &opening(&bank.def.ui.interrupted_message));
    let after_hiding = before.rsplit(HIDE_CURSOR).next().unwrap_or_default();
    assert!(
        after_hiding.contains(SHOW_CURSOR),
        "the cursor is shown again before the message: {before:?}"
    );
    session.exp_eof().expect("the program ends");
    assert!(matches!(
        session.process.wait(),
        Ok(WaitStatus::Exited(_, 130))
    ));
}
