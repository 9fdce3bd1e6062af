//! The flow engine: given a bank and the answers so far, which question comes next,
//! what an answer raises, and how to step back. No terminal, no files.

use crate::bank::Bank;
use crate::bank::answer::Answer;
use crate::bank::model::{Alert, Condition, Interrupt, Tier};
use std::collections::BTreeSet;

/// Where the person is: question `n` of `total` (both counting visible questions only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub n: usize,
    pub total: usize,
}

/// An alert an answer raised, with the question that raised it.
#[derive(Debug, Clone, Copy)]
pub struct Raised<'b> {
    pub question: usize,
    pub alert: &'b Alert,
}

#[derive(Debug, Clone)]
pub struct Session<'b> {
    bank: &'b Bank,
    /// By question index. An answer to a question that is now hidden is kept (the person
    /// may change their mind back) but counts for nothing.
    answers: Vec<Option<Answer>>,
    /// Answers taken back with `back`, offered again as the default.
    drafts: Vec<Option<Answer>>,
    /// Questions in the order they were answered, for `back`.
    history: Vec<usize>,
    shown_interrupts: BTreeSet<&'b str>,
    /// Which questions are asked, given the answers: kept up to date as answers change,
    /// from the changed question on (conditions refer only to earlier questions), so a
    /// long session does not work it out again at every step.
    visible: Vec<bool>,
    /// Someone was in an emergency at the gate screen, before the first question.
    pub gate_emergency: bool,
}

impl<'b> Session<'b> {
    pub fn new(bank: &'b Bank) -> Self {
        let mut session = Session {
            bank,
            answers: vec![None; bank.len()],
            drafts: vec![None; bank.len()],
            history: Vec::new(),
            shown_interrupts: BTreeSet::new(),
            visible: vec![false; bank.len()],
            gate_emergency: false,
        };
        session.refresh_from(0);
        session
    }

    /// Starts from answers read elsewhere (an answers file). Interrupts are not replayed:
    /// the ones these answers raise count as shown, so changing an answer later does not
    /// show them again (a resumed session reminds of the firmest once; see `flow`).
    pub fn with_answers(
        bank: &'b Bank,
        answers: impl IntoIterator<Item = (usize, Answer)>,
    ) -> Self {
        let mut session = Session::new(bank);
        for (index, answer) in answers {
            session.answers[index] = Some(answer);
        }
        session.refresh_from(0);
        let shown: Vec<&'b str> = session
            .raised()
            .iter()
            .filter_map(|r| r.alert.interrupt.as_deref())
            .collect();
        session.shown_interrupts.extend(shown);
        session
    }

