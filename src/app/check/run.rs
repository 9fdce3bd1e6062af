//! Running the flow with the prompter the plan asks for.

use super::plan::{Asking, Plan};
use crate::app::say;
use crate::bank::model::CounselorText;
use crate::bank::{Bank, fill};
use crate::error::{Error, ProblemKind, Result};
use crate::flow::{self, Ending, Outcome};
use crate::prompt::plain::{self, PlainPrompter};
use crate::prompt::saving::Saving;
use crate::prompt::scripted::ScriptedPrompter;
use crate::prompt::terminal::TerminalPrompter;
use crate::prompt::{PromptError, Prompter, stop};
use std::io::{BufReader, Stderr};
use std::path::{Path, PathBuf};

/// Asks every question the flow reaches (none with `--answers`), to the summary, a quit
/// or, in counselor mode, consent declined.
pub(super) fn run<'b>(plan: &Plan<'b>) -> Result<Outcome<'b>> {
    let (bank, region, counselor) = (plan.bank, plan.region, plan.counselor);
    let targets = plan.targets();
    match &plan.asking {
        Asking::Scripted { path, answers } => {
            let mut prompter = ScriptedPrompter::new(answers.clone());
            flow::run(bank, region, counselor, &mut prompter)
                .map_err(|err| prompt_error(err, bank, Some(path)))
        }
        Asking::Plain { start } => {
            let mut prompter = honest(plain_prompter(bank)?, bank, counselor, &targets);
            // The first Ctrl-C returns from the prompt, and the flow unwinds from it.
            let _asking = stop::unwind();
            let outcome = flow::run_from(start.clone(), region, counselor, &mut prompter);
            say("");
            outcome.map_err(|err| prompt_error(err, bank, None))
        }
        Asking::Terminal { start } => {
            // The too-small screen stands in for any screen, the emergency gate too,
            // so it names the region's emergency number.
            let mut ui = bank.def.ui.clone();
            ui.too_small = fill(&ui.too_small, region);
            let terminal = TerminalPrompter::new(&ui).map_err(|err| {
                Error::failed(ProblemKind::Terminal {
                    reason: err.to_string(),
                })
            })?;
            let mut prompter = honest(terminal, bank, counselor, &targets);
            let _asking = stop::unwind();
            let outcome = flow::run_from(start.clone(), region, counselor, &mut prompter);
            prompter.inner_mut().finish();
            // A blank line between the last prompt and what follows.
            say("");
            outcome.map_err(|err| prompt_error(err, bank, None))
        }
    }
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

/// Plain mode reads lines from standard input, a terminal or not, and writes its lines
/// to standard error. Standard error is not locked for the session: a second Ctrl-C
/// writes to it from another thread. Standard input is read so that Ctrl-C wakes a read.
fn plain_prompter(bank: &Bank) -> Result<PlainPrompter<BufReader<plain::Stdin>, Stderr>> {
    stop::install(&bank.def.ui.interrupted_message, false)
        .map_err(|err| Error::failed(ProblemKind::Internal(err.to_string())))?;
    Ok(PlainPrompter::new(
        &bank.def.ui,
        BufReader::new(plain::Stdin::new()),
        std::io::stderr(),
    ))
}

/// The error a stop while asking ends with (Ctrl-C, or plain mode's input ending).
pub(super) fn stopped(ending: Ending, bank: &Bank) -> Error {
    let err = match ending {
        Ending::InputEnded => PromptError::InputEnded,
        _ => PromptError::Interrupted,
    };
    prompt_error(err, bank, None)
}

fn prompt_error(err: PromptError, bank: &Bank, answers: Option<&Path>) -> Error {
    match err {
        PromptError::Interrupted => Error::Interrupted(bank.def.ui.interrupted_message.clone()),
        PromptError::NoTerminal(_) => Error::NoTerminal,
        PromptError::InputEnded => Error::bad(
            None,
            ProblemKind::InputEnded {
                then: bank.def.ui.interrupted_message.clone(),
            },
        ),
        PromptError::Unanswered(question) => match answers {
            Some(path) => Error::bad_file(path.display(), ProblemKind::Unanswered { question }),
            None => Error::failed(ProblemKind::Internal(format!(
                "question `{question}` has no answer"
            ))),
        },
        PromptError::Script(message) => match answers {
            Some(path) => Error::bad_file(path.display(), ProblemKind::Internal(message)),
            None => Error::failed(ProblemKind::Internal(message)),
        },
        PromptError::Io(err) => Error::failed(ProblemKind::Terminal {
            reason: err.to_string(),
        }),
    }
}
