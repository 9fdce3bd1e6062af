//! The edge: reads arguments and files, picks a prompter, prints and writes what was
//! asked for. Everything it calls into is plain data and logic.

mod check;
mod inputs;
mod read;

use crate::cli::{Cli, Command, ListFormat};
use crate::error::{Error, Result};
use crate::questions;
use clap::Parser;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn main() -> ExitCode {
    // Over a file-size limit (ulimit -f), a write fails with an error the writer handles
    // (removing its temporary file) instead of the signal killing the process.
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to ignore, before any thread starts.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            say(&prefix_lines(&err.to_string()));
            err.exit_code()
        }
    }
}

/// Every line of an error starts with the program's name, so it reads well in logs.
fn prefix_lines(message: &str) -> String {
    // An error may quote a file's own text: print it without control characters.
    crate::text::strip_unsafe(message)
        .lines()
        .map(|line| format!("selfcheck: {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn run(cli: Cli) -> Result<()> {
    if let Some(Command::Validate { files }) = &cli.command {
        return validate(files);
    }
    let bank = inputs::load_bank(cli.bank.as_deref(), cli.lang.as_deref())?;
    match &cli.command {
        Some(Command::Questions { format }) => write_stdout(&match format {
            ListFormat::Json => questions::json(&bank),
            ListFormat::Text => questions::text(&bank),
        }),
        Some(Command::Validate { .. }) => unreachable!("handled above"),
        None => check::self_check(&cli, &bank),
    }
}

fn validate(files: &[PathBuf]) -> Result<()> {
    let mut errors = Vec::new();
    for file in files {
        let name = file.display().to_string();
        match inputs::load_bank_file(file) {
            Ok(bank) => say(&format!("{name}: ok ({} questions)", bank.len())),
            Err(err) => errors.push(err.to_string()),
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::BadInput(errors.join("\n")))
    }
}

/// Prints a line to standard error. A closed or broken standard error is ignored: the
/// message has nowhere to go, and `eprintln!` would panic there.
pub(crate) fn say(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{line}").and_then(|()| err.flush());
}

/// Prints a listing to standard output; a reader that went away (`| head`) ends it
/// quietly.
fn write_stdout(text: &str) -> Result<()> {
    match print_out(text) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Error::Failed(format!("could not write the output: {err}")))
        }
        _ => Ok(()),
    }
}

/// Prints the summary to standard output. A summary that cannot be printed, even to a
/// reader that went away, is lost: that is a failure (exit 1), not a success.
fn write_summary(text: &str) -> Result<()> {
    let printed = if stdout_closed() {
        Err(std::io::ErrorKind::BrokenPipe.into())
    } else {
        print_out(text)
    };
    printed.map_err(|err| {
        Error::Failed(format!(
            "could not print the summary ({}); it was not shown",
            match err.kind() {
                std::io::ErrorKind::BrokenPipe => "standard output was closed".to_string(),
                _ => err.to_string(),
            }
        ))
    })
}

/// Whether standard output was closed when the program started (`>&-`). The standard
/// library then opens /dev/null on it, read-write, before `main`, and writes vanish. A
/// shell's `> /dev/null` opens it write-only: that is a choice, not a loss.
fn stdout_closed() -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::MetadataExt;
        let Ok(fd) = std::io::stdout().as_fd().try_clone_to_owned() else {
            return true;
        };
        // SAFETY: F_GETFL only reads the descriptor's flags.
        let flags = unsafe { libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFL) };
        let read_write = flags != -1 && flags & libc::O_ACCMODE == libc::O_RDWR;
        let on_null = match (
            std::fs::File::from(fd).metadata(),
            std::fs::metadata("/dev/null"),
        ) {
            (Ok(out), Ok(null)) => out.rdev() == null.rdev() && out.dev() == null.dev(),
            _ => false,
        };
        flags == -1 || (read_write && on_null)
    }
    #[cfg(not(unix))]
    false
}

fn print_out(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush())
}
