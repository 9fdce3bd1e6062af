//! A resumed session (`--resume`) whose saved answers already raise red flags says so
//! at once, before the review or the next question: the firmest message, once.

use super::*;

/// The small bank with a softer message on sweating and a crisis message of its own on
/// suicidal thoughts (of `crisis_tier`), so that the messages a resumed session could
/// show differ.
fn bank_with_crisis(crisis_tier: &str) -> Bank {
    bank(
        &SMALL
            .replace(
                "{if_any: [sweating, anxiety], tier: soon, notes: [taper]}",
                "{if_any: [sweating, anxiety], tier: soon, notes: [taper], interrupt: soft}",
            )
            .replace(
                "tier: today, crisis: true, interrupt: red",
                &format!("tier: {crisis_tier}, crisis: true, interrupt: crisis"),
            ),
    )
}

/// Every question answered: a seizure and sweating since missed doses, and thoughts of
/// suicide.
fn alarming(bank: &Bank) -> Session<'_> {
    let at = |id: &str| bank.index_of(id).unwrap();
    Session::with_answers(
        bank,
        [
            (at("missed"), Answer::Choice("yes".into())),
            (
                at("symptoms"),
                Answer::Checklist(vec!["sweating".into(), "seizure".into()]),
            ),
            (at("more"), Answer::Choice("never".into())),
            (at("suicidal"), Answer::Choice("yes".into())),
            (at("notes"), Answer::Text(String::new())),
        ],
    )
}

fn resume<'b>(session: Session<'b>, steps: Vec<Step>) -> (Ending, Fake) {
    let bank = session.bank();
    let mut fake = Fake::new(steps);
    let outcome = run_from(session, bank.default_region(), None, &mut fake).unwrap();
    assert!(
        fake.steps.is_empty(),
        "replies left over; log: {:?}",
        fake.log
    );
    (outcome.ending, fake)
}

fn interrupts(fake: &Fake) -> Vec<&str> {
    fake.log
        .iter()
        .filter_map(|l| l.strip_prefix("interrupt "))
        .collect()
}

#[test]
fn saved_red_flags_show_the_firmest_message_and_crisis_support_before_the_review() {
    let bank = bank_with_crisis("today");
    let suicidal = bank.index_of("suicidal").unwrap();
    let (ending, fake) = resume(
        alarming(&bank),
        vec![
            Step::Gate(false),
            Step::After(Next::Continue),
            // Giving the same answer again from the review does not repeat its message.
            Step::Review(ReviewReply::Change(suicidal)),
            yes(),
            Step::Review(ReviewReply::Done),
        ],
    );
    assert_eq!(ending, Ending::Completed);
    assert_eq!(
        fake.log[..4],
        [
            "welcome",
            "gate",
            "interrupt red: Call 911 now.",
            "interrupt crisis: Call or text 988 now.",
        ],
        "the emergency first, then crisis support, before the review; the softer \
         message is not shown again"
    );
    assert!(fake.log[4].starts_with("review "), "{:?}", fake.log);
    assert_eq!(interrupts(&fake).len(), 2, "{:?}", fake.log);
}

#[test]
fn a_crisis_message_that_is_an_emergency_one_stands_for_both() {
    let bank = bank_with_crisis("emergency");
    let (_, fake) = resume(
        alarming(&bank),
        vec![
            Step::Gate(false),
            Step::After(Next::Continue),
            Step::Review(ReviewReply::Done),
        ],
    );
    assert_eq!(interrupts(&fake), ["crisis: Call or text 988 now."]);
}

#[test]
fn after_the_gate_says_call_now_only_crisis_support_is_left_to_show() {
    let bank = bank_with_crisis("today");
    let (_, fake) = resume(
        alarming(&bank),
        vec![
            Step::Gate(true),
            Step::After(Next::Continue),
            Step::After(Next::Continue),
            Step::Review(ReviewReply::Done),
        ],
    );
    assert_eq!(
        interrupts(&fake),
        ["gate: Call 911 now.", "crisis: Call or text 988 now."]
    );
}

#[test]
fn the_person_can_go_to_the_summary_or_quit_from_the_reminder() {
    let bank = bank_with_crisis("today");
    let to_summary = vec![Step::Gate(false), Step::After(Next::Summary)];
    assert_eq!(resume(alarming(&bank), to_summary).0, Ending::EarlySummary);
    let quit = vec![Step::Gate(false), Step::After(Next::Quit)];
    assert_eq!(resume(alarming(&bank), quit).0, Ending::Quit);
}

#[test]
fn saved_answers_with_no_emergency_or_crisis_go_on_with_no_message() {
    let bank = bank_with_crisis("today");
    let at = |id: &str| bank.index_of(id).unwrap();
    // Sweating raises only the softer message; the rest is left open.
    let session = Session::with_answers(
        &bank,
        [
            (at("missed"), Answer::Choice("yes".into())),
            (at("symptoms"), Answer::Checklist(vec!["sweating".into()])),
        ],
    );
    let (_, fake) = resume(
        session,
        vec![
            Step::Gate(false),
            never(),
            no(),
            text(""),
            Step::Review(ReviewReply::Done),
        ],
    );
    assert!(interrupts(&fake).is_empty(), "{:?}", fake.log);
    assert_eq!(fake.log[2], "section Use");
    assert_eq!(fake.log[3], "ask more (3/5)");
}
