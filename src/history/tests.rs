use super::*;
use crate::answers::{self, RawAnswer};
use crate::bank::Bank;
use std::sync::LazyLock;

static BANK: LazyLock<Bank> = LazyLock::new(Bank::builtin);

/// A quiet check (nothing reported) with some answers changed, as an answers file would.
fn check(file: &str, date: Option<&str>, changes: &[(&str, RawAnswer)]) -> Saved {
    let one = |s: &str| RawAnswer::One(s.to_string());
    let many = |v: &[&str]| RawAnswer::Many(v.iter().map(|s| s.to_string()).collect());
    let mut raw: answers::RawAnswers = [
        ("prescribed", one("prescribed_now")),
        ("prescribed_for", one("panic_anxiety")),
        ("how_long", one("most_days_month")),
        ("how_taken", one("as_prescribed")),
        ("current_dose", one("")),
        ("stopping_plans", one("keep_taking")),
        ("substances_past_3_months", many(&[])),
        ("pregnancy", one("no")),
        ("age_65", one("under_65")),
        ("breathing_now", one("no")),
        ("overdose_signs", many(&[])),
        ("more_than_meant", one("never")),
        ("needs_more", one("no")),
        ("unwell_when_stopping", one("not_tried")),
        ("could_not_stop", one("no")),
        ("irritable_without", one("never")),
        ("neglected_people", one("never")),
        ("neglected_duties", one("never")),
        ("worried_reliance", one("no")),
        ("common_effects", many(&[])),
        ("dangerous_effects", many(&[])),
        ("dose_change", one("no_change")),
        ("anything_else", one("")),
        ("driving", one("no")),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    for (id, value) in changes {
        raw.insert(id.to_string(), value.clone());
    }
    raw.retain(|_, v| *v != RawAnswer::One("-".into()));
    Saved {
        file: file.to_string(),
        info: date.map(|d| CheckInfo {
            date: d.to_string(),
            bank: "clonazepam".into(),
            version: BANK.def.version,
            readiness: None,
        }),
        answers: answers::from_raw(&BANK, &raw).expect("valid answers"),
    }
}

fn one(s: &str) -> RawAnswer {
    RawAnswer::One(s.to_string())
}

fn many(v: &[&str]) -> RawAnswer {
    RawAnswer::Many(v.iter().map(|s| s.to_string()).collect())
}

fn files(history: &History) -> Vec<&str> {
    history.checks.iter().map(|c| c.file.as_str()).collect()
}

fn row<'h>(history: &'h History, question: &str, item: Option<&str>) -> &'h Row {
    history
        .rows
        .iter()
        .find(|r| r.question == question && r.item.as_ref().map(|i| i.0.as_str()) == item)
        .unwrap_or_else(|| panic!("no row {question} {item:?}"))
}

fn marks(row: &Row) -> Vec<Mark> {
    row.cells.iter().map(|c| c.mark).collect()
}

#[test]
fn orders_checks_by_date_whatever_order_they_are_given_in() {
    let saved = [
        check("c.yaml", Some("2026-03-01"), &[]),
        check("a.yaml", Some("2026-01-01"), &[]),
        check("b.yaml", Some("2026-02-01"), &[]),
    ];
    let history = build(&BANK, &saved);
    assert_eq!(files(&history), ["a.yaml", "b.yaml", "c.yaml"]);
    assert!(history.same_date.is_empty() && history.undated.is_empty());
}

#[test]
fn same_dates_keep_the_order_given_and_are_noted() {
    let saved = [
        check("late.yaml", Some("2026-02-01"), &[]),
        check("second.yaml", Some("2026-01-01"), &[]),
        check("first.yaml", Some("2026-01-01"), &[]),
        check("third.yaml", Some("2026-01-01"), &[]),
    ];
    let history = build(&BANK, &saved);
    assert_eq!(
        files(&history),
        ["second.yaml", "first.yaml", "third.yaml", "late.yaml"]
    );
    assert_eq!(
        history.same_date,
        [vec!["second.yaml", "first.yaml", "third.yaml"]]
    );
    let words = Words::new(&BANK, &history, BANK.default_region(), None);
    assert!(
        words.notes[0].contains("second.yaml, first.yaml, third.yaml"),
        "{:?}",
        words.notes
    );
}

#[test]
fn undated_checks_come_last_in_the_order_given_with_a_note() {
    let saved = [
        check("undated-b.yaml", None, &[]),
        check("dated.yaml", Some("2026-01-01"), &[]),
        check("undated-a.yaml", None, &[]),
    ];
    let history = build(&BANK, &saved);
    assert_eq!(
        files(&history),
        ["dated.yaml", "undated-b.yaml", "undated-a.yaml"]
    );
    let words = Words::new(&BANK, &history, BANK.default_region(), None);
    assert!(
        words
            .notes
            .iter()
            .any(|n| n.contains("undated-b.yaml, undated-a.yaml"))
    );
}

