//! A translated bank may change words only: the same ids, kinds, choices, conditions,
//! alerts, resources and placeholders as the original, so every answer means the same
//! and raises the same alerts in every language.

use super::model::{Alert, Condition, Question, RawBank};
use super::{Bank, BankError, Issue};
use crate::yaml::Locator;
use std::collections::BTreeSet;

/// One difference that is more than words, with the id it concerns.
struct Difference {
    /// A question id, to find its line; `None` for bank-level parts.
    question: Option<String>,
    message: String,
}

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
            .map(|d| {
                let place = d
                    .question
                    .as_deref()
                    .and_then(|id| locator.locate("id", id, Some("kind"), 0));
                Issue {
                    line: place.map(|p| p.0),
                    column: place.map(|p| p.1),
                    message: format!(
                        "{}; a translation of bank `{}` may change words only",
                        d.message, original.def.id
                    ),
                }
            })
            .collect();
        Err(BankError {
            file: file.to_string(),
            issues,
        })
    }
}

fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        found.insert(&rest[start..start + len + 1]);
        rest = &rest[start + len + 1..];
    }
    found
}

fn same_placeholders(
    out: &mut Vec<Difference>,
    question: Option<&str>,
    what: &str,
    a: &str,
    b: &str,
) {
    let (pa, pb) = (placeholders(a), placeholders(b));
    if pa != pb {
        let list = |set: &BTreeSet<&str>| {
            if set.is_empty() {
                "none".to_string()
            } else {
                set.iter().copied().collect::<Vec<_>>().join(" ")
            }
        };
        out.push(Difference {
            question: question.map(str::to_string),
            message: format!(
                "{what} has the placeholders {}, the original {}",
                list(&pb),
                list(&pa)
            ),
        });
    }
}

/// An alert in words: "on yes, not_sure: tier emergency, crisis, interrupt `breathing`,
/// notes `taper`".
fn alert_shape(a: &Alert) -> String {
    let mut words = format!("on {}: tier {}", a.if_any.join(", "), a.tier.id());
    if a.crisis {
        words.push_str(", crisis");
    }
    if let Some(interrupt) = &a.interrupt {
        words.push_str(&format!(", interrupt `{interrupt}`"));
    }
    if !a.notes.is_empty() {
        words.push_str(&format!(", notes {}", a.notes.join(", ")));
    }
    for (name, conditions) in [("when", &a.when), ("unless", &a.unless)] {
        if !conditions.is_empty() {
            let said: Vec<String> = conditions
                .iter()
                .map(|c| condition_shape(&Some(c.clone())))
                .collect();
            words.push_str(&format!(", {name} {}", said.join(" and ")));
        }
    }
    words
}

/// A condition in words: "`missed_dose` is yes, skip", or "none".
fn condition_shape(c: &Option<Condition>) -> String {
    c.as_ref().map_or_else(
        || "none".to_string(),
        |c| format!("`{}` is {}", c.question, c.if_any.join(", ")),
    )
}

fn roles(roles: &[super::model::Role]) -> String {
    roles.iter().map(|r| r.id()).collect::<Vec<_>>().join(", ")
}

fn compare_question(out: &mut Vec<Difference>, a: &Question, b: &Question) {
    let mut differ = |what: &str, x: String, y: String| {
        if x != y {
            out.push(Difference {
                question: Some(b.id.clone()),
                message: format!(
                    "question `{}`: {what} differ (here: {y}; in the original: {x})",
                    b.id
                ),
            });
        }
    };
    differ("kinds", a.kind.id().into(), b.kind.id().into());
    differ(
        "`not_sure` settings",
        a.not_sure.to_string(),
        b.not_sure.to_string(),
    );
    let scale = |q: &Question| q.scale.clone().unwrap_or_else(|| "none".into());
    differ("scales", scale(a), scale(b));
    let choices = |q: &Question| {
        q.choices
            .iter()
            .map(|c| format!("{}{}", c.id, if c.neutral { " (neutral)" } else { "" }))
            .collect::<Vec<_>>()
            .join(", ")
    };
    differ("choices", choices(a), choices(b));
    differ(
        "conditions",
        condition_shape(&a.when),
        condition_shape(&b.when),
    );
    differ(
        "`unless` conditions",
        condition_shape(&a.unless),
        condition_shape(&b.unless),
    );
    let or_when = |q: &Question| {
        q.or_when
            .iter()
            .map(|c| condition_shape(&Some(c.clone())))
            .collect::<Vec<_>>()
            .join("; ")
    };
    differ("`or_when` conditions", or_when(a), or_when(b));
    let alerts = |q: &Question| {
        q.alerts
            .iter()
            .map(alert_shape)
            .collect::<Vec<_>>()
            .join("; ")
    };
    let alerts = |q: &Question| {
        let words = alerts(q);
        if words.is_empty() {
            "none".to_string()
        } else {
            words
        }
    };
    differ("alerts", alerts(a), alerts(b));
    same_placeholders(
        out,
        Some(&b.id),
        &format!("question `{}` text", b.id),
        &a.text,
        &b.text,
    );
}

