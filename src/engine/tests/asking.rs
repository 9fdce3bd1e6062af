//! Which questions are asked, in what order; going back; progress; an early stop.

use super::*;
use crate::bank::model::Kind;

#[test]
fn asks_questions_in_bank_order_skipping_hidden_follow_ups() {
    let bank = small();
    let mut session = Session::new(&bank);
    assert_eq!(session.current(), Some(index(&bank, "missed")));
    session
        .answer(index(&bank, "missed"), choice("no"))
        .unwrap();
    // "symptoms" is asked only after missed doses: it is skipped.
    assert_eq!(session.current(), Some(index(&bank, "more")));
    assert!(!session.is_visible(index(&bank, "symptoms")));
}

#[test]
fn a_follow_up_is_asked_when_its_condition_holds_including_prefer_not_to_say() {
    let bank = small();
    for answer in [choice("yes"), choice("not_sure"), Answer::Skipped] {
        let mut session = Session::new(&bank);
        session
            .answer(index(&bank, "missed"), answer.clone())
            .unwrap();
        assert_eq!(
            session.current(),
            Some(index(&bank, "symptoms")),
            "after {answer:?}"
        );
    }
}

#[test]
fn answers_to_questions_that_became_hidden_count_for_nothing() {
    let bank = small();
    let mut session = Session::new(&bank);
    session
        .answer(index(&bank, "missed"), choice("yes"))
        .unwrap();
    session
        .answer(
            index(&bank, "symptoms"),
            Answer::Checklist(vec!["seizure".into()]),
        )
        .unwrap();
    assert_eq!(session.urgency(), Tier::Emergency);
    // Changing the parent answer hides the follow-up; its seizure no longer counts.
    session
        .answer(index(&bank, "missed"), choice("no"))
        .unwrap();
    assert_eq!(session.urgency(), Tier::Routine);
    assert!(
        session
            .answered()
            .all(|(i, _)| i != index(&bank, "symptoms"))
    );
    // ...and counts again when the person changes their mind back.
    session
        .answer(index(&bank, "missed"), choice("yes"))
        .unwrap();
    assert_eq!(session.urgency(), Tier::Emergency);
}

#[test]
fn back_returns_to_the_previous_question_offering_its_answer() {
    let bank = small();
    let mut session = Session::new(&bank);
    assert!(!session.can_go_back());
    assert_eq!(
        session.back(),
        None,
        "nothing to go back to at the first question"
    );
    session
        .answer(index(&bank, "missed"), choice("no"))
        .unwrap();
    session
        .answer(index(&bank, "more"), choice("often"))
        .unwrap();
    assert!(session.can_go_back());
    assert_eq!(session.back(), Some(index(&bank, "more")));
    assert_eq!(session.current(), Some(index(&bank, "more")));
    assert_eq!(
        session.default_for(index(&bank, "more")),
        Some(&choice("often"))
    );
    // The taken-back answer no longer counts.
    assert_eq!(session.urgency(), Tier::Routine);
    assert_eq!(session.back(), Some(index(&bank, "missed")));
    assert_eq!(session.current(), Some(index(&bank, "missed")));
}

#[test]
fn back_steps_over_answers_that_stopped_counting() {
    let bank = small();
    let mut session = Session::new(&bank);
    session
        .answer(index(&bank, "missed"), choice("yes"))
        .unwrap();
    session
        .answer(index(&bank, "symptoms"), Answer::Checklist(vec![]))
        .unwrap();
    session
        .answer(index(&bank, "more"), choice("never"))
        .unwrap();
    // Change the parent from the review: the follow-up is hidden now.
    session
        .answer(index(&bank, "missed"), choice("no"))
        .unwrap();
    assert_eq!(session.back(), Some(index(&bank, "missed")));
    assert_eq!(session.back(), Some(index(&bank, "more")));
    assert_eq!(session.back(), None);
}

#[test]
fn answers_that_do_not_fit_the_question_are_refused() {
    let bank = small();
    let mut session = Session::new(&bank);
    let err = session
        .answer(index(&bank, "missed"), choice("maybe"))
        .unwrap_err();
    assert!(
        err.contains("question `missed`") && err.contains("NotAChoice") && err.contains("maybe"),
        "{err}"
    );
    let err = session
        .answer(index(&bank, "more"), Answer::Checklist(vec![]))
        .unwrap_err();
    assert!(err.contains("WrongKind(Choice)"), "{err}");
    assert_eq!(
        session.current(),
        Some(index(&bank, "missed")),
        "nothing recorded"
    );
}

#[test]
fn progress_counts_visible_questions_and_grows_with_follow_ups() {
    let bank = small();
    let mut session = Session::new(&bank);
    assert_eq!(session.progress(), Progress { n: 1, total: 4 });
    session
        .answer(index(&bank, "missed"), choice("yes"))
        .unwrap();
    assert_eq!(session.progress(), Progress { n: 2, total: 5 });
    session
        .answer(index(&bank, "symptoms"), Answer::Checklist(vec![]))
        .unwrap();
    assert_eq!(session.progress(), Progress { n: 3, total: 5 });
}

