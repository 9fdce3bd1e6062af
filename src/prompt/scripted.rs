//! Answers from a file (`--answers`): no prompts, the same flow and engine. Interrupts
//! are recorded by the engine and appear in the summary; the flow goes on past them.

use super::{
    ConsentView, GateView, InterruptView, Next, NoteView, PromptError, PromptResult, Prompter,
    QuestionView, ReadinessView, Reply, ReviewItem, ReviewReply, WelcomeView,
};
use crate::answers::Answer;
use std::collections::HashMap;

pub struct ScriptedPrompter {
    answers: HashMap<String, Answer>,
}

impl ScriptedPrompter {
    /// `answers` by question id, already checked against the bank.
    pub fn new(answers: HashMap<String, Answer>) -> Self {
        ScriptedPrompter { answers }
    }
}

impl Prompter for ScriptedPrompter {
    fn welcome(&mut self, _: &WelcomeView) -> PromptResult<()> {
        Ok(())
    }

    fn gate(&mut self, _: &GateView) -> PromptResult<bool> {
        Ok(false)
    }

    fn ask(&mut self, view: &QuestionView) -> PromptResult<Reply> {
        match self.answers.get(&view.id) {
            Some(answer) => Ok(Reply::Answer(answer.clone())),
            // Said with what to do by the program's messages, in the session's language.
            None => Err(PromptError::Unanswered(view.id.clone())),
        }
    }

    fn interrupt(&mut self, _: &[InterruptView]) -> PromptResult<Next> {
        Ok(Next::Continue)
    }

    fn review(&mut self, _: &[ReviewItem]) -> PromptResult<ReviewReply> {
        Ok(ReviewReply::Done)
    }

    /// An answers file is the client's own record: consent is taken as given.
    fn consent(&mut self, _: &ConsentView) -> PromptResult<bool> {
        Ok(true)
    }

    fn note(&mut self, _: &NoteView) -> PromptResult<String> {
        Ok(String::new())
    }

    fn readiness(&mut self, _: &ReadinessView) -> PromptResult<Option<u8>> {
        Ok(None)
    }
}
