//! What the items of a prompter's menu stand for, in one place for every prompter: the
//! items of a checklist, which of them stand alone, and the answer the items picked
//! give; the readiness scale. Pure: no reading or writing here.

use super::{QuestionView, ReadinessView};
use crate::answers::Answer;
use crate::bank::model::Ui;

/// How many of a checklist's last items each stand alone: "None of these" and "Prefer
/// not to say".
pub const CHECKLIST_ALONE: usize = 2;

impl QuestionView {
    /// The items of a checklist: its choices, then "None of these" and "Prefer not to
    /// say", the two that each stand alone. "None of these" is an item picked like any
    /// other, so that picking nothing is never an answer.
    pub fn checklist_labels(&self, ui: &Ui) -> Vec<String> {
        self.choices
            .iter()
            .map(|c| c.label.clone())
            .chain([ui.nothing_selected.clone(), ui.prefer_not_to_say.clone()])
            .collect()
    }

    /// The checklist item among `picked` (sorted) that stands alone but was picked with
    /// others ("None of these" or "Prefer not to say" with anything else), if any.
    pub fn not_alone(&self, picked: &[usize]) -> Option<usize> {
        if picked.len() < 2 {
            return None;
        }
        picked.iter().copied().find(|&i| i >= self.choices.len())
    }

    /// The answer for the checklist items picked, in the bank's order: the signs, or
    /// none ("None of these"), or skipped ("Prefer not to say"). Prefer not to say
    /// picked with signs keeps the signs; the prompters let it stand only alone anyway.
    pub fn checklist_answer(&self, picked: &[usize]) -> Answer {
        let ids: Vec<String> = picked
            .iter()
            .filter_map(|&i| self.choices.get(i))
            .map(|c| c.id.clone())
            .collect();
        let prefer = picked.contains(&(self.choices.len() + 1));
        if ids.is_empty() && prefer {
            Answer::Skipped
        } else {
            Answer::Checklist(ids)
        }
    }
}

impl ReadinessView {
    /// The top of the readiness scale, which runs from 0.
    pub const MAX: u8 = 10;

    /// The scale's items: "0" to "10", each its own value, then "prefer not to say".
    pub fn labels(&self) -> Vec<String> {
        (0..=Self::MAX)
            .map(|n| n.to_string())
            .chain([self.prefer_not_to_say.clone()])
            .collect()
    }

    /// The readiness for the item picked: a number, or `None` for "prefer not to say".
    pub fn answer(picked: usize) -> Option<u8> {
        u8::try_from(picked).ok().filter(|&n| n <= Self::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::model::Kind;
    use crate::prompt::ChoiceView;

    fn checklist(ids: &[&str]) -> QuestionView {
        QuestionView {
            id: "q".into(),
            kind: Kind::Checklist,
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
            default: None,
            progress: "Question 1 of 2 · S".into(),
            n: 1,
            total: 2,
            can_go_back: false,
            counselor_notes: None,
        }
    }

    fn ui() -> Ui {
        crate::bank::Bank::builtin().def.ui
    }

    #[test]
    fn a_checklist_answers_signs_none_or_prefer_not_to_say() {
        let v = checklist(&["a", "b"]);
        let labels = v.checklist_labels(&ui());
        assert_eq!(labels.len(), 2 + CHECKLIST_ALONE);
        assert_eq!(labels[2], ui().nothing_selected);
        assert_eq!(labels[3], ui().prefer_not_to_say);
        assert_eq!(v.checklist_answer(&[3]), Answer::Skipped);
        assert_eq!(v.checklist_answer(&[2]), Answer::Checklist(vec![]));
        assert_eq!(
            v.checklist_answer(&[0, 1]),
            Answer::Checklist(vec!["a".into(), "b".into()])
        );
    }

    #[test]
    fn prefer_not_to_say_picked_with_signs_keeps_the_signs() {
        let v = checklist(&["a", "b"]);
        assert_eq!(
            v.checklist_answer(&[1, 3]),
            Answer::Checklist(vec!["b".into()])
        );
        assert_eq!(v.checklist_answer(&[2, 3]), Answer::Skipped);
    }

    #[test]
    fn none_of_these_and_prefer_not_to_say_go_alone() {
        let v = checklist(&["a", "b"]);
        assert_eq!(v.not_alone(&[0, 1]), None);
        assert_eq!(v.not_alone(&[2]), None);
        assert_eq!(v.not_alone(&[3]), None);
        assert_eq!(v.not_alone(&[0, 2]), Some(2));
        assert_eq!(v.not_alone(&[1, 3]), Some(3));
        assert_eq!(v.not_alone(&[2, 3]), Some(2));
    }

    #[test]
    fn readiness_runs_from_0_to_10_then_prefer_not_to_say() {
        let view = ReadinessView {
            prompt: "Ready?".into(),
            prefer_not_to_say: "Prefer not to say".into(),
        };
        let labels = view.labels();
        assert_eq!(labels.len(), 12);
        assert_eq!(labels[0], "0");
        assert_eq!(labels[10], "10");
        assert_eq!(labels[11], "Prefer not to say");
        assert_eq!(ReadinessView::answer(0), Some(0));
        assert_eq!(ReadinessView::answer(10), Some(10));
        assert_eq!(ReadinessView::answer(11), None);
    }
}
