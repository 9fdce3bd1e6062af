//! A translated bank may change words only: the same ids, kinds, choices, conditions,
//! alerts, resources and placeholders as the original, so every answer means the same
//! and raises the same alerts in every language.

use super::model::{Alert, Condition, Question, RawBank};
use super::problem::{
    AlertShape, Aspect, ConditionShape, Difference, Issue, Problem, Shape, TextName,
};
use super::template::Template;
use super::{Bank, BankError};
use crate::yaml::Locator;
use std::collections::BTreeSet;

impl Bank {
    /// Checks that this bank (read from `source`, named `file`) is a translation of
    /// `original`: it may change words only.
    pub fn check_translation_of(
        &self,
        original: &Bank,
        file: &str,
        source: &str,
    ) -> Result<(), BankError> {
        let differences = compare(&original.def, &self.def);
        if differences.is_empty() {
            return Ok(());
        }
        // One index for all the differences: a translation can differ in every question.
        let locator = Locator::new(source);
        let issues = differences
            .into_iter()
            .map(|difference| {
                let place = match &difference {
                    Difference::Question { id, .. } => locator.locate("id", id, Some("kind"), 0),
                    Difference::Placeholders {
                        text: TextName::QuestionText(id),
                        ..
                    } => locator.locate("id", id, Some("kind"), 0),
                    _ => None,
                };
                let original = original.def.id.clone();
                Issue::at(
                    place,
                    Problem::Translation {
                        original,
                        difference,
                    },
                )
            })
            .collect();
        Err(BankError {
            file: file.to_string(),
            issues,
        })
    }
}

/// The placeholders of a text, each with its braces. (Every text of a loaded bank
/// parses: its braces were checked.)
fn placeholders(text: &str) -> BTreeSet<String> {
    Template::parse(text)
        .map(|t| t.placeholders().map(|name| format!("{{{name}}}")).collect())
        .unwrap_or_default()
}

fn same_placeholders(out: &mut Vec<Difference>, text: TextName, a: &str, b: &str) {
    let (pa, pb) = (placeholders(a), placeholders(b));
    if pa != pb {
        out.push(Difference::Placeholders {
            text,
            here: pb.into_iter().collect(),
            original: pa.into_iter().collect(),
        });
    }
}

fn condition_shape(c: &Condition) -> ConditionShape {
    ConditionShape {
        question: c.question.clone(),
        if_any: c.if_any.clone(),
    }
}

fn alert_shape(a: &Alert) -> AlertShape {
    AlertShape {
        if_any: a.if_any.clone(),
        tier: a.tier,
        crisis: a.crisis,
        interrupt: a.interrupt.clone(),
        notes: a.notes.clone(),
        when: a.when.iter().map(condition_shape).collect(),
        unless: a.unless.iter().map(condition_shape).collect(),
    }
}

fn roles(roles: &[super::model::Role]) -> String {
    roles.iter().map(|r| r.id()).collect::<Vec<_>>().join(", ")
}

fn compare_question(out: &mut Vec<Difference>, a: &Question, b: &Question) {
    let mut differ = |aspect: Aspect, original: Shape, here: Shape| {
        if original != here {
            out.push(Difference::Question {
                id: b.id.clone(),
                aspect,
                here,
                original,
            });
        }
    };
    let word = |w: &str| Shape::Word(w.to_string());
    differ(Aspect::Kind, word(a.kind.id()), word(b.kind.id()));
    differ(
        Aspect::NotSure,
        word(&a.not_sure.to_string()),
        word(&b.not_sure.to_string()),
    );
    let scale = |q: &Question| q.scale.as_deref().map_or(Shape::Nothing, word);
    differ(Aspect::Scale, scale(a), scale(b));
    let choices = |q: &Question| {
        Shape::Choices(
            q.choices
                .iter()
                .map(|c| (c.id.clone(), c.neutral))
                .collect(),
        )
    };
    differ(Aspect::Choices, choices(a), choices(b));
    let condition = |c: &Option<Condition>| {
        c.as_ref().map_or(Shape::Nothing, |c| {
            Shape::Conditions(vec![condition_shape(c)])
        })
    };
    differ(Aspect::When, condition(&a.when), condition(&b.when));
    differ(Aspect::Unless, condition(&a.unless), condition(&b.unless));
    // No `or_when` is said "none", as no `when` is.
    let or_when = |q: &Question| {
        if q.or_when.is_empty() {
            Shape::Nothing
        } else {
            Shape::Conditions(q.or_when.iter().map(condition_shape).collect())
        }
    };
    differ(Aspect::OrWhen, or_when(a), or_when(b));
    let alerts = |q: &Question| {
        if q.alerts.is_empty() {
            Shape::Nothing
        } else {
            Shape::Alerts(q.alerts.iter().map(alert_shape).collect())
        }
    };
    differ(Aspect::Alerts, alerts(a), alerts(b));
    same_placeholders(out, TextName::QuestionText(b.id.clone()), &a.text, &b.text);
}

