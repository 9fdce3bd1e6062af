//! The program's errors, each knowing its exit code. A problem is data: what went wrong
//! (`ProblemKind`, with the ids, values and choices a message needs) and where
//! (`FilePlace`). It is put into words only when it is shown, in the session's language:
//! `messages` implements `Display` for `Error` and `Problem` (one module per language).

use crate::agency;
use crate::answers::{AnswerIssue, Shape};
use crate::bank::BankError;
use crate::diagnostic::Place;
use crate::files::{FileKind, WriteError};
use crate::yaml::YamlKind;
use std::fmt;
use std::process::ExitCode;

pub mod exit {
    pub const OK: u8 = 0;
    pub const FAILED: u8 = 1;
    pub const BAD_INPUT: u8 = 2;
    pub const INTERRUPTED: u8 = 130;
}

#[derive(Debug)]
pub enum Error {
    /// A bank that does not load; prints `FILE:LINE:COL: message` lines.
    Bank(BankError),
    /// Bad input of any other kind: an answers file, a flag, a file that cannot be read.
    /// Every problem found, one line each.
    BadInput(Vec<Problem>),
    /// A terminal is needed and there is none.
    NoTerminal,
    /// Ctrl-C; the message is the bank's own words.
    Interrupted(String),
    /// The program itself failed (writing output and the like).
    Failed(Vec<Problem>),
}

impl Error {
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(match self {
            Error::Bank(_) | Error::BadInput(_) | Error::NoTerminal => exit::BAD_INPUT,
            Error::Interrupted(_) => exit::INTERRUPTED,
            Error::Failed(_) => exit::FAILED,
        })
    }

    /// Bad input: one problem, somewhere in a file or none.
    pub fn bad(place: Option<FilePlace>, kind: ProblemKind) -> Error {
        Error::BadInput(vec![Problem { place, kind }])
    }

    /// Bad input about a whole file (no line known).
    pub fn bad_file(file: impl fmt::Display, kind: ProblemKind) -> Error {
        Error::bad(Some(FilePlace::file(file)), kind)
    }

    /// A failure that is no one's input.
    pub fn failed(kind: ProblemKind) -> Error {
        Error::Failed(vec![Problem { place: None, kind }])
    }

    /// The problems of bad input, so that several files' can be said together; a bank
    /// that does not load is one problem.
    pub fn into_problems(self) -> Vec<Problem> {
        match self {
            Error::BadInput(problems) | Error::Failed(problems) => problems,
            Error::Bank(err) => vec![Problem {
                place: None,
                kind: ProblemKind::Bank(err),
            }],
            Error::NoTerminal => vec![Problem {
                place: None,
                kind: ProblemKind::NoTerminal,
            }],
            Error::Interrupted(words) => vec![Problem {
                place: None,
                kind: ProblemKind::Interrupted(words),
            }],
        }
    }
}

impl std::error::Error for Error {}

impl From<BankError> for Error {
    fn from(err: BankError) -> Self {
        Error::Bank(err)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Where a problem is: a file, and the line and column when they are known. Said as a
/// `diagnostic::Place` (`FILE:LINE:COL:`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilePlace {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl FilePlace {
    pub fn new(file: impl fmt::Display, line: Option<usize>, column: Option<usize>) -> Self {
        FilePlace {
            file: file.to_string(),
            line,
            column,
        }
    }

    pub fn file(file: impl fmt::Display) -> Self {
        FilePlace::new(file, None, None)
    }

    /// The start of a line, when it is known.
    pub fn line(file: impl fmt::Display, line: Option<usize>) -> Self {
        FilePlace::new(file, line, line.map(|_| 1))
    }

    pub fn place(&self) -> Place<'_> {
        Place::new(&self.file, self.line, self.column)
    }
}

/// One problem: what, and where if it is in a file.
#[derive(Debug)]
pub struct Problem {
    pub place: Option<FilePlace>,
    pub kind: ProblemKind,
}

/// Why a file could not be read or opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IoReason {
    NotFound,
    PermissionDenied,
    /// The system's own words.
    Other(String),
}

impl From<&std::io::Error> for IoReason {
    fn from(err: &std::io::Error) -> Self {
        match err.kind() {
            std::io::ErrorKind::NotFound => IoReason::NotFound,
            std::io::ErrorKind::PermissionDenied => IoReason::PermissionDenied,
            _ => IoReason::Other(err.to_string()),
        }
    }
}

/// What a file given as a bank plainly is instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtherFile {
    Resources,
    Answers,
}

/// What went out of the program only partly: the summary (self-check) or the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Summary,
    History,
}

/// Every problem the program reports, with what its message needs. `messages` says each
/// in every language.
#[derive(Debug)]
pub enum ProblemKind {
    // An answers file (`--answers`, `--compare`, `--resume`, `history`).
    /// A YAML problem (syntax, a key written twice, a control character, a `_check`
    /// field missing, unknown or of the wrong type), said in each language by `yaml`.
    AnswersYaml(YamlKind),
    /// The file is a list or a value, not a mapping of question ids.
    AnswersNotAMapping {
        found: Shape,
    },
    CheckNotAMapping,
    CheckDate {
        date: String,
    },
    /// Saved from another bank.
    OtherBank {
        saved: String,
        bank: String,
    },
    /// One entry's answer, read against the bank; with the version it was saved with
    /// when that is not this bank's.
    Answer {
        question: String,
        issue: AnswerIssue,
        other_version: Option<Versions>,
    },
    /// `--answers`: the flow asked a question the file does not answer.
    Unanswered {
        question: String,
    },
    /// `--compare` with a file that holds no answers.
    NothingToCompare,

    // A referral list (`--resources`).
    /// A YAML problem (syntax, a key written twice, a field missing or unknown).
    ResourcesYaml(YamlKind),
    Resources(agency::Issue),

    // Any input file.
    CannotRead(IoReason),
    IsDirectory,
    NotRegularFile(FileKind),
    TooLarge {
        max: u64,
    },
    NotUtf8 {
        offset: usize,
    },
    Empty,
    /// `validate` on a file that is plainly not a bank.
    NotABank(OtherFile),
    Bank(BankError),

    // The command line and the bank it picks.
    UnknownRegion {
        id: String,
        known: Vec<String>,
    },
    NoBuiltinBank {
        lang: String,
        known: Vec<String>,
    },
    SameFileTwice {
        report: String,
        answers: String,
    },
    NoCounselorWords {
        bank: String,
    },
    NotForHistory {
        flag: &'static str,
    },
    HistoryWordsMissing {
        bank: String,
        missing: Vec<String>,
    },
    NoCounselorHistoryTitle {
        bank: String,
    },
    NoTerminal,
    /// Plain mode: standard input ended; then the bank's words for a stop.
    InputEnded {
        then: String,
    },
    Interrupted(String),

    // Output.
    CannotWrite(WriteError),
    /// After files that could not be written: what was shown is still whole.
    StillComplete(Shown),
    CannotPrintSummary {
        reason: Option<String>,
    },
    CannotWriteOutput {
        reason: String,
    },
    ManPage {
        reason: String,
    },
    Terminal {
        reason: String,
    },
    /// A failure of the program's own (a signal handler, a prompter that broke its
    /// contract), in the words of the part that failed.
    Internal(String),
}

/// The bank version an answers file was saved with, and this bank's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Versions {
    pub bank: String,
    pub saved: u32,
    pub current: u32,
}
