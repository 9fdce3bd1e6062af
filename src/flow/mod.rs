//! Drives a `Prompter` through the engine: welcome, the emergency gate, the sections and
//! their questions, red-flag interrupts, the review. It decides the order; the prompter
//! only shows and asks.

use crate::answers::Answer;
use crate::bank::model::{CounselorText, Region, Tier};
use crate::bank::{Bank, fill};
use crate::engine::{Raised, Session};
use crate::prompt::{
    ConsentView, GateView, GivenNote, InterruptView, Lead, Next, NoteView, PromptError,
    PromptResult, Prompter, QuestionView, ReadinessView, Reply, ReviewReply, SectionView,
    WelcomeView,
};
pub use crate::summary::counselor::CounselorRecord;
use std::collections::HashMap;

/// How the questionnaire ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Every question answered and reviewed.
    Completed,
    /// The person chose "go to my summary now" after an interrupt.
    EarlySummary,
    /// The person chose to quit: no summary, nothing written.
    Quit,
    /// Counselor mode: the client did not consent; nothing asked, nothing written.
    Declined,
    /// Ctrl-C (or a signal to stop) while asking: no summary, nothing written.
    Interrupted,
    /// Plain mode: standard input ended before the check was finished.
    InputEnded,
}

impl Ending {
    /// Whether the session ends in a summary.
    pub fn has_summary(self) -> bool {
        matches!(self, Ending::Completed | Ending::EarlySummary)
    }
}

pub struct Outcome<'b> {
    pub session: Session<'b>,
    pub ending: Ending,
    /// Counselor mode only.
    pub counselor: Option<CounselorRecord>,
}

/// Runs the self-check. With `counselor` (the bank's counselor words), the session opens
/// with the consent script, shows counselor notes and prompts, asks for session notes
/// after each section, and ends with readiness and the agreed next step.
pub fn run<'b>(
    bank: &'b Bank,
    region: &Region,
    counselor: Option<&'b CounselorText>,
    prompter: &mut dyn Prompter,
) -> PromptResult<Outcome<'b>> {
    run_from(Session::new(bank), region, counselor, prompter)
}

/// Runs the self-check from answers given already (`--resume`): only the questions still
/// open are asked, and the review lets the person change any answer.
pub fn run_from<'b>(
    session: Session<'b>,
    region: &Region,
    counselor: Option<&'b CounselorText>,
    prompter: &mut dyn Prompter,
) -> PromptResult<Outcome<'b>> {
    let bank = session.bank();
    let mut flow = Flow {
        bank,
        region,
        session,
        opened: HashMap::new(),
        asking: None,
        reviewing: false,
        counselor,
        record: CounselorRecord::default(),
        noted: Vec::new(),
    };
    // A stop keeps the session so far, so that what it already calls for can be said
    // once more before the program ends.
    let ending = match flow.run(prompter) {
        Ok(ending) => ending,
        Err(PromptError::Interrupted) => Ending::Interrupted,
        Err(PromptError::InputEnded) => Ending::InputEnded,
        Err(err) => return Err(err),
    };
    Ok(Outcome {
        session: flow.session,
        ending,
        counselor: counselor.map(|_| flow.record),
    })
}

struct Flow<'b, 'r> {
    bank: &'b Bank,
    region: &'r Region,
    session: Session<'b>,
    /// Every section opened (its header shown), with the session note asked for just
    /// before it. Sections open in order, each once.
    opened: HashMap<usize, Option<GivenNote>>,
    /// The section of the question asked last.
    asking: Option<usize>,
    /// The review has been shown: answers are changed from it now.
    reviewing: bool,
    counselor: Option<&'b CounselorText>,
    record: CounselorRecord,
    /// Sections whose session note was asked for (each once).
    noted: Vec<usize>,
}

impl Flow<'_, '_> {
    fn run(&mut self, prompter: &mut dyn Prompter) -> PromptResult<Ending> {
        if let Some(c) = self.counselor {
            let consent = prompter.consent(&ConsentView {
                title: c.consent_title.clone(),
                script: fill(&c.consent_script, self.region),
                yes: c.consent_yes.clone(),
                no: c.consent_no.clone(),
            })?;
            if !consent {
                return Ok(Ending::Declined);
            }
        }
        let ending = self.questionnaire(prompter)?;
        if let (Some(c), true) = (self.counselor, ending.has_summary()) {
            // Going straight to the summary skips the rest, but not the note for the
            // section where it happened: that is where the counselor most needs one.
            if let Some(section) = self.last_opened() {
                self.ask_note(prompter, section)?;
            }
            self.record.readiness = prompter.readiness(&ReadinessView {
                prompt: c.readiness_prompt.clone(),
                prefer_not_to_say: self.bank.def.ui.prefer_not_to_say.clone(),
            })?;
            self.record.next_step = prompter
                .note(&NoteView {
                    prompt: c.next_step_prompt.clone(),
                    hint: self.bank.def.ui.text_hint.clone(),
                })?
                .trim()
                .to_string();
        }
        Ok(ending)
    }

