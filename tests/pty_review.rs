//! What a reviewer found trying the terminal prompter in a real terminal: the log kept
//! whole around a typed answer, the counselor's notes never cut, menus that start on no
//! choice (the review and the choice after a red flag too), and a checklist that says
//! why checking an item unchecked others. The real binary runs in a pseudo-terminal of a
//! given size, its output drawn by a terminal emulator (vt100), so that a test looks at
//! the screen as a person sees it. Words come from the default bank.

#![cfg(unix)]

use rexpect::ReadUntil;
use rexpect::session::{Options, PtySession, spawn_with_options};
use selfcheck::bank::model::{CounselorText, Kind, Question};
use selfcheck::bank::{Bank, fill};
use std::io::Write;
use std::process::Command;

const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const HOME: &str = "\x1b[H";
const END: &str = "\x1b[F";
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
        let rows = std::num::NonZeroU16::new(rows).unwrap();
        let cols = std::num::NonZeroU16::new(cols).unwrap();
        Screen {
            session,
            parser: vt100::Parser::new(rows, cols, 0),
            _answers: file,
        }
    }

    /// Waits until one of `texts` has been written, draws everything up to it, and
    /// says which one it was.
    fn wait_for_any(&mut self, texts: &[&str]) -> usize {
        let wanted: Vec<String> = texts
            .iter()
            .map(|text| text.bytes().map(char::from).collect())
            .collect();
        let until = wanted.iter().cloned().map(ReadUntil::String).collect();
        let (before, found) = self
            .session
            .exp_any(until)
            .unwrap_or_else(|err| panic!("expected one of {texts:?} on screen: {err}"));
        let bytes: Vec<u8> = before
            .chars()
            .chain(found.chars())
            .map(|c| c as u8)
            .collect();
        self.parser.process(&bytes);
        wanted
            .iter()
            .position(|w| *w == found)
            .expect("what was found was asked for")
    }

    /// Waits until `text` has been written, and draws everything up to it.
    fn wait_for(&mut self, text: &str) {
        self.wait_for_any(&[text]);
    }

    /// Waits until the whole of `text` has been written, however it is wrapped: its
    /// first words, then its last.
    fn wait_for_whole(&mut self, text: &str) {
        self.wait_for(&opening(text));
        if let Some(last) = text.split_whitespace().last() {
            self.wait_for(last);
        }
    }

    /// Reads on (Enter) through the pages of a message until `text` is written.
    fn read_on_until(&mut self, read_on: &str, text: &str) {
        while self.wait_for_any(&[read_on, text]) == 0 {
            self.press(&[ENTER]);
        }
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

    /// Whether the screen shows `text`, however it is wrapped.
    fn shows(&self, text: &str) -> bool {
        words(&self.parser.screen().contents()).contains(&words(text))
    }
}

/// `text` with every run of white space one space: the same words, however wrapped.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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

/// The row that starts with `start`, if one is in sight.
fn row_starting(screen: &Screen, start: &str) -> Option<usize> {
    screen.rows().iter().position(|r| r.starts_with(start))
}

#[test]
fn a_typed_answer_after_a_red_flag_leaves_the_choice_made_on_screen() {
    let bank = bank();
    let ui = &bank.def.ui;
    let mut screen = Screen::start(24, 80, Some(&quiet_until("stopping_plans")), &[]);
    past_the_gate(&mut screen, &bank);
    let plans = question(&bank, "stopping_plans");
    screen.wait_for(&opening(&plans.text));
    screen.wait_for(&opening(&ui.pick_hint));
    let run_out = plans
        .choices
        .iter()
        .position(|c| c.id == "run_out")
        .unwrap();
    screen.press(&vec![DOWN; run_out + 1]);
    screen.press(&[ENTER]);
    screen.wait_for(&ui.quit);
    // Home is the first choice, continue, however the menu started.
    screen.press(&[HOME, ENTER]);
    let dose = question(&bank, "current_dose");
    screen.wait_for(&opening(&dose.text));
    screen.press(&["1 mg at night", ENTER]);
    screen.wait_for(&opening(&question(&bank, "substances_past_3_months").text));
    let record = format!("✔ {}", ui.continue_);
    let at = row_starting(&screen, &record)
        .unwrap_or_else(|| panic!("{record:?} is still on screen: {:#?}", screen.rows()));
    let next = &screen.rows()[at + 1];
    assert!(
        next.starts_with(&format!("✔ {} · 1 mg at night", dose.label)),
        "the typed answer's record comes right under it: {:#?}",
        screen.rows()
    );
}

