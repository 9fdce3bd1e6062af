//! Lays a history out: a text grid for the terminal, a markdown table for a report, or
//! JSON. The marks are glyphs a plain terminal shows (or ASCII under plain mode), and a
//! key under the grid says what each one means.

mod markdown;
mod text;

use crate::history::{Check, History, Mark, Row, Words};
use serde::Serialize;

pub use markdown::markdown;
pub use text::text;

/// The marks of the grid.
#[derive(Debug, Clone, Copy)]
pub struct Glyphs {
    pub reported: &'static str,
    pub not_sure: &'static str,
    pub not_reported: &'static str,
    pub skipped: &'static str,
    pub not_asked: &'static str,
    pub note: &'static str,
    pub crisis: &'static str,
    /// A check with questions never asked: on its own row, and after its count.
    pub incomplete: &'static str,
    /// Bars from lowest to highest, for levels and counts; `None` in ASCII, where a
    /// level is its step number and a count is its number only.
    pub bars: Option<[&'static str; 8]>,
}

impl Glyphs {
    pub const UNICODE: Glyphs = Glyphs {
        reported: "●",
        not_sure: "?",
        not_reported: "·",
        skipped: "–",
        not_asked: " ",
        note: "✎",
        crisis: "◆",
        incomplete: "◐",
        bars: Some(["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]),
    };
    /// For plain mode (screen readers, `TERM=dumb`): nothing but ASCII.
    pub const ASCII: Glyphs = Glyphs {
        reported: "X",
        not_sure: "?",
        not_reported: ".",
        skipped: "-",
        not_asked: " ",
        note: "n",
        crisis: "!",
        incomplete: "*",
        bars: None,
    };

    /// The mark of a cell.
    pub fn mark(&self, mark: Mark) -> String {
        match mark {
            Mark::NotAsked => self.not_asked.into(),
            Mark::Skipped => self.skipped.into(),
            Mark::NotReported => self.not_reported.into(),
            Mark::Reported => self.reported.into(),
            Mark::NotSure => self.not_sure.into(),
            Mark::Note => self.note.into(),
            Mark::Level { step, of } => self.level(step, of),
        }
    }

    /// Step `step` of `of` as a bar as tall as its share of the scale ("Always" is the
    /// full bar), or in ASCII its number.
    pub fn level(&self, step: usize, of: usize) -> String {
        match self.bars {
            Some(bars) => bars[(8 * step).div_ceil(of.max(1)).clamp(1, 8) - 1].into(),
            None => step.to_string(),
        }
    }

    /// A check's count, marked when the check is incomplete (its count leaves out the
    /// questions never asked, so it must not read as beside a whole check's).
    pub fn check_count(&self, check: &Check, most: usize) -> String {
        let count = self.count(check.reported, most);
        if check.incomplete {
            format!("{count}{}", self.incomplete)
        } else {
            count
        }
    }

    /// A count, with a bar as tall as its share of the largest count when there are bars.
    pub fn count(&self, count: usize, most: usize) -> String {
        match self.bars {
            Some(bars) if count > 0 => format!(
                "{} {count}",
                bars[(8 * count).div_ceil(most.max(1)).clamp(1, 8) - 1]
            ),
            _ => count.to_string(),
        }
    }
}

/// A key line for each scale the rows use, once each: "▃ Sometimes  ▆ Often  █ Always".
fn scale_keys(rows: &[&Row], glyphs: &Glyphs) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for row in rows.iter().filter(|r| !r.scale.is_empty()) {
        let of = row.scale.len();
        let key = row
            .scale
            .iter()
            .enumerate()
            .map(|(i, label)| format!("{} {label}", glyphs.level(i + 1, of)))
            .collect::<Vec<_>>()
            .join("   ");
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

/// Rows grouped by section title, keeping bank order.
fn by_section<'a>(rows: &[&'a Row]) -> Vec<(&'a str, Vec<&'a Row>)> {
    let mut groups: Vec<(&str, Vec<&Row>)> = Vec::new();
    for &row in rows {
        match groups.last_mut() {
            Some((title, items)) if *title == row.section_title => items.push(row),
            _ => groups.push((&row.section_title, vec![row])),
        }
    }
    groups
}

#[derive(Serialize)]
struct JsonHistory<'a> {
    checks: &'a [crate::history::Check],
    rows: Vec<JsonRow<'a>>,
    /// The bank version every check's tier was read with.
    tiers_read_with_version: u32,
    notes: &'a [String],
}

#[derive(Serialize)]
struct JsonRow<'a> {
    section: &'a str,
    section_title: &'a str,
    question: &'a str,
    label: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    item: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    item_label: Option<&'a str>,
    /// One per check: the answer's words, or null where the check did not ask it.
    values: Vec<Option<&'a str>>,
    /// One per check: reported, not_reported, not_sure, prefer_not_to_say, not_asked
    /// or note.
    marks: Vec<&'static str>,
}