    pub fn bank(&self) -> &'b Bank {
        self.bank
    }

    /// Whether a question is asked, given the answers to earlier questions.
    pub fn is_visible(&self, index: usize) -> bool {
        self.visible[index]
    }

    /// Whether the answer to `blocker` is one of the question's `unless` answers.
    fn blocks(&self, index: usize, blocker: usize) -> bool {
        let unless = self.bank.question(index).unless.as_ref();
        match (unless, &self.answers[blocker]) {
            (Some(unless), Some(answer)) => answer.is_any_of(&unless.if_any),
            _ => false,
        }
    }

    /// Whether the earlier answers open `index`: it has no `when`, or its `when` or one
    /// of its `or_when` conditions holds (on a question that is itself asked).
    fn opened(&self, index: usize, visible: &dyn Fn(usize) -> bool) -> bool {
        let question = self.bank.question(index);
        let Some(parent) = self.bank.parent(index) else {
            return question.when.is_none();
        };
        let holds = |condition: Option<&Condition>, on: usize| {
            visible(on)
                && match (condition, &self.answers[on]) {
                    (Some(c), Some(answer)) => answer.is_any_of(&c.if_any),
                    _ => false,
                }
        };
        holds(question.when.as_ref(), parent)
            || question
                .or_when
                .iter()
                .zip(self.bank.or_parents(index))
                .any(|(c, &on)| holds(Some(c), on))
    }

    /// Which questions are asked, all at once.
    fn visibility(&self) -> &[bool] {
        &self.visible
    }

    /// Works out again which questions are asked, from `start` on. One pass in order
    /// settles them: conditions refer only to earlier questions.
    fn refresh_from(&mut self, start: usize) {
        for index in start..self.bank.len() {
            self.visible[index] = self.works_out_visible(index);
        }
    }

    /// After the answer to `changed` changed: only the questions whose conditions refer
    /// to it can change, and then the ones that refer to those, in bank order.
    fn refresh_after(&mut self, changed: usize) {
        let mut queue: BTreeSet<usize> = self.bank.dependents(changed).iter().copied().collect();
        while let Some(index) = queue.pop_first() {
            let visible = self.works_out_visible(index);
            if visible != self.visible[index] {
                self.visible[index] = visible;
                queue.extend(self.bank.dependents(index));
            }
        }
    }

    /// Whether `index` is asked, given the visibility of the questions before it.
    fn works_out_visible(&self, index: usize) -> bool {
        let visible = &self.visible;
        let opened = self.opened(index, &|i| visible[i]);
        let blocked = self
            .bank
            .blocker(index)
            .is_some_and(|b| visible[b] && self.blocks(index, b));
        opened && !blocked
    }

    /// The next question to ask: the first visible one not yet answered.
    pub fn current(&self) -> Option<usize> {
        let visible = self.visibility();
        (0..self.bank.len()).find(|&i| visible[i] && self.answers[i].is_none())
    }

    pub fn is_done(&self) -> bool {
        self.current().is_none()
    }

    pub fn answer_of(&self, index: usize) -> Option<&Answer> {
        self.answers[index].as_ref()
    }

    /// What to offer as the starting answer: the current answer, or the one taken back.
    pub fn default_for(&self, index: usize) -> Option<&Answer> {
        self.answers[index].as_ref().or(self.drafts[index].as_ref())
    }

    /// Records an answer and returns the interrupts it raises that were not shown yet,
    /// each with the alert that raised it
    /// (each interrupt is shown once a session, however many answers raise it).
    pub fn answer(
        &mut self,
        index: usize,
        answer: Answer,
    ) -> Result<Vec<(&'b Interrupt, &'b Alert)>, String> {
        let question = self.bank.question(index);
        answer
            .check(question)
            // Answers from a file are checked, with words, when it is read; a prompter
            // gives only answers its view allows. This is a program error, said plainly.
            .map_err(|misfit| format!("question `{}`: {misfit:?}", question.id))?;
        self.answers[index] = Some(answer);
        self.refresh_after(index);
        self.drafts[index] = None;
        self.history.retain(|&i| i != index);
        self.history.push(index);
        let mut fresh = Vec::new();
        for alert in self.alerts_of(index, &|i| self.is_visible(i)) {
            let Some(id) = &alert.interrupt else { continue };
            if self.shown_interrupts.insert(id.as_str()) {
                fresh.push((self.bank.interrupt(id), alert));
            }
        }
        Ok(fresh)
    }

    /// Whether a condition on an earlier answer holds: that question is asked, and its
    /// answer is one of the condition's.
    fn condition_holds(&self, condition: &Condition, visible: &dyn Fn(usize) -> bool) -> bool {
        self.bank.index_of(&condition.question).is_some_and(|i| {
            visible(i)
                && self.answers[i]
                    .as_ref()
                    .is_some_and(|a| a.is_any_of(&condition.if_any))
        })
    }

    /// Whether any of `conditions` holds for the counting answers.
    pub fn any_holds(&self, conditions: &[Condition]) -> bool {
        let visible = self.visibility();
        conditions
            .iter()
            .any(|c| self.condition_holds(c, &|i| visible[i]))
    }

    /// The alerts the answer to `index` raises in its context (see `Alert`): the one
    /// place where alert matching is decided.
    fn alerts_of(&self, index: usize, visible: &dyn Fn(usize) -> bool) -> Vec<&'b Alert> {
        let Some(answer) = self.answers[index].as_ref() else {
            return Vec::new();
        };
        let holds = |c: &Condition| self.condition_holds(c, visible);
        self.bank
            .question(index)
            .alerts
            .iter()
            .filter(|a| a.matches(answer))
            .filter(|a| a.when.iter().all(holds) && !a.unless.iter().any(holds))
            .collect()
    }

    /// The most urgent tier the answer to `index` raises, if it counts and raises any.
    pub fn tier_of(&self, index: usize) -> Option<Tier> {
        let visible = self.visibility();
        if !visible[index] {
            return None;
        }
        self.alerts_of(index, &|i| visible[i])
            .iter()
            .map(|a| a.tier)
            .max()
    }

    /// Steps back one question: takes back the last answer so it is asked again (with
    /// that answer offered as the default). Returns the question now current, or `None`
    /// when there is nothing to go back to.
    pub fn back(&mut self) -> Option<usize> {
        while let Some(last) = self.history.pop() {
            if let Some(answer) = self.answers[last].take() {
                if self.is_visible(last) {
                    self.drafts[last] = Some(answer);
                    self.refresh_after(last);
                    return Some(last);
                }
                // An answer that stopped counting is not a step to go back to.
                self.answers[last] = Some(answer);
            }
        }
        None
    }

    pub fn can_go_back(&self) -> bool {
        self.history
            .iter()
            .any(|&i| self.answers[i].is_some() && self.is_visible(i))
    }

    /// Visible answered questions, in bank order: the answers that count.
    pub fn answered(&self) -> impl Iterator<Item = (usize, &Answer)> {
        let visible = self.visibility();
        (0..self.bank.len())
            .filter(move |&i| visible[i])
            .filter_map(|i| self.answers[i].as_ref().map(|a| (i, a)))
    }

    /// Every alert the counting answers raise, in bank order.
    pub fn raised(&self) -> Vec<Raised<'b>> {
        let visible = self.visibility();
        (0..self.bank.len())
            .filter(|&i| visible[i])
            .flat_map(|i| {
                self.alerts_of(i, &|j| visible[j])
                    .into_iter()
                    .map(move |alert| Raised { question: i, alert })
            })
            .collect()
    }

    /// The highest tier reached; routine when nothing raised more.
    pub fn urgency(&self) -> Tier {
        let from_alerts = self.raised().iter().map(|r| r.alert.tier).max();
        let from_gate = self.gate_emergency.then_some(Tier::Emergency);
        from_alerts.max(from_gate).unwrap_or(Tier::Routine)
    }

    /// Whether suicidal thoughts (or anything else the bank marks as a crisis) were reported.
    pub fn crisis(&self) -> bool {
        self.raised().iter().any(|r| r.alert.crisis)
    }

    /// Questions that would be asked now but have no answer: what an early stop left
    /// out (follow-ups that earlier answers did not open are not counted).
    pub fn unasked(&self) -> Vec<usize> {
        let visible = self.visibility();
        (0..self.bank.len())
            .filter(|&i| visible[i] && self.answers[i].is_none())
            .collect()
    }

    /// Question `n` of `total` for the current question; `total` grows as answers open
    /// follow-up questions.
    pub fn progress(&self) -> Progress {
        let visible = self.visibility();
        let at = (0..self.bank.len())
            .find(|&i| visible[i] && self.answers[i].is_none())
            .unwrap_or(self.bank.len());
        Progress {
            n: visible[..at].iter().filter(|&&v| v).count() + 1,
            total: visible.iter().filter(|&&v| v).count(),
        }
        .clamp_to_total()
    }
}

impl Progress {
    fn clamp_to_total(self) -> Progress {
        Progress {
            n: self.n.min(self.total.max(1)),
            total: self.total.max(1),
        }
    }
}

#[cfg(test)]
mod tests;
