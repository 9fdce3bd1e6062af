//! The program's errors, each knowing its exit code.

use crate::bank::BankError;
use std::process::ExitCode;

pub mod exit {
    pub const OK: u8 = 0;
    pub const FAILED: u8 = 1;
    pub const BAD_INPUT: u8 = 2;
    pub const INTERRUPTED: u8 = 130;
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A bank that does not load; prints `FILE:LINE:COL: message` lines.
    #[error("{0}")]
    Bank(#[from] BankError),
    /// Bad input of any other kind: an answers file, a flag, a file that cannot be read.
    #[error("{0}")]
    BadInput(String),
    /// A terminal is needed and there is none.
    #[error("{0}")]
    NoTerminal(String),
    /// Ctrl-C; the message is the bank's own words.
    #[error("{0}")]
    Interrupted(String),
    /// The program itself failed (writing output and the like).
    #[error("{0}")]
    Failed(String),
}

impl Error {
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(match self {
            Error::Bank(_) | Error::BadInput(_) | Error::NoTerminal(_) => exit::BAD_INPUT,
            Error::Interrupted(_) => exit::INTERRUPTED,
            Error::Failed(_) => exit::FAILED,
        })
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
