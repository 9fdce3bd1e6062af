//! What the pseudo-terminal tests share: the real binary started in a terminal of a
//! given size with a settled environment, the keys a person presses, waiting for words
//! on screen, and a terminal emulator (vt100) that draws the output as a person sees it.
//! Only the pty test binaries include this file (`#[path = "common/pty.rs"] mod pty;`).
#![allow(dead_code)] // each pty test binary uses its own part of this

use rexpect::ReadUntil;
use rexpect::session::{Options, PtySession, spawn_with_options};
use selfcheck::bank::model::{CounselorText, Question};
use selfcheck::bank::{Bank, fill};
use std::io::Write;
use std::os::fd::AsRawFd;
use std::process::Command;

pub const ENTER: &str = "\r";
pub const DOWN: &str = "\x1b[B";
pub const UP: &str = "\x1b[A";
pub const HOME: &str = "\x1b[H";
pub const END: &str = "\x1b[F";
pub const PAGE_DOWN: &str = "\x1b[6~";
pub const PAGE_UP: &str = "\x1b[5~";
pub const SPACE: &str = " ";
pub const ESC: &str = "\x1b";
pub const CTRL_C: &str = "\x03";

/// The default bank, as the binary has it compiled in.
pub fn bank() -> Bank {
    Bank::builtin()
}