#[test]
fn a_typed_answer_leaves_the_whole_record_above_it_even_a_wrapped_one() {
    let bank = bank();
    let ui = &bank.def.ui;
    // At 50 columns the answer to the stopping-plans question wraps.
    let mut screen = Screen::start(24, 50, Some(&quiet_until("stopping_plans")), &[]);
    past_the_gate(&mut screen, &bank);
    let plans = question(&bank, "stopping_plans");
    screen.wait_for(&opening(&plans.text));
    screen.wait_for(&opening(&ui.pick_hint));
    screen.press(&[DOWN, ENTER]);
    let dose = question(&bank, "current_dose");
    screen.wait_for(&opening(&dose.text));
    screen.press(&["1 mg", ENTER]);
    screen.wait_for(&opening(&question(&bank, "substances_past_3_months").text));
    let record = format!("{} · {}", plans.label, plans.choices[0].label);
    assert!(
        screen.shows(&format!("{record} ✔ {} · 1 mg", dose.label)),
        "{record:?}, whole, then the typed answer: {:#?}",
        screen.rows()
    );
}

fn counselor(bank: &Bank) -> CounselorText {
    bank.def
        .counselor
        .clone()
        .expect("the default bank has counselor words")
}

/// The counselor's lines (behind their "│" bar) on each screen read, from the first
/// after the question is asked until the question's menu is in sight (the status under
/// it, for a question of `kind`).
fn counsel_read_until_the_menu(screen: &mut Screen, bank: &Bank, kind: Kind) -> String {
    let ui = &bank.def.ui;
    let status = if kind == Kind::Checklist {
        &ui.check_first
    } else {
        &ui.pick_hint
    };
    let mut read = Vec::new();
    for _ in 0..20 {
        let found = screen.wait_for_any(&[&ui.read_on, &opening(status)]);
        read.extend(
            screen
                .rows()
                .iter()
                .filter_map(|row| row.strip_prefix("│ "))
                .map(str::to_string),
        );
        if found == 1 {
            return words(&read.join(" "));
        }
        screen.press(&[ENTER]);
    }
    panic!("the question comes after the notes: {:#?}", screen.rows());
}

/// In counselor mode at `rows` x `cols`, continuing from `answers` when given: the notes
/// of the section of question `id` are read whole before its menu is taken, and the
/// question is in sight with all its choices after them.
fn counselor_notes_are_read_whole(rows: u16, cols: u16, answers: Option<&str>, id: &str) {
    let bank = bank();
    let c = counselor(&bank);
    let mut screen = Screen::start(rows, cols, answers, &["--counselor"]);
    screen.read_on_until(&bank.def.ui.read_on, &c.consent_no);
    // Down from no choice is the first: the client agrees.
    screen.press(&[DOWN, ENTER]);
    past_the_gate(&mut screen, &bank);
    let index = bank.index_of(id).unwrap();
    let section = bank.section_of(index);
    // The section's header comes first, after the gate's own hint.
    screen.wait_for(&opening(&section.title));
    let notes = section
        .counselor_notes
        .clone()
        .expect("the section has notes for the counselor");
    let whole = words(&format!(
        "{}: {}",
        c.notes_label,
        fill(&notes, bank.default_region())
    ));
    let asked = question(&bank, id);
    let read = counsel_read_until_the_menu(&mut screen, &bank, asked.kind);
    assert_eq!(read, whole, "at {cols}x{rows}: {:#?}", screen.rows());
    assert!(!read.contains('…'), "{read}");
    assert!(screen.shows(&opening(&asked.text)), "{:#?}", screen.rows());
    for choice in &asked.choices {
        assert!(screen.shows(&choice.label), "{:#?}", screen.rows());
    }
}

#[test]
fn at_50x15_the_counselor_notes_are_read_whole_before_the_first_question() {
    counselor_notes_are_read_whole(15, 50, None, "prescribed");
}

#[test]
fn at_80x24_the_counselor_notes_on_the_withdrawal_checklist_are_never_cut() {
    let mut answers = quiet_until("dose_change");
    answers.push_str("\ndose_change: stopped_suddenly\n");
    counselor_notes_are_read_whole(24, 80, Some(&answers), "withdrawal_symptoms");
}

