//! The counselor summary for the shipped bank: neutral third person, every item marked as
//! self-report, red flags first, and what the counselor recorded. Snapshots show how it reads.

use selfcheck::answers::Answer;
use selfcheck::bank::Bank;
use selfcheck::bank::model::{Kind, Tier};
use selfcheck::engine::Session;
use selfcheck::flow::CounselorRecord;
use selfcheck::render::{Format, render_counselor};
use selfcheck::summary::{self, Extras, counselor::CounselorSummary};
use std::collections::BTreeMap;

fn answer_all(bank: &Bank, pick: impl Fn(&str) -> Option<Answer>) -> Session<'_> {
    let mut session = Session::new(bank);
    while let Some(index) = session.current() {
        let q = bank.question(index);
        let answer = pick(&q.id).unwrap_or_else(|| match q.kind {
            Kind::Checklist => Answer::Checklist(vec![]),
            Kind::Text => Answer::Text(String::new()),
            _ => Answer::Choice(q.choices.iter().find(|c| c.neutral).unwrap().id.clone()),
        });
        session.answer(index, answer).unwrap();
    }
    session
}

fn counselor_summary(session: &Session, record: &CounselorRecord) -> CounselorSummary {
    let bank = session.bank();
    let region = bank.default_region();
    let client = summary::build(session, region, Extras::default());
    summary::counselor::build(
        session,
        record,
        bank.def.counselor.as_ref().unwrap(),
        &client,
        region,
    )
}

fn record(notes: &[(usize, &str)], readiness: Option<u8>, next_step: &str) -> CounselorRecord {
    CounselorRecord {
        notes: notes
            .iter()
            .map(|&(s, n)| (s, n.to_string()))
            .collect::<BTreeMap<_, _>>(),
        readiness,
        next_step: next_step.to_string(),
    }
}

#[test]
fn a_client_who_reports_nothing() {
    let bank = Bank::builtin();
    let session = answer_all(&bank, |_| None);
    let s = counselor_summary(&session, &record(&[], Some(9), ""));
    assert_eq!(s.urgency, Tier::Routine);
    assert!(s.red_flags.is_empty());
    let text = render_counselor(&s, Format::Text);
    let words = bank.def.counselor.as_ref().unwrap();
    assert!(text.contains(&words.no_red_flags));
    assert!(text.contains("Readiness to talk to a prescriber (0-10): 9 / 10"));
    assert!(text.contains("Agreed next step: Not recorded"));
    insta::assert_snapshot!("counselor_nothing_text", text);
}

#[test]
fn a_client_who_reports_misuse_signs() {
    let bank = Bank::builtin();
    let session = answer_all(&bank, |id| match id {
        "how_taken" => Some(Answer::Choice("more_than_prescribed".into())),
        "took_more_past_day" => Some(Answer::Choice("no".into())),
        "needs_more" => Some(Answer::Choice("yes".into())),
        "neglected_duties" => Some(Answer::Choice("often".into())),
        "worried_reliance" => Some(Answer::Skipped),
        _ => None,
    });
    let notes = [(
        2,
        "Client said needing more started after a stressful month.",
    )];
    let s = counselor_summary(
        &session,
        &record(
            &notes,
            Some(6),
            "Client will call the prescriber's office on Monday.",
        ),
    );
    assert_eq!(s.urgency, Tier::Soon);
    assert_eq!(
        s.action,
        "The client should make an appointment with their prescriber in the next few days."
    );
    assert!(
        s.red_flags.is_empty(),
        "misuse signs alone are not red flags"
    );
    let all: Vec<&str> = s
        .answers
        .iter()
        .flat_map(|g| &g.items)
        .map(|i| i.answer.as_str())
        .collect();
    assert!(all.contains(&"No") && all.contains(&"Never") && all.contains(&"Prefer not to say"));
    // The "do not stop suddenly" note is shared with the client.
    let taper = Bank::builtin().note("taper").text.clone();
    assert!(s.shared.contains(&taper), "{:?}", s.shared);
    insta::assert_snapshot!("counselor_misuse_text", render_counselor(&s, Format::Text));
    insta::assert_snapshot!(
        "counselor_misuse_markdown",
        render_counselor(&s, Format::Markdown)
    );
}

