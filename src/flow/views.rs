//! What the flow hands a prompter: each question, red-flag message and review item as a
//! view, filled in for the region, so that a prompter decides nothing.

use super::Flow;
use crate::bank::fill;
use crate::bank::model::{Alert, Interrupt, Role};
use crate::bank::template::fill_named;
use crate::prompt::{
    ChoiceView, CounselorNote, InterruptView, QuestionView, ResourceView, ReviewItem,
};

impl Flow<'_, '_> {
    /// The red-flag message `i` that `alert` shows, filled in for the region.
    pub(super) fn interrupt_view(&self, i: &Interrupt, alert: &Alert) -> InterruptView {
        InterruptView {
            id: i.id.clone(),
            title: fill(&i.title, self.region),
            message: fill(&i.message, self.region),
            tier: alert.tier,
            resources: self.resources(&i.resources),
            counselor_prompt: self.counselor_prompt(alert.tier, alert.crisis),
        }
    }

    pub(super) fn resources(&self, roles: &[Role]) -> Vec<ResourceView> {
        roles
            .iter()
            .filter_map(|role| self.region.resources.iter().find(|r| r.role == *role))
            .map(|r| ResourceView {
                name: r.name.clone(),
                contact: r.contact.clone(),
            })
            .collect()
    }

    /// Whether the number of questions is final: no question's `when` or `unless`
    /// still waits on an answer to come.
    pub(super) fn total_is_known(&self) -> bool {
        let bank = self.bank;
        let settled =
            |on: usize| !self.session.is_visible(on) || self.session.answer_of(on).is_some();
        (0..bank.len()).all(|i| {
            bank.parent(i)
                .into_iter()
                .chain(bank.blocker(i))
                .chain(bank.or_parents(i).iter().copied())
                .all(settled)
        })
    }

    pub(super) fn view(&self, index: usize) -> QuestionView {
        let question = self.bank.question(index);
        let section = self.bank.section_of(index);
        let progress = self.session.progress();
        // While changing an answer from the review, the question is not "current": show
        // where it stands among the visible questions instead.
        let n = if self.session.current() == Some(index) {
            progress.n
        } else {
            (0..index).filter(|&i| self.session.is_visible(i)).count() + 1
        };
        let ui = &self.bank.def.ui;
        QuestionView {
            id: question.id.clone(),
            kind: question.kind,
            text: fill(&question.text, self.region),
            label: question.label.clone(),
            help: question.help.as_ref().map(|h| fill(h, self.region)),
            choices: question
                .choices
                .iter()
                .map(|c| ChoiceView {
                    id: c.id.clone(),
                    label: c.label.clone(),
                })
                .collect(),
            default: self.session.default_for(index).cloned(),
            progress: fill_named(
                if self.total_is_known() {
                    &ui.progress
                } else {
                    &ui.progress_about
                },
                &[
                    ("n", &n.to_string()),
                    ("total", &progress.total.to_string()),
                    ("section", &section.title),
                ],
            ),
            n,
            total: progress.total,
            can_go_back: self.session.can_go_back(),
            counselor_notes: self.counselor.and_then(|c| {
                section.counselor_notes.as_ref().map(|text| CounselorNote {
                    label: c.notes_label.clone(),
                    text: fill(text, self.region),
                })
            }),
            lead: None,
        }
    }

    pub(super) fn review_items(&self) -> Vec<ReviewItem> {
        self.session
            .answered()
            .map(|(index, answer)| ReviewItem {
                question: index,
                section: self.bank.section_of(index).title.clone(),
                label: self.bank.question(index).label.clone(),
                answer: self.bank.question(index).words(answer, &self.bank.def.ui),
            })
            .collect()
    }
}
