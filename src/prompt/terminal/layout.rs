//! Pure layout helpers for the terminal prompter: how wide to write, how menu items are
//! wrapped so dialoguer counts their lines right, and how a reply becomes an answer and
//! the words of its record line. No terminal here, so all of it is unit-tested.

use crate::answers::Answer;
use crate::bank::model::Ui;
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

/// Menu items laid out for dialoguer: each label wrapped to fit after a `prefix` columns
/// wide marker ("❯ ", "❯ ✔ "), continuation lines indented under the label.
///
/// dialoguer counts the lines an item takes by its newlines, and adds more only for a
/// line longer (in bytes) than the terminal is wide; so every line here is kept within
/// `width` columns and within `cols` bytes, and the count stays right.
pub fn menu_items(labels: &[String], prefix: usize, width: usize, cols: usize) -> Vec<String> {
    let pad = " ".repeat(prefix);
    labels
        .iter()
        .map(|label| {
            let mut w = width.max(prefix + MIN_WIDTH);
            loop {
                let wrapped = wrap(label, w, &pad, &pad);
                let item = wrapped
                    .strip_prefix(pad.as_str())
                    .unwrap_or(&wrapped)
                    .to_string();
                let first_fits = item.lines().next().is_none_or(|l| l.len() + prefix <= cols);
                let fits = first_fits && item.lines().skip(1).all(|l| l.len() <= cols);
                if fits || w <= prefix + MIN_WIDTH {
                    return item;
                }
                w -= 1;
            }
        })
        .collect()
}

/// How many menu items to show at once so that the menu fits in `rows` rows, given
/// items that take up to `tallest` rows each. At least one.
pub fn page_length(rows: usize, tallest: usize) -> usize {
    (rows / tallest.max(1)).max(1)
}

/// How many rows an item takes (its lines).
pub fn item_rows(item: &str) -> usize {
    item.lines().count().max(1)
}

/// The menu labels of a one-answer question: its choices, then "prefer not to say".
pub fn choice_labels(view: &QuestionView, ui: &Ui) -> Vec<String> {
    view.choices
        .iter()
        .map(|c| c.label.clone())
        .chain([ui.prefer_not_to_say.clone()])
        .collect()
}

/// Where the menu starts: the earlier answer if there is one, else the first choice.
pub fn default_index(view: &QuestionView) -> usize {
    match &view.default {
        Some(Answer::Choice(id)) => view.choices.iter().position(|c| &c.id == id).unwrap_or(0),
        Some(Answer::Skipped) => view.choices.len(),
        _ => 0,
    }
}

/// The answer a one-answer menu gives for the item picked.
pub fn choice_answer(view: &QuestionView, picked: usize) -> Answer {
    match view.choices.get(picked) {
        Some(choice) => Answer::Choice(choice.id.clone()),
        None => Answer::Skipped,
    }
}

/// Which checklist items start checked ("prefer not to say" is the last item).
pub fn checklist_defaults(view: &QuestionView) -> Vec<bool> {
    let mut checked: Vec<bool> = view
        .choices
        .iter()
        .map(|c| matches!(&view.default, Some(Answer::Checklist(ids)) if ids.contains(&c.id)))
        .collect();
    checked.push(matches!(view.default, Some(Answer::Skipped)));
    checked
}

/// The answer a checklist gives. "Prefer not to say" alone is skipped; checked together
/// with signs, the signs are kept: nothing the person reported is ever dropped.
pub fn checklist_answer(view: &QuestionView, picked: &[usize]) -> Answer {
    let ids: Vec<String> = picked
        .iter()
        .filter_map(|&i| view.choices.get(i))
        .map(|c| c.id.clone())
        .collect();
    let prefer = picked.contains(&view.choices.len());
    if ids.is_empty() && prefer {
        Answer::Skipped
    } else {
        Answer::Checklist(ids)
    }
}

