//! The plain prompter driving the flow in-process, on a small bank: the two meet only
//! through the `Prompter` trait, so this is where a whole session through both is tried.

use selfcheck::bank::Bank;
use selfcheck::bank::model::Tier;
use selfcheck::flow::{self, Ending};
use selfcheck::prompt::plain::PlainPrompter;
use std::io::Cursor;

/// A bank made of the minimal test bank's words (its `ui`, tiers, regions and the
/// `breathing` red-flag message) around `sections`.
fn bank_with(sections: &str) -> Bank {
    let minimal = include_str!("fixtures/minimal.yaml");
    let header = &minimal[..minimal.find("\nsections:\n").expect("a sections key")];
    let source = format!("{header}\nsections:\n{sections}");
    Bank::load("test.yaml", &source).unwrap_or_else(|err| panic!("test bank: {err}"))
}

#[test]
fn a_whole_session_runs_through_the_flow() {
    let bank = bank_with(
        r#"
  - id: use
    title: Use
    intro: In the past 3 months.
    questions:
      - id: missed
        kind: yes_no
        text: Have you missed doses?
        label: Missed doses
      - id: symptoms
        kind: checklist
        text: Since then, have you had any of these?
        label: Symptoms
        when: {question: missed, if_any: ["yes"]}
        choices:
          - {id: sweating, label: Sweating}
          - {id: seizure, label: A seizure}
        alerts:
          - {if_any: [seizure], tier: emergency, interrupt: breathing}
"#,
    );
    let ui = &bank.def.ui;
    // Gate: no. Missed: yes. Symptoms: back, then yes again, then a seizure.
    // Interrupt: continue. Review: done.
    let input = format!("2\n1\n{}\n1\n2\n1\n0\n", ui.plain_back_key);
    let mut p = PlainPrompter::new(ui, Cursor::new(input.into_bytes()), Vec::new());
    let outcome = flow::run(&bank, bank.default_region(), None, &mut p).unwrap();
    assert_eq!(outcome.ending, Ending::Completed);
    assert_eq!(outcome.session.urgency(), Tier::Emergency);
    let out = String::from_utf8(p.into_output()).unwrap();
    assert_eq!(out.matches("Have you missed doses?").count(), 2, "{out}");
    let interrupt = &bank
        .def
        .interrupts
        .iter()
        .find(|i| i.id == "breathing")
        .unwrap()
        .title;
    let seizure = out
        .find(&ui.plain_echo.replace("{answer}", "A seizure"))
        .unwrap();
    assert!(out[seizure..].contains(interrupt.as_str()), "{out}");
    assert!(out.ends_with(&format!(
        "{}\n",
        ui.plain_echo.replace("{answer}", &ui.review_done)
    )));
}
