//! The real binary in a pseudo-terminal of a given size, its output drawn by a terminal
//! emulator (vt100), so that a test can look at the screen as a person sees it: what
//! is in sight, what scrolled away, how many pointers there are. Words come from the
//! default bank; question and choice ids are named where a test needs them.

#![cfg(unix)]

use rexpect::session::{Options, PtySession, spawn_with_options};
use selfcheck::bank::model::Question;
use selfcheck::bank::{Bank, fill};
use std::io::Write;
use std::os::fd::AsRawFd;
use std::process::Command;

const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const SPACE: &str = " ";

fn bank() -> Bank {
    Bank::builtin()
}

/// A session and the screen its output draws.
struct Screen {
    session: PtySession,
    parser: vt100::Parser,
    _answers: Option<tempfile::NamedTempFile>,
}

impl Screen {
    /// Starts the self-check in a terminal of `rows` x `cols`, continuing from
    /// `answers` (a saved answers file, as `--resume` reads it) when given.
    fn start(rows: u16, cols: u16, answers: Option<&str>, args: &[&str]) -> Screen {
        let file = answers.map(|text| {
            let mut file = tempfile::NamedTempFile::new().unwrap();
            file.write_all(text.as_bytes()).unwrap();
            file
        });
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
            .env("LANG", "C.UTF-8");
        if let Some(file) = &file {
            command.arg("--resume").arg(file.path());
        }
        let options = Options {
            timeout_ms: Some(10_000),
            strip_ansi_escape_codes: false,
        };
        let session = spawn_with_options(command, options).expect("starts in a pseudo-terminal");
        Screen {
            session,
            parser: vt100::Parser::new(nonzero(rows), nonzero(cols), 0),
            _answers: file,
        }
    }

    /// Waits until `text` has been written, and draws everything up to it.
    fn wait_for(&mut self, text: &str) {
        let wanted: String = text.bytes().map(char::from).collect();
        let before = self
            .session
            .exp_string(&wanted)
            .unwrap_or_else(|err| panic!("expected {text:?} on screen: {err}"));
        let bytes: Vec<u8> = before
            .chars()
            .chain(wanted.chars())
            .map(|c| c as u8)
            .collect();
        self.parser.process(&bytes);
    }

    fn press(&mut self, keys: &[&str]) {
        for key in keys {
            self.session.send(key).unwrap();
        }
        self.session.flush().unwrap();
    }

    /// What the screen shows now, one string per row.
    fn rows(&self) -> Vec<String> {
        self.parser
            .screen()
            .contents()
            .lines()
            .map(str::to_string)
            .collect()
    }

    fn shows(&self, text: &str) -> bool {
        self.parser
            .screen()
            .contents()
            .replace('\n', " ")
            .contains(text)
    }

