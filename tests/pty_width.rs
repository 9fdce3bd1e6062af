//! What the program prints at the end, seen in a narrow terminal drawn by a terminal
//! emulator (vt100): the summary and the closing lines are wrapped between words to
//! the window, so the terminal never breaks a word (or a "911") across two rows. Words
//! come from the default banks.

#![cfg(unix)]

use rexpect::session::{Options, PtySession, spawn_with_options};
use selfcheck::bank::Bank;
use selfcheck::bank::fill;
use selfcheck::bank::model::Tier;
use std::process::Command;

const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const CTRL_C: &str = "\x03";

/// A session and the screen its output draws.
struct Screen {
    session: PtySession,
    parser: vt100::Parser,
}

impl Screen {
    /// Starts the self-check in a terminal of `rows` x `cols` with these arguments.
    fn start(rows: u16, cols: u16, args: &[&str]) -> Screen {
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg(format!(
                "stty rows {rows} cols {cols} && exec \"$0\" \"$@\""
            ))
            .arg(env!("CARGO_BIN_EXE_selfcheck"))
            .args(args)
            .env("TERM", "xterm-256color")
            .env_remove("NO_COLOR")
            .env_remove("ACCESSIBLE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("COLUMNS")
            .env("LANG", "C.UTF-8");
        let options = Options {
            timeout_ms: Some(10_000),
            strip_ansi_escape_codes: false,
        };
        let session = spawn_with_options(command, options).expect("starts in a pseudo-terminal");
        let size = |n: u16| std::num::NonZeroU16::new(n).expect("a terminal has a size");
        Screen {
            session,
            parser: vt100::Parser::new(size(rows), size(cols), 0),
        }
    }

    /// Waits until `text` has been written, and draws everything up to it.
    fn wait_for(&mut self, text: &str) {
        let wanted: String = text.bytes().map(char::from).collect();
        let before = self
            .session
            .exp_string(&wanted)
            .unwrap_or_else(|err| panic!("expected {text:?} on screen: {err}"));
        self.draw(&(before + &wanted));
    }

    /// Waits until the program ends, and draws all it wrote.
    fn wait_for_the_end(&mut self) {
        let rest = self.session.exp_eof().expect("the program ends");
        self.draw(&rest);
    }

    /// rexpect reads a byte at a time, each byte as one char.
    fn draw(&mut self, read: &str) {
        let bytes: Vec<u8> = read.chars().map(|c| c as u8).collect();
        self.parser.process(&bytes);
    }

    fn press(&mut self, keys: &[&str]) {
        for key in keys {
            self.session.send(key).unwrap();
        }
        self.session.flush().unwrap();
    }

    /// The rows on screen, from the last one that holds `start` to the end, each with
    /// whether the terminal wrapped it on its own (that is, broke its text mid-row).
    fn rows_from(&self, start: &str) -> Vec<(String, bool)> {
        let screen = self.parser.screen();
        let (_, cols) = screen.size();
        let rows: Vec<(String, bool)> = screen
            .rows(0, cols.get())
            .enumerate()
            .map(|(i, row)| (row, screen.row_wrapped(u16::try_from(i).unwrap())))
            .collect();
        let from = rows
            .iter()
            .rposition(|(row, _)| row.contains(start))
            .unwrap_or_else(|| panic!("{start:?} is on screen: {rows:#?}"));
        rows[from..].to_vec()
    }
}

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

/// The first few words of a text, as any wrapping from 30 columns keeps on one row.
fn opening(text: &str) -> String {
    let bank = Bank::builtin();
    let text = fill(text, bank.default_region());
    selfcheck::render::wrap(&text, 30, "", "")
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
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
    let mut screen = Screen::start(200, 50, &["--resume", answers]);
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
    let mut screen = Screen::start(15, 50, &[]);
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
    let mut screen = Screen::start(24, 80, &["--lang", "es"]);
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
    let mut screen = Screen::start(15, 50, &[]);
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
