//! Every word the history shows, from the bank (so `--lang es` is wholly Spanish), with
//! the region's numbers filled in, and in third person for a counselor.

use super::History;
use crate::bank::model::{CounselorText, Region, Tier, Ui};
use crate::bank::template::fill_named;
use crate::bank::{Bank, fill};

#[derive(Debug, Clone)]
pub struct Words {
    pub title: String,
    /// How to read the grid.
    pub intro: String,
    /// The one honest line (or, for a counselor, that every item is self-report).
    pub disclaimer: String,
    pub action_row: String,
    pub crisis_row: String,
    pub count_row: String,
    /// Short words for each tier, least to most urgent, and the headline each stands for.
    pub tiers: Vec<(Tier, String, String)>,
    pub key: String,
    pub reported: String,
    pub not_reported: String,
    pub not_sure: String,
    pub prefer_not_to_say: String,
    pub not_asked: String,
    pub blank: String,
    pub note: String,
    pub crisis_mark: String,
    pub count_key: String,
    /// The row and key of a check with questions never asked.
    pub incomplete_row: String,
    pub incomplete_key: String,
    /// `{n}`, `{first}`, `{last}`: checks the text grid has no room for.
    pub left_out: String,
    /// What the reader should know about the order and the bank versions of the files.
    pub notes: Vec<String>,
    pub tiers_note: String,
    pub nothing: String,
    pub date_unknown: String,
    /// The latest check's action: heading, then the sentences (crisis support first
    /// unless calling for an emergency is more urgent), as its summary leads.
    pub latest: Option<(String, Vec<String>)>,
}

/// The `history_*` words a bank lacks, by key; empty when it has them all.
pub fn missing(ui: &Ui) -> Vec<&'static str> {
    let words = [
        ("history_title", &ui.history_title),
        ("history_action_row", &ui.history_action_row),
        ("history_crisis_row", &ui.history_crisis_row),
        ("history_count_row", &ui.history_count_row),
        ("history_tier_emergency", &ui.history_tier_emergency),
        ("history_tier_today", &ui.history_tier_today),
        ("history_tier_soon", &ui.history_tier_soon),
        ("history_tier_routine", &ui.history_tier_routine),
        ("history_key", &ui.history_key),
        ("history_reported", &ui.history_reported),
        ("history_not_reported", &ui.history_not_reported),
        ("history_blank", &ui.history_blank),
        ("history_note", &ui.history_note),
        ("history_crisis_mark", &ui.history_crisis_mark),
        ("history_count_key", &ui.history_count_key),
        ("history_left_out", &ui.history_left_out),
        ("history_same_date", &ui.history_same_date),
        ("history_undated", &ui.history_undated),
        ("history_other_version", &ui.history_other_version),
        ("history_tiers_note", &ui.history_tiers_note),
        ("history_latest", &ui.history_latest),
        ("history_nothing", &ui.history_nothing),
        ("history_intro", &ui.history_intro),
        ("history_incomplete_row", &ui.history_incomplete_row),
        ("history_incomplete_key", &ui.history_incomplete_key),
        ("history_incomplete_note", &ui.history_incomplete_note),
    ];
    words
        .into_iter()
        .filter(|(_, w)| w.trim().is_empty())
        .map(|(key, _)| key)
        .collect()
}

impl Words {
    /// The words for `history`, for the person or (with `counselor`) in third person.
    pub fn new(
        bank: &Bank,
        history: &History,
        region: &Region,
        counselor: Option<&CounselorText>,
    ) -> Words {
        let def = &bank.def;
        let ui = &def.ui;
        let short = |tier: Tier| match tier {
            Tier::Emergency => &ui.history_tier_emergency,
            Tier::Today => &ui.history_tier_today,
            Tier::Soon => &ui.history_tier_soon,
            Tier::Routine => &ui.history_tier_routine,
        };
        let action = |tier: Tier| match counselor {
            Some(c) => fill(c.tiers.get(tier), region),
            None => fill(&def.tiers.get(tier).headline, region),
        };
        let latest = history.checks.last().map(|check| {
            let date = check.date.as_deref().unwrap_or(&ui.date_unknown);
            let crisis = check.crisis.then(|| match counselor {
                Some(c) => fill(&c.crisis_summary, region),
                None => fill(&def.crisis.message, region),
            });
            let mut steps = Vec::new();
            if check.urgency != Tier::Emergency {
                steps.extend(crisis.clone());
            }
            steps.push(action(check.urgency));
            if check.urgency == Tier::Emergency {
                steps.extend(crisis);
            }
            // As its summary says: after an early stop, the check is incomplete, so
            // the action is read from the answers given only.
            if check.incomplete {
                steps.push(ui.incomplete.replace("{n}", &check.not_asked.to_string()));
            }
            (ui.history_latest.replace("{date}", date), steps)
        });
        Words {
            title: counselor
                .map_or(&ui.history_title, |c| &c.history_title)
                .clone(),
            intro: ui.history_intro.clone(),
            disclaimer: counselor
                .map_or(&def.disclaimer, |c| &c.self_report)
                .clone(),
            action_row: ui.history_action_row.clone(),
            crisis_row: ui.history_crisis_row.clone(),
            count_row: ui.history_count_row.clone(),
            tiers: Tier::ALL
                .iter()
                .map(|&t| (t, fill(short(t), region), action(t)))
                .collect(),
            key: ui.history_key.clone(),
            reported: ui.history_reported.clone(),
            not_reported: ui.history_not_reported.clone(),
            not_sure: ui.not_sure.clone(),
            prefer_not_to_say: ui.prefer_not_to_say.clone(),
            not_asked: ui.not_asked.clone(),
            blank: ui.history_blank.clone(),
            note: ui.history_note.clone(),
            crisis_mark: ui.history_crisis_mark.clone(),
            count_key: ui.history_count_key.clone(),
            incomplete_row: ui.history_incomplete_row.clone(),
            incomplete_key: ui.history_incomplete_key.clone(),
            left_out: ui.history_left_out.clone(),
            notes: notes(ui, history),
            tiers_note: ui
                .history_tiers_note
                .replace("{version}", &history.bank_version.to_string()),
            nothing: ui.history_nothing.clone(),
            date_unknown: ui.date_unknown.clone(),
            latest,
        }
    }

    /// The short word for a tier.
    pub fn tier(&self, tier: Tier) -> &str {
        self.tiers
            .iter()
            .find(|(t, _, _)| *t == tier)
            .map_or("", |(_, word, _)| word.as_str())
    }
}

/// Notes on the order (same dates, no dates), on files from other bank versions, and on
/// incomplete checks (so that no blank reads as "nothing reported").
fn notes(ui: &Ui, history: &History) -> Vec<String> {
    let mut notes: Vec<String> = history
        .same_date
        .iter()
        .map(|files| ui.history_same_date.replace("{files}", &files.join(", ")))
        .collect();
    if !history.undated.is_empty() {
        notes.push(
            ui.history_undated
                .replace("{files}", &history.undated.join(", ")),
        );
    }
    for check in &history.checks {
        if let Some(version) = check.version.filter(|v| *v != history.bank_version) {
            notes.push(fill_named(
                &ui.history_other_version,
                &[("file", &check.file), ("version", &version.to_string())],
            ));
        }
    }
    for check in history.checks.iter().filter(|c| c.incomplete) {
        notes.push(fill_named(
            &ui.history_incomplete_note,
            &[
                ("date", check.date.as_deref().unwrap_or(&ui.date_unknown)),
                ("file", &check.file),
                ("n", &check.not_asked.to_string()),
            ],
        ));
    }
    notes
}