/// The words of an answer for its record line: the labels chosen, or the bank's words
/// for "prefer not to say" and for nothing.
pub fn answer_words(view: &QuestionView, answer: &Answer, ui: &Ui) -> String {
    let label = |id: &String| {
        view.choices
            .iter()
            .find(|c| &c.id == id)
            .map_or_else(|| id.clone(), |c| c.label.clone())
    };
    match answer {
        Answer::Skipped => ui.prefer_not_to_say.clone(),
        Answer::Choice(id) => label(id),
        Answer::Checklist(ids) if ids.is_empty() => ui.nothing_selected.clone(),
        Answer::Checklist(ids) => ids.iter().map(label).collect::<Vec<_>>().join(", "),
        Answer::Text(text) if text.trim().is_empty() => ui.nothing_selected.clone(),
        Answer::Text(text) => text.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

/// The default text of a text question.
pub fn default_text(view: &QuestionView) -> String {
    match &view.default {
        Some(Answer::Text(text)) => text.clone(),
        _ => String::new(),
    }
}

/// The text of a record line, "{what} · {words}", in one line of `width` columns. When
/// it is too long the label gives way first: the answer is what matters on screen.
pub fn record_text(what: &str, words: &str, width: usize) -> String {
    if what.is_empty() {
        return one_line(words, width);
    }
    let full = format!("{what} · {words}");
    if console::measure_text_width(&full) <= width {
        return full;
    }
    let label_width = width
        .saturating_sub(console::measure_text_width(words) + 3)
        .max(12);
    one_line(&format!("{} · {words}", one_line(what, label_width)), width)
}

/// One line: cut to `width` columns with an ellipsis when longer.
pub fn one_line(text: &str, width: usize) -> String {
    console::truncate_str(text, width, "…").into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::model::Kind;
    use crate::prompt::ChoiceView;

    fn view(kind: Kind, ids: &[&str], default: Option<Answer>) -> QuestionView {
        QuestionView {
            id: "q".into(),
            kind,
            text: "Text?".into(),
            label: "Label".into(),
            help: None,
            choices: ids
                .iter()
                .map(|id| ChoiceView {
                    id: id.to_string(),
                    label: id.to_uppercase(),
                })
                .collect(),
            default,
            progress: "Question 1 of 2 · S".into(),
            n: 1,
            total: 2,
            can_go_back: false,
        }
    }

    fn ui() -> Ui {
        crate::bank::Bank::builtin().def.ui
    }

    #[test]
    fn text_width_keeps_a_column_free_and_caps_long_lines() {
        assert_eq!(text_width(100), 80);
        assert_eq!(text_width(60), 59);
        assert_eq!(text_width(3), 10);
    }

    #[test]
    fn menu_items_wrap_under_the_label() {
        let items = menu_items(&["one two three four five".to_string()], 2, 14, 15);
        assert_eq!(items, vec!["one two\n  three four\n  five".to_string()]);
        assert_eq!(item_rows(&items[0]), 3);
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
    fn page_length_fits_tall_items() {
        assert_eq!(page_length(20, 3), 6);
        assert_eq!(page_length(2, 3), 1);
    }

    #[test]
    fn default_index_follows_the_earlier_answer() {
        assert_eq!(default_index(&view(Kind::Choice, &["a", "b"], None)), 0);
        assert_eq!(
            default_index(&view(
                Kind::Choice,
                &["a", "b"],
                Some(Answer::Choice("b".into()))
            )),
            1
        );
        assert_eq!(
            default_index(&view(Kind::Choice, &["a", "b"], Some(Answer::Skipped))),
            2
        );
    }

    #[test]
    fn the_last_item_is_prefer_not_to_say() {
        let v = view(Kind::Choice, &["a", "b"], None);
        assert_eq!(
            choice_labels(&v, &ui()).last(),
            Some(&ui().prefer_not_to_say)
        );
        assert_eq!(choice_answer(&v, 1), Answer::Choice("b".into()));
        assert_eq!(choice_answer(&v, 2), Answer::Skipped);
    }

    #[test]
    fn checklist_keeps_signs_checked_with_prefer_not_to_say() {
        let v = view(Kind::Checklist, &["a", "b"], None);
        assert_eq!(checklist_answer(&v, &[2]), Answer::Skipped);
        assert_eq!(
            checklist_answer(&v, &[0, 2]),
            Answer::Checklist(vec!["a".into()])
        );
        assert_eq!(checklist_answer(&v, &[]), Answer::Checklist(vec![]));
    }

    #[test]
    fn checklist_defaults_come_from_the_earlier_answer() {
        let v = view(
            Kind::Checklist,
            &["a", "b"],
            Some(Answer::Checklist(vec!["b".into()])),
        );
        assert_eq!(checklist_defaults(&v), vec![false, true, false]);
        let v = view(Kind::Checklist, &["a", "b"], Some(Answer::Skipped));
        assert_eq!(checklist_defaults(&v), vec![false, false, true]);
    }

    #[test]
    fn record_text_shortens_the_label_before_the_answer() {
        assert_eq!(record_text("Label", "Yes", 40), "Label · Yes");
        assert_eq!(record_text("", "Yes", 40), "Yes");
        assert_eq!(
            record_text(
                "A rather long label for a question",
                "Prefer not to say",
                40
            ),
            "A rather long label… · Prefer not to say"
        );
        let long = record_text("Label of twenty chars", &"word ".repeat(20), 40);
        assert_eq!(console::measure_text_width(&long), 40);
        assert!(long.starts_with("Label of tw… · word"), "{long}");
    }

    #[test]
    fn answer_words_use_labels_and_the_bank_words() {
        let ui = ui();
        let v = view(Kind::Checklist, &["a", "b"], None);
        assert_eq!(
            answer_words(&v, &Answer::Checklist(vec!["a".into(), "b".into()]), &ui),
            "A, B"
        );
        assert_eq!(
            answer_words(&v, &Answer::Checklist(vec![]), &ui),
            ui.nothing_selected
        );
        assert_eq!(
            answer_words(&v, &Answer::Skipped, &ui),
            ui.prefer_not_to_say
        );
        assert_eq!(
            answer_words(&v, &Answer::Text("  ".into()), &ui),
            ui.nothing_selected
        );
        assert_eq!(answer_words(&v, &Answer::Text("a\nb".into()), &ui), "a b");
    }
}
