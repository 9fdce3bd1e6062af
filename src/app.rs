//! The edge: reads files and arguments, picks a prompter, prints the summary.

use crate::answers::{self, Answer};
use crate::bank::model::Region;
use crate::bank::{Bank, DEFAULT_BANK, DEFAULT_BANK_NAME};
use crate::cli::{Cli, Command, ListFormat};
use crate::error::{Error, Result};
use crate::flow::{self, Ending};
use crate::prompt::PromptError;
use crate::prompt::scripted::ScriptedPrompter;
use crate::prompt::terminal::TerminalPrompter;
use crate::render::render;
use crate::{questions, summary, yaml};
use clap::Parser;
use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

/// Files larger than this are refused before parsing: no bank or answers file is near it.
const MAX_INPUT_BYTES: u64 = 1024 * 1024;

pub fn main() -> ExitCode {
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
    message
        .lines()
        .map(|line| format!("selfcheck: {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn run(cli: Cli) -> Result<()> {
    if let Some(Command::Validate { files }) = &cli.command {
        return validate(files);
    }
    let bank = load_bank(cli.bank.as_deref())?;
    match &cli.command {
        Some(Command::Questions { format }) => {
            let listing = match format {
                ListFormat::Json => questions::json(&bank),
                ListFormat::Text => questions::text(&bank),
            };
            write_stdout(&listing)
        }
        Some(Command::Validate { .. }) => unreachable!("handled above"),
        None => {
            let region = pick_region(&bank, cli.region.as_deref())?;
            let outcome = match &cli.answers {
                Some(path) => {
                    let mut prompter = scripted_prompter(&bank, path)?;
                    flow::run(&bank, region, &mut prompter)
                        .map_err(|err| prompt_error(err, &bank, Some(path)))?
                }
                None => {
                    let mut prompter = terminal_prompter(&bank)?;
                    let outcome = flow::run(&bank, region, &mut prompter);
                    prompter.finish();
                    outcome.map_err(|err| prompt_error(err, &bank, None))?
                }
            };
            if outcome.ending == Ending::Quit {
                eprintln!("{}", bank.def.ui.quit_message);
                return Ok(());
            }
            let summary = summary::build(&outcome.session, region);
            write_stdout(&render(&summary, cli.format))
        }
    }
}

fn validate(files: &[std::path::PathBuf]) -> Result<()> {
    let mut errors = Vec::new();
    for file in files {
        match read_input(file)
            .and_then(|source| Ok(Bank::load(&file.display().to_string(), &source)?))
        {
            Ok(bank) => eprintln!("{}: ok ({} questions)", file.display(), bank.len()),
            Err(err) => errors.push(err.to_string()),
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::BadInput(errors.join("\n")))
    }
}

fn load_bank(path: Option<&Path>) -> Result<Bank> {
    match path {
        Some(path) => Ok(Bank::load(&path.display().to_string(), &read_input(path)?)?),
        None => Ok(Bank::load(DEFAULT_BANK_NAME, DEFAULT_BANK)?),
    }
}

/// Reads a bank or answers file, refusing what cannot be one with a clear reason.
fn read_input(path: &Path) -> Result<String> {
    let name = path.display();
    let bad = |why: String| Error::BadInput(format!("{name}: {why}"));
    let meta = std::fs::metadata(path)
        .map_err(|err| bad(format!("cannot read it: {}", io_reason(&err))))?;
    if meta.is_dir() {
        return Err(bad("is a directory; give the path of a YAML file".into()));
    }
    if meta.len() > MAX_INPUT_BYTES {
        return Err(bad(format!(
            "is {} bytes; files over {MAX_INPUT_BYTES} bytes (1 MiB) are refused",
            meta.len()
        )));
    }
    let bytes =
        std::fs::read(path).map_err(|err| bad(format!("cannot read it: {}", io_reason(&err))))?;
    let text = String::from_utf8(bytes).map_err(|err| {
        bad(format!(
            "is not UTF-8 text (bad byte at offset {}); save it as UTF-8",
            err.utf8_error().valid_up_to()
        ))
    })?;
    if text.trim().is_empty() {
        return Err(bad("is empty".into()));
    }
    Ok(text)
}

fn io_reason(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => err.to_string(),
    }
}

fn pick_region<'b>(bank: &'b Bank, id: Option<&str>) -> Result<&'b Region> {
    match id {
        None => Ok(bank.default_region()),
        Some(id) => bank.region(id).ok_or_else(|| {
            Error::BadInput(format!(
                "unknown region `{id}`; this bank has: {}",
                bank.region_ids().join(", ")
            ))
        }),
    }
}

fn scripted_prompter(bank: &Bank, path: &Path) -> Result<ScriptedPrompter> {
    let source = read_input(path)?;
    let name = path.display();
    let raw = yaml::parse_answers(&source).map_err(|err| {
        let place = match (err.line, err.column) {
            (Some(line), Some(col)) => format!("{line}:{col}:"),
            _ => String::new(),
        };
        Error::BadInput(format!(
            "{name}:{place} {}; an answers file maps question ids to answers (see README)",
            err.message
        ))
    })?;
    let answers = answers::from_raw(bank, &raw).map_err(|issues| {
        let lines: Vec<String> = issues
            .iter()
            .map(|issue| {
                let place = yaml::locate_top_key(&source, &issue.question)
                    .map(|line| format!("{line}:1:"))
                    .unwrap_or_default();
                format!(
                    "{name}:{place} question `{}`: {}",
                    issue.question, issue.message
                )
            })
            .collect();
        Error::BadInput(lines.join("\n"))
    })?;
    let by_id: HashMap<String, Answer> = answers
        .into_iter()
        .map(|(index, answer)| (bank.question(index).id.clone(), answer))
        .collect();
    Ok(ScriptedPrompter::new(by_id))
}

fn terminal_prompter(bank: &Bank) -> Result<TerminalPrompter> {
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Err(Error::NoTerminal(
            "the self-check asks its questions in a terminal, and there is none here \
             (standard input or standard error is not a terminal).\n\
             To answer without prompts, write your answers in a file and run \
             `selfcheck --answers FILE` (see README, \"Answers file\")."
                .into(),
        ));
    }
    TerminalPrompter::new(&bank.def.ui).map_err(|err| Error::Failed(err.to_string()))
}

fn prompt_error(err: PromptError, bank: &Bank, answers: Option<&Path>) -> Error {
    match err {
        PromptError::Interrupted => Error::Interrupted(bank.def.ui.interrupted_message.clone()),
        PromptError::NoTerminal(message) => Error::NoTerminal(message),
        PromptError::Script(message) => match answers {
            Some(path) => Error::BadInput(format!("{}: {message}", path.display())),
            None => Error::Failed(message),
        },
        PromptError::Io(err) => Error::Failed(format!("could not talk to the terminal: {err}")),
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
