//! The summary for the shipped bank: what it leads with, what it never says, and how it
//! reads (snapshots), for fixed answers and for any answers at all.

mod common;

use proptest::prelude::*;
use selfcheck::answers::Answer;
use selfcheck::bank::Bank;
use selfcheck::bank::model::{Kind, Tier};
use selfcheck::engine::Session;
use selfcheck::render::{Format, render};
use selfcheck::summary::{self, Summary};
use std::sync::LazyLock;

static BANK: LazyLock<Bank> = LazyLock::new(Bank::builtin);

/// Answers the session's questions in order, each by `pick` (given the question index).
fn answer_all(bank: &Bank, mut pick: impl FnMut(usize) -> Answer) -> Session<'_> {
    let mut session = Session::new(bank);
    while let Some(index) = session.current() {
        session.answer(index, pick(index)).unwrap();
    }
    session
}

fn quiet(bank: &Bank, index: usize) -> Answer {
    let q = bank.question(index);
    match q.kind {
        Kind::Checklist => Answer::Checklist(vec![]),
        Kind::Text => Answer::Text(String::new()),
        _ => Answer::Choice(
            q.choices
                .iter()
                .find(|c| c.neutral)
                .expect("a neutral choice")
                .id
                .clone(),
        ),
    }
}

fn summarize(session: &Session) -> Summary {
    summary::build(session, session.bank().default_region(), Default::default())
}

/// Words the content guide rules out (person-first language), matched as whole words.
const RULED_OUT_WORDS: &[&str] = &[
    "addict", "addicts", "abuser", "abusers", "clean", "dirty", "junkie",
];

/// Phrases the content guide rules out: verdicts, labels, scores, false reassurance.
const RULED_OUT: &[&str] = &[
    "you are fine",
    "you're fine",
    "you are ok",
    "nothing to worry",
    "no need to",
    "you do not need",
    "you don't need",
    "you are addicted",
    "you have an addiction",
    "you have withdrawal",
    "you are dependent",
    "meets criteria",
    "your score",
    "severity:",
    "start taking",
    "stop taking it now",
    "take another dose",
    "increase your dose",
];

fn assert_speaks_as_the_guide_says(summary: &Summary) {
    for format in [Format::Text, Format::Markdown, Format::Json] {
        let out = render(summary, format);
        let lower = out.to_lowercase();
        for phrase in RULED_OUT {
            assert!(
                !lower.contains(phrase),
                "{format:?} summary says {phrase:?}:\n{out}"
            );
        }
        for word in lower.split(|c: char| !c.is_alphanumeric()) {
            assert!(
                !RULED_OUT_WORDS.contains(&word),
                "{format:?} summary says {word:?}:\n{out}"
            );
        }
        assert!(
            lower.contains("prescriber") || lower.contains("call 911"),
            "{format:?} summary recommends no medical professional:\n{out}"
        );
        assert!(out.contains("not a diagnosis"), "no honest line:\n{out}");
        assert!(
            out.contains("Nothing you entered has been saved or sent."),
            "no privacy line:\n{out}"
        );
        assert!(
            out.contains("988") && out.contains("911"),
            "no crisis or emergency number:\n{out}"
        );
    }
    // It leads with the action: for 911, the very first line; otherwise the tier's
    // headline, after nothing but crisis support and what to do right now.
    let region = BANK.default_region();
    let headline = selfcheck::bank::fill(&BANK.def.tiers.get(summary.urgency).headline, region);
    assert_eq!(summary.headline, headline);
    if summary.urgency == Tier::Emergency {
        assert!(
            summary.next_steps[0].starts_with(&headline),
            "{:?}",
            summary.next_steps
        );
    } else {
        let at = summary
            .next_steps
            .iter()
            .position(|s| *s == headline)
            .expect("the headline is a step");
        let act_now: Vec<String> = BANK
            .def
            .notes
            .values()
            .filter(|n| n.now)
            .map(|n| selfcheck::bank::fill(&n.text, region))
            .collect();
        let crisis_message = selfcheck::bank::fill(&BANK.def.crisis.message, region);
        for step in &summary.next_steps[..at] {
            assert!(
                act_now.contains(step) || (summary.crisis && *step == crisis_message),
                "the summary does not lead with a tier's action: {step}"
            );
        }
    }
    if summary.crisis {
        assert!(
            summary.next_steps[0].contains("988"),
            "the first line does not carry the crisis line: {:?}",
            summary.next_steps
        );
        assert!(summary.closing.contains("988"), "{}", summary.closing);
        assert_eq!(
            summary.resources[0].role,
            selfcheck::bank::model::Role::Crisis
        );
    }
}

