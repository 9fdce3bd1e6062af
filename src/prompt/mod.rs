//! Ways of answering. Every one implements `Prompter`, so the terminal, plain and scripted
//! modes all run the same flow and engine. Views hold the words ready to show: a prompter
//! lays them out and reads a reply, and decides nothing else.

mod choices;
pub mod plain;
pub mod saving;
pub mod scripted;
pub mod stop;
pub mod terminal;

use crate::answers::Answer;
use crate::bank::model::{Kind, Tier, Ui};
pub use choices::{CHECKLIST_ALONE, Offer};
use std::fmt;

#[derive(Debug)]
pub enum PromptError {
    /// Ctrl-C: stop at once, write nothing.
    Interrupted,
    /// A terminal is needed and there is none.
    NoTerminal(String),
    /// Plain mode: standard input ended before the self-check was finished.
    InputEnded,
    /// The scripted answers do not fit the bank (names the question id).
    Script(String),
    /// Scripted answers: the flow asks this question (its id) and the file has no answer.
    Unanswered(String),
    Io(std::io::Error),
}

impl fmt::Display for PromptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PromptError::Interrupted => write!(f, "interrupted"),
            PromptError::InputEnded => {
                write!(f, "input ended before the self-check was finished")
            }
            PromptError::NoTerminal(message) | PromptError::Script(message) => {
                write!(f, "{message}")
            }
            PromptError::Unanswered(id) => write!(f, "question `{id}` has no answer"),
            PromptError::Io(err) => write!(f, "could not talk to the terminal: {err}"),
        }
    }
}

impl From<std::io::Error> for PromptError {
    fn from(err: std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::Interrupted {
            PromptError::Interrupted
        } else {
            PromptError::Io(err)
        }
    }
}

pub type PromptResult<T> = Result<T, PromptError>;

#[derive(Debug, Clone)]
pub struct WelcomeView {
    pub title: String,
    pub intro: String,
    pub disclaimer: String,
}

#[derive(Debug, Clone)]
pub struct GateView {
    pub title: String,
    pub text: String,
    pub yes: String,
    pub no: String,
}

#[derive(Debug, Clone)]
pub struct SectionView {
    pub title: String,
    pub intro: String,
}

/// What comes before the first question asked in a section, read top to bottom: the
/// session note asked for as the section before it ended (counselor mode), then the
/// section's header. The flow asks for a note, and opens a section, once; a question
/// that comes back to the section after going back from it carries the same lead again.
#[derive(Debug, Clone)]
pub struct Lead {
    pub note: Option<GivenNote>,
    pub section: SectionView,
    /// A return after going back over this lead: it was shown before. A prompter that
    /// writes everything once (plain mode) leaves it; one that took it off the screen on
    /// going back shows it again. Otherwise the note has just been asked for (its reply
    /// is on show), and the header is new.
    pub again: bool,
}

/// Counselor mode: a session note as it was asked for and typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GivenNote {
    pub prompt: String,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct ChoiceView {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone)]
pub struct QuestionView {
    pub id: String,
    pub kind: Kind,
    pub text: String,
    pub label: String,
    pub help: Option<String>,
    pub choices: Vec<ChoiceView>,
    /// The answer to start from (after going back, or when changing an answer).
    pub default: Option<Answer>,
    /// "Question 3 of 20 · Side effects", ready to show.
    pub progress: String,
    pub n: usize,
    pub total: usize,
    pub can_go_back: bool,
    /// Counselor mode: the section's notes for the counselor, shown beside the question.
    pub counselor_notes: Option<CounselorNote>,
    /// What comes before this question when it is the first asked in its section, on
    /// the way through the questions (never while changing an answer from the review).
    pub lead: Option<Lead>,
}

impl QuestionView {
    /// The words of an answer to this question, to repeat it back: the labels chosen, or
    /// the bank's words for prefer not to say and for nothing.
    pub fn words(&self, answer: &Answer, ui: &Ui) -> String {
        answer.words(
            |id| {
                self.choices
                    .iter()
                    .find(|c| c.id == id)
                    .map(|c| c.label.as_str())
            },
            ui,
        )
    }
}

