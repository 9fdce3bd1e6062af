//! The real binary in a pseudo-terminal, driven with real keys, as a person uses it:
//! Enter, the arrow keys, Space and Esc (Ctrl-C and other signals are in `pty_stop.rs`).
//! Every word looked for comes from the default bank, so a rewording there does not
//! break these tests; question and choice ids do (each lookup names the id it needs).

#![cfg(unix)]

#[path = "common/pty.rs"]
mod pty;

use pty::{
    DOWN, ENTER, ESC, SPACE, UP, as_read, bank, command, counselor, opening_wide, press, question,
    see, spawn, start,
};
use rexpect::process::wait::WaitStatus;
use rexpect::session::PtySession;
use selfcheck::answers::Answer;
use selfcheck::bank::model::{CounselorText, Interrupt, Kind};
use selfcheck::bank::{Bank, fill};
use selfcheck::engine::Session;

fn interrupt(bank: &Bank, id: &str) -> Interrupt {
    bank.def
        .interrupts
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("the default bank has no interrupt `{id}`"))
        .clone()
}

/// The arrow-down presses that reach a choice from a menu whose cursor starts on no
/// item (the first press lands on the first choice), then Enter.
fn pick(session: &mut PtySession, bank: &Bank, question_id: &str, choice_id: &str) {
    let at = question(bank, question_id)
        .choices
        .iter()
        .position(|c| c.id == choice_id)
        .unwrap_or_else(|| panic!("question `{question_id}` has no choice `{choice_id}`"));
    let mut keys = vec![DOWN; at + 1];
    keys.push(ENTER);
    press(session, &keys);
}

/// Checks "None of these" in a checklist (the item before the last, reached upwards
/// from no item), then Enter.
fn check_none(session: &mut PtySession) {
    press(session, &[UP, UP, SPACE, ENTER]);
}

/// Waits for a question's text on screen.
fn see_question(session: &mut PtySession, bank: &Bank, id: &str) -> String {
    see(session, &opening_wide(&question(bank, id).text))
}

/// Through the welcome and the emergency gate: "no, start" is the last item, one press
/// up from no item.
fn past_the_gate(session: &mut PtySession, bank: &Bank) {
    see(session, &opening_wide(&bank.def.gate.text));
    see(session, &bank.def.gate.no);
    press(session, &[UP, ENTER]);
}

/// Answers what is asked after "prescribed to me" and before `how_taken`: what it is
/// prescribed for, and how often it is taken.
fn through_prescription(session: &mut PtySession, bank: &Bank) {
    see_question(session, bank, "prescribed_for");
    pick(session, bank, "prescribed_for", "panic_anxiety");
    see_question(session, bank, "how_long");
    pick(session, bank, "how_long", "most_days_month");
}

/// Answers the first questions the way that reaches `stopping_plans` directly.
fn to_stopping_plans(session: &mut PtySession, bank: &Bank) {
    past_the_gate(session, bank);
    see_question(session, bank, "prescribed");
    pick(session, bank, "prescribed", "prescribed_now");
    through_prescription(session, bank);
    see_question(session, bank, "how_taken");
    pick(session, bank, "how_taken", "as_prescribed");
    see_question(session, bank, "stopping_plans");
}

#[test]
fn real_keys_answer_the_gate_and_the_questions() {
    let bank = bank();
    let mut session = start(&[]);
    past_the_gate(&mut session, &bank);

    // The first question, under its progress header.
    let progress = bank.def.ui.progress.replace("{n}", "1");
    let progress = progress.split("{total}").next().unwrap().to_string();
    see(&mut session, &progress);
    see_question(&mut session, &bank, "prescribed");
    pick(&mut session, &bank, "prescribed", "prescribed_now");

    // Enter picks; the answer stays on screen as a record line.
    see(&mut session, &question(&bank, "prescribed").label);
    through_prescription(&mut session, &bank);
    see_question(&mut session, &bank, "how_taken");
    pick(&mut session, &bank, "how_taken", "as_prescribed");
    see_question(&mut session, &bank, "stopping_plans");
    pick(&mut session, &bank, "stopping_plans", "keep_taking");
    // The dose in the person's own words: Enter leaves it empty.
    see_question(&mut session, &bank, "current_dose");
    press(&mut session, &[ENTER]);

    // A checklist: Space checks the first item (alcohol), Enter is done, and the
    // follow-up question about the past day appears.
    let substances = question(&bank, "substances_past_3_months");
    assert_eq!(
        substances.choices[0].id, "alcohol",
        "the checklist starts with alcohol"
    );
    see_question(&mut session, &bank, "substances_past_3_months");
    see(&mut session, &opening_wide(&bank.def.ui.check_first));
    press(&mut session, &[DOWN, SPACE, ENTER]);
    let record = see_question(&mut session, &bank, "mixed_past_day");
    // The record line may wrap: its first words name what was checked.
    let first_word = substances.choices[0].label.split(' ').next().unwrap();
    assert!(
        record.contains(&as_read(&format!("· {first_word}"))),
        "the record line shows what was checked: {record:?}"
    );
}

