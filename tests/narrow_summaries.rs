//! The text summaries laid out for a narrow terminal: every line fits the width it was
//! given, breaking only between words, and says the same words in the same order as the
//! usual layout. Markdown and JSON do not change with the width.

use selfcheck::answers;
use selfcheck::bank::Bank;
use selfcheck::compare::{Changes, Earlier, compare};
use selfcheck::engine::Session;
use selfcheck::flow::CounselorRecord;
use selfcheck::render::{Format, TEXT_WIDTH, render_at, render_counselor_at};
use selfcheck::summary::{self, Extras};
use std::collections::BTreeMap;

fn session<'b>(bank: &'b Bank, file: &str) -> Session<'b> {
    let file = answers::parse_file(file).expect("the answers file reads");
    Session::with_answers(
        bank,
        answers::from_raw(bank, &file.answers).expect("valid answers"),
    )
}

const QUIET: &str = include_str!("answers/quiet.yaml");
const ALARMING: &str = include_str!("answers/alarming.yaml");

/// The banks a person may run: English and Spanish.
fn banks() -> Vec<Bank> {
    vec![
        Bank::builtin(),
        Bank::builtin_in("es").expect("a Spanish bank"),
    ]
}

/// Every line is within `width` columns, unless it holds one word too long for any
/// line; and the words are those of the usual layout, in order.
fn assert_fits(text: &str, usual: &str, width: usize) {
    for line in text.lines() {
        let columns = console::measure_text_width(line);
        assert!(
            columns <= width || !line.trim().contains(' '),
            "a line of {columns} columns at width {width}: {line:?}\n{text}"
        );
    }
    assert_eq!(
        text.split_whitespace().collect::<Vec<_>>(),
        usual.split_whitespace().collect::<Vec<_>>(),
        "the same words at width {width}"
    );
}

/// What changed from a quiet check to an alarming one, as `--compare` finds it.
fn changes(bank: &Bank, now: &Session) -> Changes {
    let earlier = Earlier {
        session: session(bank, QUIET),
        date: Some("2026-01-01".into()),
        other_version: false,
        removed: Vec::new(),
        readiness: Some(3),
    };
    compare(&earlier, now, bank.default_region())
}

#[test]
fn a_summary_with_changes_fits_any_width_and_says_the_same_words() {
    for bank in banks() {
        let region = bank.default_region();
        let now = session(&bank, ALARMING);
        let changes = changes(&bank, &now);
        let extras = Extras {
            changes: Some(&changes),
            ..Extras::default()
        };
        let summary = summary::build(&now, region, extras);
        let usual = render_at(&summary, Format::Text, TEXT_WIDTH);
        assert!(usual.contains(&summary.words.changes.since), "{usual}");
        for width in 20..TEXT_WIDTH {
            assert_fits(&render_at(&summary, Format::Text, width), &usual, width);
        }
        for format in [Format::Markdown, Format::Json] {
            assert_eq!(
                render_at(&summary, format, 30),
                render_at(&summary, format, TEXT_WIDTH),
                "{format:?} does not depend on the width"
            );
        }
    }
}

#[test]
fn a_counselor_summary_fits_any_width_and_says_the_same_words() {
    for bank in banks() {
        let region = bank.default_region();
        let now = session(&bank, ALARMING);
        let changes = changes(&bank, &now);
        let extras = Extras {
            changes: Some(&changes),
            ..Extras::default()
        };
        let client = summary::build(&now, region, extras);
        let record = CounselorRecord {
            notes: BTreeMap::from([(0, "Talked about running out on Friday.".to_string())]),
            readiness: Some(6),
            next_step: "Call the prescriber's office together this afternoon.".into(),
        };
        let mut summary = summary::counselor::build(
            &now,
            &record,
            bank.def.counselor.as_ref().expect("counselor words"),
            &client,
            region,
        );
        summary.session = Some("2026-11-29 14:05".into());
        let usual = render_counselor_at(&summary, Format::Text, TEXT_WIDTH);
        assert!(usual.contains(&summary.words.changes.since), "{usual}");
        for width in 20..TEXT_WIDTH {
            assert_fits(
                &render_counselor_at(&summary, Format::Text, width),
                &usual,
                width,
            );
        }
    }
}
