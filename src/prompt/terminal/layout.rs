//! Pure layout helpers for the terminal prompter: how wide to write, how menu items are
//! wrapped, where a menu starts, and the words of a record line. No terminal here, so
//! all of it is unit-tested.

use crate::answers::Answer;
use crate::prompt::QuestionView;
use crate::render::wrap;

/// Text is never wider than this, even on a wide terminal: long lines are hard to read.
pub const MAX_WIDTH: usize = 80;
/// Narrower than this and nothing reads well anyway; wrap at this width regardless.
const MIN_WIDTH: usize = 10;

/// The width to wrap text at on a terminal `cols` columns wide. One column is kept free
/// so that a full line never makes the terminal wrap on its own (which would throw off
/// the count of lines to clear).
pub fn text_width(cols: usize) -> usize {
    cols.saturating_sub(1).clamp(MIN_WIDTH, MAX_WIDTH)
}

/// Wraps `text` at `width` and returns its lines.
pub fn lines(text: &str, width: usize) -> Vec<String> {
    wrap(text, width, "", "")
        .lines()
        .map(str::to_string)
        .collect()
}

/// Where an item's continuation lines start: four columns in, past a single-choice
/// item's "❯ " and a checklist item's "❯ ✔ ", so that a long label's leftover words
/// never start where the next item does and read as another choice.
pub const CONTINUATION_INDENT: usize = 4;

/// Menu items laid out to draw: each label wrapped to fit after a `prefix` columns wide
/// marker ("❯ ", "❯ ✔ "), continuation lines `CONTINUATION_INDENT` columns in (or under
/// the label, if it starts further in). Every line is kept within `width` columns and
/// within `cols` bytes.
pub fn menu_items(labels: &[String], prefix: usize, width: usize, cols: usize) -> Vec<String> {
    let first = " ".repeat(prefix);
    let indent = prefix.max(CONTINUATION_INDENT);
    let pad = " ".repeat(indent);
    labels
        .iter()
        .map(|label| {
            let mut w = width.max(indent + MIN_WIDTH);
            loop {
                let wrapped = wrap(label, w, &first, &pad);
                let item = wrapped
                    .strip_prefix(first.as_str())
                    .unwrap_or(&wrapped)
                    .to_string();
                let first_fits = item.lines().next().is_none_or(|l| l.len() + prefix <= cols);
                let fits = first_fits && item.lines().skip(1).all(|l| l.len() <= cols);
                if fits || w <= indent + MIN_WIDTH {
                    return item;
                }
                w -= 1;
            }
        })
        .collect()
}

/// How many rows below its first one the cursor ends on after writing `written`
/// columns on a terminal `cols` wide (a full last row keeps the cursor on it).
pub fn rows_below(written: usize, cols: usize) -> usize {
    written.saturating_sub(1) / cols.max(1)
}

/// How many rows an item takes (its lines).
pub fn item_rows(item: &str) -> usize {
    item.lines().count().max(1)
}

/// Where the menu starts: on the earlier answer if there is one (a choice the person
/// made), else on no item, so that Enter alone answers nothing.
pub fn default_index(view: &QuestionView) -> Option<usize> {
    match &view.default {
        Some(Answer::Choice(id)) => view.choices.iter().position(|c| &c.id == id),
        Some(Answer::Skipped) => Some(view.choices.len()),
        _ => None,
    }
}

/// Which checklist items start checked: the earlier answer's ("None of these" for an
/// earlier none, "Prefer not to say" for an earlier skip).
pub fn checklist_defaults(view: &QuestionView) -> Vec<bool> {
    let mut checked: Vec<bool> = view
        .choices
        .iter()
        .map(|c| matches!(&view.default, Some(Answer::Checklist(ids)) if ids.contains(&c.id)))
        .collect();
    checked.push(matches!(&view.default, Some(Answer::Checklist(ids)) if ids.is_empty()));
    checked.push(matches!(view.default, Some(Answer::Skipped)));
    checked
}

/// The default text of a text question.
pub fn default_text(view: &QuestionView) -> String {
    match &view.default {
        Some(Answer::Text(text)) => text.clone(),
        _ => String::new(),
    }
}

/// The lines of a record, "{what} · {words}" (or the words alone), wrapped to fit
/// `width` columns behind its "✔ " mark: labels and answers are never cut.
pub fn record_lines(what: &str, words: &str, width: usize) -> Vec<String> {
    let text = if what.is_empty() {
        words.to_string()
    } else {
        format!("{what} · {words}")
    };
    lines(&text, width.saturating_sub(2).max(MIN_WIDTH))
}

/// One line: cut to `width` columns with an ellipsis when longer.
pub fn one_line(text: &str, width: usize) -> String {
    console::truncate_str(text, width, "…").into_owned()
}

/// Columns of the bar that marks a block for the counselor: "│ ".
pub const COUNSEL_GUTTER: usize = 2;

