//! The history describes and never judges: whatever was answered, at however many
//! checks, in English or Spanish, for a person or a counselor, no output of `history`
//! says "better", "worse", "improving", a trend, or the like in its own words.
//! (The bank's own labels and answers are taken out first: a question may ask whether
//! signs are "getting worse", and that is the person's answer, not a verdict.)

mod common;

use proptest::prelude::*;
use selfcheck::answers::{Answer, CheckInfo};
use selfcheck::bank::Bank;
use selfcheck::history::{self, History, Saved, Words};
use selfcheck::render::history::{Glyphs, json, markdown, text};
use std::collections::BTreeMap;
use std::sync::LazyLock;

static EN: LazyLock<Bank> = LazyLock::new(Bank::builtin);
static ES: LazyLock<Bank> = LazyLock::new(|| Bank::builtin_in("es").unwrap());

/// Words that would judge a course of checks, lowercase, matched anywhere in a word.
const JUDGING: &[&str] = &[
    "better",
    "worse",
    "worsen",
    "improv",
    "trend",
    "declin",
    "deteriorat",
    "progress",
    "good",
    "recover",
    "mejor",
    "peor",
    "empeor",
    "tendencia",
    "progres",
    "deterior",
    "bueno",
    "buena",
    "recuper",
];

fn judging_in(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    JUDGING.iter().copied().find(|w| lower.contains(w))
}

/// A check: any answers to every question (the engine ignores those it would not ask),
/// a date from a short list (so some are the same) or none.
fn any_check(bank: &'static Bank) -> impl Strategy<Value = (Option<u8>, Vec<Answer>)> {
    let answers: Vec<_> = (0..bank.len())
        .map(|i| common::any_answer(bank, i))
        .collect();
    (proptest::option::weighted(0.9, 1u8..6), answers)
}

fn saved(checks: Vec<(Option<u8>, Vec<Answer>)>) -> Vec<Saved> {
    checks
        .into_iter()
        .enumerate()
        .map(|(n, (day, answers))| Saved {
            file: format!("check-{n}.yaml"),
            info: day.map(|d| CheckInfo {
                date: format!("2026-03-0{d}"),
                bank: "clonazepam".into(),
                version: 2,
                readiness: None,
            }),
            answers: answers.into_iter().enumerate().collect::<BTreeMap<_, _>>(),
        })
        .collect()
}

fn markdown_escaped(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let escape = matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
            );
            escape.then_some('\\').into_iter().chain([c])
        })
        .collect()
}

/// The output with every word that comes from the bank's questions and answers, and the
/// tiers' actions, taken out: what is left is the history's own words.
fn own_words(output: &str, history: &History, words: &Words) -> String {
    let mut theirs: Vec<String> = Vec::new();
    for row in &history.rows {
        theirs.extend([
            row.label.clone(),
            row.section_title.clone(),
            format!("\"{}\"", row.question),
            format!("\"{}\"", row.section),
        ]);
        if let Some((id, label)) = &row.item {
            theirs.extend([label.clone(), format!("\"{id}\"")]);
        }
        theirs.extend(row.scale.iter().cloned());
        theirs.extend(row.cells.iter().filter_map(|c| c.words.clone()));
    }
    theirs.extend(words.tiers.iter().map(|(_, _, action)| action.clone()));
    theirs.extend(
        words
            .latest
            .iter()
            .flat_map(|(_, steps)| steps.iter().cloned()),
    );
    theirs.push(words.disclaimer.clone());
    let mut all: Vec<String> = Vec::new();
    for text in theirs {
        let json = serde_json::to_string(&text).unwrap();
        all.push(json[1..json.len() - 1].to_string());
        all.push(markdown_escaped(&text));
        all.push(text);
    }
    all.sort_by_key(|t| std::cmp::Reverse(t.len()));
    let mut left = output.to_string();
    for text in all.iter().filter(|t| !t.is_empty()) {
        left = left.replace(text.as_str(), " ");
    }
    left
}

fn check_outputs(
    bank: &'static Bank,
    checks: Vec<(Option<u8>, Vec<Answer>)>,
    counselor: bool,
) -> Result<(), TestCaseError> {
    let saved = saved(checks);
    let history = history::build(bank, &saved);
    let counselor = counselor.then(|| bank.def.counselor.as_ref().unwrap());
    let words = Words::new(bank, &history, bank.default_region(), counselor);
    let outputs = [
        // Wide enough that no label wraps (so the bank's words are whole to take out);
        // the words do not depend on the width.
        text(&history, &words, &Glyphs::UNICODE, 1000),
        text(&history, &words, &Glyphs::ASCII, 1000),
        markdown(&history, &words),
        json(&history, &words),
    ];
    for output in outputs {
        let own = own_words(&output, &history, &words);
        prop_assert!(
            judging_in(&own).is_none(),
            "judging word {:?} in:\n{own}",
            judging_in(&own)
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn no_history_in_english_judges(
        checks in proptest::collection::vec(any_check(&EN), 1..5),
        counselor in any::<bool>(),
    ) {
        check_outputs(&EN, checks, counselor)?;
    }

    #[test]
    fn no_history_in_spanish_judges(
        checks in proptest::collection::vec(any_check(&ES), 1..5),
        counselor in any::<bool>(),
    ) {
        check_outputs(&ES, checks, counselor)?;
    }
}

#[test]
fn the_words_the_history_adds_to_the_banks_never_judge() {
    for bank in [&*EN, &*ES] {
        let ui = &bank.def.ui;
        let ours = [
            &ui.history_title,
            &ui.history_action_row,
            &ui.history_crisis_row,
            &ui.history_count_row,
            &ui.history_tier_emergency,
            &ui.history_tier_today,
            &ui.history_tier_soon,
            &ui.history_tier_routine,
            &ui.history_key,
            &ui.history_reported,
            &ui.history_not_reported,
            &ui.history_blank,
            &ui.history_note,
            &ui.history_crisis_mark,
            &ui.history_count_key,
            &ui.history_left_out,
            &ui.history_same_date,
            &ui.history_undated,
            &ui.history_other_version,
            &ui.history_tiers_note,
            &ui.history_latest,
            &ui.history_nothing,
            &ui.history_intro,
            &bank.def.counselor.as_ref().unwrap().history_title,
        ];
        for words in ours {
            assert_eq!(judging_in(words), None, "{}: {words}", bank.def.locale);
        }
    }
}

#[test]
fn the_judging_words_are_caught() {
    assert_eq!(judging_in("Signs are Improving"), Some("improv"));
    assert_eq!(judging_in("La tendencia es clara"), Some("tendencia"));
    assert_eq!(judging_in("Está peor"), Some("peor"));
}