#[test]
fn a_quiet_session_is_routine_and_still_points_to_the_prescriber() {
    let session = answer_all(&BANK, |i| quiet(&BANK, i));
    let summary = summarize(&session);
    assert_eq!(summary.urgency, Tier::Routine);
    assert!(!summary.crisis);
    assert!(summary.reported.is_empty());
    assert_speaks_as_the_guide_says(&summary);
    insta::assert_snapshot!("quiet_text", render(&summary, Format::Text));
}

/// A person who reports suicidal thoughts and a seizure in the last 24 hours.
fn alarming(bank: &Bank, index: usize) -> Answer {
    let q = bank.question(index);
    let choice = |id: &str| Answer::Choice(id.to_string());
    match q.id.as_str() {
        "dose_change" => choice("ran_out"),
        "withdrawal_symptoms" => Answer::Checklist(vec![
            "anxiety".into(),
            "seizure".into(),
            "suicidal_thoughts".into(),
        ]),
        "withdrawal_suicidal_now" => choice("no"),
        "seizure_when" => choice("now_or_24h"),
        "withdrawal_severity" => choice("severe"),
        "anything_else" => Answer::Text("I ran out on Friday.".into()),
        "substances_past_3_months" => Answer::Skipped,
        _ => quiet(bank, index),
    }
}

#[test]
fn an_alarming_session_leads_with_911_then_crisis_support_and_the_taper_caution() {
    let session = answer_all(&BANK, |i| alarming(&BANK, i));
    let summary = summarize(&session);
    assert_eq!(summary.urgency, Tier::Emergency);
    assert!(summary.crisis);
    assert!(summary.next_steps[0].starts_with("Call 911 now."));
    assert!(
        summary.next_steps[1].contains("988"),
        "{:?}",
        summary.next_steps
    );
    // 911 is the action: a note that points to care today does not compete with it.
    let already_stopped = &BANK.note("already_stopped").text;
    assert!(!summary.next_steps.contains(already_stopped));
    let reported: Vec<&str> = summary
        .reported
        .iter()
        .map(|r| r.question.as_str())
        .collect();
    assert!(reported.contains(&"withdrawal_symptoms") && reported.contains(&"seizure_when"));
    assert!(
        summary
            .reported
            .iter()
            .any(|r| r.answer == "I ran out on Friday."),
        "the person's own words"
    );
    assert_eq!(
        summary.not_answered.len(),
        1,
        "prefer not to say is listed, not dropped"
    );
    assert_speaks_as_the_guide_says(&summary);
    insta::assert_snapshot!("alarming_text", render(&summary, Format::Text));
    insta::assert_snapshot!("alarming_markdown", render(&summary, Format::Markdown));
    insta::assert_snapshot!("alarming_json", render(&summary, Format::Json));
}

#[test]
fn misuse_signs_alone_ask_for_an_appointment_within_days_and_never_to_stop_suddenly() {
    let session = answer_all(&BANK, |i| match BANK.question(i).id.as_str() {
        "needs_more" | "could_not_stop" => Answer::Choice("yes".into()),
        "neglected_duties" => Answer::Choice("often".into()),
        _ => quiet(&BANK, i),
    });
    let summary = summarize(&session);
    assert_eq!(summary.urgency, Tier::Soon);
    assert!(summary.next_steps[0].contains("in the next few days"));
    let steps = summary.next_steps.join(" ");
    assert!(steps.contains(&BANK.note("taper").text));
    assert!(steps.contains("not by itself addiction"));
    assert_speaks_as_the_guide_says(&summary);
}

fn any_answers() -> impl Strategy<Value = Vec<Answer>> {
    let bank: &'static Bank = &BANK;
    (0..bank.len())
        .map(|i| common::any_answer(bank, i))
        .collect::<Vec<_>>()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_answers_give_a_summary_that_points_to_care_and_never_a_verdict(
        answers in any_answers(),
        gate in any::<bool>(),
    ) {
        let mut session = answer_all(&BANK, |i| answers[i].clone());
        session.gate_emergency = gate;
        let summary = summarize(&session);
        assert_speaks_as_the_guide_says(&summary);
        prop_assert_eq!(summary.urgency, session.urgency());
        if gate {
            prop_assert_eq!(summary.urgency, Tier::Emergency);
        }
    }
}

#[test]
fn suicidal_thoughts_reported_twice_ask_about_acting_on_them_once() {
    let mut asked = Vec::new();
    let session = answer_all(&BANK, |i| {
        let id = BANK.question(i).id.as_str();
        asked.push(id.to_string());
        match id {
            "dangerous_effects" => Answer::Checklist(vec!["suicidal_thoughts".into()]),
            "suicidal_now" => Answer::Choice("no".into()),
            "dose_changes" => Answer::Choice("yes".into()),
            "withdrawal_symptoms" => Answer::Checklist(vec!["suicidal_thoughts".into()]),
            _ => quiet(&BANK, i),
        }
    });
    assert!(asked.contains(&"suicidal_now".to_string()));
    assert!(
        !asked.contains(&"withdrawal_suicidal_now".to_string()),
        "asked again: {asked:?}"
    );
    assert!(summarize(&session).crisis);
}

