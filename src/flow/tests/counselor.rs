//! Counselor mode through the flow: consent, notes, prompts to the counselor.

use super::*;

pub(super) fn play_counselor(steps: Vec<Step>) -> (Ending, Fake, Option<CounselorRecord>) {
    let bank = small();
    let mut fake = Fake::new(steps);
    let counselor = bank.def.counselor.as_ref();
    let outcome = run(&bank, bank.default_region(), counselor, &mut fake).unwrap();
    assert!(
        fake.steps.is_empty(),
        "replies left over; log: {:?}",
        fake.log
    );
    (outcome.ending, fake, outcome.counselor)
}

#[test]
fn counselor_mode_ends_cleanly_when_consent_is_refused() {
    let (ending, fake, record) = play_counselor(vec![Step::Consent(false)]);
    assert_eq!(ending, Ending::Declined);
    assert!(!ending.has_summary());
    assert_eq!(
        fake.log,
        ["consent: We ask everyone these questions. Is it all right to go through them?"]
    );
    assert_eq!(record, Some(CounselorRecord::default()));
}

#[test]
fn counselor_mode_shows_notes_asks_for_session_notes_and_readiness() {
    let (ending, fake, record) = play_counselor(vec![
        Step::Consent(true),
        Step::Gate(false),
        no(),
        Step::Answer(Answer::Choice("sometimes".into())),
        Step::Note("  Client was open about taking extra at night. "),
        no(),
        text(""),
        Step::Note(""),
        Step::Review(ReviewReply::Done),
        Step::Readiness(Some(7)),
        Step::Note("Call the prescriber on Monday"),
    ]);
    assert_eq!(ending, Ending::Completed);
    assert_eq!(
        fake.log,
        [
            "consent: We ask everyone these questions. Is it all right to go through them?",
            "welcome",
            "gate",
            "section Use",
            "ask missed (1/4)",
            "  For the counselor: Normalize; we ask everyone.",
            "ask more (2/4)",
            "  For the counselor: Normalize; we ask everyone.",
            "note: Session note for Use (optional)",
            "section Mood",
            "ask suicidal (3/4)",
            "ask notes (4/4)",
            "note: Session note for Mood (optional)",
            "review Missed doses=No, Taking more=Sometimes, Thoughts of suicide=No, \
             Anything else=Nothing added",
            "readiness",
            "note: Agreed next step",
        ]
    );
    let record = record.unwrap();
    assert_eq!(record.notes.len(), 1, "an empty note is not kept");
    assert_eq!(
        record.notes[&0],
        "Client was open about taking extra at night."
    );
    assert_eq!(record.readiness, Some(7));
    assert_eq!(record.next_step, "Call the prescriber on Monday");
}

#[test]
fn suicidal_thoughts_show_the_counselor_prompt_with_the_client_message_at_once() {
    let (ending, fake, _) = play_counselor(vec![
        Step::Consent(true),
        Step::Gate(false),
        no(),
        never(),
        Step::Note(""),
        yes(),
        Step::After(Next::Summary),
        Step::Note("Stayed with the client; crisis team called."),
        Step::Readiness(None),
        Step::Note(""),
    ]);
    assert_eq!(ending, Ending::EarlySummary);
    let at = fake
        .log
        .iter()
        .position(|l| l.starts_with("interrupt red"))
        .unwrap();
    assert_eq!(fake.log[at - 1], "ask suicidal (3/4)");
    assert_eq!(
        fake.log[at + 1],
        "  counselor: Follow your organization's suicide-risk protocol now. Do not leave the client alone."
    );
    // Going straight to the summary still asks the note for the section it happened in.
    assert_eq!(fake.log[at + 2], "note: Session note for Mood (optional)");
}

#[test]
fn a_person_alone_sees_no_counselor_words() {
    let bank = small();
    let mut fake = Fake::new(vec![
        Step::Gate(false),
        no(),
        never(),
        yes(),
        Step::After(Next::Continue),
        text(""),
        Step::Review(ReviewReply::Done),
    ]);
    let outcome = run(&bank, bank.default_region(), None, &mut fake).unwrap();
    assert!(outcome.counselor.is_none());
    assert!(
        !fake
            .log
            .iter()
            .any(|l| l.contains("counselor") || l.contains("For the counselor")),
        "{:?}",
        fake.log
    );
}

#[test]
fn a_declined_red_flag_question_asks_the_counselor_to_ask_about_it_at_once() {
    let (_, fake, _) = play_counselor(vec![
        Step::Consent(true),
        Step::Gate(false),
        no(),
        never(),
        Step::Note(""),
        Step::Answer(Answer::Skipped),
        Step::After(Next::Continue),
        text(""),
        Step::Note(""),
        Step::Review(ReviewReply::Done),
        Step::Readiness(None),
        Step::Note(""),
    ]);
    let at = fake
        .log
        .iter()
        .position(|l| l.starts_with("interrupt declined:suicidal"))
        .unwrap_or_else(|| panic!("no prompt to the counselor: {:?}", fake.log));
    assert_eq!(fake.log[at - 1], "ask suicidal (3/4)");
    assert!(
        fake.log[at].ends_with("Ask about Thoughts of suicide directly now."),
        "{}",
        fake.log[at]
    );
    // Prefer not to say on a question that is not a red flag asks nothing more.
    let (_, fake, _) = play_counselor(vec![
        Step::Consent(true),
        Step::Gate(false),
        no(),
        Step::Answer(Answer::Skipped),
        Step::Note(""),
        no(),
        text(""),
        Step::Note(""),
        Step::Review(ReviewReply::Done),
        Step::Readiness(None),
        Step::Note(""),
    ]);
    assert!(
        !fake.log.iter().any(|l| l.starts_with("interrupt")),
        "{:?}",
        fake.log
    );
}

#[test]
fn an_instruction_two_messages_carry_is_given_to_the_counselor_once() {
    let message = |id: &str, prompt: Option<&str>| InterruptView {
        id: id.into(),
        title: "Title".into(),
        message: "Message".into(),
        tier: Tier::Emergency,
        resources: Vec::new(),
        counselor_prompt: prompt.map(str::to_string),
    };
    let mut views = vec![
        message("a", Some("Call 911 now.")),
        message("b", None),
        message("c", Some("Call 911 now.")),
        message("d", Some("Follow the protocol.")),
    ];
    crate::flow::tell_once(&mut views);
    let prompts: Vec<Option<&str>> = views
        .iter()
        .map(|v| v.counselor_prompt.as_deref())
        .collect();
    assert_eq!(
        prompts,
        [
            Some("Call 911 now."),
            None,
            None,
            Some("Follow the protocol.")
        ]
    );
}