pub fn json(history: &History, words: &Words) -> String {
    let rows = history
        .rows
        .iter()
        .map(|row| JsonRow {
            section: &row.section,
            section_title: &row.section_title,
            question: &row.question,
            label: &row.label,
            item: row.item.as_ref().map(|(id, _)| id.as_str()),
            item_label: row.item.as_ref().map(|(_, label)| label.as_str()),
            values: row.cells.iter().map(|c| c.words.as_deref()).collect(),
            marks: row.cells.iter().map(|c| c.mark.id()).collect(),
        })
        .collect();
    let value = JsonHistory {
        checks: &history.checks,
        rows,
        tiers_read_with_version: history.bank_version,
        notes: &words.notes,
    };
    // Serializing plain owned data cannot fail.
    serde_json::to_string_pretty(&value).expect("a history serializes") + "\n"
}

#[cfg(test)]
mod tests {
    use super::Glyphs;
    use crate::history::Mark;

    #[test]
    fn a_level_is_a_bar_as_tall_as_its_share_of_the_scale() {
        let g = Glyphs::UNICODE;
        // Frequency: Sometimes, Often, Always.
        assert_eq!([1, 2, 3].map(|s| g.level(s, 3)), ["▃", "▆", "█"]);
        // Withdrawal: mild or moderate, severe.
        assert_eq!([1, 2].map(|s| g.level(s, 2)), ["▄", "█"]);
        assert_eq!(g.level(1, 1), "█");
    }

    #[test]
    fn in_ascii_a_level_is_its_step_number() {
        let g = Glyphs::ASCII;
        assert_eq!([1, 2, 3].map(|s| g.level(s, 3)), ["1", "2", "3"]);
        assert_eq!(g.mark(Mark::Level { step: 2, of: 3 }), "2");
        for mark in [
            Mark::Reported,
            Mark::NotReported,
            Mark::Skipped,
            Mark::NotSure,
            Mark::Note,
        ] {
            assert!(g.mark(mark).is_ascii(), "{mark:?}");
        }
    }

    #[test]
    fn every_state_of_a_cell_has_its_own_mark() {
        for g in [Glyphs::UNICODE, Glyphs::ASCII] {
            let marks = [
                Mark::NotAsked,
                Mark::Skipped,
                Mark::NotReported,
                Mark::Reported,
                Mark::NotSure,
                Mark::Note,
            ]
            .map(|m| g.mark(m));
            for (i, a) in marks.iter().enumerate() {
                assert!(!marks[i + 1..].contains(a), "{a} is used twice");
            }
            assert!(!marks.contains(&g.incomplete.to_string()));
            assert!(!marks.contains(&g.crisis.to_string()));
        }
    }

    #[test]
    fn a_count_has_a_bar_as_tall_as_its_share_of_the_most() {
        let g = Glyphs::UNICODE;
        assert_eq!(g.count(14, 14), "█ 14");
        assert_eq!(g.count(7, 14), "▄ 7");
        assert_eq!(g.count(0, 14), "0");
        assert_eq!(Glyphs::ASCII.count(7, 14), "7");
    }
}
