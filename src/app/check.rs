//! The self-check itself: run the flow with the right prompter, then print the summary
//! and write the files the person asked for.

use super::{inputs, say, write_summary};
use crate::agency::Referral;
use crate::answers::{self, CheckInfo};
use crate::bank::Bank;
use crate::bank::model::{CounselorText, Region};
use crate::cli::Cli;
use crate::compare::{self, Changes, Earlier};
use crate::date;
use crate::engine::Session;
use crate::error::{Error, Result};
use crate::files::{self, Destination};
use crate::flow::{self, Ending, Outcome};
use crate::messages;
use crate::prompt::plain::{self, PlainPrompter};
use crate::prompt::saving::Saving;
use crate::prompt::scripted::ScriptedPrompter;
use crate::prompt::terminal::TerminalPrompter;
use crate::prompt::{PromptError, Prompter};
use crate::render::{Format, render, render_counselor};
use crate::summary::{self, Extras, counselor};
use std::io::{IsTerminal, Stderr, StdinLock};
use std::path::{Path, PathBuf};

pub(super) fn self_check(cli: &Cli, bank: &Bank) -> Result<()> {
    let region = inputs::pick_region(bank, cli.region.as_deref())?;
    let referrals = match &cli.resources {
        Some(path) => inputs::read_referrals(path)?,
        None => Vec::new(),
    };
    let counselor = match (cli.counselor, &bank.def.counselor) {
        (false, _) => None,
        (true, Some(words)) => Some(words),
        (true, None) => {
            return Err(Error::BadInput(format!(
                "bank `{}` has no `counselor` words, so it cannot run a counselor session; \
                 add them (see README, \"Writing a bank\") or run without --counselor",
                bank.def.id
            )));
        }
    };
    // Refuse before the first question, so nothing typed is lost to a file that cannot
    // be written: a missing folder, a directory, a device, an existing file, a clash.
    let check_target = |path: &Option<PathBuf>| {
        path.as_deref()
            .map(|p| files::check_target(p, cli.force))
            .transpose()
            .map_err(|err| Error::BadInput(err.to_string()))
    };
    let report_to = check_target(&cli.report)?;
    let answers_to = check_target(&cli.save_answers)?;
    if let (Some(report), Some(answers)) = (&cli.report, &cli.save_answers) {
        if files::same_file(report, answers) {
            return Err(Error::BadInput(messages::same_file_twice(
                &report.display().to_string(),
                &answers.display().to_string(),
            )));
        }
    }
    let targets: Vec<&PathBuf> = [&cli.report, &cli.save_answers]
        .into_iter()
        .flatten()
        .collect();

    // Read before the first question, so a wrong file is said at once.
    let earlier = match &cli.compare {
        Some(path) => {
            let read = inputs::read_answers(bank, path, true)?;
            if read.answers.is_empty() && read.removed.is_empty() {
                return Err(Error::BadInput(format!(
                    "{}: it holds no answers, so there is nothing to compare with; give a \
                     file saved with --save-answers",
                    path.display()
                )));
            }
            Some(Earlier {
                other_version: read.other_version(bank),
                date: read.check.as_ref().map(|c| c.date.clone()),
                removed: read.removed,
                readiness: read.check.as_ref().and_then(|c| c.readiness),
                session: Session::with_answers(bank, read.answers),
            })
        }
        None => None,
    };

    // Where an interactive session starts: from nothing, or from a saved one.
    let start = match &cli.resume {
        Some(path) => Session::with_answers(bank, inputs::read_answers(bank, path, false)?.answers),
        None => Session::new(bank),
    };
    let outcome = match &cli.answers {
        Some(path) => {
            let answers = inputs::read_answers(bank, path, false)?;
            let mut prompter = ScriptedPrompter::new(answers.by_id(bank));
            flow::run(bank, region, counselor, &mut prompter)
                .map_err(|err| prompt_error(err, bank, Some(path)))?
        }
        None if plain::requested(cli.plain) => {
            let mut prompter = honest(plain_prompter(bank)?, bank, counselor, &targets);
            let outcome = flow::run_from(start, region, counselor, &mut prompter);
            say("");
            outcome.map_err(|err| prompt_error(err, bank, None))?
        }
        None => {
            let mut prompter = honest(terminal_prompter(bank)?, bank, counselor, &targets);
            let outcome = flow::run_from(start, region, counselor, &mut prompter);
            prompter.inner_mut().finish();
            // A blank line between the last prompt and what follows.
            say("");
            outcome.map_err(|err| prompt_error(err, bank, None))?
        }
    };
    match (outcome.ending, counselor) {
        (Ending::Quit, _) => {
            say(&bank.def.ui.quit_message);
            return Ok(());
        }
        (Ending::Declined, Some(words)) => {
            say(&words.declined_message);
            return Ok(());
        }
        _ => {}
    }

    let changes = earlier
        .as_ref()
        .map(|earlier| compare::compare(earlier, &outcome.session, region));
    let report = Report {
        outcome: &outcome,
        region,
        referrals: &referrals,
        counselor,
        changes: changes.as_ref(),
        session: date::now(),
    };
    // A signal while a file is written removes its temporary file (see `files`).
    if !targets.is_empty() {
        crate::prompt::stop::install(&bank.def.ui.interrupted_message, false)
            .map_err(|err| Error::Failed(err.to_string()))?;
    }
    // A path is the person's own text: printed without control characters.
    let shown = |p: &Path| crate::text::strip_unsafe(&p.display().to_string()).into_owned();
    let mut failures = Vec::new();
    // What goes to standard output after the summary (`--report /dev/stdout`).
    let mut after_summary = Vec::new();
    let mut deliver = |path: &Path, destination: &Destination, text: String| {
        if *destination == Destination::Stdout {
            after_summary.push(text);
            true
        } else if let Err(err) = files::write_private(path, text.as_bytes(), cli.force) {
            failures.push(err);
            false
        } else {
            true
        }
    };
    // The answers first, so that the report says whether they were saved.
    let answers_saved = match (&cli.save_answers, &answers_to) {
        (Some(path), Some(destination)) => {
            let readiness = outcome.counselor.as_ref().and_then(|r| r.readiness);
            deliver(
                path,
                destination,
                answers_file(bank, &outcome.session, readiness),
            )
        }
        _ => false,
    };
    // Every file saved, in the order given: the report's own name, and the answers file
    // once it is written.
    let names = |report_saved: bool| -> Vec<String> {
        [
            cli.report.as_deref().filter(|_| report_saved),
            cli.save_answers.as_deref().filter(|_| answers_saved),
        ]
        .into_iter()
        .flatten()
        .map(shown)
        .collect()
    };
    let report_saved = match (&cli.report, &report_to) {
        (Some(path), Some(destination)) => {
            let text = report.render_file(&names(true), report_format(path), cli.include_notes);
            deliver(path, destination, text)
        }
        _ => false,
    };
    let saved = names(report_saved);
    // The summary prints whatever happened to the files, so no answer is lost.
    write_summary(&report.render(&saved, cli.format))?;
    for text in after_summary {
        write_summary(&text)?;
    }
    if failures.is_empty() {
        Ok(())
    } else {
        let reasons: Vec<String> = failures.iter().map(ToString::to_string).collect();
        Err(Error::Failed(format!(
            "{}\n{}",
            reasons.join("\n"),
            messages::summary_still_complete()
        )))
    }
}