    /// Resizes the terminal, as a person dragging the window's corner.
    fn resize(&mut self, rows: u16, cols: u16) {
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

/// The words of a message after its `{n}`.
fn after_count(message: &str) -> String {
    message
        .rsplit("{n}")
        .next()
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a terminal has rows and columns")
}

fn question(bank: &Bank, id: &str) -> Question {
    let index = bank
        .index_of(id)
        .unwrap_or_else(|| panic!("the default bank has no question `{id}`"));
    bank.question(index).clone()
}

/// The first words of a text, as any wrapping from 30 columns up shows them.
fn opening(text: &str) -> String {
    let text = fill(text, bank().default_region());
    selfcheck::render::wrap(&text, 30, "", "")
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Answers that report nothing, up to (not including) question `stop`.
fn quiet_until(stop: &str) -> String {
    let quiet = include_str!("answers/quiet.yaml");
    quiet
        .lines()
        .take_while(|line| !line.starts_with(&format!("{stop}:")))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Through the gate ("No, start" is the last item, one press up from no item).
fn past_the_gate(screen: &mut Screen, bank: &Bank) {
    screen.wait_for(&bank.def.gate.no);
    screen.press(&[UP, ENTER]);
}

#[test]
fn enter_alone_answers_nothing_and_never_a_red_flag() {
    let bank = bank();
    let ui = &bank.def.ui;
    let mut screen = Screen::start(40, 100, Some(&quiet_until("breathing_now")), &[]);
    screen.wait_for(&bank.def.gate.no);
    // Enter on the gate answers nothing: the first question does not come.
    screen.press(&[ENTER, ENTER]);
    screen.wait_for(&opening(&ui.pick_hint));
    screen.press(&[UP, ENTER]);
    let breathing = question(&bank, "breathing_now");
    screen.wait_for(&opening(&breathing.text));
    screen.wait_for(&opening(&ui.pick_hint));
    // Enter, again and again, on the red-flag question: still no answer.
    screen.press(&[ENTER, ENTER, ENTER]);
    screen.wait_for(&opening(&ui.pick_hint));
    screen.press(&[SPACE, ENTER]);
    screen.wait_for(&opening(&ui.pick_hint));
    assert!(
        screen.shows(&opening(&breathing.text)),
        "the question is still being asked: {:#?}",
        screen.rows()
    );
    let title = bank
        .def
        .interrupts
        .iter()
        .find(|i| Some(&i.id) == breathing.alerts[0].interrupt.as_ref())
        .map(|i| i.title.clone())
        .expect("the breathing question raises an interrupt");
    assert!(!screen.shows(&title), "no red flag from Enter alone");
    // A checklist with nothing checked is not an answer either.
    screen.press(&[DOWN, DOWN, ENTER]);
    let signs = question(&bank, "overdose_signs");
    screen.wait_for(&opening(&signs.text));
    screen.press(&[ENTER]);
    screen.wait_for(&opening(&ui.check_first));
    assert!(screen.shows(&opening(&signs.text)), "{:#?}", screen.rows());
}

#[test]
fn at_80x24_every_serious_side_effect_is_in_sight_with_its_question() {
    let bank = bank();
    let mut screen = Screen::start(24, 80, Some(&quiet_until("dangerous_effects")), &[]);
    past_the_gate(&mut screen, &bank);
    let effects = question(&bank, "dangerous_effects");
    screen.wait_for(&opening(&effects.text));
    screen.wait_for(&bank.def.ui.prefer_not_to_say);
    for choice in &effects.choices {
        assert!(
            screen.shows(&choice.label),
            "{:?} is in sight: {:#?}",
            choice.label,
            screen.rows()
        );
    }
    assert!(screen.shows(&opening(&effects.text)));
}

#[test]
fn at_40x12_enter_waits_until_every_choice_has_been_in_sight() {
    let bank = bank();
    let ui = &bank.def.ui;
    let mut screen = Screen::start(12, 40, Some(&quiet_until("dangerous_effects")), &[]);
    past_the_gate(&mut screen, &bank);
    let effects = question(&bank, "dangerous_effects");
    screen.wait_for(&opening(&effects.text));
    screen.wait_for(&after_count(&ui.more_below));
    // Check the first item and press Enter: more choices are below, unseen.
    screen.press(&[DOWN, SPACE, ENTER]);
    screen.wait_for(&opening(&ui.see_all_first));
    assert!(
        screen.shows(&opening(&effects.text)),
        "{:#?}",
        screen.rows()
    );
    let pointers = screen.rows().iter().filter(|r| r.contains('❯')).count();
    assert_eq!(pointers, 1, "one pointer: {:#?}", screen.rows());
    // Down to the end of the list, then Enter is taken.
    let last = question(&bank, "dangerous_effects").choices.len() + 1;
    screen.press(&vec![DOWN; last]);
    screen.wait_for(&ui.end_of_list);
    screen.press(&[ENTER]);
    screen.wait_for(&opening(&question(&bank, "anything_else").text));
}

#[test]
fn at_50x15_an_interrupt_is_read_from_its_first_line() {
    let bank = bank();
    let ui = &bank.def.ui;
    let mut screen = Screen::start(15, 50, Some(&quiet_until("breathing_now")), &[]);
    past_the_gate(&mut screen, &bank);
    let breathing = question(&bank, "breathing_now");
    screen.wait_for(&opening(&breathing.text));
    screen.wait_for(&opening(&ui.pick_hint));
    screen.press(&[DOWN, ENTER]);
    let interrupt = bank
        .def
        .interrupts
        .iter()
        .find(|i| Some(&i.id) == breathing.alerts[0].interrupt.as_ref())
        .expect("the breathing question raises an interrupt")
        .clone();
    screen.wait_for(&opening(&interrupt.title));
    screen.wait_for(&opening(&ui.read_on));
    assert!(
        screen.shows(&opening(&interrupt.title)),
        "the interrupt's first line is in sight: {:#?}",
        screen.rows()
    );
    assert!(
        screen.shows(&opening(&interrupt.message)),
        "{:#?}",
        screen.rows()
    );
    assert!(!screen.shows(&ui.continue_), "no choice before reading on");
    screen.press(&[ENTER]);
    screen.wait_for(&ui.quit);
    assert!(screen.shows(&ui.continue_));
}

#[test]
fn a_window_too_small_says_so_instead_of_a_broken_question() {
    let bank = bank();
    let mut screen = Screen::start(8, 40, None, &[]);
    screen.wait_for(&opening(&bank.def.ui.too_small));
    assert!(!screen.shows(&bank.def.gate.no), "{:#?}", screen.rows());
    // It stands in for the emergency gate too, so the emergency number is on it.
    screen.wait_for("911");
}

/// The items of a list in sight, each row's text after its mark, and whether it is the
/// one with the pointer.
fn items_in_sight(screen: &Screen) -> Vec<(String, bool)> {
    screen
        .rows()
        .iter()
        .filter_map(|row| {
            let (head, text) = row.split_once('⬚')?;
            Some((text.trim().to_string(), head.contains('❯')))
        })
        .collect()
}

#[test]
fn shrinking_the_window_mid_checklist_draws_it_again_at_once_with_one_pointer() {
    let bank = bank();
    let ui = &bank.def.ui;
    let mut screen = Screen::start(24, 80, Some(&quiet_until("dangerous_effects")), &[]);
    past_the_gate(&mut screen, &bank);
    let effects = question(&bank, "dangerous_effects");
    screen.wait_for(&opening(&effects.text));
    screen.wait_for(&opening(&ui.check_first));
    screen.press(&[DOWN, DOWN, DOWN]);
    for _ in 0..3 {
        screen.wait_for(&opening(&ui.check_first));
    }
    // No key after this: the window's new size alone draws the screen again.
    screen.resize(15, 50);
    screen.wait_for(&after_count(&ui.more_below));
    screen.wait_for(&opening(&ui.check_first));
    let rows = screen.rows();
    let pointers = rows.iter().filter(|r| r.contains('❯')).count();
    assert_eq!(pointers, 1, "one pointer: {rows:#?}");
    assert!(
        screen.shows(&opening(&effects.text)),
        "the question is drawn again from its first line: {rows:#?}"
    );
    let items = items_in_sight(&screen);
    assert!(
        items.contains(&(effects.choices[2].label.clone(), true)),
        "the pointer is still on the third item: {rows:#?}"
    );
    // Each item in sight is its label's start, cut between words if it wraps, and
    // none is drawn twice.
    for (text, _) in &items {
        let label = effects
            .choices
            .iter()
            .map(|c| &c.label)
            .find(|label| label.starts_with(text.as_str()))
            .unwrap_or_else(|| panic!("{text:?} is the start of a choice: {rows:#?}"));
        assert!(
            label.len() == text.len() || label[text.len()..].starts_with(' '),
            "{text:?} is cut between words: {rows:#?}"
        );
        let times = items.iter().filter(|(other, _)| other == text).count();
        assert_eq!(times, 1, "{text:?} is drawn once: {rows:#?}");
    }
}

#[test]
fn a_window_made_too_small_says_so_at_once_and_comes_back_when_bigger() {
    let bank = bank();
    let ui = &bank.def.ui;
    let mut screen = Screen::start(24, 80, Some(&quiet_until("dangerous_effects")), &[]);
    past_the_gate(&mut screen, &bank);
    let effects = question(&bank, "dangerous_effects");
    screen.wait_for(&opening(&effects.text));
    screen.wait_for(&opening(&ui.check_first));
    screen.press(&[DOWN]);
    screen.wait_for(&opening(&ui.check_first));
    screen.resize(8, 40);
    screen.wait_for(&opening(&ui.too_small));
    assert!(
        !screen.rows().iter().any(|r| r.contains('❯')),
        "no broken list under the message: {:#?}",
        screen.rows()
    );
    screen.resize(24, 80);
    screen.wait_for(&opening(&ui.check_first));
    let rows = screen.rows();
    assert!(!screen.shows(&opening(&ui.too_small)), "{rows:#?}");
    assert!(screen.shows(&opening(&effects.text)), "{rows:#?}");
    let items = items_in_sight(&screen);
    assert_eq!(items.len(), effects.choices.len() + 2, "{rows:#?}");
    assert_eq!(
        items.iter().filter(|(_, pointer)| *pointer).count(),
        1,
        "{rows:#?}"
    );
    assert!(
        items.contains(&(effects.choices[0].label.clone(), true)),
        "{rows:#?}"
    );
}

#[test]
fn with_files_to_write_no_screen_says_nothing_is_saved_and_each_says_where() {
    let bank = bank();
    let ui = &bank.def.ui;
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("week1.yaml");
    let saved = saved.to_str().unwrap();
    let mut screen = Screen::start(
        40,
        100,
        Some(&quiet_until("substances_past_3_months")),
        &["--save-answers", saved],
    );
    screen.wait_for(&bank.def.gate.no);
    assert!(
        screen.shows(saved),
        "the welcome says where: {:#?}",
        screen.rows()
    );
    screen.press(&[UP, ENTER]);
    let substances = question(&bank, "substances_past_3_months");
    screen.wait_for(&opening(&substances.text));
    screen.wait_for(&bank.def.ui.prefer_not_to_say);
    for sentence in &ui.not_saved_sentences {
        assert!(
            !screen.shows(sentence),
            "{sentence:?}: {:#?}",
            screen.rows()
        );
    }
    assert!(
        screen.shows(saved),
        "why we ask says where: {:#?}",
        screen.rows()
    );
}
