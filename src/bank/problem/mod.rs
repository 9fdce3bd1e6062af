//! What can be wrong with a bank, as data: each kind of problem with what it concerns
//! (the question or section id, the key, the value found, what is allowed). Where it is
//! comes with it (`Issue`); it is said in words in one place per language (`en`, `es`).

mod en;
mod es;

use super::model::{Kind, Role, Tier};
use crate::diagnostic::Place;
use crate::lang::{self, Lang};
use crate::yaml::{FieldName, YamlKind};
use std::fmt;

/// One problem found in a bank, with the place in the file where it is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub problem: Problem,
}

impl Issue {
    /// A problem at a place found in the source (line and column), if found.
    pub(super) fn at(place: Option<(usize, usize)>, problem: Problem) -> Issue {
        Issue {
            line: place.map(|p| p.0),
            column: place.map(|p| p.1),
            problem,
        }
    }

    /// Where it is in `file`.
    pub fn place<'f>(&self, file: &'f str) -> Place<'f> {
        Place::new(file, self.line, self.column)
    }
}

/// Everything wrong with one bank file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankError {
    pub file: String,
    pub issues: Vec<Issue>,
}

impl BankError {
    /// Every problem in `lang`, one `FILE:LINE:COL: message` line each.
    pub fn render(&self, lang: Lang) -> String {
        self.issues
            .iter()
            .map(|issue| {
                format!(
                    "{} {}",
                    issue.place(&self.file),
                    issue.problem.describe(lang)
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// In the session's language (`lang::lang`).
impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(lang::lang()))
    }
}

impl std::error::Error for BankError {}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file is not YAML, or a value does not fit its field.
    Yaml(YamlKind),
    /// A built-in bank's JSON does not read (serde_json's words).
    Json(String),
    /// The bank's `id` is not lowercase letters, digits and `_`.
    BankId {
        id: String,
    },
    /// `ui.plain_back_key` is empty or has digits or spaces.
    PlainBackKey {
        key: String,
    },
    DuplicateInterrupt {
        id: String,
    },
    NoRegions,
    DuplicateRegion {
        id: String,
    },
    /// A region has `found` resources of `role` (0, or more than one) instead of one.
    RegionRole {
        region: String,
        role: Role,
        found: usize,
    },
    /// A scale with fewer than two choices.
    ShortScale {
        scale: String,
    },
    NoSections,
    /// `ui.compared_free_text` names `id`, which is not a free-text question of the bank.
    ComparedFreeText {
        id: String,
    },
    Section {
        id: String,
        problem: SectionProblem,
    },
    Question {
        id: String,
        problem: QuestionProblem,
    },
    /// A note's `unless`.
    NoteUnless {
        note: String,
        problem: ConditionProblem,
    },
    /// Braces in a text that are not a placeholder the field takes.
    Placeholder {
        field: FieldName,
        problem: PlaceholderProblem,
        /// The placeholders the field takes (none: it takes none).
        allowed: Vec<String>,
    },
    /// A translation that differs from its original in more than words.
    Translation {
        original: String,
        difference: Difference,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionProblem {
    BadId,
    DuplicateId,
    NoQuestions,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionProblem {
    BadId,
    DuplicateId,
    NeedsTextAndLabel,
    YesNoTakesNoChoices,
    ScaleOnChecklist,
    ChoicesAndScale,
    UnknownScale {
        scale: String,
    },
    NeedsChoices {
        kind: Kind,
    },
    TextTakesNoChoices,
    TextRaisesNoAlerts,
    NotSureOnlyOnYesNo,
    BadChoiceId {
        choice: String,
    },
    ChoiceTwice {
        choice: String,
    },
    ChoiceNeedsLabel {
        choice: String,
    },
    Condition {
        field: ConditionField,
        problem: ConditionProblem,
    },
    OrWhenWithoutWhen,
    AlertEmptyIfAny,
    /// An alert's `if_any` names `value`, not one of the question's `answers`.
    AlertUnknownAnswer {
        value: String,
        answers: Vec<String>,
    },
    /// An alert raised by `yes` and not by `not_sure`.
    AlertYesWithoutNotSure,
    UnknownInterrupt {
        interrupt: String,
    },
    UnknownNote {
        note: String,
    },
}

/// Which of a question's conditions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConditionField {
    When,
    Unless,
    OrWhen,
    AlertWhen,
    AlertUnless,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConditionProblem {
    RefersToText {
        question: String,
    },
    /// Names `value`, not one of `question`'s `answers`.
    UnknownAnswer {
        value: String,
        question: String,
        answers: Vec<String>,
    },
    RefersToItself,
    RefersToLater {
        question: String,
    },
    NotAQuestion {
        question: String,
    },
    EmptyIfAny,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaceholderProblem {
    /// A `}` with no `{` before it.
    CloseWithoutOpen,
    /// A `{` never closed; `start` is the text from it (up to 20 characters).
    NeverClosed { start: String },
    /// A placeholder the field does not take, with its braces.
    Unknown { placeholder: String },
}

/// How a translation differs from its original in more than words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// Another bank id or version.
    Identity {
        id: String,
        version: u32,
        original_id: String,
        original_version: u32,
    },
    /// Other sections or questions (`section/question` ids here).
    Questions {
        here: Vec<String>,
    },
    /// Other interrupts (`id (roles)` here and in the original).
    Interrupts {
        here: Vec<String>,
        original: Vec<String>,
    },
    NoteSettings,
    NoteIds,
    Scales,
    Regions,
    GateOrCrisisResources,
    CounselorWords,
    /// A text with other placeholders (each with its braces).
    Placeholders {
        text: TextName,
        here: Vec<String>,
        original: Vec<String>,
    },
    /// A question whose `aspect` differs.
    Question {
        id: String,
        aspect: Aspect,
        here: Shape,
        original: Shape,
    },
}

/// A text of the bank that holds placeholders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextName {
    GateMessage,
    CrisisMessage,
    SafetyNet,
    /// A key of `ui` or `counselor`, as written: `ui.progress`.
    Key(&'static str),
    Tier(Tier),
    Note(String),
    Interrupt(String),
    CounselorTier(Tier),
    QuestionText(String),
}

/// What of a question a translation may not change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aspect {
    Kind,
    NotSure,
    Scale,
    Choices,
    When,
    Unless,
    OrWhen,
    Alerts,
}

/// The part of a question that differs, as it is here or in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// None given (no scale, condition or alert).
    Nothing,
    /// An id or value as written (a kind, `true`, a scale's id).
    Word(String),
    /// Choice ids, each with whether it is neutral.
    Choices(Vec<(String, bool)>),
    Conditions(Vec<ConditionShape>),
    Alerts(Vec<AlertShape>),
}

/// A condition: its question and the answers it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConditionShape {
    pub question: String,
    pub if_any: Vec<String>,
}

/// An alert: what raises it and what it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertShape {
    pub if_any: Vec<String>,
    pub tier: Tier,
    pub crisis: bool,
    pub interrupt: Option<String>,
    pub notes: Vec<String>,
    pub when: Vec<ConditionShape>,
    pub unless: Vec<ConditionShape>,
}

impl Problem {
    /// This problem in `lang`, without its place.
    pub fn describe(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::describe(self),
            Lang::Es => es::describe(self),
        }
    }
}

#[cfg(test)]
mod tests;
