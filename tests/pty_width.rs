//! What the program prints at the end, seen in a narrow terminal drawn by a terminal
//! emulator (vt100): the summary and the closing lines are wrapped between words to
//! the window, so the terminal never breaks a word (or a "911") across two rows. Words
//! come from the default banks.

#![cfg(unix)]

#[path = "common/pty.rs"]
mod pty;

use pty::{CTRL_C, DOWN, ENTER, Screen, UP, opening};
use selfcheck::bank::Bank;
use selfcheck::bank::fill;
use selfcheck::bank::model::Tier;
use std::process::Command;

/// No row was broken by the terminal: every break between rows is one the program
/// made, between two words.
fn assert_no_word_is_split(rows: &[(String, bool)]) {
    for (row, wrapped) in rows {
        assert!(
            !wrapped,
            "the terminal broke this row mid-text: {row:?}\n{rows:#?}"
        );
    }
}

fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_string).collect()
}

fn words_of_rows(rows: &[(String, bool)]) -> Vec<String> {
    rows.iter().flat_map(|(row, _)| words(row)).collect()
}

/// Whether "911" is whole on one row.
fn shows_911_whole(rows: &[(String, bool)]) -> bool {
    rows.iter()
        .any(|(row, _)| row.split_whitespace().any(|w| w.trim_matches('.') == "911"))
}

/// What the quit reminder says after quitting at the gate's "someone is in danger".
fn reminder_after_the_gate(bank: &Bank) -> String {
    let action = fill(
        &bank.def.tiers.get(Tier::Emergency).headline,
        bank.default_region(),
    );
    bank.def.ui.quit_reminder.replace("{action}", &action)
}

#[test]
fn at_50_columns_the_summary_breaks_only_between_words() {
    let bank = Bank::builtin();
    // Answers that raise nothing, so a resumed session goes straight to the review (saved
    // red flags would be said first); the summary's safety net still names 911.
    let answers = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/answers/quiet.yaml");
    // Tall enough that the whole summary stays on screen.
    let mut screen = Screen::start(200, 50, None, &["--resume", answers]);
    screen.wait_for(&bank.def.gate.no);
    screen.press(&[UP, ENTER]);
    screen.wait_for(&opening(&bank.def.ui.review_title));
    // No choice is marked at first: Down marks "My answers are right".
    screen.press(&[DOWN, ENTER]);
    screen.wait_for_the_end();

    // The same summary, printed to a pipe in the usual layout.
    let piped = Command::new(env!("CARGO_BIN_EXE_selfcheck"))
        .args(["--answers", answers])
        .env("LANG", "C.UTF-8")
        .output()
        .expect("the self-check runs");
    let piped = String::from_utf8(piped.stdout).expect("UTF-8");
    let title = piped.lines().next().expect("a title").to_string();
    assert!(
        piped.lines().any(|l| l.len() > 50),
        "the usual layout is wider than the window"
    );

    let rows = screen.rows_from(&title);
    assert_no_word_is_split(&rows);
    assert_eq!(words_of_rows(&rows), words(&piped), "{rows:#?}");
    assert!(shows_911_whole(&rows), "{rows:#?}");
    assert!(
        rows.iter()
            .all(|(row, _)| row.trim_end().chars().count() < 50)
    );
}

#[test]
fn at_50x15_quitting_after_a_red_flag_breaks_only_between_words() {
    let bank = Bank::builtin();
    let ui = &bank.def.ui;
    let mut screen = Screen::start(15, 50, None, &[]);
    screen.wait_for(&bank.def.gate.no);
    // "Someone is in danger right now", then read on to the choices, then quit.
    screen.press(&[DOWN, ENTER]);
    screen.wait_for(&opening(&ui.read_on));
    screen.press(&[ENTER]);
    screen.wait_for(&ui.quit);
    // No choice is marked at first: Up goes round to the last one, Quit.
    screen.press(&[UP, ENTER]);
    screen.wait_for_the_end();

    let reminder = reminder_after_the_gate(&bank);
    let first = words(&reminder)[0].clone();
    let rows = screen.rows_from(&first);
    assert_no_word_is_split(&rows);
    assert_eq!(
        words_of_rows(&rows),
        words(&format!("{reminder} {}", ui.quit_message)),
        "{rows:#?}"
    );
    assert!(shows_911_whole(&rows), "{rows:#?}");
}

#[test]
fn at_80x24_in_spanish_the_quit_message_breaks_only_between_words() {
    let bank = Bank::builtin_in("es").expect("a Spanish bank");
    let ui = &bank.def.ui;
    let mut screen = Screen::start(24, 80, None, &["--lang", "es"]);
    screen.wait_for(&bank.def.gate.no);
    screen.press(&[DOWN, ENTER]);
    screen.wait_for(&ui.quit);
    // No choice is marked at first: Up goes round to the last one, Quit.
    screen.press(&[UP, ENTER]);
    screen.wait_for_the_end();

    let reminder = reminder_after_the_gate(&bank);
    let first = words(&reminder)[0].clone();
    let rows = screen.rows_from(&first);
    assert_no_word_is_split(&rows);
    assert_eq!(
        words_of_rows(&rows),
        words(&format!("{reminder} {}", ui.quit_message)),
        "{rows:#?}"
    );
    assert!(shows_911_whole(&rows), "{rows:#?}");
}

#[test]
fn at_50x15_the_ctrl_c_message_breaks_only_between_words() {
    let bank = Bank::builtin();
    let mut screen = Screen::start(15, 50, None, &[]);
    screen.wait_for(&bank.def.gate.no);
    screen.press(&[CTRL_C]);
    screen.wait_for_the_end();

    let rows = screen.rows_from("selfcheck:");
    assert_no_word_is_split(&rows);
    assert_eq!(
        words_of_rows(&rows),
        words(&format!("selfcheck: {}", bank.def.ui.interrupted_message)),
        "{rows:#?}"
    );
}