/// The lines of a block for the counselor, "{label}: {text}" wrapped to fit `width`
/// columns behind its gutter, every word of it: a counselor's block is never cut. Each
/// line is split in two: the label's part (only on the first line, drawn bold) and the
/// rest.
pub fn counsel_lines(label: Option<&str>, text: &str, width: usize) -> Vec<(String, String)> {
    let head = label.map(|l| format!("{l}:"));
    let full = match &head {
        Some(head) => format!("{head} {text}"),
        None => text.to_string(),
    };
    let width = width.saturating_sub(COUNSEL_GUTTER);
    lines(&full, width)
        .into_iter()
        .enumerate()
        .map(|(i, line)| match &head {
            Some(head) if i == 0 && line.starts_with(head.as_str()) => {
                let rest = line[head.len()..].to_string();
                (head.clone(), rest)
            }
            _ => (String::new(), line),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::model::Kind;
    use crate::prompt::testing::{ui, view};

    #[test]
    fn text_width_keeps_a_column_free_and_caps_long_lines() {
        assert_eq!(text_width(100), 80);
        assert_eq!(text_width(60), 59);
        assert_eq!(text_width(3), 10);
    }

    #[test]
    fn a_long_label_wraps_further_in_than_the_next_item_starts() {
        let label = "one two three four five".to_string();
        // A single choice ("❯ one two"): its leftover words start two columns further
        // in than the next choice's words, as a checklist's and the review's do.
        let items = menu_items(std::slice::from_ref(&label), 2, 14, 15);
        assert_eq!(items, vec!["one two\n    three four\n    five".to_string()]);
        assert_eq!(item_rows(&items[0]), 3);
        let checklist = menu_items(&[label], 4, 14, 15);
        assert_eq!(
            checklist,
            vec!["one two\n    three four\n    five".to_string()]
        );
        for item in items.iter().chain(&checklist) {
            assert!(
                item.lines().skip(1).all(|l| l.starts_with("    ")),
                "{item:?}"
            );
        }
    }

    #[test]
    fn a_typed_answer_ends_on_the_row_its_last_column_is_on() {
        assert_eq!(rows_below(0, 80), 0);
        assert_eq!(rows_below(79, 80), 0);
        assert_eq!(rows_below(80, 80), 0);
        assert_eq!(rows_below(81, 80), 1);
        assert_eq!(rows_below(160, 80), 1);
    }

    #[test]
    fn menu_items_keep_every_line_within_the_terminal_in_bytes() {
        let label = "é".repeat(5) + " " + &"é".repeat(5) + " " + &"é".repeat(5);
        let items = menu_items(&[label], 4, 19, 20);
        for (i, line) in items[0].lines().enumerate() {
            let extra = if i == 0 { 4 } else { 0 };
            assert!(line.len() + extra <= 20, "{line:?}");
        }
    }

    #[test]
    fn a_menu_starts_on_no_item_unless_answered_before() {
        assert_eq!(default_index(&view(Kind::Choice, &["a", "b"], None)), None);
        assert_eq!(
            default_index(&view(
                Kind::Choice,
                &["a", "b"],
                Some(Answer::Choice("b".into()))
            )),
            Some(1)
        );
        assert_eq!(
            default_index(&view(Kind::Choice, &["a", "b"], Some(Answer::Skipped))),
            Some(2)
        );
    }

    #[test]
    fn checklist_defaults_come_from_the_earlier_answer() {
        let v = view(
            Kind::Checklist,
            &["a", "b"],
            Some(Answer::Checklist(vec!["b".into()])),
        );
        assert_eq!(checklist_defaults(&v), vec![false, true, false, false]);
        let v = view(
            Kind::Checklist,
            &["a", "b"],
            Some(Answer::Checklist(vec![])),
        );
        assert_eq!(checklist_defaults(&v), vec![false, false, true, false]);
        let v = view(Kind::Checklist, &["a", "b"], Some(Answer::Skipped));
        assert_eq!(checklist_defaults(&v), vec![false, false, false, true]);
    }

    #[test]
    fn a_record_wraps_instead_of_cutting_its_label() {
        assert_eq!(record_lines("Label", "Yes", 40), ["Label · Yes"]);
        assert_eq!(record_lines("", "Yes", 40), ["Yes"]);
        let long = record_lines(
            "Serious side effects in the past 7 days",
            "Dizziness, Difficulty sleeping, Muscle tightness, Chest tightness",
            80,
        );
        assert_eq!(long.len(), 2, "{long:?}");
        assert!(long[0].starts_with("Serious side effects in the past 7 days · "));
        assert!(long.iter().all(|l| console::measure_text_width(l) <= 78));
        assert!(long[1].ends_with("Chest tightness"), "{long:?}");
    }

    #[test]
    fn counsel_lines_fit_behind_the_gutter_and_keep_the_label_apart() {
        let lines = counsel_lines(Some("For the counselor"), &"word ".repeat(12), 30);
        assert_eq!(lines[0].0, "For the counselor:");
        assert_eq!(lines[0].1, " word word");
        assert!(lines[1..].iter().all(|(head, _)| head.is_empty()));
        for (head, rest) in &lines {
            let width = console::measure_text_width(&format!("{head}{rest}"));
            assert!(width + COUNSEL_GUTTER <= 30, "{head}{rest}");
        }
        let plain = counsel_lines(None, "Follow the protocol now.", 30);
        assert_eq!(
            plain,
            vec![(String::new(), "Follow the protocol now.".into())]
        );
    }

    #[test]
    fn answer_words_use_labels_and_the_bank_words() {
        let ui = ui();
        let v = view(Kind::Checklist, &["a", "b"], None);
        assert_eq!(
            v.words(&Answer::Checklist(vec!["a".into(), "b".into()]), &ui),
            "A, B"
        );
        assert_eq!(
            v.words(&Answer::Checklist(vec![]), &ui),
            ui.nothing_selected
        );
        assert_eq!(v.words(&Answer::Skipped, &ui), ui.prefer_not_to_say);
        assert_eq!(v.words(&Answer::Text("  ".into()), &ui), ui.nothing_added);
        assert_eq!(v.words(&Answer::Text("a\nb".into()), &ui), "a b");
    }
}