fn compare(a: &RawBank, b: &RawBank) -> Vec<Difference> {
    let mut out = Vec::new();
    let mut top = |difference: Difference| out.push(difference);
    if a.id != b.id || a.version != b.version {
        top(Difference::Identity {
            id: b.id.clone(),
            version: b.version,
            original_id: a.id.clone(),
            original_version: a.version,
        });
    }
    let ids = |bank: &RawBank| -> Vec<String> {
        bank.sections
            .iter()
            .flat_map(|s| {
                s.questions
                    .iter()
                    .map(move |q| format!("{}/{}", s.id, q.id))
            })
            .collect()
    };
    if ids(a) != ids(b) {
        top(Difference::Questions { here: ids(b) });
    }
    let interrupts = |bank: &RawBank| -> Vec<String> {
        bank.interrupts
            .iter()
            .map(|i| format!("{} ({})", i.id, roles(&i.resources)))
            .collect()
    };
    if interrupts(a) != interrupts(b) {
        top(Difference::Interrupts {
            here: interrupts(b),
            original: interrupts(a),
        });
    }
    let acts_now = |bank: &RawBank| -> Vec<String> {
        bank.notes
            .iter()
            .filter(|(_, n)| n.now || n.hide_in_emergency || !n.unless.is_empty())
            .map(|(id, n)| format!("{id} {} {} {}", n.now, n.hide_in_emergency, n.unless.len()))
            .collect()
    };
    if acts_now(a) != acts_now(b) {
        top(Difference::NoteSettings);
    }
    if a.notes.keys().ne(b.notes.keys()) {
        top(Difference::NoteIds);
    }
    let scales = |bank: &RawBank| -> Vec<String> {
        bank.scales
            .iter()
            .map(|(id, choices)| {
                format!(
                    "{id}: {}",
                    choices
                        .iter()
                        .map(|c| c.id.as_str())
                        .collect::<Vec<_>>()
                        .join(",")
                )
            })
            .collect()
    };
    if scales(a) != scales(b) {
        top(Difference::Scales);
    }
    let regions = |bank: &RawBank| -> Vec<String> {
        bank.regions
            .iter()
            .flat_map(|r| {
                r.resources
                    .iter()
                    .map(move |res| format!("{} {} {}", r.id, res.role.id(), res.number))
            })
            .collect()
    };
    if regions(a) != regions(b) {
        top(Difference::Regions);
    }
    if a.gate.resources != b.gate.resources || a.crisis.resources != b.crisis.resources {
        top(Difference::GateOrCrisisResources);
    }
    if a.counselor.is_some() != b.counselor.is_some() {
        top(Difference::CounselorWords);
    }
    let texts = |bank: &RawBank| -> Vec<(TextName, String)> {
        let mut texts = vec![
            (TextName::GateMessage, bank.gate.message.clone()),
            (TextName::CrisisMessage, bank.crisis.message.clone()),
            (TextName::SafetyNet, bank.safety_net.clone()),
            (TextName::Key("ui.progress"), bank.ui.progress.clone()),
            (TextName::Key("ui.saved_to"), bank.ui.saved_to.clone()),
        ];
        let ui = &bank.ui;
        texts.extend(
            [
                ("ui.history_tier_emergency", &ui.history_tier_emergency),
                ("ui.history_left_out", &ui.history_left_out),
                ("ui.history_same_date", &ui.history_same_date),
                ("ui.history_undated", &ui.history_undated),
                ("ui.history_other_version", &ui.history_other_version),
                ("ui.history_tiers_note", &ui.history_tiers_note),
                ("ui.history_latest", &ui.history_latest),
                ("ui.history_incomplete_note", &ui.history_incomplete_note),
            ]
            .map(|(what, text)| (TextName::Key(what), text.clone())),
        );
        texts.extend(
            bank.tiers
                .iter()
                .map(|(t, x)| (TextName::Tier(t), format!("{}{}", x.headline, x.detail))),
        );
        texts.extend(
            bank.notes
                .iter()
                .map(|(id, x)| (TextName::Note(id.clone()), x.text.clone())),
        );
        texts.extend(
            bank.interrupts
                .iter()
                .map(|i| (TextName::Interrupt(i.id.clone()), i.message.clone())),
        );
        // A counselor reads these aloud: a number lost in translation is lost to them.
        if let Some(c) = &bank.counselor {
            for (what, text) in [
                ("counselor.consent_script", &c.consent_script),
                ("counselor.crisis_prompt", &c.crisis_prompt),
                ("counselor.emergency_prompt", &c.emergency_prompt),
                ("counselor.crisis_summary", &c.crisis_summary),
                ("counselor.session_note_prompt", &c.session_note_prompt),
                ("counselor.since_last_check", &c.since_last_check),
            ] {
                texts.push((TextName::Key(what), text.clone()));
            }
            texts.extend(
                c.tiers
                    .iter()
                    .map(|(t, x)| (TextName::CounselorTier(t), x.clone())),
            );
        }
        texts
    };
    for ((what, x), (_, y)) in texts(a).into_iter().zip(texts(b)) {
        same_placeholders(&mut out, what, &x, &y);
    }
    if ids(a) == ids(b) {
        let questions = |bank: &RawBank| {
            bank.sections
                .iter()
                .flat_map(|s| s.questions.iter())
                .cloned()
                .collect::<Vec<_>>()
        };
        for (qa, qb) in questions(a).iter().zip(questions(b).iter()) {
            compare_question(&mut out, qa, qb);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml;

    fn question(extra: &str) -> Question {
        let source = format!("id: tremors\nkind: yes_no\ntext: Shaking?\nlabel: Shaking\n{extra}");
        yaml::parse(&source).unwrap()
    }

    #[test]
    fn a_question_without_or_when_is_said_to_have_none() {
        let original = question("");
        let here = question("or_when: [{question: missed_dose, if_any: [\"yes\"]}]\n");
        let mut out = Vec::new();
        compare_question(&mut out, &original, &here);
        let [
            Difference::Question {
                aspect, original, ..
            },
        ] = out.as_slice()
        else {
            panic!("one difference expected: {out:?}")
        };
        assert_eq!(*aspect, Aspect::OrWhen);
        assert_eq!(*original, Shape::Nothing);
    }
}
