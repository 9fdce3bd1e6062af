//! What a typed reply means: the numbers typed, the labels of a numbered list and the
//! answer for the items picked from it. Pure functions, with no reading or writing.

use crate::answers::Answer;
use crate::bank::model::Ui;
use crate::prompt::QuestionView;

/// The number typed, when it is one from `first` to `last` ("2" or "2.").
pub(super) fn number(reply: &str, first: usize, last: usize) -> Option<usize> {
    let n: usize = reply.trim().trim_end_matches('.').parse().ok()?;
    (first..=last).contains(&n).then_some(n)
}

/// The numbers typed, separated by spaces or commas, when each is one from `first` to
/// `last`; sorted, each once.
pub(super) fn numbers(reply: &str, first: usize, last: usize) -> Option<Vec<usize>> {
    let mut picked = reply
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .map(|part| number(part, first, last))
        .collect::<Option<Vec<usize>>>()?;
    picked.sort_unstable();
    picked.dedup();
    Some(picked)
}

/// The labels of a question's numbered list: its choices, then "prefer not to say".
pub(super) fn choice_labels(view: &QuestionView, ui: &Ui) -> Vec<String> {
    view.choices
        .iter()
        .map(|c| c.label.clone())
        .chain([ui.prefer_not_to_say.clone()])
        .collect()
}

/// The answer for the item picked from a one-answer list (the last is prefer not to say).
pub(super) fn choice_answer(view: &QuestionView, picked: usize) -> Answer {
    match view.choices.get(picked) {
        Some(choice) => Answer::Choice(choice.id.clone()),
        None => Answer::Skipped,
    }
}
