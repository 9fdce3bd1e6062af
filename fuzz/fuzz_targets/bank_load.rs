//! Any bytes, as a bank: `Bank::load` must refuse what is not a valid bank with an error,
//! never panic. A bank it accepts must then hold what validation promises: a session
//! through every question runs, and its summary builds and renders for every region.

#![no_main]

use libfuzzer_sys::fuzz_target;
use selfcheck::answers::Answer;
use selfcheck::bank::Bank;
use selfcheck::bank::model::Kind;
use selfcheck::engine::Session;
use selfcheck::render::{Format, render};
use selfcheck::summary::{self, Extras};

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    match Bank::load("fuzz.yaml", source) {
        Ok(bank) => use_bank(&bank),
        // The message the person reads is built too.
        Err(err) => drop(err.to_string()),
    }
});

/// Answers every question it is asked (the first choice, the first checklist item, a
/// line of text), then builds and renders the summary for each region.
fn use_bank(bank: &Bank) {
    let mut session = Session::new(bank);
    while let Some(index) = session.current() {
        let question = bank.question(index);
        let first = question.choices.first().map(|c| c.id.clone());
        let answer = match (question.kind, first) {
            (Kind::Text, _) => Answer::Text("fuzz".into()),
            (Kind::Checklist, first) => Answer::Checklist(first.into_iter().collect()),
            (_, Some(first)) => Answer::Choice(first),
            (_, None) => Answer::Skipped,
        };
        session
            .answer(index, answer)
            .expect("an answer made from the question's own choices fits it");
    }
    for region in &bank.def.regions {
        let summary = summary::build(&session, region, Extras::default());
        for format in [Format::Text, Format::Markdown, Format::Json] {
            drop(render(&summary, format));
        }
    }
}
