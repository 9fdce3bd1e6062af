//! The history as a grid for the terminal: a column for each check (the most recent
//! that fit the width), a row for each sign, and a key to the marks.

use super::{Glyphs, by_section, scale_keys};
use crate::history::{Check, History, Mark, Row, Words};
use crate::render::wrap;
use console::measure_text_width as width_of;

/// The label column never takes more than this, so that checks keep their room.
const MAX_LABEL: usize = 30;
const MIN_LABEL: usize = 16;
/// A little room between columns.
const GAP: usize = 1;

/// A date split for the two header lines: `2026` above `09-07`.
fn date_parts(date: Option<&str>) -> (Option<&str>, String) {
    match date {
        Some(d) if d.len() == 10 && d.is_char_boundary(4) && d.as_bytes()[4] == b'-' => {
            (Some(&d[..4]), d[5..].to_string())
        }
        Some(d) => (None, d.chars().take(5).collect()),
        None => (None, "?".to_string()),
    }
}

/// `text` centered in `width` columns.
fn center(text: &str, width: usize) -> String {
    let room = width.saturating_sub(width_of(text));
    let left = room / 2;
    format!("{}{text}{}", " ".repeat(left), " ".repeat(room - left))
}

/// `text` padded (or wrapped) to the label column; the cells follow the first line.
struct Grid {
    label: usize,
    column: usize,
}

impl Grid {
    fn line(&self, label_lines: &[String], cells: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        for (i, label) in label_lines.iter().enumerate() {
            let mut line = format!(
                "{label}{}",
                " ".repeat(self.label.saturating_sub(width_of(label)))
            );
            if i == 0 {
                for cell in cells {
                    line.push_str(&" ".repeat(GAP));
                    line.push_str(&center(cell, self.column));
                }
            }
            out.push(line.trim_end().to_string());
        }
        out
    }

    /// A label wrapped to the label column, after an indent.
    fn label(&self, text: &str, indent: &str) -> Vec<String> {
        let more = format!("{indent}  ");
        wrap(text, self.label, indent, &more)
            .lines()
            .map(str::to_string)
            .collect()
    }
}

