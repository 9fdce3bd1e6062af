//! The flow driven by a fake prompter that plays a list of replies and logs what it was
//! shown, on the shared small bank.

use super::*;
use crate::bank::testing::{SMALL, bank, small};
use crate::prompt::ReviewItem;
use std::collections::VecDeque;

enum Step {
    Consent(bool),
    Note(&'static str),
    Readiness(Option<u8>),
    Gate(bool),
    Answer(Answer),
    Back,
    After(Next),
    Review(ReviewReply),
}

#[derive(Default)]
struct Fake {
    steps: VecDeque<Step>,
    log: Vec<String>,
    /// The progress words of each question asked.
    progress: Vec<String>,
    /// Each question asked, by id, with the lead its view carried.
    leads: Vec<(String, Option<Lead>)>,
}

impl Fake {
    fn new(steps: Vec<Step>) -> Self {
        Fake {
            steps: steps.into(),
            log: Vec::new(),
            progress: Vec::new(),
            leads: Vec::new(),
        }
    }

    fn next(&mut self, what: &str) -> Step {
        self.steps
            .pop_front()
            .unwrap_or_else(|| panic!("no reply left for {what}; log: {:?}", self.log))
    }
}

impl Prompter for Fake {
    fn welcome(&mut self, _: &WelcomeView) -> PromptResult<()> {
        self.log.push("welcome".into());
        Ok(())
    }

    fn gate(&mut self, _: &GateView) -> PromptResult<bool> {
        self.log.push("gate".into());
        match self.next("gate") {
            Step::Gate(yes) => Ok(yes),
            _ => panic!("expected a gate reply"),
        }
    }

    fn ask(&mut self, view: &QuestionView) -> PromptResult<Reply> {
        if let Some(lead) = &view.lead {
            let shown = if lead.again { "back in" } else { "section" };
            self.log.push(format!("{shown} {}", lead.section.title));
        }
        self.leads.push((view.id.clone(), view.lead.clone()));
        self.log
            .push(format!("ask {} ({}/{})", view.id, view.n, view.total));
        self.progress.push(view.progress.clone());
        if let Some(note) = &view.counselor_notes {
            self.log.push(format!("  {}: {}", note.label, note.text));
        }
        match self.next(&view.id) {
            Step::Answer(answer) => Ok(Reply::Answer(answer)),
            Step::Back => Ok(Reply::Back),
            _ => panic!("expected an answer for {}", view.id),
        }
    }

    fn interrupt(&mut self, views: &[InterruptView]) -> PromptResult<Next> {
        for view in views {
            self.log
                .push(format!("interrupt {}: {}", view.id, view.message));
            if let Some(prompt) = &view.counselor_prompt {
                self.log.push(format!("  counselor: {prompt}"));
            }
        }
        match self.next("interrupt") {
            Step::After(next) => Ok(next),
            _ => panic!("expected a choice after the interrupt"),
        }
    }

    fn review(&mut self, items: &[ReviewItem]) -> PromptResult<ReviewReply> {
        let listed: Vec<String> = items
            .iter()
            .map(|i| format!("{}={}", i.label, i.answer))
            .collect();
        self.log.push(format!("review {}", listed.join(", ")));
        match self.next("review") {
            Step::Review(reply) => Ok(reply),
            _ => panic!("expected a review reply"),
        }
    }

    fn consent(&mut self, view: &ConsentView) -> PromptResult<bool> {
        self.log.push(format!("consent: {}", view.script));
        match self.next("consent") {
            Step::Consent(yes) => Ok(yes),
            _ => panic!("expected a consent reply"),
        }
    }

    fn note(&mut self, view: &NoteView) -> PromptResult<String> {
        self.log.push(format!("note: {}", view.prompt));
        match self.next("note") {
            Step::Note(text) => Ok(text.to_string()),
            _ => panic!("expected a note for {}", view.prompt),
        }
    }