#[test]
fn a_client_who_reports_suicidal_thoughts() {
    let bank = Bank::builtin();
    let session = answer_all(&bank, |id| match id {
        "dangerous_effects" => Some(Answer::Checklist(vec![
            "suicidal_thoughts".into(),
            "dizziness".into(),
        ])),
        "suicidal_now" => Some(Answer::Choice("not_sure".into())),
        _ => None,
    });
    let notes = [(
        4,
        "Protocol followed; supervisor informed; client stayed with staff.",
    )];
    let s = counselor_summary(
        &session,
        &record(&notes, None, "Warm handoff to the crisis team today."),
    );
    assert_eq!(s.urgency, Tier::Emergency, "not sure counts as yes");
    assert!(s.crisis);
    assert!(
        s.crisis_line
            .as_deref()
            .unwrap()
            .contains("suicide-risk protocol")
    );
    let flagged: Vec<&str> = s.red_flags.iter().map(|i| i.question.as_str()).collect();
    assert_eq!(flagged, ["dangerous_effects", "suicidal_now"]);
    assert_eq!(s.resources[0].name, "988 Suicide & Crisis Lifeline");
    let text = render_counselor(&s, Format::Text);
    assert!(
        text.find("suicide-risk protocol").unwrap()
            < text
                .find(&bank.def.counselor.as_ref().unwrap().red_flags_heading)
                .unwrap(),
        "the crisis line leads"
    );
    insta::assert_snapshot!("counselor_suicidal_text", text);
    insta::assert_snapshot!(
        "counselor_suicidal_markdown",
        render_counselor(&s, Format::Markdown)
    );
}

#[test]
fn the_counselor_summary_speaks_of_the_client_in_the_third_person() {
    let bank = Bank::builtin();
    let session = answer_all(&bank, |id| match id {
        "how_taken" => Some(Answer::Choice("more_than_prescribed".into())),
        "took_more_past_day" => Some(Answer::Choice("yes".into())),
        _ => None,
    });
    let s = counselor_summary(&session, &record(&[], Some(3), ""));
    assert!(s.action.starts_with("The client"));
    assert!(s.self_report.contains("self-report"));
    for group in &s.answers {
        for item in &group.items {
            let words: Vec<&str> = item.label.split(|c: char| !c.is_alphanumeric()).collect();
            assert!(
                !words.contains(&"you") && !words.contains(&"your"),
                "label `{}` speaks to the client",
                item.label
            );
        }
    }
}

#[test]
fn a_skipped_red_flag_follow_up_is_listed_as_declined_to_ask_about_directly() {
    let bank = Bank::builtin();
    let session = answer_all(&bank, |id| match id {
        "dangerous_effects" => Some(Answer::Checklist(vec!["suicidal_thoughts".into()])),
        "suicidal_now" => Some(Answer::Skipped),
        _ => None,
    });
    let s = counselor_summary(&session, &record(&[], None, ""));
    assert!(s.crisis);
    let declined: Vec<&str> = s.declined.iter().map(|i| i.question.as_str()).collect();
    assert_eq!(declined, ["suicidal_now"]);
    let heading = &bank.def.counselor.as_ref().unwrap().declined_heading;
    for format in [Format::Text, Format::Markdown] {
        // Read as running text: long headings and labels wrap.
        let out = render_counselor(&s, format)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let at = out.find(heading.as_str()).expect("the declined heading");
        let label = &bank.question(bank.index_of("suicidal_now").unwrap()).label;
        assert!(out[at..].contains(label.as_str()), "{out}");
    }
}