pub fn text(history: &History, words: &Words, glyphs: &Glyphs, width: usize) -> String {
    let w = width.max(40);
    let mut out = vec![
        words.title.to_uppercase(),
        wrap(&words.disclaimer, w, "", ""),
        String::new(),
        wrap(&words.intro, w, "", ""),
        String::new(),
    ];

    let column = history
        .checks
        .iter()
        .map(|c| width_of(&date_parts(c.date.as_deref()).1))
        .chain(words.tiers.iter().map(|(_, short, _)| width_of(short)))
        .chain([5])
        .max()
        .unwrap_or(5);
    let longest = history
        .rows
        .iter()
        .map(|r| match &r.item {
            Some((_, item)) => width_of(item) + 4,
            None => width_of(&r.label) + 2,
        })
        .chain(
            [
                &words.action_row,
                &words.crisis_row,
                &words.incomplete_row,
                &words.count_row,
            ]
            .map(|l| width_of(l)),
        )
        .max()
        .unwrap_or(MIN_LABEL);
    // Labels take what the checks leave over, up to the longest; at least MAX_LABEL
    // when there are more checks than fit.
    let spare = w.saturating_sub(history.checks.len() * (column + GAP));
    let label = longest
        .min(spare.max(MAX_LABEL))
        .max(MIN_LABEL)
        .min(w.saturating_sub(column + GAP).max(1));
    let fit = (w.saturating_sub(label) / (column + GAP)).max(1);
    let skip = history.checks.len().saturating_sub(fit);
    let checks = &history.checks[skip..];
    let grid = Grid { label, column };
    let cells_of = |row: &Row| -> Vec<String> {
        row.cells[skip..]
            .iter()
            .map(|c| glyphs.mark(c.mark))
            .collect()
    };

    // Header: the year where it starts or changes, then the day of each check.
    let parts: Vec<(Option<&str>, String)> = checks
        .iter()
        .map(|c| date_parts(c.date.as_deref()))
        .collect();
    let mut years = Vec::new();
    let mut last_year = None;
    for (year, _) in &parts {
        years.push(if *year != last_year {
            year.unwrap_or("").to_string()
        } else {
            String::new()
        });
        last_year = *year;
    }
    if years.iter().any(|y| !y.is_empty()) {
        out.extend(grid.line(&[String::new()], &years));
    }
    let days: Vec<String> = parts.iter().map(|(_, day)| day.clone()).collect();
    out.extend(grid.line(&[String::new()], &days));
    let tiers: Vec<String> = checks
        .iter()
        .map(|c| words.tier(c.urgency).to_string())
        .collect();
    out.extend(grid.line(&grid.label(&words.action_row, ""), &tiers));
    let any_crisis = checks.iter().any(|c| c.crisis);
    if any_crisis {
        let marks: Vec<String> = checks
            .iter()
            .map(|c| if c.crisis { glyphs.crisis } else { "" }.to_string())
            .collect();
        out.extend(grid.line(&grid.label(&words.crisis_row, ""), &marks));
    }
    if checks.iter().any(|c| c.incomplete) {
        let marks: Vec<String> = checks
            .iter()
            .map(|c| if c.incomplete { glyphs.incomplete } else { "" }.to_string())
            .collect();
        out.extend(grid.line(&grid.label(&words.incomplete_row, ""), &marks));
    }
    out.push(String::new());

    // The rows, by section; a checklist's items under its question's label.
    let shown: Vec<&Row> = history
        .rows
        .iter()
        .filter(|r| r.cells[skip..].iter().any(|c| c.mark != Mark::NotAsked))
        .collect();
    if shown.iter().all(|r| {
        r.cells[skip..]
            .iter()
            .all(|c| !c.mark.is_sign() && c.mark != Mark::Skipped)
    }) {
        out.push(wrap(&words.nothing, w, "", ""));
        out.push(String::new());
    }
    for (section, rows) in by_section(&shown) {
        out.push(wrap(section, w, "", "  "));
        let mut last_question = "";
        for row in rows {
            match &row.item {
                Some((_, item)) => {
                    if row.question != last_question {
                        out.push(wrap(&row.label, w, "  ", "    "));
                    }
                    out.extend(grid.line(&grid.label(item, "    "), &cells_of(row)));
                }
                None => out.extend(grid.line(&grid.label(&row.label, "  "), &cells_of(row))),
            }
            last_question = &row.question;
        }
    }
    out.push(String::new());
    let most = checks.iter().map(|c| c.reported).max().unwrap_or(0);
    let counts: Vec<String> = checks.iter().map(|c| glyphs.check_count(c, most)).collect();
    out.extend(grid.line(&grid.label(&words.count_row, ""), &counts));
    out.push(String::new());

    out.extend(key(&shown, checks, words, glyphs, skip, w));
    out.extend(notes_written(&shown, checks, skip, w));

    let mut notes = Vec::new();
    if skip > 0 {
        let date = |c: &Check| c.date.clone().unwrap_or_else(|| words.date_unknown.clone());
        notes.push(
            words
                .left_out
                .replace("{n}", &skip.to_string())
                .replace("{first}", &date(&history.checks[0]))
                .replace("{last}", &date(&history.checks[skip - 1])),
        );
    }
    notes.extend(words.notes.iter().cloned());
    notes.push(words.tiers_note.clone());
    for note in notes {
        out.push(wrap(&note, w, "", ""));
    }
    if let Some((heading, steps)) = &words.latest {
        out.push(String::new());
        out.push(format!("{heading}:"));
        for step in steps {
            out.push(wrap(step, w, "  > ", "    "));
        }
    }
    out.join("\n") + "\n"
}

