//! Follow-up checks (`--compare EARLIER`): what changed since an earlier check, in plain
//! words: signs that are new, signs no longer reported, and answers that moved. Never
//! "better" or "worse": what was answered then, and what now.

use crate::answers::Answer;
use crate::bank::model::{Kind, Question, Region, Tier};
use crate::bank::{Bank, fill};
use crate::engine::Session;
use serde::Serialize;
use std::cmp::Reverse;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Changes {
    /// The date of the earlier check, when its file says.
    pub since: Option<String>,
    /// Signs reported now and not then; new red flags first, each with its action.
    pub new: Vec<Change>,
    /// Signs reported then and not now.
    pub resolved: Vec<Change>,
    /// Answers that moved (on a frequency or severity scale, between choices, or to or
    /// from "prefer not to say").
    pub changed: Vec<Change>,
    /// Questions of this bank version that the earlier check's version did not ask.
    pub added_questions: Vec<QuestionRef>,
    /// Question ids in the earlier file that this bank no longer has.
    pub removed_questions: Vec<String>,
    /// A counselor session: the readiness recorded at the earlier check, if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub readiness_before: Option<u8>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.new.is_empty()
            && self.resolved.is_empty()
            && self.changed.is_empty()
            && self.added_questions.is_empty()
            && self.removed_questions.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub section: String,
    pub section_title: String,
    pub question: String,
    pub label: String,
    /// The earlier answer's words (or "not asked").
    pub before: String,
    /// The answer's words now (or "not asked").
    pub after: String,
    /// For a checklist: the items that are new, or no longer reported.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// What it names is a red flag (`Question::flags`): each one has a line of its own,
    /// ahead of the rest of its group.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub red_flag: bool,
    /// `before` and `after` are the person's own words (a dose written in free text),
    /// quoted and never read for signs.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub own_words: bool,
    /// For a new red flag: the most urgent tier it raises (today or emergency)...
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier: Option<Tier>,
    /// ...and that tier's action.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionRef {
    pub question: String,
    pub label: String,
}

/// The earlier check, as read from its answers file.
pub struct Earlier<'b> {
    pub session: Session<'b>,
    pub date: Option<String>,
    /// Whether it was made with another version of the bank.
    pub other_version: bool,
    /// Its question ids that this bank does not have (only with another version).
    pub removed: Vec<String>,
    /// The readiness its counselor recorded (0 to 10), if any.
    pub readiness: Option<u8>,
}

/// The sign ids an answer reports (see `Question::signs`); none when not asked.
fn signs<'a>(question: &'a Question, answer: Option<&'a Answer>) -> Vec<&'a str> {
    answer.map(|a| question.signs(a)).unwrap_or_default()
}