/// Everything a summary is made from, so the printed one and the saved one agree.
struct Report<'a, 'b> {
    outcome: &'a Outcome<'b>,
    region: &'a Region,
    referrals: &'a [Referral],
    counselor: Option<&'a CounselorText>,
    changes: Option<&'a Changes>,
    /// When the session was, for the counselor summary.
    session: String,
}

impl Report<'_, '_> {
    /// The summary (the counselor summary in counselor mode), saying `saved` were written.
    fn render(&self, saved: &[String], format: Format) -> String {
        self.render_with(saved, format, None)
    }

    /// The summary for a report file, saying `saved` will be written. A counselor
    /// summary leaves out the session notes (unless `include_notes`) and names no local
    /// file: it is made to be handed on.
    fn render_file(&self, saved: &[String], format: Format, include_notes: bool) -> String {
        self.render_with(saved, format, Some(include_notes))
    }

    fn render_with(&self, saved: &[String], format: Format, file: Option<bool>) -> String {
        let extras = Extras {
            referrals: self.referrals,
            saved,
            changes: self.changes,
        };
        let client = summary::build(&self.outcome.session, self.region, extras);
        match (self.counselor, &self.outcome.counselor) {
            (Some(words), Some(record)) => {
                let mut for_counselor =
                    counselor::build(&self.outcome.session, record, words, &client, self.region);
                for_counselor.session = Some(self.session.clone());
                if let Some(include_notes) = file {
                    for_counselor = for_counselor.for_report(include_notes, &words.report_privacy);
                }
                render_counselor(&for_counselor, format)
            }
            _ => render(&client, format),
        }
    }
}

