//! What a reviewer found trying the terminal prompter in a real terminal: the log kept
//! whole around a typed answer, the counselor's notes never cut, menus that start on no
//! choice (the review and the choice after a red flag too), and a checklist that says
//! why checking an item unchecked others. The real binary runs in a pseudo-terminal of a
//! given size, its output drawn by a terminal emulator (vt100), so that a test looks at
//! the screen as a person sees it. Words come from the default bank.

#![cfg(unix)]

#[path = "common/pty.rs"]
mod pty;

use pty::{
    DOWN, END, ENTER, HOME, PAGE_DOWN, PAGE_UP, SPACE, Screen, after_count, bank, counselor,
    one_spaced, opening, question, quiet_until,
};
use selfcheck::bank::model::Kind;
use selfcheck::bank::{Bank, fill};

/// The row that starts with `start`, if one is in sight.
fn row_starting(screen: &Screen, start: &str) -> Option<usize> {
    screen.rows().iter().position(|r| r.starts_with(start))
}

#[test]
fn a_typed_answer_after_a_red_flag_leaves_the_choice_made_on_screen() {
    let bank = bank();
    let ui = &bank.def.ui;
    let mut screen = Screen::start(24, 80, Some(&quiet_until("stopping_plans")), &[]);
    screen.past_the_gate(&bank);
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
    screen.past_the_gate(&bank);
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
            return one_spaced(&read.join(" "));
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
    screen.past_the_gate(&bank);
    let index = bank.index_of(id).unwrap();
    let section = bank.section_of(index);
    // The section's header comes first, after the gate's own hint.
    screen.wait_for(&opening(&section.title));
    let notes = section
        .counselor_notes
        .clone()
        .expect("the section has notes for the counselor");
    let whole = one_spaced(&format!(
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
    screen.past_the_gate(&bank);
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
    screen.past_the_gate(&bank);
    screen.wait_for(&ui.review_done);
    screen.wait_for(&opening(&ui.pick_hint));
    assert!(
        !screen.rows().iter().any(|r| r.contains('❯')),
        "no choice is marked: {:#?}",
        screen.rows()
    );
    let below = after_count(&ui.more_below);
    assert!(
        screen.shows(&below),
        "the list scrolls: {:#?}",
        screen.rows()
    );
    // Enter alone, then Enter on "my answers are right" with answers unseen below.
    screen.press(&[ENTER]);
    screen.wait_for(&opening(&ui.pick_hint));
    screen.press(&[DOWN, ENTER]);
    screen.wait_for(&opening(&ui.see_all_answers_first));
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
    screen.past_the_gate(&bank);
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
    screen.past_the_gate(&bank);
    let substances = question(&bank, "substances_past_3_months");
    screen.wait_for(&opening(&substances.text));
    screen.press(&[DOWN, SPACE, END, SPACE]);
    let said = ui.goes_alone.replace("{item}", &ui.prefer_not_to_say);
    screen.wait_for_whole(&said);
    assert!(screen.shows(&said), "{:#?}", screen.rows());
}

#[test]
fn at_50x15_in_counselor_mode_a_typed_answer_is_taken_with_its_question_in_sight() {
    let bank = bank();
    let ui = &bank.def.ui;
    let c = counselor(&bank);
    let mut screen = Screen::start(15, 50, Some(&quiet_until("current_dose")), &["--counselor"]);
    screen.read_on_until(&ui.read_on, &c.consent_no);
    screen.press(&[DOWN, ENTER]);
    screen.past_the_gate(&bank);
    let dose = question(&bank, "current_dose");
    // The counselor's notes, when they do not fit, are read first; then the question.
    let mut notes = Vec::new();
    while screen.wait_for_any(&[&ui.read_on, &opening(&ui.text_hint)]) == 0 {
        notes.extend(
            screen
                .rows()
                .iter()
                .filter_map(|row| row.strip_prefix("│ "))
                .map(str::to_string),
        );
        screen.press(&[ENTER]);
    }
    assert!(
        screen.shows(&opening(&dose.text)),
        "the question is in sight while the answer is typed: {:#?}",
        screen.rows()
    );
    assert!(!one_spaced(&notes.join(" ")).contains('…'), "{notes:?}");
    screen.press(&["1 mg", ENTER]);
    screen.wait_for(&format!("{} · 1 mg", dose.label));
}

#[test]
fn at_50x15_in_spanish_a_long_choice_wraps_further_in_than_the_next_choice_starts() {
    let bank = Bank::builtin_in("es").expect("the Spanish bank");
    let ui = &bank.def.ui;
    let mut screen = Screen::start(
        15,
        50,
        Some(&quiet_until("stopping_plans")),
        &["--lang", "es"],
    );
    screen.past_the_gate(&bank);
    let plans = question(&bank, "stopping_plans");
    screen.wait_for(&opening(&plans.text));
    screen.wait_for(&opening(&ui.pick_hint));
    let mut labels: Vec<&str> = plans.choices.iter().map(|c| c.label.as_str()).collect();
    labels.push(&ui.prefer_not_to_say);
    let rows = screen.rows();
    // A row two columns in starts a choice; a long label's leftover words are further in.
    for row in &rows {
        let Some(text) = row.strip_prefix("  ") else {
            continue;
        };
        if text.starts_with(' ') || text.is_empty() {
            continue;
        }
        assert!(
            labels
                .iter()
                .any(|label| label.starts_with(text.trim_end())),
            "{text:?} starts where a choice does but is none: {rows:#?}"
        );
    }
    assert!(
        rows.iter()
            .any(|r| r.starts_with("    ") && !r.trim().is_empty()),
        "a long choice wraps at 50 columns: {rows:#?}"
    );
}

#[test]
fn at_50x15_the_review_is_seen_whole_a_page_at_a_time_and_not_by_jumping_to_its_end() {
    let bank = bank();
    let ui = &bank.def.ui;
    let quiet = include_str!("answers/quiet.yaml");
    let answers = quiet.lines().filter(|l| l.contains(':')).count();
    assert!(answers > 20, "a long review: {answers} answers");
    let mut screen = Screen::start(15, 50, Some(quiet), &[]);
    screen.past_the_gate(&bank);
    screen.wait_for(&ui.review_done);
    screen.wait_for(&opening(&ui.pick_hint));
    // Jumping to the end and back passes answers never in sight: refused, in the
    // review's own words (about answers, not choices).
    screen.press(&[END, HOME, ENTER]);
    screen.wait_for(&opening(&ui.see_all_answers_first));
    assert!(!screen.shows(&bank.def.privacy), "{:#?}", screen.rows());
    // Page Down moves a page: the end is reached in a few presses, not one per answer.
    let below = after_count(&ui.more_below);
    let mut presses = 0;
    loop {
        screen.press(&[PAGE_DOWN]);
        presses += 1;
        if screen.wait_for_any(&[&below, &ui.end_of_list]) == 1 {
            break;
        }
        assert!(
            presses < answers,
            "Page Down reaches the end: {:#?}",
            screen.rows()
        );
    }
    assert!(
        presses <= answers / 4,
        "{presses} presses of Page Down for {answers} answers"
    );
    // Page Up goes back a page at a time too; then the first line is taken.
    screen.press(&[PAGE_UP]);
    screen.wait_for(&below);
    screen.press(&[HOME, ENTER]);
    screen.wait_for(&bank.def.privacy);
}
