//! What the items of a prompter's menu stand for, in one place for every prompter: each
//! menu as `Offer`s, the words shown with the value each stands for, so that a prompter
//! returns the value picked, never its place in the list; a checklist's items, which of
//! them stand alone, and the answer they give; the readiness scale. Pure: no reading or
//! writing here.

use super::{ConsentView, GateView, Next, QuestionView, ReadinessView, ReviewItem, ReviewReply};
use crate::answers::Answer;
use crate::bank::model::Ui;

/// How many of a checklist's last items each stand alone: "None of these" and "Prefer
/// not to say".
pub const CHECKLIST_ALONE: usize = 2;

/// An item of a menu: the words shown and the value it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer<T> {
    pub label: String,
    pub value: T,
}

impl<T> Offer<T> {
    fn new(label: &str, value: T) -> Self {
        Offer {
            label: label.to_string(),
            value,
        }
    }

    /// The words of each item, in order.
    pub fn labels(offers: &[Offer<T>]) -> Vec<String> {
        offers.iter().map(|o| o.label.clone()).collect()
    }
}

impl GateView {
    /// Yes (someone is in an emergency now), then no.
    pub fn offers(&self) -> Vec<Offer<bool>> {
        vec![Offer::new(&self.yes, true), Offer::new(&self.no, false)]
    }
}

impl ConsentView {
    /// Yes (the client agrees to go on), then no.
    pub fn offers(&self) -> Vec<Offer<bool>> {
        vec![Offer::new(&self.yes, true), Offer::new(&self.no, false)]
    }
}

impl Next {
    /// What can follow a red-flag message, in the order offered: continue, the summary
    /// now, quit.
    pub fn offers(ui: &Ui) -> Vec<Offer<Next>> {
        vec![
            Offer::new(&ui.continue_, Next::Continue),
            Offer::new(&ui.go_to_summary, Next::Summary),
            Offer::new(&ui.quit, Next::Quit),
        ]
    }
}

impl ReviewItem {
    /// The review's menu: "done" first, then each answer, to change it.
    pub fn offers(items: &[ReviewItem], ui: &Ui) -> Vec<Offer<ReviewReply>> {
        std::iter::once(Offer::new(&ui.review_done, ReviewReply::Done))
            .chain(
                items
                    .iter()
                    .map(|item| Offer::new(&item.line(), ReviewReply::Change(item.question))),
            )
            .collect()
    }
}

impl QuestionView {
    /// The items of a one-answer question: its choices, then "prefer not to say".
    pub fn choice_offers(&self, ui: &Ui) -> Vec<Offer<Answer>> {
        self.choices
            .iter()
            .map(|c| Offer::new(&c.label, Answer::Choice(c.id.clone())))
            .chain([Offer::new(&ui.prefer_not_to_say, Answer::Skipped)])
            .collect()
    }

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

/// Checks or unchecks item `at` of a checklist (`checked`, its items in order, the last
/// `CHECKLIST_ALONE` standing alone). Checking an item that stands alone unchecks every
/// other; checking any other item unchecks those. Returns the item that stands alone when
/// checking unchecked anything, so a prompter can say why.
pub fn check_item(checked: &mut [bool], at: usize) -> Option<usize> {
    let was = *checked.get(at)?;
    let first_alone = checked.len().saturating_sub(CHECKLIST_ALONE);
    let mut alone = None;
    if !was {
        for (i, c) in checked.iter_mut().enumerate() {
            let other_kind = if at >= first_alone {
                i != at
            } else {
                i >= first_alone
            };
            if other_kind && *c {
                *c = false;
                alone = Some(if at >= first_alone { at } else { i });
            }
        }
    }
    checked[at] = !was;
    alone
}

impl ReadinessView {
    /// The top of the readiness scale, which runs from 0.
    pub const MAX: u8 = 10;

    /// The scale's items: "0" to "10", each its own value, then "prefer not to say".
    pub fn offers(&self) -> Vec<Offer<Option<u8>>> {
        (0..=Self::MAX)
            .map(|n| Offer::new(&n.to_string(), Some(n)))
            .chain([Offer::new(&self.prefer_not_to_say, None)])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::model::Kind;
    use crate::prompt::testing::{ui, view};

    fn checklist(ids: &[&str]) -> QuestionView {
        view(Kind::Checklist, ids, None)
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
    fn an_item_checked_alone_unchecks_the_others_and_says_which_goes_alone() {
        // Two signs, then "None of these" and "Prefer not to say".
        let mut checked = vec![true, true, false, false];
        assert_eq!(check_item(&mut checked, 3), Some(3));
        assert_eq!(checked, [false, false, false, true]);
        assert_eq!(check_item(&mut checked, 2), Some(2));
        assert_eq!(checked, [false, false, true, false]);
        assert_eq!(check_item(&mut checked, 0), Some(2));
        assert_eq!(checked, [true, false, false, false]);
        assert_eq!(check_item(&mut checked, 1), None);
        assert_eq!(checked, [true, true, false, false]);
        assert_eq!(check_item(&mut checked, 1), None);
        assert_eq!(checked, [true, false, false, false]);
        // Checking what stands alone with nothing else checked unchecks nothing.
        let mut checked = vec![false, false, false, false];
        assert_eq!(check_item(&mut checked, 3), None);
        assert_eq!(check_item(&mut checked, 9), None);
        // What check_item leaves is always an answer that plain mode takes too.
        let v = checklist(&["a", "b"]);
        let mut checked = vec![true, false, false, false];
        check_item(&mut checked, 3);
        let picked: Vec<usize> = (0..4).filter(|&i| checked[i]).collect();
        assert_eq!(v.not_alone(&picked), None);
    }

    #[test]
    fn readiness_runs_from_0_to_10_then_prefer_not_to_say() {
        let view = ReadinessView {
            prompt: "Ready?".into(),
            prefer_not_to_say: "Prefer not to say".into(),
        };
        let offers = view.offers();
        let labels = Offer::labels(&offers);
        assert_eq!(labels.len(), 12);
        assert_eq!(labels[0], "0");
        assert_eq!(labels[10], "10");
        assert_eq!(labels[11], "Prefer not to say");
        assert_eq!(offers[0].value, Some(0));
        assert_eq!(offers[10].value, Some(10));
        assert_eq!(offers[11].value, None);
    }

    #[test]
    fn the_last_item_of_a_question_is_prefer_not_to_say() {
        let v = QuestionView {
            kind: Kind::Choice,
            ..checklist(&["a", "b"])
        };
        let offers = v.choice_offers(&ui());
        assert_eq!(offers[1].value, Answer::Choice("b".into()));
        assert_eq!(
            offers[2],
            Offer::new(&ui().prefer_not_to_say, Answer::Skipped)
        );
    }

    #[test]
    fn the_review_offers_done_first_then_each_answer_to_change() {
        let item = ReviewItem {
            question: 7,
            section: "S".into(),
            label: "Sleep".into(),
            answer: "Fine".into(),
        };
        let offers = ReviewItem::offers(&[item], &ui());
        assert_eq!(offers[0], Offer::new(&ui().review_done, ReviewReply::Done));
        assert_eq!(offers[1], Offer::new("Sleep: Fine", ReviewReply::Change(7)));
    }

    #[test]
    fn after_a_message_continue_comes_first() {
        let values: Vec<Next> = Next::offers(&ui()).into_iter().map(|o| o.value).collect();
        assert_eq!(values, [Next::Continue, Next::Summary, Next::Quit]);
    }
}