/// A report is markdown, or JSON when its name ends in `.json`.
pub(super) fn report_format(path: &Path) -> Format {
    match path.extension().and_then(|e| e.to_str()) {
        Some(ext) if ext.eq_ignore_ascii_case("json") => Format::Json,
        _ => Format::Markdown,
    }
}

/// The counting answers in the format `--answers` reads, in the order they were asked.
fn answers_file(bank: &Bank, session: &Session, readiness: Option<u8>) -> String {
    let entries = answers::to_raw(bank, session.answered());
    let check = CheckInfo {
        date: date::today(),
        bank: bank.def.id.clone(),
        version: bank.def.version,
        readiness,
    };
    format!(
        "# selfcheck answers. This file holds sensitive health information.\n\
         # Run it again with: selfcheck --answers THIS_FILE\n\
         # Compare a later check with it: selfcheck --compare THIS_FILE\n{}",
        answers::to_file_text(&check, &entries)
    )
}

/// The prompter, told which files will be written so that no screen says nothing is
/// saved while something will be (with no files, it shows the bank's words as they are).
fn honest<P: Prompter>(
    prompter: P,
    bank: &Bank,
    counselor: Option<&CounselorText>,
    targets: &[&PathBuf],
) -> Saving<P> {
    let files: Vec<String> = targets.iter().map(|p| p.display().to_string()).collect();
    if files.is_empty() {
        return Saving::unchanged(prompter);
    }
    Saving::new(
        prompter,
        &bank.def.ui,
        counselor.map(|c| c.consent_script_saving.as_str()),
        &files,
    )
}

fn terminal_prompter(bank: &Bank) -> Result<TerminalPrompter> {
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Err(Error::NoTerminal(messages::no_terminal().into()));
    }
    TerminalPrompter::new(&bank.def.ui).map_err(|err| Error::Failed(err.to_string()))
}

/// Plain mode reads lines from standard input, a terminal or not, and writes its lines
/// to standard error. Standard error is not locked for the session: the Ctrl-C handler
/// writes to it from another thread.
fn plain_prompter(bank: &Bank) -> Result<PlainPrompter<StdinLock<'static>, Stderr>> {
    crate::prompt::stop::install(&bank.def.ui.interrupted_message, false)
        .map_err(|err| Error::Failed(err.to_string()))?;
    Ok(PlainPrompter::new(
        &bank.def.ui,
        std::io::stdin().lock(),
        std::io::stderr(),
    ))
}

fn prompt_error(err: PromptError, bank: &Bank, answers: Option<&Path>) -> Error {
    match err {
        PromptError::Interrupted => Error::Interrupted(bank.def.ui.interrupted_message.clone()),
        PromptError::NoTerminal(message) => Error::NoTerminal(message),
        PromptError::InputEnded => Error::BadInput(format!(
            "{}\n{}",
            messages::input_ended(),
            bank.def.ui.interrupted_message
        )),
        PromptError::Script(message) => match answers {
            Some(path) => Error::BadInput(format!("{}: {message}", path.display())),
            None => Error::Failed(message),
        },
        PromptError::Io(err) => Error::Failed(messages::terminal_failed(&err.to_string())),
    }
}
