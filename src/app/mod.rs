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
            eprintln!("{}", prefix_lines(&err.to_string()));
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
        let loaded = read::read_input(file).and_then(|source| {
            let bank = crate::bank::Bank::load(&name, &source)?;
            // A bank with the built-in bank's id in another language is its translation.
            let builtin = crate::bank::Bank::builtin();
            if bank.def.id == builtin.def.id && bank.def.locale != builtin.def.locale {
                bank.check_translation_of(&builtin, &name, &source)?;
            }
            Ok(bank)
        });
        match loaded {
            Ok(bank) => eprintln!("{name}: ok ({} questions)", bank.len()),
            Err(err) => errors.push(err.to_string()),
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::BadInput(errors.join("\n")))
    }
}

/// Prints to standard output; a reader that went away (`| head`) ends it quietly.
fn write_stdout(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Error::Failed(format!("could not write the output: {err}")))
        }
        _ => Ok(()),
    }
}
