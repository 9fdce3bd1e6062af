//! The engine's tests, by topic: which questions are asked and in what order
//! (`asking`), and what answers raise (`alerts`), mostly on the shared small bank. The
//! banks of their own and helpers they share are here.

use super::*;
use crate::bank::testing::{bank, small};

mod alerts;
mod asking;

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