/// A section's notes for the counselor (how to ask, what to normalize), with their label.
#[derive(Debug, Clone)]
pub struct CounselorNote {
    pub label: String,
    pub text: String,
}

/// Counselor mode: the consent script read before anything else.
#[derive(Debug, Clone)]
pub struct ConsentView {
    pub title: String,
    pub script: String,
    pub yes: String,
    pub no: String,
}

/// Counselor mode: free text the counselor types (a session note, the agreed next step).
/// Empty is fine.
#[derive(Debug, Clone)]
pub struct NoteView {
    pub prompt: String,
    pub hint: String,
}

/// Counselor mode: how ready the client is to talk to a prescriber, 0 to
/// `ReadinessView::MAX`.
#[derive(Debug, Clone)]
pub struct ReadinessView {
    pub prompt: String,
    pub prefer_not_to_say: String,
}

#[derive(Debug, Clone)]
pub struct ResourceView {
    pub name: String,
    pub contact: String,
}

/// A message shown at once, mid-questionnaire, when an answer raises a red flag.
#[derive(Debug, Clone)]
pub struct InterruptView {
    pub id: String,
    pub title: String,
    pub message: String,
    pub tier: Tier,
    pub resources: Vec<ResourceView>,
    /// Counselor mode: what the counselor must do now (suicide-risk protocol, call 911).
    pub counselor_prompt: Option<String>,
}

/// What the person chose after an interrupt (or the gate screen).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    Continue,
    Summary,
    Quit,
}

#[derive(Debug, Clone)]
pub enum Reply {
    Answer(Answer),
    Back,
}

#[derive(Debug, Clone)]
pub struct ReviewItem {
    pub question: usize,
    pub section: String,
    pub label: String,
    pub answer: String,
}

impl ReviewItem {
    /// "Label: answer", as the review lists it.
    pub fn line(&self) -> String {
        format!("{}: {}", self.label, self.answer)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewReply {
    Done,
    Change(usize),
}

pub trait Prompter {
    fn welcome(&mut self, view: &WelcomeView) -> PromptResult<()>;
    /// The emergency gate: true when someone is in an emergency right now.
    fn gate(&mut self, view: &GateView) -> PromptResult<bool>;
    fn ask(&mut self, view: &QuestionView) -> PromptResult<Reply>;
    /// Shows red-flag messages at once and asks whether to continue, go to the summary or quit.
    fn interrupt(&mut self, views: &[InterruptView]) -> PromptResult<Next>;
    /// Lists the answers before the summary; the person may change any of them.
    fn review(&mut self, items: &[ReviewItem]) -> PromptResult<ReviewReply>;
    /// Counselor mode: reads the consent script; true when the client agrees to go on.
    fn consent(&mut self, view: &ConsentView) -> PromptResult<bool>;
    /// Counselor mode: a session note or the agreed next step; empty when none.
    fn note(&mut self, view: &NoteView) -> PromptResult<String>;
    /// Counselor mode: readiness from 0 to `ReadinessView::MAX`, `None` for prefer not to
    /// say.
    fn readiness(&mut self, view: &ReadinessView) -> PromptResult<Option<u8>>;
}

/// Views for the prompters' unit tests: a question of `kind` whose choices are `ids`
/// (labelled in capitals), and the built-in bank's interface words.
#[cfg(test)]
pub(crate) mod testing {
    use super::{ChoiceView, QuestionView};
    use crate::answers::Answer;
    use crate::bank::model::{Kind, Ui};

    pub fn view(kind: Kind, ids: &[&str], default: Option<Answer>) -> QuestionView {
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
            counselor_notes: None,
            lead: None,
        }
    }

    pub fn ui() -> Ui {
        crate::bank::Bank::builtin().def.ui
    }
}