#[test]
fn rows_are_only_signs_reported_at_some_check_with_checklist_items_on_their_own() {
    let saved = [
        check(
            "1",
            Some("2026-01-01"),
            &[("common_effects", many(&["headache", "tiredness"]))],
        ),
        check(
            "2",
            Some("2026-01-08"),
            &[("common_effects", many(&["tiredness"]))],
        ),
    ];
    let history = build(&BANK, &saved);
    let questions: Vec<_> = history
        .rows
        .iter()
        .map(|r| (r.question.as_str(), r.item.as_ref().map(|i| i.0.as_str())))
        .collect();
    assert!(questions.contains(&("common_effects", Some("headache"))));
    assert!(questions.contains(&("common_effects", Some("tiredness"))));
    assert!(
        !questions.iter().any(|(q, _)| *q == "breathing_now"),
        "{questions:?}"
    );
    let headache = row(&history, "common_effects", Some("headache"));
    assert_eq!(marks(headache), [Mark::Reported, Mark::NotReported]);
    assert_eq!(
        headache.cells[1].words.as_deref(),
        Some("Tiredness"),
        "a cell's words are the whole answer at that check"
    );
    assert_eq!(history.checks[0].reported, 2);
    assert_eq!(history.checks[1].reported, 1);
}

#[test]
fn not_asked_and_prefer_not_to_say_are_different_cells() {
    let saved = [
        // Withdrawal symptoms are asked only after dose changes.
        check("1", Some("2026-01-01"), &[]),
        check(
            "2",
            Some("2026-01-08"),
            &[
                ("dose_change", one("planned_taper")),
                ("withdrawal_symptoms", one("skip")),
            ],
        ),
        check(
            "3",
            Some("2026-01-15"),
            &[
                ("dose_change", one("planned_taper")),
                ("withdrawal_symptoms", many(&["anxiety"])),
                ("withdrawal_severity", one("mild_moderate")),
            ],
        ),
    ];
    let history = build(&BANK, &saved);
    let anxiety = row(&history, "withdrawal_symptoms", Some("anxiety"));
    assert_eq!(
        marks(anxiety),
        [Mark::NotAsked, Mark::Skipped, Mark::Reported]
    );
    assert_eq!(anxiety.cells[0].words, None);
    assert_eq!(anxiety.cells[1].words.as_deref(), Some("Prefer not to say"));
}

#[test]
fn a_question_only_ever_skipped_still_has_its_row() {
    let saved = [
        check(
            "1",
            Some("2026-01-01"),
            &[("worried_reliance", one("skip"))],
        ),
        check("2", Some("2026-01-08"), &[]),
    ];
    let history = build(&BANK, &saved);
    let worried = row(&history, "worried_reliance", None);
    assert_eq!(marks(worried), [Mark::Skipped, Mark::NotReported]);
}

#[test]
fn questions_another_bank_version_did_not_have_show_as_not_asked() {
    // A check saved with an older version that did not ask `worried_reliance`.
    let mut older = check(
        "old.yaml",
        Some("2026-01-01"),
        &[("worried_reliance", one("-"))],
    );
    older.info.as_mut().unwrap().version = BANK.def.version + 7;
    let saved = [
        older,
        check(
            "new.yaml",
            Some("2026-01-08"),
            &[("worried_reliance", one("yes"))],
        ),
    ];
    let history = build(&BANK, &saved);
    let worried = row(&history, "worried_reliance", None);
    assert_eq!(marks(worried), [Mark::NotAsked, Mark::Reported]);
    let words = Words::new(&BANK, &history, BANK.default_region(), None);
    assert!(
        words
            .notes
            .iter()
            .any(|n| n.contains("old.yaml") && n.contains("not asked")),
        "{:?}",
        words.notes
    );
}

#[test]
fn scale_answers_are_levels_and_not_sure_is_its_own_mark() {
    let saved = [
        check(
            "1",
            Some("2026-01-01"),
            &[("more_than_meant", one("sometimes"))],
        ),
        check(
            "2",
            Some("2026-01-08"),
            &[
                ("more_than_meant", one("always")),
                ("needs_more", one("not_sure")),
            ],
        ),
        check("3", Some("2026-01-15"), &[("needs_more", one("yes"))]),
    ];
    let history = build(&BANK, &saved);
    let meant = row(&history, "more_than_meant", None);
    assert_eq!(
        marks(meant),
        [
            Mark::Level { step: 1, of: 3 },
            Mark::Level { step: 3, of: 3 },
            Mark::NotReported
        ]
    );
    assert_eq!(meant.scale, ["Sometimes", "Often", "Always"]);
    let needs = row(&history, "needs_more", None);
    assert_eq!(
        marks(needs),
        [Mark::NotReported, Mark::NotSure, Mark::Reported]
    );
}

