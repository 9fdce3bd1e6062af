//! The real binary in a pseudo-terminal of a given size, its output drawn by a terminal
//! emulator (vt100), so that a test can look at the screen as a person sees it: what
//! is in sight, what scrolled away, how many pointers there are. Words come from the
//! default bank; question and choice ids are named where a test needs them.

#![cfg(unix)]

#[path = "common/pty.rs"]
mod pty;

use pty::{DOWN, ENTER, SPACE, Screen, UP, after_count, bank, opening, question, quiet_until};

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
    screen.past_the_gate(&bank);
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
    screen.past_the_gate(&bank);
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
    screen.past_the_gate(&bank);
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
    screen.past_the_gate(&bank);
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
    screen.past_the_gate(&bank);
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
