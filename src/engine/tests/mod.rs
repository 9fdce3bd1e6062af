//! The engine's tests, by topic: which questions are asked and in what order
//! (`asking`), and what answers raise (`alerts`). The banks and helpers they share are
//! here.

use super::*;
use crate::bank::testing::bank;

mod alerts;
mod asking;

const SECTIONS: &str = r#"
  - id: use
    title: Use
    intro: In the past 3 months.
    questions:
      - id: missed
        kind: yes_no
        not_sure: true
        text: Have you missed doses?
        label: Missed doses
      - id: symptoms
        kind: checklist
        text: Since then, have you had any of these?
        label: Symptoms
        when: {question: missed, if_any: ["yes", not_sure, skip]}
        choices:
          - {id: sweating, label: Sweating}
          - {id: seizure, label: A seizure}
        alerts:
          - {if_any: [sweating], tier: today, notes: [taper]}
          - {if_any: [seizure], tier: emergency, interrupt: red}
      - id: more
        kind: choice
        scale: frequency
        text: How often do you take more than prescribed?
        label: Taking more
        alerts:
          - {if_any: [sometimes, often], tier: soon, notes: [taper]}
  - id: mood
    title: Mood
    intro: In the past 7 days.
    questions:
      - id: suicidal
        kind: yes_no
        not_sure: true
        text: Have you had thoughts of suicide?
        label: Thoughts of suicide
        alerts:
          - {if_any: ["yes", not_sure], tier: today, crisis: true, interrupt: red}
      - id: notes
        kind: text
        text: Anything else?
        label: Anything else
"#;

/// A taper context: the same symptom raises `soon` during a planned taper and `today`
/// otherwise, including when the context was skipped or never asked.
const CONTEXT: &str = r#"
  - id: doses
    title: Doses
    intro: In the past 4 weeks.
    questions:
      - id: used
        kind: yes_no
        text: Have you taken it most days?
        label: Most days
      - id: change
        kind: choice
        when: {question: used, if_any: ["yes"]}
        text: How did your dose change?
        label: Dose change
        choices:
          - {id: planned, label: A planned taper, neutral: true}
          - {id: ran_out, label: I ran out}
      - id: shaky
        kind: yes_no
        text: Have you felt shaky since?
        label: Shaky
        alerts:
          - if_any: ["yes"]
            unless: [{question: change, if_any: [planned]}]
            tier: today
            interrupt: red
          - if_any: ["yes"]
            when: [{question: change, if_any: [planned]}]
            tier: soon
            notes: [taper]
"#;

fn choice(id: &str) -> Answer {
    Answer::Choice(id.into())
}

fn index(bank: &Bank, id: &str) -> usize {
    bank.index_of(id).unwrap()
}