#[test]
fn esc_goes_back_to_the_previous_question() {
    let bank = bank();
    let mut session = start(&[]);
    past_the_gate(&mut session, &bank);
    see_question(&mut session, &bank, "prescribed");
    pick(&mut session, &bank, "prescribed", "prescribed_before");
    see_question(&mut session, &bank, "prescribed_for");
    see(&mut session, &opening_wide(&bank.def.ui.back_hint));

    press(&mut session, &[ESC]);
    see_question(&mut session, &bank, "prescribed");
    // The earlier answer is where the menu starts: Enter keeps it.
    press(&mut session, &[ENTER]);
    let before = see_question(&mut session, &bank, "prescribed_for");
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
    let mut session = start(&[]);
    to_stopping_plans(&mut session, &bank);
    pick(&mut session, &bank, "stopping_plans", "stop_suddenly");

    let warning = interrupt(&bank, "stopping_suddenly");
    let before = see(&mut session, &warning.title);
    let next = opening_wide(&question(&bank, "current_dose").text);
    assert!(
        !before.contains(&as_read(&next)),
        "the interrupt comes before the next question"
    );
    see(&mut session, &opening_wide(&warning.message));
    let ui = &bank.def.ui;
    see(&mut session, &ui.continue_);
    see(&mut session, &ui.quit);

    // The menu starts on no choice: up from there is the last one, quit.
    press(&mut session, &[UP, ENTER]);
    see(&mut session, &opening_wide(&ui.quit_message));
    session.exp_eof().expect("the program ends");
    assert!(matches!(
        session.process.wait(),
        Ok(WaitStatus::Exited(_, 0))
    ));
}

#[test]
fn after_a_red_flag_continue_goes_on_to_the_next_question() {
    let bank = bank();
    let mut session = start(&[]);
    to_stopping_plans(&mut session, &bank);
    pick(&mut session, &bank, "stopping_plans", "run_out");

    let warning = interrupt(&bank, "stopping_suddenly");
    see(&mut session, &warning.title);
    see(&mut session, &bank.def.ui.continue_);
    // The menu starts on no choice: down from there is the first one, continue.
    press(&mut session, &[DOWN, ENTER]);
    see_question(&mut session, &bank, "current_dose");
}

// Counselor mode (`--counselor`): the counselor's words come from the bank's
// `counselor:` block.

/// Starts a counselor session and waits for the consent screen.
fn start_counselor(bank: &Bank) -> PtySession {
    let c = counselor(bank);
    let mut session = start(&["--counselor"]);
    see(&mut session, &c.consent_title);
    see(&mut session, &opening_wide(&c.consent_script));
    see(&mut session, &c.consent_no);
    session
}

/// Answers every question before `stop` the way that reports nothing (the first
/// "nothing to report" choice, nothing checked), leaving each session note empty, and
/// waits for `stop` on screen. Follow-up questions stay hidden after such answers.
fn report_nothing_until(session: &mut PtySession, bank: &Bank, stop: &str) {
    let c = counselor(bank);
    let stop_at = bank
        .index_of(stop)
        .unwrap_or_else(|| panic!("the default bank has no question `{stop}`"));
    // The engine says which question comes next, as it does for the program.
    let mut engine = Session::new(bank);
    let mut section = bank.section_index(0);
    while let Some(index) = engine.current().filter(|&i| i != stop_at) {
        if bank.section_index(index) != section {
            note_nothing(session, &c, &bank.def.sections[section].title);
            section = bank.section_index(index);
        }
        let question = bank.question(index);
        see_question(session, bank, &question.id);
        let answer = match question.kind {
            Kind::Checklist => {
                check_none(session);
                Answer::Checklist(Vec::new())
            }
            Kind::YesNo | Kind::Choice => {
                let neutral = question
                    .choices
                    .iter()
                    .find(|c| c.neutral)
                    .unwrap_or_else(|| panic!("question `{}` has no neutral choice", question.id));
                pick(session, bank, &question.id, &neutral.id);
                Answer::Choice(neutral.id.clone())
            }
            Kind::Text => {
                press(session, &[ENTER]);
                Answer::Text(String::new())
            }
        };
        engine.answer(index, answer).expect("a neutral answer fits");
    }
    if bank.section_index(stop_at) != section {
        note_nothing(session, &c, &bank.def.sections[section].title);
    }
    see_question(session, bank, stop);
}

