//! What answers raise: the tier, the crisis flag, red-flag messages, and an alert's
//! context.

use super::*;

#[test]
fn the_highest_tier_reached_leads() {
    let bank = small();
    let mut session = Session::new(&bank);
    assert_eq!(
        session.urgency(),
        Tier::Routine,
        "nothing reported is routine"
    );
    session
        .answer(index(&bank, "missed"), choice("yes"))
        .unwrap();
    session
        .answer(
            index(&bank, "symptoms"),
            Answer::Checklist(vec!["sweating".into()]),
        )
        .unwrap();
    assert_eq!(session.urgency(), Tier::Soon);
    session
        .answer(index(&bank, "suicidal"), choice("yes"))
        .unwrap();
    assert_eq!(session.urgency(), Tier::Today);
    session
        .answer(index(&bank, "more"), choice("often"))
        .unwrap();
    assert_eq!(
        session.urgency(),
        Tier::Today,
        "a lower tier does not lower it"
    );
    session
        .answer(
            index(&bank, "symptoms"),
            Answer::Checklist(vec!["sweating".into(), "seizure".into()]),
        )
        .unwrap();
    assert_eq!(session.urgency(), Tier::Emergency);
}

#[test]
fn an_emergency_at_the_gate_makes_the_summary_an_emergency() {
    let bank = small();
    let mut session = Session::new(&bank);
    session.gate_emergency = true;
    assert_eq!(session.urgency(), Tier::Emergency);
}

#[test]
fn suicidal_thoughts_raise_the_crisis_flag_and_not_sure_counts_as_yes() {
    let bank = small();
    for answer in ["yes", "not_sure"] {
        let mut session = Session::new(&bank);
        session
            .answer(index(&bank, "suicidal"), choice(answer))
            .unwrap();
        assert!(session.crisis(), "{answer}");
    }
    let mut session = Session::new(&bank);
    session
        .answer(index(&bank, "suicidal"), choice("no"))
        .unwrap();
    assert!(!session.crisis());
}

#[test]
fn an_interrupt_is_shown_once_however_many_answers_raise_it() {
    let bank = small();
    let mut session = Session::new(&bank);
    session
        .answer(index(&bank, "missed"), choice("yes"))
        .unwrap();
    let first = session
        .answer(
            index(&bank, "symptoms"),
            Answer::Checklist(vec!["seizure".into()]),
        )
        .unwrap();
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].0.id, "red");
    assert_eq!(first[0].1.tier, Tier::Emergency);
    // Another answer raising the same interrupt does not show it again.
    let again = session
        .answer(index(&bank, "suicidal"), choice("yes"))
        .unwrap();
    assert!(again.is_empty());
    // Going back and answering the same again does not repeat it either.
    session.back();
    assert!(
        session
            .answer(index(&bank, "suicidal"), choice("yes"))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn prefer_not_to_say_is_an_answer_that_raises_nothing() {
    let bank = small();
    let mut session = Session::new(&bank);
    let interrupts = session
        .answer(index(&bank, "suicidal"), Answer::Skipped)
        .unwrap();
    assert!(interrupts.is_empty());
    assert!(!session.crisis());
    assert_eq!(
        session.answer_of(index(&bank, "suicidal")),
        Some(&Answer::Skipped)
    );
    assert!(
        session
            .answered()
            .any(|(i, a)| i == index(&bank, "suicidal") && *a == Answer::Skipped)
    );
}

fn shaky_after(change: Option<Answer>) -> (Tier, usize) {
    let bank = bank(CONTEXT);
    let mut session = Session::new(&bank);
    let used = if change.is_some() { "yes" } else { "no" };
    session.answer(index(&bank, "used"), choice(used)).unwrap();
    if let Some(change) = change {
        session.answer(index(&bank, "change"), change).unwrap();
    }
    let interrupts = session
        .answer(index(&bank, "shaky"), choice("yes"))
        .unwrap()
        .len();
    let tier = session.tier_of(index(&bank, "shaky")).unwrap();
    assert_eq!(tier, session.urgency());
    (tier, interrupts)
}

#[test]
fn an_alert_in_context_lowers_a_tier_only_when_the_context_is_known() {
    assert_eq!(shaky_after(Some(choice("planned"))), (Tier::Soon, 0));
    assert_eq!(shaky_after(Some(choice("ran_out"))), (Tier::Today, 1));
    // Skipped, or never asked: the higher tier stays.
    assert_eq!(shaky_after(Some(Answer::Skipped)), (Tier::Today, 1));
    assert_eq!(shaky_after(None), (Tier::Today, 1));
}

#[test]
fn an_alert_follows_its_context_when_an_earlier_answer_changes() {
    let bank = bank(CONTEXT);
    let mut session = Session::new(&bank);
    session.answer(index(&bank, "used"), choice("yes")).unwrap();
    session
        .answer(index(&bank, "change"), choice("planned"))
        .unwrap();
    session
        .answer(index(&bank, "shaky"), choice("yes"))
        .unwrap();
    assert_eq!(session.urgency(), Tier::Soon);
    // Changed in the review: the tier is worked out again from the whole session.
    session
        .answer(index(&bank, "change"), choice("ran_out"))
        .unwrap();
    assert_eq!(session.urgency(), Tier::Today);
    // A context question that became hidden no longer counts.
    session
        .answer(index(&bank, "change"), choice("planned"))
        .unwrap();
    session.answer(index(&bank, "used"), choice("no")).unwrap();
    assert_eq!(session.urgency(), Tier::Today);
}
