//! Drives a `Prompter` through the engine: welcome, the emergency gate, the sections and
//! their questions, red-flag interrupts, the review. It decides the order; the prompter
//! only shows and asks.

use crate::answers::Answer;
use crate::bank::model::{Region, Role, Tier};
use crate::bank::{Bank, fill};
use crate::engine::Session;
use crate::prompt::{
    ChoiceView, GateView, InterruptView, Next, PromptError, PromptResult, Prompter, QuestionView,
    Reply, ResourceView, ReviewItem, ReviewReply, SectionView, WelcomeView,
};
use crate::summary::display_answer;

/// How the questionnaire ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Every question answered and reviewed.
    Completed,
    /// The person chose "go to my summary now" after an interrupt.
    EarlySummary,
    /// The person chose to quit: no summary, nothing written.
    Quit,
}

pub struct Outcome<'b> {
    pub session: Session<'b>,
    pub ending: Ending,
}

pub fn run<'b>(
    bank: &'b Bank,
    region: &Region,
    prompter: &mut dyn Prompter,
) -> PromptResult<Outcome<'b>> {
    let mut flow = Flow {
        bank,
        region,
        session: Session::new(bank),
        announced: None,
    };
    let ending = flow.run(prompter)?;
    Ok(Outcome {
        session: flow.session,
        ending,
    })
}

struct Flow<'b, 'r> {
    bank: &'b Bank,
    region: &'r Region,
    session: Session<'b>,
    /// The last section whose intro was shown.
    announced: Option<usize>,
}

impl Flow<'_, '_> {
    fn run(&mut self, prompter: &mut dyn Prompter) -> PromptResult<Ending> {
        let def = &self.bank.def;
        prompter.welcome(&WelcomeView {
            title: def.title.clone(),
            intro: fill(&def.intro, self.region),
            disclaimer: def.disclaimer.clone(),
        })?;

        let gate = &def.gate;
        let emergency = prompter.gate(&GateView {
            title: gate.title.clone(),
            text: fill(&gate.text, self.region),
            yes: gate.yes.clone(),
            no: gate.no.clone(),
        })?;
        if emergency {
            self.session.gate_emergency = true;
            let view = InterruptView {
                id: "gate".into(),
                title: gate.title.clone(),
                message: fill(&gate.message, self.region),
                tier: Tier::Emergency,
                resources: self.resources(&gate.resources),
            };
            if let Some(ending) = ending_for(prompter.interrupt(&[view])?) {
                return Ok(ending);
            }
        }

        if let Some(ending) = self.ask_until_done(prompter)? {
            return Ok(ending);
        }
        loop {
            match prompter.review(&self.review_items())? {
                ReviewReply::Done => return Ok(Ending::Completed),
                ReviewReply::Change(index) => {
                    // Esc here cancels the change and returns to the review.
                    let view = QuestionView {
                        can_go_back: false,
                        ..self.view(index)
                    };
                    if let Reply::Answer(answer) = prompter.ask(&view)? {
                        if let Some(ending) = self.record(prompter, index, answer)? {
                            return Ok(ending);
                        }
                    }
                    // A changed answer may open follow-up questions: ask them now.
                    if let Some(ending) = self.ask_until_done(prompter)? {
                        return Ok(ending);
                    }
                }
            }
        }
    }

    /// Asks every question still open, in order. `Some` when the person chose to end early.
    fn ask_until_done(&mut self, prompter: &mut dyn Prompter) -> PromptResult<Option<Ending>> {
        while let Some(index) = self.session.current() {
            let section = self.bank.section_index(index);
            if self.announced.is_none_or(|shown| section > shown) {
                self.announced = Some(section);
                let s = &self.bank.def.sections[section];
                prompter.section(&SectionView {
                    title: s.title.clone(),
                    intro: fill(&s.intro, self.region),
                })?;
            }
            match prompter.ask(&self.view(index))? {
                Reply::Back => {
                    self.session.back();
                }
                Reply::Answer(answer) => {
                    if let Some(ending) = self.record(prompter, index, answer)? {
                        return Ok(Some(ending));
                    }
                }
            }
        }
        Ok(None)
    }

    /// Records an answer and shows the interrupts it raises, at once.
    fn record(
        &mut self,
        prompter: &mut dyn Prompter,
        index: usize,
        answer: Answer,
    ) -> PromptResult<Option<Ending>> {
        let interrupts = self
            .session
            .answer(index, answer)
            .map_err(PromptError::Script)?;
        if interrupts.is_empty() {
            return Ok(None);
        }
        let views: Vec<InterruptView> = interrupts
            .iter()
            .map(|&(i, tier)| InterruptView {
                id: i.id.clone(),
                title: i.title.clone(),
                message: fill(&i.message, self.region),
                tier,
                resources: self.resources(&i.resources),
            })
            .collect();
        Ok(ending_for(prompter.interrupt(&views)?))
    }

    fn resources(&self, roles: &[Role]) -> Vec<ResourceView> {
        roles
            .iter()
            .filter_map(|role| self.region.resources.iter().find(|r| r.role == *role))
            .map(|r| ResourceView {
                name: r.name.clone(),
                contact: r.contact.clone(),
            })
            .collect()
    }

    fn view(&self, index: usize) -> QuestionView {
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
            progress: ui
                .progress
                .replace("{n}", &n.to_string())
                .replace("{total}", &progress.total.to_string())
                .replace("{section}", &section.title),
            n,
            total: progress.total,
            can_go_back: self.session.can_go_back(),
        }
    }

    fn review_items(&self) -> Vec<ReviewItem> {
        self.session
            .answered()
            .map(|(index, answer)| ReviewItem {
                question: index,
                section: self.bank.section_of(index).title.clone(),
                label: self.bank.question(index).label.clone(),
                answer: display_answer(self.bank, index, answer),
            })
            .collect()
    }
}

fn ending_for(next: Next) -> Option<Ending> {
    match next {
        Next::Continue => None,
        Next::Summary => Some(Ending::EarlySummary),
        Next::Quit => Some(Ending::Quit),
    }
}

#[cfg(test)]
mod tests;