#[test]
fn the_session_is_done_when_every_visible_question_is_answered() {
    let bank = small();
    let mut session = Session::new(&bank);
    for (id, answer) in [
        ("missed", choice("no")),
        ("more", choice("never")),
        ("suicidal", choice("no")),
        ("notes", Answer::Text(String::new())),
    ] {
        assert!(!session.is_done());
        session.answer(index(&bank, id), answer).unwrap();
    }
    assert!(session.is_done());
    assert_eq!(session.current(), None);
}

const WITH_UNLESS: &str = r#"
  - id: effects
    title: Effects
    intro: In the past 7 days.
    questions:
      - id: side_effects
        kind: checklist
        text: Have you had any of these?
        label: Side effects
        choices:
          - {id: suicidal, label: Thoughts of suicide}
          - {id: nausea, label: Nausea}
      - id: acting_now
        kind: yes_no
        text: Right now, are you thinking of acting on them?
        label: Acting now
        when: {question: side_effects, if_any: [suicidal]}
      - id: withdrawal
        kind: checklist
        text: Since a missed dose, have you had any of these?
        label: Withdrawal
        choices:
          - {id: suicidal, label: Thoughts of suicide}
      - id: acting_now_again
        kind: yes_no
        text: Right now, are you thinking of acting on them?
        label: Acting now
        when: {question: withdrawal, if_any: [suicidal]}
        unless: {question: side_effects, if_any: [suicidal]}
"#;

#[test]
fn unless_keeps_a_follow_up_from_being_asked_twice() {
    let bank = bank(WITH_UNLESS);
    let again = index(&bank, "acting_now_again");
    // Reported in both places: the follow-up was asked the first time only.
    let mut session = Session::new(&bank);
    session
        .answer(
            index(&bank, "side_effects"),
            Answer::Checklist(vec!["suicidal".into()]),
        )
        .unwrap();
    session
        .answer(index(&bank, "acting_now"), choice("no"))
        .unwrap();
    session
        .answer(
            index(&bank, "withdrawal"),
            Answer::Checklist(vec!["suicidal".into()]),
        )
        .unwrap();
    assert!(!session.is_visible(again));
    assert!(session.is_done());
    // Reported only in the second place: asked there.
    let mut session = Session::new(&bank);
    session
        .answer(
            index(&bank, "side_effects"),
            Answer::Checklist(vec!["nausea".into()]),
        )
        .unwrap();
    session
        .answer(
            index(&bank, "withdrawal"),
            Answer::Checklist(vec!["suicidal".into()]),
        )
        .unwrap();
    assert_eq!(session.current(), Some(again));
    assert_eq!(session.progress(), Progress { n: 3, total: 3 });
}

#[test]
fn unasked_lists_the_open_questions_of_an_early_stop() {
    let bank = bank(CONTEXT);
    let mut session = Session::new(&bank);
    assert_eq!(session.unasked().len(), 2, "`change` is not open yet");
    session.answer(index(&bank, "used"), choice("yes")).unwrap();
    assert_eq!(
        session.unasked(),
        vec![index(&bank, "change"), index(&bank, "shaky")]
    );
}

/// The visibility kept up to date answer by answer is the one worked out from scratch,
/// whatever is answered, changed or taken back, in any order (the built-in bank, with
/// its `when`, `or_when` and `unless` chains).
#[test]
fn visibility_kept_up_to_date_is_the_one_worked_out_from_scratch() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};
    let bank = Bank::builtin();
    let steps = proptest::collection::vec((0..bank.len(), 0usize..8, any::<bool>()), 1..120);
    TestRunner::new(Config::with_cases(200))
        .run(&steps, |steps| {
            let mut session = Session::new(&bank);
            for (index, pick, back) in steps {
                if back {
                    session.back();
                } else {
                    let question = bank.question(index);
                    let answer = match question.kind {
                        Kind::Text => Answer::Text("x".into()),
                        Kind::Checklist => Answer::Checklist(
                            question
                                .choices
                                .iter()
                                .skip(pick % question.choices.len().max(1))
                                .take(1)
                                .map(|c| c.id.clone())
                                .collect(),
                        ),
                        _ if pick == 7 => Answer::Skipped,
                        _ => Answer::Choice(
                            question.choices[pick % question.choices.len()].id.clone(),
                        ),
                    };
                    session.answer(index, answer).unwrap();
                }
                let mut fresh = session.clone();
                fresh.refresh_from(0);
                prop_assert_eq!(&session.visible, &fresh.visible);
            }
            Ok(())
        })
        .unwrap();
}