#[test]
fn an_early_stop_says_the_check_is_incomplete_and_names_the_red_flags_not_reached() {
    // Gone to the summary after the context questions: nothing after them was asked.
    let mut session = Session::new(&BANK);
    while let Some(index) = session.current() {
        if BANK.section_of(index).id != "context" {
            break;
        }
        session.answer(index, quiet(&BANK, index)).unwrap();
    }
    let summary = summarize(&session);
    let incomplete = summary
        .incomplete
        .as_deref()
        .expect("says it is incomplete");
    let unasked = session.unasked().len();
    assert!(incomplete.contains(&unasked.to_string()), "{incomplete}");
    let breathing = &BANK.question(BANK.index_of("breathing_now").unwrap()).label;
    assert!(incomplete.contains(breathing.as_str()), "{incomplete}");
    assert!(
        summary
            .red_flags_not_answered
            .iter()
            .any(|r| r.question == "breathing_now")
    );
    let text = render(&summary, Format::Text);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains(breathing.as_str()), "{text}");
    // Never "you did not report any of the signs" when questions were not asked.
    assert_ne!(summary.words.nothing_reported, BANK.def.ui.nothing_reported);
}

#[test]
fn a_complete_check_is_not_called_incomplete() {
    let session = answer_all(&BANK, |i| quiet(&BANK, i));
    let summary = summarize(&session);
    assert!(summary.incomplete.is_none());
    assert!(summary.red_flags_not_answered.is_empty());
}

#[test]
fn the_emergency_screen_is_reported_under_its_title_with_a_label_of_its_own() {
    let mut session = answer_all(&BANK, |i| quiet(&BANK, i));
    session.gate_emergency = true;
    for region in BANK.region_ids() {
        let summary = summary::build(&session, BANK.region(region).unwrap(), Default::default());
        let gate = summary
            .reported
            .iter()
            .find(|r| r.question == "gate")
            .expect("the emergency screen's yes is reported");
        assert_ne!(gate.label, gate.section_title, "{region}");
        assert_eq!(gate.label, BANK.def.ui.gate_label, "{region}");
    }
}

/// Quitting after what was answered called for action today or sooner must not leave
/// that action behind with the screen that said it (content guide, section 2: a
/// "call 911 now" is never lost); below "today" the quit message is enough.
#[test]
fn quitting_repeats_the_action_only_when_it_is_today_or_sooner_or_crisis() {
    let bank = &*BANK;
    let region = bank.default_region();
    let ui = &bank.def.ui;
    let quiet_session = answer_all(bank, |i| quiet(bank, i));
    assert_eq!(summary::parting(&quiet_session, region, None), None);

    let mut breathing = Session::new(bank);
    let index = bank.index_of("breathing_now").unwrap();
    breathing
        .answer(index, Answer::Choice("yes".into()))
        .unwrap();
    let said = summary::parting(&breathing, region, None).expect("an emergency is repeated");
    assert!(said.starts_with(ui.quit_reminder.split("{action}").next().unwrap()));
    assert!(said.contains("Call 911 now."), "{said}");

    let mut crisis = Session::new(bank);
    let index = bank.index_of("dangerous_effects").unwrap();
    crisis
        .answer(index, Answer::Checklist(vec!["suicidal_thoughts".into()]))
        .unwrap();
    let said = summary::parting(&crisis, region, None).expect("crisis support is repeated");
    assert!(said.contains("call or text 988"), "{said}");
}

/// In counselor mode the same reminder speaks to the counselor (content guide 4.11): the
/// tier in third person, and for suicidal thoughts the organization's protocol.
#[test]
fn quitting_in_counselor_mode_reminds_the_counselor_in_third_person() {
    let bank = &*BANK;
    let region = bank.default_region();
    let words = bank.def.counselor.as_ref().unwrap();
    let mut crisis = Session::new(bank);
    let index = bank.index_of("dangerous_effects").unwrap();
    crisis
        .answer(index, Answer::Checklist(vec!["suicidal_thoughts".into()]))
        .unwrap();
    let said = summary::parting(&crisis, region, Some(words)).expect("crisis is repeated");
    assert!(said.contains("suicide-risk protocol"), "{said}");
    assert!(said.contains("The client should"), "{said}");
    assert!(!said.contains("you answered"), "{said}");
}