fn compare(a: &RawBank, b: &RawBank) -> Vec<Difference> {
    let mut out = Vec::new();
    let mut top = |message: String| {
        out.push(Difference {
            question: None,
            message,
        })
    };
    if a.id != b.id || a.version != b.version {
        top(format!(
            "it is bank `{}` version {}, the original `{}` version {}",
            b.id, b.version, a.id, a.version
        ));
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
        top(format!(
            "its sections and questions differ from the original's (section/question ids here: {})",
            ids(b).join(", ")
        ));
    }
    let interrupts = |bank: &RawBank| -> Vec<String> {
        bank.interrupts
            .iter()
            .map(|i| format!("{} ({})", i.id, roles(&i.resources)))
            .collect()
    };
    if interrupts(a) != interrupts(b) {
        top(format!(
            "its interrupts (ids or resources) differ from the original's (here: {}; in the \
             original: {})",
            interrupts(b).join(", "),
            interrupts(a).join(", ")
        ));
    }
    let acts_now = |bank: &RawBank| -> Vec<String> {
        bank.notes
            .iter()
            .filter(|(_, n)| n.now || n.hide_in_emergency || !n.unless.is_empty())
            .map(|(id, n)| format!("{id} {} {} {}", n.now, n.hide_in_emergency, n.unless.len()))
            .collect()
    };
    if acts_now(a) != acts_now(b) {
        top("its notes' `now`, `hide_in_emergency` or `unless` differ from the original's".into());
    }
    if a.notes.keys().ne(b.notes.keys()) {
        top("its note ids differ from the original's".into());
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
        top("its scales differ from the original's".into());
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
        top("its regions, resource roles or numbers differ from the original's".into());
    }
    if a.gate.resources != b.gate.resources || a.crisis.resources != b.crisis.resources {
        top("the gate's or the crisis message's resources differ from the original's".into());
    }
    if a.counselor.is_some() != b.counselor.is_some() {
        top("it has counselor words where the original has none, or none where it has them".into());
    }
    let texts = |bank: &RawBank| -> Vec<(String, String)> {
        let mut texts = vec![
            ("the gate message".to_string(), bank.gate.message.clone()),
            (
                "the crisis message".to_string(),
                bank.crisis.message.clone(),
            ),
            ("the safety net".to_string(), bank.safety_net.clone()),
            ("ui.progress".to_string(), bank.ui.progress.clone()),
            ("ui.saved_to".to_string(), bank.ui.saved_to.clone()),
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
            ]
            .map(|(what, text)| (what.to_string(), text.clone())),
        );
        texts.extend(bank.tiers.iter().map(|(t, x)| {
            (
                format!("tier `{}`", t.id()),
                format!("{}{}", x.headline, x.detail),
            )
        }));
        texts.extend(
            bank.notes
                .iter()
                .map(|(id, x)| (format!("note `{id}`"), x.text.clone())),
        );
        texts.extend(
            bank.interrupts
                .iter()
                .map(|i| (format!("interrupt `{}`", i.id), i.message.clone())),
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
                texts.push((what.to_string(), text.clone()));
            }
            texts.extend(
                c.tiers
                    .iter()
                    .map(|(t, x)| (format!("counselor.tiers `{}`", t.id()), x.clone())),
            );
        }
        texts
    };
    for ((what, x), (_, y)) in texts(a).iter().zip(texts(b).iter()) {
        same_placeholders(&mut out, None, what, x, y);
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