/// Waits for the session note of a section and leaves it empty.
fn note_nothing(session: &mut PtySession, c: &CounselorText, section: &str) {
    see(
        session,
        &opening_wide(&c.session_note_prompt.replace("{section}", section)),
    );
    press(session, &[ENTER]);
}

#[test]
fn counselor_mode_ends_at_once_when_the_client_does_not_agree() {
    let bank = bank();
    let c = counselor(&bank);
    let mut session = start_counselor(&bank);
    // The last choice: the client does not agree.
    press(&mut session, &[UP, ENTER]);
    let before = see(&mut session, &opening_wide(&c.declined_message));
    let after = session.exp_eof().expect("the program ends");
    for shown in [&before, &after] {
        assert!(
            !shown.contains(&as_read(&opening_wide(&bank.def.gate.text))),
            "no gate and no question after the client declined: {shown:?}"
        );
        assert!(
            !shown.contains(&as_read(&opening_wide(&question(&bank, "prescribed").text))),
            "no question is asked after the client declined: {shown:?}"
        );
    }
    assert!(matches!(
        session.process.wait(),
        Ok(WaitStatus::Exited(_, 0))
    ));
}

#[test]
fn counselor_notes_are_shown_beside_the_first_question() {
    let bank = bank();
    let c = counselor(&bank);
    let mut session = start_counselor(&bank);
    press(&mut session, &[DOWN, ENTER]);
    past_the_gate(&mut session, &bank);
    see_question(&mut session, &bank, "prescribed");
    let notes = bank
        .section_of(0)
        .counselor_notes
        .clone()
        .expect("the first section has notes for the counselor");
    see(&mut session, &format!("{}:", c.notes_label));
    see(
        &mut session,
        &opening_wide(&fill(&notes, bank.default_region())),
    );
    // The notes come before the question's menu.
    see(
        &mut session,
        &question(&bank, "prescribed").choices[0].label,
    );
}

#[test]
fn suicidal_thoughts_prompt_the_counselor_with_the_client_message_at_once() {
    let bank = bank();
    let c = counselor(&bank);
    let mut session = start_counselor(&bank);
    press(&mut session, &[DOWN, ENTER]);
    past_the_gate(&mut session, &bank);
    report_nothing_until(&mut session, &bank, "dangerous_effects");

    let at = question(&bank, "dangerous_effects")
        .choices
        .iter()
        .position(|c| c.id == "suicidal_thoughts")
        .expect("the checklist asks about suicidal thoughts");
    let mut keys = vec![DOWN; at + 1];
    keys.extend([SPACE, ENTER]);
    press(&mut session, &keys);

    let warning = interrupt(&bank, "suicidal_thoughts");
    see(&mut session, &warning.title);
    see(&mut session, &opening_wide(&warning.message));
    let before = see(&mut session, &opening_wide(&c.crisis_prompt));
    let next = opening_wide(&question(&bank, "suicidal_now").text);
    assert!(
        !before.contains(&as_read(&next)),
        "the counselor's prompt comes with the client's message, before any question: {before:?}"
    );
    let ui = &bank.def.ui;
    let before = see(&mut session, &ui.quit);
    assert!(
        !before.contains(&as_read(&next)),
        "no question before the choice of what to do next: {before:?}"
    );

    // The menu starts on no choice: up from there is the last one, quit.
    press(&mut session, &[UP, ENTER]);
    let after = session.exp_eof().expect("the program ends");
    assert!(
        !after.contains(&as_read(&next)),
        "quitting asks nothing more: {after:?}"
    );
    assert!(matches!(
        session.process.wait(),
        Ok(WaitStatus::Exited(_, 0))
    ));
}

#[test]
fn a_monochrome_terminal_gets_no_colour_codes() {
    let bank = bank();
    let mut mono = command(40, 100, &[]);
    mono.env("TERM", "xterm-mono");
    let mut session = spawn(mono);
    let before = see(&mut session, &bank.def.gate.no);
    let after = see(&mut session, &opening_wide(&bank.def.ui.pick_hint));
    for shown in [&before, &after] {
        assert!(!shown.contains("\x1b[3"), "no colour: {shown:?}");
        assert!(!shown.contains("\x1b[1m"), "no style: {shown:?}");
    }
}