/// What each mark means; the tier words with their actions.
fn key(
    rows: &[&Row],
    checks: &[Check],
    words: &Words,
    glyphs: &Glyphs,
    skip: usize,
    w: usize,
) -> Vec<String> {
    let seen = |f: &dyn Fn(Mark) -> bool| {
        rows.iter()
            .any(|r| r.cells[skip..].iter().any(|c| f(c.mark)))
    };
    let mut entries: Vec<(String, String)> = vec![
        (glyphs.reported.into(), words.reported.clone()),
        (glyphs.not_reported.into(), words.not_reported.clone()),
        (glyphs.skipped.into(), words.prefer_not_to_say.clone()),
        (words.blank.clone(), words.not_asked.clone()),
    ];
    if seen(&|m| m == Mark::NotSure) {
        entries.insert(1, (glyphs.not_sure.into(), words.not_sure.clone()));
    }
    if seen(&|m| m == Mark::Note) {
        entries.push((glyphs.note.into(), words.note.clone()));
    }
    if checks.iter().any(|c| c.crisis) {
        entries.push((glyphs.crisis.into(), words.crisis_mark.clone()));
    }
    if checks.iter().any(|c| c.incomplete) {
        entries.push((glyphs.incomplete.into(), words.incomplete_key.clone()));
    }
    let most = checks.iter().map(|c| c.reported).max().unwrap_or(0);
    entries.push((glyphs.count(most, most), words.count_key.clone()));
    for (tier, short, action) in &words.tiers {
        if checks.iter().any(|c| c.urgency == *tier) {
            entries.push((short.clone(), action.clone()));
        }
    }
    let mark_width = entries.iter().map(|(m, _)| width_of(m)).max().unwrap_or(1);
    let mut out = vec![format!("{}:", words.key)];
    for (mark, meaning) in entries {
        let first = format!("  {mark}{}  ", " ".repeat(mark_width - width_of(&mark)));
        let indent = " ".repeat(mark_width + 4);
        out.push(wrap(&meaning, w, &first, &indent));
    }
    for line in scale_keys(rows, glyphs) {
        // Kept on one line where it fits: its spacing groups each mark with its words.
        if width_of(&line) + 2 <= w {
            out.push(format!("  {line}"));
        } else {
            out.push(wrap(&line, w, "  ", "  "));
        }
    }
    out.push(String::new());
    out
}

/// Free-text answers, under their question's label, with the day of each check.
fn notes_written(rows: &[&Row], checks: &[Check], skip: usize, w: usize) -> Vec<String> {
    let mut out = Vec::new();
    for row in rows
        .iter()
        .filter(|r| r.cells.iter().any(|c| c.mark == Mark::Note))
    {
        out.push(wrap(&row.label, w, "", "  "));
        for (check, cell) in checks.iter().zip(&row.cells[skip..]) {
            if let (Mark::Note, Some(words)) = (cell.mark, &cell.words) {
                let day = date_parts(check.date.as_deref()).1;
                let first = format!("  {day}  ");
                let indent = " ".repeat(width_of(&first));
                out.push(wrap(words, w, &first, &indent));
            }
        }
        out.push(String::new());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{self, Answer};
    use crate::bank::Bank;
    use crate::history::{Saved, build};

    /// A quiet check (nothing reported) with one change, as an answers file would give.
    fn quiet_check_with(bank: &Bank, id: &str, answer: Answer) -> Saved {
        let file = answers::parse_file(include_str!("../../../tests/answers/quiet.yaml"))
            .expect("the quiet answers file reads");
        let mut answers = answers::from_raw(bank, &file.answers).expect("valid answers");
        answers.insert(bank.index_of(id).expect("a question of the bank"), answer);
        Saved {
            file: "1".into(),
            info: Some(answers::CheckInfo {
                date: "2026-01-01".into(),
                bank: bank.def.id.clone(),
                version: bank.def.version,
                readiness: None,
            }),
            answers,
        }
    }

    #[test]
    fn a_grid_with_very_long_tier_words_still_lays_out_in_a_narrow_width() {
        let bank = Bank::builtin();
        let saved = [quiet_check_with(
            &bank,
            "worried_reliance",
            Answer::Choice("yes".into()),
        )];
        let history = build(&bank, &saved);
        let mut words = Words::new(&bank, &history, bank.default_region(), None);
        for (_, short, _) in &mut words.tiers {
            *short = "a tier word far longer than any column".into();
        }
        let out = text(&history, &words, &Glyphs::UNICODE, 10);
        assert!(out.contains("a tier word far longer"), "{out}");
    }
}