#[test]
fn each_checks_tier_and_crisis_are_the_engines() {
    let saved = [
        check("1", Some("2026-01-01"), &[]),
        check(
            "2",
            Some("2026-01-08"),
            &[
                ("dangerous_effects", many(&["suicidal_thoughts"])),
                ("suicidal_now", one("no")),
            ],
        ),
    ];
    let history = build(&BANK, &saved);
    for (check, saved) in history.checks.iter().zip(&saved) {
        let session = Session::with_answers(&BANK, saved.answers.clone());
        assert_eq!(check.urgency, session.urgency());
        assert_eq!(check.crisis, session.crisis());
    }
    assert!(history.checks[1].crisis && !history.checks[0].crisis);
}

#[test]
fn the_latest_checks_action_closes_with_crisis_support_first() {
    let saved = [check(
        "1",
        Some("2026-01-08"),
        &[
            ("dangerous_effects", many(&["suicidal_thoughts"])),
            ("suicidal_now", one("no")),
            ("suicide_plan", one("no")),
        ],
    )];
    let history = build(&BANK, &saved);
    let words = Words::new(&BANK, &history, BANK.default_region(), None);
    let (heading, steps) = words.latest.expect("a latest check");
    assert!(heading.contains("2026-01-08"));
    assert!(steps[0].contains("988"), "{steps:?}");
    assert_eq!(steps.len(), 2);
}

#[test]
fn a_bank_without_history_words_is_named_missing_them() {
    let mut ui = BANK.def.ui.clone();
    assert!(words::missing(&ui).is_empty());
    ui.history_key = String::new();
    assert_eq!(words::missing(&ui), ["history_key"]);
}

/// A check that went to its summary early: the questions after `needs_more` are absent.
fn stopped_early(file: &str, date: &str) -> Saved {
    let gone = [
        "unwell_when_stopping",
        "could_not_stop",
        "irritable_without",
        "neglected_people",
        "neglected_duties",
        "worried_reliance",
        "common_effects",
        "dangerous_effects",
        "dose_change",
        "anything_else",
    ];
    let changes: Vec<(&str, RawAnswer)> = gone.iter().map(|&id| (id, one("-"))).collect();
    check(file, Some(date), &changes)
}

#[test]
fn a_check_stopped_early_is_incomplete_with_the_engines_count_of_questions_not_asked() {
    let saved = [
        check("whole.yaml", Some("2026-01-01"), &[]),
        stopped_early("early.yaml", "2026-01-08"),
    ];
    let history = build(&BANK, &saved);
    let whole = &history.checks[0];
    assert!(!whole.incomplete);
    assert_eq!(whole.not_asked, 0);
    let early = &history.checks[1];
    assert!(early.incomplete);
    let unasked = Session::with_answers(&BANK, saved[1].answers.clone()).unasked();
    assert!(!unasked.is_empty());
    assert_eq!(early.not_asked, unasked.len());
}

#[test]
fn an_incomplete_check_is_named_in_the_notes_and_its_action_says_it_stopped_early() {
    let saved = [
        stopped_early("early.yaml", "2026-01-01"),
        check("whole.yaml", Some("2026-01-08"), &[]),
        stopped_early("later.yaml", "2026-01-15"),
    ];
    let history = build(&BANK, &saved);
    let n = history.checks[2].not_asked.to_string();
    for (bank, stopped) in [
        (&*BANK, "This check was stopped early"),
        (
            &Bank::builtin_in("es").expect("the Spanish bank"),
            "se detuvo antes",
        ),
    ] {
        let words = Words::new(bank, &history, bank.default_region(), None);
        let incomplete: Vec<&String> = words
            .notes
            .iter()
            .filter(|note| note.contains(&n) && note.contains("2026-01-"))
            .collect();
        assert_eq!(
            incomplete.len(),
            2,
            "one note per incomplete check: {incomplete:?}"
        );
        assert!(incomplete[0].contains("early.yaml") && incomplete[0].contains("2026-01-01"));
        assert!(incomplete[1].contains("later.yaml") && incomplete[1].contains("2026-01-15"));
        assert!(!words.notes.iter().any(|note| note.contains("whole.yaml")));
        let (_, steps) = words.latest.expect("a latest check");
        let last = steps.last().unwrap();
        assert!(last.contains(stopped) && last.contains(&n), "{steps:?}");
    }
}

/// A file's name is the person's own: braces in it are never read as a placeholder of
/// the words around it (each note fills its placeholders once, not one after another).
#[test]
fn a_file_name_with_braces_is_named_as_it_is() {
    let saved = [stopped_early("week{n}{date}.yaml", "2026-01-01")];
    let history = build(&BANK, &saved);
    let words = Words::new(&BANK, &history, BANK.default_region(), None);
    assert!(
        words
            .notes
            .iter()
            .any(|note| note.contains("(week{n}{date}.yaml)")),
        "{:?}",
        words.notes
    );
}
