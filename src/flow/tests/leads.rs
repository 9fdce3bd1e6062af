//! What comes before a question that enters a section (its lead): the section's header
//! and the session note given just before it, first shown and then carried again when
//! the person comes back to the section after going back from it.

use super::counselor::play_counselor;
use super::*;

/// The leads of the questions asked, in order, written out: `id: -` for none, or
/// `id: [again] Title (after "note")`.
fn leads(fake: &Fake) -> Vec<String> {
    fake.leads
        .iter()
        .map(|(id, lead)| match lead {
            None => format!("{id}: -"),
            Some(lead) => {
                let again = if lead.again { "again " } else { "" };
                let note = lead
                    .note
                    .as_ref()
                    .map(|n| format!(" (after {:?} {:?})", n.prompt, n.text))
                    .unwrap_or_default();
                format!("{id}: {again}{}{note}", lead.section.title)
            }
        })
        .collect()
}

#[test]
fn going_back_over_a_section_and_its_note_and_on_again_carries_them_again() {
    let (_, fake, record) = play_counselor(vec![
        Step::Consent(true),
        Step::Gate(false),
        no(),
        Step::Answer(Answer::Choice("sometimes".into())),
        Step::Note(" Took extra at night. "),
        // At the first question of Mood: back over its header and the note for Use.
        Step::Back,
        Step::Answer(Answer::Choice("often".into())),
        no(),
        text(""),
        Step::Note(""),
        Step::Review(ReviewReply::Done),
        Step::Readiness(None),
        Step::Note(""),
    ]);
    let note = r#"(after "Session note for Use (optional)" " Took extra at night. ")"#;
    assert_eq!(
        leads(&fake),
        [
            "missed: Use".to_string(),
            "more: -".to_string(),
            format!("suicidal: Mood {note}"),
            "more: -".to_string(),
            format!("suicidal: again Mood {note}"),
            "notes: -".to_string(),
        ]
    );
    // The note was asked for once, and is kept as given the first time.
    let asked = fake.log.iter().filter(|l| l.contains("note for Use"));
    assert_eq!(asked.count(), 1, "{:?}", fake.log);
    assert_eq!(record.unwrap().notes[&0], "Took extra at night.");
}

#[test]
fn going_back_within_a_section_carries_no_lead() {
    let (_, fake, _) = play(vec![
        Step::Gate(false),
        yes(),
        Step::Back,
        yes(),
        checked(&[]),
        never(),
        no(),
        text(""),
        Step::Review(ReviewReply::Done),
    ]);
    assert_eq!(
        leads(&fake),
        [
            "missed: Use",
            "symptoms: -",
            "missed: -",
            "symptoms: -",
            "more: -",
            "suicidal: Mood",
            "notes: -",
        ]
    );
}

#[test]
fn back_across_two_sections_brings_each_lead_again_on_the_way_forward() {
    let sections = format!(
        "{SMALL}{}",
        r#"
  - id: sleep
    title: Sleep
    intro: In the past 7 days.
    questions:
      - id: nights
        kind: yes_no
        text: Have you slept badly?
        label: Sleeping badly
"#
    );
    let bank = bank(&sections);
    let mut fake = Fake::new(vec![
        Step::Gate(false),
        no(),
        never(),
        no(),
        text(""),
        // From Sleep back through Mood to the last question of Use.
        Step::Back,
        Step::Back,
        Step::Back,
        never(),
        no(),
        text(""),
        no(),
        Step::Review(ReviewReply::Done),
    ]);
    run(&bank, bank.default_region(), None, &mut fake).unwrap();
    assert_eq!(
        leads(&fake),
        [
            "missed: Use",
            "more: -",
            "suicidal: Mood",
            "notes: -",
            "nights: Sleep",
            "notes: -",
            "suicidal: -",
            "more: -",
            "suicidal: again Mood",
            "notes: -",
            "nights: again Sleep",
        ]
    );
}

#[test]
fn changing_an_answer_from_the_review_carries_no_lead() {
    let bank = small();
    let notes = bank.index_of("notes").unwrap();
    let missed = bank.index_of("missed").unwrap();
    let (_, fake, _) = play(vec![
        Step::Gate(false),
        no(),
        never(),
        no(),
        text(""),
        Step::Review(ReviewReply::Change(notes)),
        text("More to say."),
        Step::Review(ReviewReply::Change(missed)),
        yes(),
        checked(&[]),
        Step::Review(ReviewReply::Done),
    ]);
    assert_eq!(
        leads(&fake)[4..],
        ["notes: -", "missed: -", "symptoms: -"],
        "{:?}",
        fake.log
    );
}

#[test]
fn a_section_first_opened_by_a_change_in_the_review_has_its_lead() {
    let bank = bank(
        r#"
  - id: use
    title: Use
    intro: In the past 3 months.
    questions:
      - id: missed
        kind: yes_no
        text: Have you missed doses?
        label: Missed doses
  - id: since
    title: Since then
    intro: Since the missed dose.
    questions:
      - id: shaky
        kind: yes_no
        text: Have you felt shaky?
        label: Shaky
        when: {question: missed, if_any: ["yes"]}
"#,
    );
    let missed = bank.index_of("missed").unwrap();
    let mut fake = Fake::new(vec![
        Step::Gate(false),
        no(),
        Step::Review(ReviewReply::Change(missed)),
        yes(),
        no(),
        Step::Review(ReviewReply::Done),
    ]);
    run(&bank, bank.default_region(), None, &mut fake).unwrap();
    assert_eq!(
        leads(&fake),
        ["missed: Use", "missed: -", "shaky: Since then"]
    );
}