#[test]
fn after_a_red_flag_the_menu_starts_on_no_choice_and_enter_alone_does_nothing() {
    let bank = bank();
    let ui = &bank.def.ui;
    let mut screen = Screen::start(24, 80, Some(&quiet_until("stopping_plans")), &[]);
    past_the_gate(&mut screen, &bank);
    let plans = question(&bank, "stopping_plans");
    screen.wait_for(&opening(&plans.text));
    screen.wait_for(&opening(&ui.pick_hint));
    let run_out = plans
        .choices
        .iter()
        .position(|c| c.id == "run_out")
        .unwrap();
    screen.press(&vec![DOWN; run_out + 1]);
    screen.press(&[ENTER]);
    screen.wait_for(&ui.quit);
    screen.wait_for(&opening(&ui.pick_hint));
    assert!(
        !screen.rows().iter().any(|r| r.contains('❯')),
        "no choice is marked: {:#?}",
        screen.rows()
    );
    screen.press(&[ENTER]);
    screen.wait_for(&opening(&ui.pick_hint));
    assert!(
        !screen.shows(&opening(&question(&bank, "current_dose").text)),
        "Enter alone did not continue: {:#?}",
        screen.rows()
    );
    assert!(screen.shows(&ui.quit), "{:#?}", screen.rows());
    screen.press(&[DOWN, ENTER]);
    screen.wait_for(&opening(&question(&bank, "current_dose").text));
}

#[test]
fn the_review_starts_on_no_choice_and_cannot_be_skipped_unseen() {
    let bank = bank();
    let ui = &bank.def.ui;
    let quiet = include_str!("answers/quiet.yaml");
    // Every question answered: the review comes at once.
    let mut screen = Screen::start(24, 80, Some(quiet), &[]);
    past_the_gate(&mut screen, &bank);
    screen.wait_for(&ui.review_done);
    screen.wait_for(&opening(&ui.pick_hint));
    assert!(
        !screen.rows().iter().any(|r| r.contains('❯')),
        "no choice is marked: {:#?}",
        screen.rows()
    );
    let below = ui
        .more_below
        .rsplit("{n}")
        .next()
        .unwrap()
        .trim()
        .to_string();
    assert!(
        screen.shows(&below),
        "the list scrolls: {:#?}",
        screen.rows()
    );
    // Enter alone, then Enter on "my answers are right" with answers unseen below.
    screen.press(&[ENTER]);
    screen.wait_for(&opening(&ui.pick_hint));
    screen.press(&[DOWN, ENTER]);
    screen.wait_for(&opening(&ui.see_all_first));
    assert!(
        !screen.shows(&bank.def.ui.summary_title),
        "{:#?}",
        screen.rows()
    );
    // Once the whole list has been in sight, the same choice is taken.
    screen.press(&[END, HOME, ENTER]);
    screen.wait_for(&bank.def.privacy);
}

#[test]
fn checking_an_item_that_goes_alone_says_why_others_were_unchecked() {
    let bank = bank();
    let ui = &bank.def.ui;
    let mut screen = Screen::start(24, 80, Some(&quiet_until("substances_past_3_months")), &[]);
    past_the_gate(&mut screen, &bank);
    let substances = question(&bank, "substances_past_3_months");
    screen.wait_for(&opening(&substances.text));
    screen.wait_for(&opening(&ui.check_first));
    // Alcohol, then "Prefer not to say" (the last item).
    screen.press(&[DOWN, SPACE]);
    screen.wait_for(&opening(&ui.checklist_keys));
    screen.press(&[END, SPACE]);
    let said = ui.goes_alone.replace("{item}", &ui.prefer_not_to_say);
    assert!(!ui.goes_alone.is_empty(), "the bank has the words");
    screen.wait_for_whole(&said);
    assert!(screen.shows(&said), "{:#?}", screen.rows());
    assert!(
        screen
            .rows()
            .iter()
            .any(|r| r.contains(&format!("✔ {}", ui.prefer_not_to_say))),
        "{:#?}",
        screen.rows()
    );
    // Checking an item again unchecks "Prefer not to say", and says so too.
    screen.press(&[HOME, SPACE]);
    screen.wait_for_whole(&said);
    assert!(
        screen
            .rows()
            .iter()
            .any(|r| r.contains(&format!("✔ {}", substances.choices[0].label))),
        "{:#?}",
        screen.rows()
    );
    // Checking another item with nothing going alone says nothing more.
    screen.press(&[DOWN, SPACE]);
    screen.wait_for(&opening(&ui.checklist_keys));
    assert!(!screen.shows(&said), "{:#?}", screen.rows());
}

#[test]
fn in_spanish_checking_an_item_that_goes_alone_says_so_in_spanish() {
    let bank = Bank::builtin_in("es").expect("the Spanish bank");
    let ui = &bank.def.ui;
    let mut screen = Screen::start(
        24,
        80,
        Some(&quiet_until("substances_past_3_months")),
        &["--lang", "es"],
    );
    past_the_gate(&mut screen, &bank);
    let substances = question(&bank, "substances_past_3_months");
    screen.wait_for(&opening(&substances.text));
    screen.press(&[DOWN, SPACE, END, SPACE]);
    let said = ui.goes_alone.replace("{item}", &ui.prefer_not_to_say);
    screen.wait_for_whole(&said);
    assert!(screen.shows(&said), "{:#?}", screen.rows());
}