/// What changed from `earlier` to `now` (both sessions of the same bank).
pub fn compare(earlier: &Earlier, now: &Session, region: &Region) -> Changes {
    let bank: &Bank = now.bank();
    let ui = &bank.def.ui;
    let mut changes = Changes {
        since: earlier.date.clone(),
        removed_questions: earlier.removed.clone(),
        readiness_before: earlier.readiness,
        ..Changes::default()
    };
    let then = &earlier.session;
    // Red flags no longer reported lead their group, in the bank's order.
    let mut red_flags_gone = 0;
    for index in 0..bank.len() {
        let question = bank.question(index);
        let before = then
            .is_visible(index)
            .then(|| then.answer_of(index))
            .flatten();
        let after = now
            .is_visible(index)
            .then(|| now.answer_of(index))
            .flatten();
        if after.is_some() && before.is_none() && earlier.other_version && then.is_visible(index) {
            // Asked now, and would have been asked then had that version had it.
            changes.added_questions.push(QuestionRef {
                question: question.id.clone(),
                label: question.label.clone(),
            });
            continue;
        }
        if before.is_none() && after.is_none() {
            continue;
        }
        let words = |answer: Option<&Answer>| match answer {
            Some(answer) => question.words(answer, ui),
            None => ui.not_asked.clone(),
        };
        let section = bank.section_of(index);
        let change = |before: String, after: String| Change {
            section: section.id.clone(),
            section_title: section.title.clone(),
            question: question.id.clone(),
            label: question.label.clone(),
            before,
            after,
            items: Vec::new(),
            red_flag: false,
            own_words: false,
            tier: None,
            action: None,
        };
        if question.kind == Kind::Text {
            // Free text is compared only where the bank asks (a dose, in the person's
            // own words): quoted, never read for signs, so it raises no tier.
            if ui.compared_free_text.contains(&question.id) && before != after {
                let quoted = |answer: Option<&Answer>| match answer {
                    Some(Answer::Text(text)) if !text.trim().is_empty() => {
                        format!("“{}”", text.trim())
                    }
                    other => words(other),
                };
                let mut moved = change(quoted(before), quoted(after));
                moved.own_words = true;
                if moved.before != moved.after {
                    changes.changed.push(moved);
                }
            }
            continue;
        }
        let skipped = |a: Option<&Answer>| a == Some(&Answer::Skipped);
        if skipped(before) || skipped(after) {
            if before != after {
                changes.changed.push(change(words(before), words(after)));
            }
            continue;
        }
        let (was, is) = (signs(question, before), signs(question, after));
        let added: Vec<&str> = is.iter().copied().filter(|s| !was.contains(s)).collect();
        let gone: Vec<&str> = was.iter().copied().filter(|s| !is.contains(s)).collect();
        match question.kind {
            Kind::Checklist => {
                // Whole answers then and now, and `items` names exactly which ones are
                // new or gone. New and gone have the same shape: each red flag on a
                // line of its own, then the other items together on one line.
                for (ids, red_flag) in lines(question, &added) {
                    let mut new = change(words(before), words(after));
                    new.items = question.labels(&ids);
                    new.red_flag = red_flag;
                    flag_items(&mut new, earlier, now, index, &ids, region);
                    changes.new.push(new);
                }
                // A red flag no longer reported leads its group; no verdict is drawn
                // from it.
                for (ids, red_flag) in lines(question, &gone) {
                    let mut resolved = change(words(before), words(after));
                    resolved.items = question.labels(&ids);
                    resolved.red_flag = red_flag;
                    if red_flag {
                        changes.resolved.insert(red_flags_gone, resolved);
                        red_flags_gone += 1;
                    } else {
                        changes.resolved.push(resolved);
                    }
                }
            }
            _ => {
                // A move from one of a question's own choices to another (not on a
                // frequency or severity scale, not yes or no) is a change, whichever
                // of the two reports a sign.
                let between_choices = question.kind == Kind::Choice
                    && question.scale.is_none()
                    && matches!((before, after), (Some(Answer::Choice(a)), Some(Answer::Choice(b))) if a != b);
                let newly_a_sign = was.is_empty() && !is.is_empty();
                match (was.is_empty(), is.is_empty()) {
                    _ if between_choices && !newly_a_sign => {
                        let mut moved = change(words(before), words(after));
                        flag(&mut moved, earlier, now, index, region);
                        changes.changed.push(moved);
                    }
                    (true, false) => {
                        let mut new = change(words(before), words(after));
                        new.red_flag = is.iter().any(|id| question.flags(id));
                        flag(&mut new, earlier, now, index, region);
                        changes.new.push(new);
                    }
                    (false, true) => {
                        let mut resolved = change(words(before), words(after));
                        resolved.red_flag = was.iter().any(|id| question.flags(id));
                        if resolved.red_flag {
                            changes.resolved.insert(red_flags_gone, resolved);
                            red_flags_gone += 1;
                        } else {
                            changes.resolved.push(resolved);
                        }
                    }
                    (false, false) if was != is => {
                        let mut moved = change(words(before), words(after));
                        flag(&mut moved, earlier, now, index, region);
                        changes.changed.push(moved);
                    }
                    _ => {}
                }
            }
        }
    }
    // New red flags lead, most urgent first; the rest keep the bank's order.
    changes.new.sort_by_key(|c| Reverse((c.tier, c.red_flag)));
    changes
}

/// The lines a checklist's new or gone items take: each red flag alone, in the bank's
/// order, then the other items together (`true` marks a red flag's line).
fn lines<'a>(question: &Question, ids: &[&'a str]) -> Vec<(Vec<&'a str>, bool)> {
    let (red, rest): (Vec<&str>, Vec<&str>) = ids.iter().partition(|id| question.flags(id));
    let mut lines: Vec<(Vec<&str>, bool)> = red.into_iter().map(|id| (vec![id], true)).collect();
    if !rest.is_empty() {
        lines.push((rest, false));
    }
    lines
}

/// The most urgent tier that checklist items `ids` of question `index` raise in a
/// session, by the engine's own alerts.
fn items_tier(session: &Session, index: usize, ids: &[&str]) -> Option<Tier> {
    session
        .raised()
        .iter()
        .filter(|r| r.question == index && r.alert.if_any.iter().any(|v| ids.contains(&v.as_str())))
        .map(|r| r.alert.tier)
        .max()
}

/// Like `flag`, for new checklist items: the tier those items raise now, when it is
/// today or emergency and either they are a red flag or the question did not raise it
/// at the earlier check.
fn flag_items(
    change: &mut Change,
    earlier: &Earlier,
    now: &Session,
    index: usize,
    ids: &[&str],
    region: &Region,
) {
    let was = earlier.session.tier_of(index);
    let tier = items_tier(now, index, ids)
        .filter(|t| *t >= Tier::Today && (change.red_flag || was.is_none_or(|was| was < *t)));
    if let Some(tier) = tier {
        change.tier = Some(tier);
        change.action = Some(fill(&now.bank().def.tiers.get(tier).headline, region));
    }
}

/// Marks a change as a red flag when its answer now raises a today or emergency tier
/// that the earlier answer did not, with that tier's action. Tiers come from the
/// engine, in each check's own context.
fn flag(change: &mut Change, earlier: &Earlier, now: &Session, index: usize, region: &Region) {
    let bank = now.bank();
    let was = earlier.session.tier_of(index);
    let tier = now
        .tier_of(index)
        .filter(|t| *t >= Tier::Today && was.is_none_or(|was| was < *t));
    if let Some(tier) = tier {
        change.tier = Some(tier);
        change.action = Some(fill(&bank.def.tiers.get(tier).headline, region));
    }
}

#[cfg(test)]
mod tests;
