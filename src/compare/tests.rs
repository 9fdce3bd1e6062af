use super::*;
use crate::bank::testing::{bank, small};

fn answers<'b>(bank: &'b Bank, list: &[(&str, Answer)]) -> Session<'b> {
    Session::with_answers(
        bank,
        list.iter()
            .map(|(id, a)| (bank.index_of(id).unwrap(), a.clone())),
    )
}

fn choice(id: &str) -> Answer {
    Answer::Choice(id.into())
}

fn checked(ids: &[&str]) -> Answer {
    Answer::Checklist(ids.iter().map(|s| s.to_string()).collect())
}

fn earlier<'b>(session: Session<'b>) -> Earlier<'b> {
    Earlier {
        session,
        date: Some("2026-11-19".into()),
        other_version: false,
        removed: Vec::new(),
        readiness: None,
    }
}

fn compare_pair(then: &[(&str, Answer)], now: &[(&str, Answer)]) -> Changes {
    // `Changes` owns its words, so the bank need not outlive this call.
    let bank = small();
    let region = bank.default_region();
    compare(&earlier(answers(&bank, then)), &answers(&bank, now), region)
}

fn shape(changes: &[Change]) -> Vec<String> {
    changes
        .iter()
        .map(|c| format!("{}: {} -> {}", c.question, c.before, c.after))
        .collect()
}

#[test]
fn the_same_answers_report_no_change() {
    let list = [
        ("more", choice("often")),
        ("missed", choice("yes")),
        ("symptoms", checked(&["sweating"])),
        ("notes", Answer::Text("hello".into())),
    ];
    let changes = compare_pair(&list, &list);
    assert!(changes.is_empty(), "{changes:?}");
    assert_eq!(changes.since.as_deref(), Some("2026-11-19"));
}

#[test]
fn new_resolved_and_moved_answers_are_told_apart() {
    let changes = compare_pair(
        &[
            ("more", choice("sometimes")),
            ("missed", choice("yes")),
            ("symptoms", checked(&["sweating", "anxiety"])),
        ],
        &[
            ("more", choice("often")),
            ("missed", choice("yes")),
            ("symptoms", checked(&["anxiety", "seizure"])),
        ],
    );
    // Whole answers then and now; `items` names what is new or no longer reported.
    let whole = ["symptoms: Sweating, Anxiety -> Anxiety, A seizure"];
    assert_eq!(shape(&changes.new), whole);
    assert_eq!(changes.new[0].items, ["A seizure"]);
    assert_eq!(shape(&changes.resolved), whole);
    assert_eq!(changes.resolved[0].items, ["Sweating"]);
    assert_eq!(shape(&changes.changed), ["more: Sometimes -> Often"]);
}

#[test]
fn a_red_flag_no_longer_reported_stands_on_its_own_first() {
    let changes = compare_pair(
        &[
            ("more", choice("often")),
            ("missed", choice("yes")),
            ("symptoms", checked(&["sweating", "seizure", "anxiety"])),
        ],
        &[
            ("more", choice("never")),
            ("missed", choice("yes")),
            ("symptoms", checked(&[])),
        ],
    );
    let items: Vec<&[String]> = changes.resolved.iter().map(|c| &c.items[..]).collect();
    assert_eq!(
        items,
        [
            &["A seizure".to_string()][..],
            &["Sweating".to_string(), "Anxiety".to_string()][..],
            &[][..]
        ]
    );
    assert_eq!(changes.resolved[2].question, "more");
    assert!(
        changes
            .resolved
            .iter()
            .all(|c| c.tier.is_none() && c.action.is_none())
    );
}

#[test]
fn a_move_between_two_choices_is_a_change() {
    let bank = bank(CHOICES);
    let region = bank.default_region();
    let then = answers(&bank, &[("plan", choice("want_to_stop"))]);
    let now = answers(&bank, &[("plan", choice("slow_plan"))]);
    let changes = compare(&earlier(then), &now, region);
    assert!(changes.resolved.is_empty(), "{changes:?}");
    assert_eq!(
        shape(&changes.changed),
        ["plan: Want to stop, no plan -> Stopping slowly with my prescriber"]
    );
    // From nothing to a sign is still new.
    let then = answers(&bank, &[("plan", choice("keep_taking"))]);
    let now = answers(&bank, &[("plan", choice("want_to_stop"))]);
    let changes = compare(&earlier(then), &now, region);
    assert_eq!(changes.new.len(), 1, "{changes:?}");
}