/// The self-check with these arguments in a terminal of `rows` x `cols`, with colour
/// allowed, no plain-mode switch, and the language left to the locale: English. The
/// command can be changed before it is spawned (another TERM, say).
pub fn command(rows: u16, cols: u16, args: &[&str]) -> Command {
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
        .env_remove("CLICOLOR_FORCE")
        .env_remove("ACCESSIBLE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("COLUMNS")
        .env("LANG", "C.UTF-8");
    command
}

/// Starts `command` in a pseudo-terminal; every wait gives up after ten seconds.
pub fn spawn(command: Command) -> PtySession {
    let options = Options {
        timeout_ms: Some(10_000),
        strip_ansi_escape_codes: false,
    };
    spawn_with_options(command, options).expect("the self-check starts in a pseudo-terminal")
}

/// Starts the self-check with these arguments in a 100 x 40 terminal.
pub fn start(args: &[&str]) -> PtySession {
    spawn(command(40, 100, args))
}

pub fn press(session: &mut PtySession, keys: &[&str]) {
    for key in keys {
        session.send(key).expect("a key is sent");
    }
    session.flush().expect("the keys reach the program");
}

/// rexpect reads the terminal a byte at a time, each byte as one char: text with
/// characters beyond ASCII ("·", "é") is looked for in that form.
pub fn as_read(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// Waits until `text` is on screen; returns what came before it.
pub fn see(session: &mut PtySession, text: &str) -> String {
    session
        .exp_string(&as_read(text))
        .unwrap_or_else(|err| panic!("expected to see {text:?} on screen: {err}"))
}

/// Waits until `text` is on screen; returns everything written up to and including it.
pub fn read_up_to(session: &mut PtySession, text: &str) -> String {
    see(session, text) + &as_read(text)
}

/// The first line of `text` (its placeholders filled) as the program wraps it at
/// `cols` columns: any wider wrapping keeps these words on one row.
fn opening_at(cols: usize, text: &str) -> String {
    let text = fill(text, bank().default_region());
    selfcheck::render::wrap(&text, cols, "", "")
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The first words of a text, as any wrapping from 30 columns up shows them.
pub fn opening(text: &str) -> String {
    opening_at(30, text)
}

/// The start of a text as the 100-column terminal of `start` shows it: the words that
/// fit in 40 columns, which any wider wrapping keeps on its first line.
pub fn opening_wide(text: &str) -> String {
    opening_at(40, text)
}

/// The words of a message after its `{n}`.
pub fn after_count(message: &str) -> String {
    message
        .rsplit("{n}")
        .next()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// `text` with every run of white space one space: the same words, however wrapped.
pub fn one_spaced(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn question(bank: &Bank, id: &str) -> Question {
    let index = bank
        .index_of(id)
        .unwrap_or_else(|| panic!("the default bank has no question `{id}`"));
    bank.question(index).clone()
}

pub fn counselor(bank: &Bank) -> CounselorText {
    bank.def
        .counselor
        .clone()
        .expect("the default bank has counselor words")
}

/// Answers that report nothing, up to (not including) question `stop`.
pub fn quiet_until(stop: &str) -> String {
    let quiet = include_str!("../answers/quiet.yaml");
    quiet
        .lines()
        .take_while(|line| !line.starts_with(&format!("{stop}:")))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` in a temporary file, as `--resume` reads saved answers.
pub fn answers_file(text: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().expect("a temporary file");
    file.write_all(text.as_bytes())
        .expect("the answers are written");
    file
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a terminal has rows and columns")
}

/// A session and the screen its output draws.
pub struct Screen {
    session: PtySession,
    parser: vt100::Parser,
    _answers: Option<tempfile::NamedTempFile>,
}

impl Screen {
    /// Starts the self-check in a terminal of `rows` x `cols`, continuing from
    /// `answers` (a saved answers file, as `--resume` reads it) when given.
    pub fn start(rows: u16, cols: u16, answers: Option<&str>, args: &[&str]) -> Screen {
        let file = answers.map(answers_file);
        let mut command = command(rows, cols, args);
        if let Some(file) = &file {
            command.arg("--resume").arg(file.path());
        }
        Screen {
            session: spawn(command),
            parser: vt100::Parser::new(nonzero(rows), nonzero(cols), 0),
            _answers: file,
        }
    }

    /// Waits until one of `texts` has been written, draws everything up to it, and
    /// says which one it was.
    pub fn wait_for_any(&mut self, texts: &[&str]) -> usize {
        let wanted: Vec<String> = texts.iter().map(|text| as_read(text)).collect();
        let until = wanted.iter().cloned().map(ReadUntil::String).collect();
        let (before, found) = self
            .session
            .exp_any(until)
            .unwrap_or_else(|err| panic!("expected one of {texts:?} on screen: {err}"));
        self.draw(&(before + &found));
        wanted
            .iter()
            .position(|w| *w == found)
            .expect("what was found was asked for")
    }

    /// Waits until `text` has been written, and draws everything up to it.
    pub fn wait_for(&mut self, text: &str) {
        let wanted = as_read(text);
        let before = self
            .session
            .exp_string(&wanted)
            .unwrap_or_else(|err| panic!("expected {text:?} on screen: {err}"));
        self.draw(&(before + &wanted));
    }

    /// Waits until the whole of `text` has been written, however it is wrapped: its
    /// first words, then its last.
    pub fn wait_for_whole(&mut self, text: &str) {
        self.wait_for(&opening(text));
        if let Some(last) = text.split_whitespace().last() {
            self.wait_for(last);
        }
    }

    /// Reads on (Enter) through the pages of a message until `text` is written.
    pub fn read_on_until(&mut self, read_on: &str, text: &str) {
        while self.wait_for_any(&[read_on, text]) == 0 {
            self.press(&[ENTER]);
        }
    }

    /// Waits until the program ends, and draws all it wrote.
    pub fn wait_for_the_end(&mut self) {
        let rest = self.session.exp_eof().expect("the program ends");
        self.draw(&rest);
    }

    /// Draws what was read: rexpect reads a byte at a time, each byte as one char.
    fn draw(&mut self, read: &str) {
        let bytes: Vec<u8> = read.chars().map(|c| c as u8).collect();
        self.parser.process(&bytes);
    }

    pub fn press(&mut self, keys: &[&str]) {
        press(&mut self.session, keys);
    }

    /// Through the gate ("No, start" is the last item, one press up from no item).
    pub fn past_the_gate(&mut self, bank: &Bank) {
        self.wait_for(&bank.def.gate.no);
        self.press(&[UP, ENTER]);
    }

    /// What the screen shows now, one string per row.
    pub fn rows(&self) -> Vec<String> {
        self.parser
            .screen()
            .contents()
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// The rows on screen, from the last one that holds `start` to the end, each with
    /// whether the terminal wrapped it on its own (that is, broke its text mid-row).
    pub fn rows_from(&self, start: &str) -> Vec<(String, bool)> {
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

    /// Whether the screen shows `text`, however it is wrapped.
    pub fn shows(&self, text: &str) -> bool {
        one_spaced(&self.parser.screen().contents()).contains(&one_spaced(text))
    }

    /// Resizes the terminal, as a person dragging the window's corner.
    pub fn resize(&mut self, rows: u16, cols: u16) {
        let size = libc::winsize {
            ws_row: rows,
            ws_col: cols,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        let fd = self.session.process.pty.as_raw_fd();
        // SAFETY: TIOCSWINSZ reads one winsize from the pointer given, which lives here.
        let done = unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &size) };
        assert_eq!(done, 0, "the pseudo-terminal is resized");
        self.parser.set_size(nonzero(rows), nonzero(cols));
    }
}
