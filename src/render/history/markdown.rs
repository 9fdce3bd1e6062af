//! The history as a markdown table, every check included, for a report to hand on.

use super::{Glyphs, by_section, scale_keys};
use crate::history::{History, Mark, Row, Words};
use crate::render::escape::escape;

fn table_row(label: &str, cells: impl IntoIterator<Item = String>) -> String {
    let mut line = format!("| {label} |");
    for cell in cells {
        if cell.trim().is_empty() {
            line.push_str(" |");
        } else {
            line.push_str(&format!(" {cell} |"));
        }
    }
    line
}

pub fn markdown(history: &History, words: &Words) -> String {
    let glyphs = Glyphs::UNICODE;
    let checks = &history.checks;
    let mut out = vec![
        format!("# {}", escape(&words.title)),
        String::new(),
        format!("*{}*", escape(&words.disclaimer)),
        String::new(),
        escape(&words.intro),
        String::new(),
    ];
    let dates = checks
        .iter()
        .map(|c| escape(c.date.as_deref().unwrap_or("?")));
    out.push(table_row("", dates));
    out.push(format!("|---|{}", ":-:|".repeat(checks.len())));
    out.push(table_row(
        &format!("**{}**", escape(&words.action_row)),
        checks.iter().map(|c| escape(words.tier(c.urgency))),
    ));
    if checks.iter().any(|c| c.crisis) {
        out.push(table_row(
            &format!("**{}**", escape(&words.crisis_row)),
            checks
                .iter()
                .map(|c| if c.crisis { glyphs.crisis } else { "" }.to_string()),
        ));
    }
    if checks.iter().any(|c| c.incomplete) {
        out.push(table_row(
            &format!("**{}**", escape(&words.incomplete_row)),
            checks
                .iter()
                .map(|c| if c.incomplete { glyphs.incomplete } else { "" }.to_string()),
        ));
    }
    let rows: Vec<&Row> = history.rows.iter().collect();
    for (section, rows) in by_section(&rows) {
        out.push(table_row(
            &format!("**{}**", escape(section)),
            checks.iter().map(|_| String::new()),
        ));
        for row in rows {
            let label = match &row.item {
                Some((_, item)) => format!("{}: {}", escape(&row.label), escape(item)),
                None => escape(&row.label),
            };
            out.push(table_row(
                &label,
                row.cells.iter().map(|c| glyphs.mark(c.mark)),
            ));
        }
    }
    let most = checks.iter().map(|c| c.reported).max().unwrap_or(0);
    out.push(table_row(
        &format!("**{}**", escape(&words.count_row)),
        checks.iter().map(|c| glyphs.check_count(c, most)),
    ));
    out.push(String::new());
    if history.rows.is_empty() {
        out.push(escape(&words.nothing));
        out.push(String::new());
    }

    out.push(format!("**{}**", escape(&words.key)));
    out.push(String::new());
    let seen = |mark: Mark| {
        history
            .rows
            .iter()
            .any(|r| r.cells.iter().any(|c| c.mark == mark))
    };
    let mut entries = vec![
        (glyphs.reported.to_string(), words.reported.clone()),
        (glyphs.not_reported.to_string(), words.not_reported.clone()),
        (glyphs.skipped.to_string(), words.prefer_not_to_say.clone()),
        (escape(&words.blank), words.not_asked.clone()),
    ];
    if seen(Mark::NotSure) {
        entries.insert(1, (glyphs.not_sure.to_string(), words.not_sure.clone()));
    }
    if seen(Mark::Note) {
        entries.push((glyphs.note.to_string(), words.note.clone()));
    }
    if checks.iter().any(|c| c.crisis) {
        entries.push((glyphs.crisis.to_string(), words.crisis_mark.clone()));
    }
    if checks.iter().any(|c| c.incomplete) {
        entries.push((glyphs.incomplete.to_string(), words.incomplete_key.clone()));
    }
    entries.push((glyphs.count(most, most), words.count_key.clone()));
    for (tier, short, action) in &words.tiers {
        if checks.iter().any(|c| c.urgency == *tier) {
            entries.push((format!("**{}**", escape(short)), action.clone()));
        }
    }
    for (mark, meaning) in entries {
        out.push(format!("- {mark} {}", escape(&meaning)));
    }
    for line in scale_keys(&rows, &glyphs) {
        out.push(format!("- {}", escape(&line)));
    }
    out.push(String::new());

    for row in history
        .rows
        .iter()
        .filter(|r| r.cells.iter().any(|c| c.mark == Mark::Note))
    {
        out.push(format!("## {}", escape(&row.label)));
        out.push(String::new());
        for (check, cell) in checks.iter().zip(&row.cells) {
            if let (Mark::Note, Some(words)) = (cell.mark, &cell.words) {
                let date = check.date.as_deref().unwrap_or("?");
                out.push(format!("- {}: {}", escape(date), escape(words)));
            }
        }
        out.push(String::new());
    }

    for note in words.notes.iter().chain([&words.tiers_note]) {
        out.push(escape(note));
        out.push(String::new());
    }
    if let Some((heading, steps)) = &words.latest {
        out.push(format!("## {}", escape(heading)));
        out.push(String::new());
        for (i, step) in steps.iter().enumerate() {
            if i == 0 {
                out.push(format!("- **{}**", escape(step)));
            } else {
                out.push(format!("- {}", escape(step)));
            }
        }
    }
    out.join("\n") + "\n"
}