    fn readiness(&mut self, _: &ReadinessView) -> PromptResult<Option<u8>> {
        self.log.push("readiness".into());
        match self.next("readiness") {
            Step::Readiness(value) => Ok(value),
            _ => panic!("expected a readiness reply"),
        }
    }
}

fn yes() -> Step {
    Step::Answer(Answer::Choice("yes".into()))
}

fn no() -> Step {
    Step::Answer(Answer::Choice("no".into()))
}

fn never() -> Step {
    Step::Answer(Answer::Choice("never".into()))
}

fn text(words: &str) -> Step {
    Step::Answer(Answer::Text(words.into()))
}

fn checked(ids: &[&str]) -> Step {
    Step::Answer(Answer::Checklist(
        ids.iter().map(|s| s.to_string()).collect(),
    ))
}

fn play(steps: Vec<Step>) -> (Ending, Fake, Tier) {
    let bank = small();
    let mut fake = Fake::new(steps);
    let outcome = run(&bank, bank.default_region(), None, &mut fake).unwrap();
    assert!(
        fake.steps.is_empty(),
        "replies left over; log: {:?}",
        fake.log
    );
    (outcome.ending, fake, outcome.session.urgency())
}

#[test]
fn a_quiet_session_runs_welcome_gate_sections_questions_and_review_in_order() {
    let (ending, fake, tier) = play(vec![
        Step::Gate(false),
        no(),
        never(),
        no(),
        text(""),
        Step::Review(ReviewReply::Done),
    ]);
    assert_eq!(ending, Ending::Completed);
    assert_eq!(tier, Tier::Routine);
    assert_eq!(
        fake.log,
        [
            "welcome",
            "gate",
            "section Use",
            "ask missed (1/4)",
            "ask more (2/4)",
            "section Mood",
            "ask suicidal (3/4)",
            "ask notes (4/4)",
            "review Missed doses=No, Taking more=Never, Thoughts of suicide=No, \
             Anything else=Nothing added",
        ]
    );
}

#[test]
fn the_total_is_about_while_answers_to_come_may_change_it() {
    let (_, fake, _) = play(vec![
        Step::Gate(false),
        no(),
        never(),
        no(),
        text(""),
        Step::Review(ReviewReply::Done),
    ]);
    // Before "missed" is answered, its follow-up may or may not come.
    assert_eq!(fake.progress[0], "Question 1 of about 4 · Use");
    // After it, the total is known.
    assert_eq!(fake.progress[1], "Question 2 of 4 · Use");
}

#[test]
fn a_red_flag_interrupts_before_the_next_question() {
    let (ending, fake, tier) = play(vec![
        Step::Gate(false),
        yes(),
        checked(&["seizure"]),
        Step::After(Next::Continue),
        never(),
        no(),
        text(""),
        Step::Review(ReviewReply::Done),
    ]);
    assert_eq!(ending, Ending::Completed);
    assert_eq!(tier, Tier::Emergency);
    let at = fake
        .log
        .iter()
        .position(|l| l.starts_with("interrupt red"))
        .unwrap();
    assert_eq!(
        fake.log[at], "interrupt red: Call 911 now.",
        "placeholders are filled in"
    );
    assert_eq!(fake.log[at - 1], "ask symptoms (2/5)");
    assert_eq!(fake.log[at + 1], "ask more (3/5)");
}

#[test]
fn after_an_interrupt_the_person_can_go_straight_to_the_summary_or_quit() {
    let to_summary = vec![
        Step::Gate(false),
        yes(),
        checked(&["seizure"]),
        Step::After(Next::Summary),
    ];
    let (ending, fake, tier) = play(to_summary);
    assert_eq!(ending, Ending::EarlySummary);
    assert_eq!(tier, Tier::Emergency);
    assert!(
        !fake.log.iter().any(|l| l.starts_with("review")),
        "no review on the way out"
    );

    let quit = vec![
        Step::Gate(false),
        yes(),
        checked(&["seizure"]),
        Step::After(Next::Quit),
    ];
    assert_eq!(play(quit).0, Ending::Quit);
}

#[test]
fn yes_at_the_gate_shows_the_emergency_message_first() {
    let (ending, fake, tier) = play(vec![Step::Gate(true), Step::After(Next::Summary)]);
    assert_eq!(ending, Ending::EarlySummary);
    assert_eq!(tier, Tier::Emergency);
    assert_eq!(
        fake.log,
        ["welcome", "gate", "interrupt gate: Call 911 now."]
    );
}

#[test]
fn back_asks_the_previous_question_again_without_repeating_its_section_intro() {
    let (_, fake, _) = play(vec![
        Step::Gate(false),
        no(),
        never(),
        // At the first question of Mood, back to the last of Use.
        Step::Back,
        never(),
        no(),
        text(""),
        Step::Review(ReviewReply::Done),
    ]);
    assert_eq!(
        fake.log[2..10],
        [
            "section Use",
            "ask missed (1/4)",
            "ask more (2/4)",
            "section Mood",
            "ask suicidal (3/4)",
            "ask more (2/4)",
            "back in Mood",
            "ask suicidal (3/4)",
        ]
    );
    assert_eq!(fake.log.iter().filter(|l| *l == "section Mood").count(), 1);
}

#[test]
fn changing_an_answer_in_the_review_asks_the_follow_ups_it_opens() {
    let bank = small();
    let missed = bank.index_of("missed").unwrap();
    let (ending, fake, tier) = play(vec![
        Step::Gate(false),
        no(),
        never(),
        no(),
        text(""),
        Step::Review(ReviewReply::Change(missed)),
        yes(),
        checked(&["sweating"]),
        Step::Review(ReviewReply::Done),
    ]);
    assert_eq!(ending, Ending::Completed);
    assert_eq!(tier, Tier::Soon, "the follow-up's answer counts");
    assert_eq!(
        fake.log[9..],
        [
            "ask missed (1/4)",
            "ask symptoms (2/5)",
            "review Missed doses=Yes, Symptoms=Sweating, Taking more=Never, \
             Thoughts of suicide=No, Anything else=Nothing added",
        ]
    );
}

mod counselor;
mod leads;
mod resume;