const CHOICES: &str = r#"
  - id: plans
    title: Plans
    intro: Right now.
    questions:
      - id: plan
        kind: choice
        text: Right now, are you planning to stop?
        label: Plans to stop
        choices:
          - {id: keep_taking, label: "No, I keep taking it", neutral: true}
          - {id: slow_plan, label: "Stopping slowly with my prescriber", neutral: true}
          - {id: want_to_stop, label: "Want to stop, no plan"}
        alerts:
          - {if_any: [want_to_stop], tier: soon}
"#;

#[test]
fn a_new_red_flag_leads_with_its_action() {
    let changes = compare_pair(
        &[("more", choice("never")), ("missed", choice("no"))],
        &[
            ("more", choice("sometimes")),
            ("missed", choice("yes")),
            ("symptoms", checked(&["seizure"])),
        ],
    );
    let first = &changes.new[0];
    assert_eq!(first.question, "symptoms");
    assert_eq!(first.before, "Not asked", "hidden before: not asked");
    assert_eq!(first.tier, Some(Tier::Emergency));
    assert_eq!(first.action.as_deref(), Some("Call 911 now."));
    // Signs that are not red flags carry no action, and follow in bank order.
    assert_eq!(
        shape(&changes.new[1..]),
        ["missed: No -> Yes", "more: Never -> Sometimes"]
    );
    assert!(changes.new[1..].iter().all(|c| c.action.is_none()));
}

#[test]
fn prefer_not_to_say_before_or_after_is_a_change_not_a_sign() {
    let changes = compare_pair(
        &[
            ("more", Answer::Skipped),
            ("missed", choice("yes")),
            ("symptoms", checked(&["sweating"])),
        ],
        &[("more", choice("often")), ("missed", Answer::Skipped)],
    );
    assert_eq!(
        shape(&changes.changed),
        [
            "missed: Yes -> Prefer not to say",
            "more: Prefer not to say -> Often"
        ]
    );
    assert!(changes.new.is_empty());
    // Prefer not to say opens the follow-up, but it was not answered now (the check
    // stopped early): no longer reported.
    assert_eq!(
        shape(&changes.resolved),
        ["symptoms: Sweating -> Not asked"]
    );
}

#[test]
fn a_follow_up_hidden_now_is_no_longer_reported() {
    let changes = compare_pair(
        &[
            ("missed", choice("yes")),
            ("symptoms", checked(&["sweating"])),
        ],
        &[("missed", choice("no"))],
    );
    assert_eq!(
        shape(&changes.resolved),
        ["missed: Yes -> No", "symptoms: Sweating -> Not asked"]
    );
}

#[test]
fn questions_hidden_at_both_checks_and_free_text_are_left_out() {
    let changes = compare_pair(
        &[
            ("more", choice("never")),
            ("missed", choice("no")),
            ("notes", Answer::Text("a".into())),
        ],
        &[
            ("more", choice("never")),
            ("missed", choice("no")),
            ("notes", Answer::Text("b".into())),
        ],
    );
    assert!(changes.is_empty(), "{changes:?}");
}

#[test]
fn another_bank_version_lists_added_and_removed_questions_instead_of_changes() {
    let bank = small();
    let region = bank.default_region();
    // The earlier version had no `more` question and had one called `old`.
    let then = Earlier {
        session: answers(&bank, &[("missed", choice("no"))]),
        date: None,
        other_version: true,
        removed: vec!["old".into()],
        readiness: None,
    };
    let now = answers(
        &bank,
        &[("more", choice("often")), ("missed", choice("no"))],
    );
    let changes = compare(&then, &now, region);
    assert_eq!(
        changes.added_questions,
        [QuestionRef {
            question: "more".into(),
            label: "Taking more".into()
        }]
    );
    assert_eq!(changes.removed_questions, ["old"]);
    assert!(
        changes.new.is_empty(),
        "an added question's answer is not a new sign"
    );
    assert_eq!(changes.since, None);
}
