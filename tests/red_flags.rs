//! Red flags in the built-in banks, as the content guide asks: a follow-up that confirms
//! an emergency (it is happening now, or in the last 24 hours) shows a firm screen that
//! starts "Call 911 now", even when a softer one was shown for the question before it.

use selfcheck::answers::Answer;
use selfcheck::bank::Bank;
use selfcheck::bank::model::{Kind, Tier};
use selfcheck::engine::Session;

fn builtin_banks() -> Vec<Bank> {
    ["en", "es"]
        .into_iter()
        .map(|lang| Bank::builtin_in(lang).unwrap())
        .collect()
}

#[test]
fn every_emergency_alert_interrupts_with_a_screen_that_starts_with_the_call() {
    for bank in builtin_banks() {
        // The words the emergency headline starts with ("Call {emergency} now").
        let headline = &bank.def.tiers.get(Tier::Emergency).headline;
        let call = headline.trim_end_matches('.').to_string();
        for index in 0..bank.len() {
            let question = bank.question(index);
            for alert in question.alerts.iter().filter(|a| a.tier == Tier::Emergency) {
                let Some(id) = &alert.interrupt else {
                    // A second emergency alert on the same answers only adds notes.
                    assert!(
                        question.alerts.iter().any(|a| a.tier == Tier::Emergency
                            && a.interrupt.is_some()
                            && a.if_any == alert.if_any),
                        "{}: `{}` raises an emergency with no screen",
                        bank.def.locale,
                        question.id
                    );
                    continue;
                };
                let message = &bank.interrupt(id).message;
                assert!(
                    message.starts_with(&call),
                    "{}: interrupt `{id}` (from `{}`) does not start with {call:?}: {message}",
                    bank.def.locale,
                    question.id
                );
            }
        }
    }
}

#[test]
fn a_confirmed_emergency_shows_its_firm_screen_after_the_softer_one() {
    for bank in builtin_banks() {
        for index in 0..bank.len() {
            let Some(parent) = bank.parent(index) else {
                continue;
            };
            let question = bank.question(index);
            let Some(emergency) = question
                .alerts
                .iter()
                .find(|a| a.tier == Tier::Emergency && a.interrupt.is_some())
            else {
                continue;
            };
            // Open the follow-up as a person would: every question on the way to it is
            // answered with the answer that opens the next one; the rest with a
            // nothing-to-report answer.
            let mut opens = std::collections::HashMap::new();
            let mut child = index;
            while let Some(up) = bank.parent(child) {
                let when = bank.question(child).when.as_ref().unwrap();
                let id = when.if_any[0].clone();
                let answer = match bank.question(up).kind {
                    Kind::Checklist => Answer::Checklist(vec![id]),
                    _ => Answer::Choice(id),
                };
                opens.insert(up, answer);
                child = up;
            }
            let mut session = Session::new(&bank);
            let mut soft = Vec::new();
            while let Some(current) = session.current().filter(|&c| c != index) {
                let q = bank.question(current);
                let answer = opens
                    .get(&current)
                    .cloned()
                    .unwrap_or_else(|| match q.kind {
                        Kind::Checklist => Answer::Checklist(Vec::new()),
                        Kind::Text => Answer::Text(String::new()),
                        _ => Answer::Choice(
                            q.choices
                                .iter()
                                .find(|c| c.neutral)
                                .unwrap_or(&q.choices[0])
                                .id
                                .clone(),
                        ),
                    });
                let raised = session.answer(current, answer).unwrap();
                if current == parent {
                    soft = raised.iter().map(|(i, _)| i.id.clone()).collect();
                }
            }
            assert_eq!(session.current(), Some(index), "`{}` opens", question.id);
            let firm = session
                .answer(index, Answer::Choice(emergency.if_any[0].clone()))
                .unwrap();
            let id = emergency.interrupt.as_ref().unwrap();
            assert!(
                firm.iter().any(|(i, _)| &i.id == id),
                "{}: confirming `{}` shows no firm screen (shown before: {soft:?})",
                bank.def.locale,
                question.id
            );
        }
    }
}

#[test]
fn section_titles_say_what_is_asked_and_the_gate_names_the_crisis_line() {
    // Content guide, rule 13: a heading never labels what an answer would mean.
    let labels = [
        "signs of",
        "misuse",
        "abuse",
        "overdose",
        "señales de",
        "mal uso",
        "abuso",
        "sobredosis",
    ];
    for bank in builtin_banks() {
        for section in &bank.def.sections {
            let title = section.title.to_lowercase();
            for label in labels {
                assert!(
                    !title.contains(label),
                    "{}: section title {:?} labels ({label})",
                    bank.def.locale,
                    section.title
                );
            }
        }
        // Issue 8: the emergency screen before the first question names the crisis line.
        assert!(
            bank.def.gate.text.contains("{crisis_reach}"),
            "{}: the gate does not name the crisis line",
            bank.def.locale
        );
    }
}