    fn questionnaire(&mut self, prompter: &mut dyn Prompter) -> PromptResult<Ending> {
        let def = &self.bank.def;
        prompter.welcome(&WelcomeView {
            title: def.title.clone(),
            intro: fill(&def.intro, self.region),
            disclaimer: def.disclaimer.clone(),
        })?;

        let gate = &def.gate;
        let gate_emergency = prompter.gate(&GateView {
            title: gate.title.clone(),
            text: fill(&gate.text, self.region),
            yes: gate.yes.clone(),
            no: gate.no.clone(),
        })?;
        if gate_emergency {
            self.session.gate_emergency = true;
            let view = InterruptView {
                id: "gate".into(),
                title: gate.title.clone(),
                message: fill(&gate.message, self.region),
                tier: Tier::Emergency,
                resources: self.resources(&gate.resources),
                counselor_prompt: self.counselor_prompt(Tier::Emergency, false),
            };
            if let Some(ending) = ending_for(prompter.interrupt(&[view])?) {
                return Ok(ending);
            }
        }

        // A resumed session whose answers already call for 911 or for crisis support
        // says so now, before the review or the next question.
        let reminder = self.resumed_red_flags(gate_emergency);
        if !reminder.is_empty() {
            if let Some(ending) = ending_for(prompter.interrupt(&reminder)?) {
                return Ok(ending);
            }
        }

        if let Some(ending) = self.ask_until_done(prompter)? {
            return Ok(ending);
        }
        self.reviewing = true;
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
            let view = QuestionView {
                lead: self.lead(prompter, self.bank.section_index(index))?,
                ..self.view(index)
            };
            match prompter.ask(&view)? {
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
        if let Some(last) = self.last_opened() {
            self.ask_note(prompter, last)?;
        }
        Ok(None)
    }

    /// What comes before the question to ask next, in `section`. A question that enters
    /// a section from an earlier one opens it the first time (asking for the session note
    /// of the section before, then showing the header), and on the way through the
    /// questions comes back to it after going back. A section passed over when later
    /// ones were opened stays unopened; after the review only a section opened now (by a
    /// changed answer) has a lead.
    fn lead(&mut self, prompter: &mut dyn Prompter, section: usize) -> PromptResult<Option<Lead>> {
        let entering = self.asking.is_none_or(|asked| section > asked);
        self.asking = Some(section);
        if !entering {
            return Ok(None);
        }
        let again = self.opened.contains_key(&section);
        if again && self.reviewing {
            return Ok(None);
        }
        if !again {
            let last = self.last_opened();
            if last.is_some_and(|last| section < last) {
                return Ok(None);
            }
            let note = match last {
                Some(finished) => self.ask_note(prompter, finished)?,
                None => None,
            };
            self.opened.insert(section, note);
        }
        let s = &self.bank.def.sections[section];
        Ok(Some(Lead {
            note: self.opened[&section].clone(),
            section: SectionView {
                title: s.title.clone(),
                intro: fill(&s.intro, self.region),
            },
            again,
        }))
    }

    fn last_opened(&self) -> Option<usize> {
        self.opened.keys().max().copied()
    }

    /// Counselor mode: the session note for a finished section, asked once; the note as
    /// asked and given, when it was asked now.
    fn ask_note(
        &mut self,
        prompter: &mut dyn Prompter,
        section: usize,
    ) -> PromptResult<Option<GivenNote>> {
        let Some(c) = self.counselor else {
            return Ok(None);
        };
        if self.noted.contains(&section) {
            return Ok(None);
        }
        self.noted.push(section);
        let title = &self.bank.def.sections[section].title;
        let view = NoteView {
            prompt: c.session_note_prompt.replace("{section}", title),
            hint: self.bank.def.ui.text_hint.clone(),
        };
        let note = prompter.note(&view)?;
        if !note.trim().is_empty() {
            self.record.notes.insert(section, note.trim().to_string());
        }
        Ok(Some(GivenNote {
            prompt: view.prompt,
            text: note,
        }))
    }

    /// Counselor mode: what the counselor must do now, for an interrupt of this kind.
    fn counselor_prompt(&self, tier: Tier, crisis: bool) -> Option<String> {
        let c = self.counselor?;
        let mut prompts = Vec::new();
        if crisis {
            prompts.push(fill(&c.crisis_prompt, self.region));
        }
        if tier == Tier::Emergency {
            prompts.push(fill(&c.emergency_prompt, self.region));
        }
        (!prompts.is_empty()).then(|| prompts.join("\n"))
    }

    /// Records an answer and shows the interrupts it raises, at once.
    fn record(
        &mut self,
        prompter: &mut dyn Prompter,
        index: usize,
        answer: Answer,
    ) -> PromptResult<Option<Ending>> {
        let question = self.bank.question(index);
        // Counselor mode: a red-flag question the client declines is for the counselor
        // to ask about directly, now rather than only in the summary.
        let declined = (answer == Answer::Skipped && question.is_red_flag())
            .then_some(self.counselor)
            .flatten()
            .map(|c| InterruptView {
                id: format!("declined:{}", question.id),
                title: c.notes_label.clone(),
                message: c.declined_prompt.replace("{question}", &question.label),
                tier: Tier::Today,
                resources: Vec::new(),
                counselor_prompt: None,
            });
        let interrupts = self
            .session
            .answer(index, answer)
            .map_err(PromptError::Script)?;
        if interrupts.is_empty() && declined.is_none() {
            return Ok(None);
        }
        let mut views: Vec<InterruptView> = declined
            .into_iter()
            .chain(
                interrupts
                    .iter()
                    .map(|&(i, alert)| self.interrupt_view(i, alert)),
            )
            .collect();
        tell_once(&mut views);
        Ok(ending_for(prompter.interrupt(&views)?))
    }

    /// What a resumed session shows at once, before anything is asked: for saved
    /// answers that already reach the emergency tier or call for crisis support, the
    /// firmest red-flag message of each, once (not every message the answers raised
    /// again). The emergency one comes first; a crisis message that is itself an
    /// emergency one stands for both. After the gate's own "call now" (`gate_emergency`)
    /// only the crisis message is left to show. Empty for a new session (no answers),
    /// and when the answers raise neither.
    fn resumed_red_flags(&self, gate_emergency: bool) -> Vec<InterruptView> {
        let raised: Vec<Raised> = self
            .session
            .raised()
            .into_iter()
            .filter(|r| r.alert.interrupt.is_some())
            .collect();
        // The firmest: the highest tier; of equals, the first asked.
        let firmest = |wanted: &dyn Fn(&Raised) -> bool| {
            raised
                .iter()
                .filter(|r| wanted(r))
                .fold(None::<&Raised>, |best, r| match best {
                    Some(b) if b.alert.tier >= r.alert.tier => Some(b),
                    _ => Some(r),
                })
        };
        let crisis = firmest(&|r| r.alert.crisis);
        let emergency = firmest(&|r| r.alert.tier == Tier::Emergency)
            .filter(|_| !gate_emergency)
            .filter(|_| crisis.is_none_or(|c| c.alert.tier < Tier::Emergency));
        let mut views: Vec<InterruptView> = emergency
            .into_iter()
            .chain(crisis)
            .filter_map(|r| {
                let id = r.alert.interrupt.as_deref()?;
                Some(self.interrupt_view(self.bank.interrupt(id), r.alert))
            })
            .collect();
        tell_once(&mut views);
        views
    }
}

/// Counselor mode: the same instruction to the counselor is given once, even when two
/// messages shown together carry it; the later ones go without it.
fn tell_once(views: &mut [InterruptView]) {
    let mut told: Vec<String> = Vec::new();
    for view in views {
        if let Some(prompt) = view.counselor_prompt.take() {
            if !told.contains(&prompt) {
                told.push(prompt.clone());
                view.counselor_prompt = Some(prompt);
            }
        }
    }
}

fn ending_for(next: Next) -> Option<Ending> {
    match next {
        Next::Continue => None,
        Next::Summary => Some(Ending::EarlySummary),
        Next::Quit => Some(Ending::Quit),
    }
}

mod views;

#[cfg(test)]
mod tests;
