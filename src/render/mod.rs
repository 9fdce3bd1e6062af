//! Lays a summary out as text, markdown or JSON. Renderers decide nothing: every word
//! and its order come from `Summary`.

mod changes;
mod counselor;
mod escape;
pub mod history;
mod markdown;
mod text;

use crate::summary::counselor::CounselorSummary;
use crate::summary::{RegionInfo, Summary};
use clap::ValueEnum;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    #[default]
    Text,
    Markdown,
    Json,
}

/// The columns text is laid out in, wherever it goes: a file, a pipe, a terminal at
/// least this wide. On a narrower terminal the caller passes its width instead.
pub const TEXT_WIDTH: usize = 78;

pub fn render(summary: &Summary, format: Format) -> String {
    render_at(summary, format, TEXT_WIDTH)
}

/// The summary with its text laid out in `width` columns (markdown and JSON are not
/// laid out in columns: their readers do that).
pub fn render_at(summary: &Summary, format: Format, width: usize) -> String {
    match format {
        Format::Text => text::render(summary, width),
        Format::Markdown => markdown::render(summary),
        Format::Json => json(summary),
    }
}

pub fn render_counselor(summary: &CounselorSummary, format: Format) -> String {
    render_counselor_at(summary, format, TEXT_WIDTH)
}

/// The counselor summary, its text laid out in `width` columns, as `render_at`.
pub fn render_counselor_at(summary: &CounselorSummary, format: Format, width: usize) -> String {
    match format {
        Format::Text => counselor::text(summary, width),
        Format::Markdown => counselor::markdown(summary),
        Format::Json => json(summary),
    }
}

fn json<T: serde::Serialize>(value: &T) -> String {
    // Serializing plain owned data cannot fail.
    serde_json::to_string_pretty(value).expect("a summary serializes") + "\n"
}

/// The resources heading with the region and the date its numbers were checked.
fn resources_heading(heading: &str, region: &RegionInfo) -> String {
    format!("{heading} ({}, {})", region.name, region.last_checked)
}

/// Reported items grouped by section title, keeping bank order.
fn by_section(summary: &Summary) -> Vec<(&str, Vec<&crate::summary::Reported>)> {
    let mut groups: Vec<(&str, Vec<_>)> = Vec::new();
    for item in &summary.reported {
        match groups.last_mut() {
            Some((title, items)) if *title == item.section_title => items.push(item),
            _ => groups.push((&item.section_title, vec![item])),
        }
    }
    groups
}

/// Breaks text into lines of at most `width` columns, each after `indent`; the first
/// line after `first`. Words longer than a line are left whole.
pub fn wrap(text: &str, width: usize, first: &str, indent: &str) -> String {
    let mut out = String::new();
    for (p, paragraph) in text.lines().enumerate() {
        if p > 0 {
            out.push('\n');
        }
        let mut line = String::from(if p == 0 { first } else { indent });
        let mut empty = true;
        for word in paragraph.split_whitespace() {
            let fits =
                console::measure_text_width(&line) + 1 + console::measure_text_width(word) <= width;
            if !empty && !fits {
                out.push_str(line.trim_end());
                out.push('\n');
                line = String::from(indent);
                empty = true;
            }
            if !empty {
                line.push(' ');
            }
            line.push_str(word);
            empty = false;
        }
        out.push_str(line.trim_end());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_words_at_the_width_with_an_indent() {
        assert_eq!(
            wrap("one two three four", 9, "- ", "  "),
            "- one two\n  three\n  four"
        );
    }

    #[test]
    fn keeps_a_long_word_whole() {
        assert_eq!(wrap("abcdefghijkl x", 5, "", ""), "abcdefghijkl\nx");
    }
}
