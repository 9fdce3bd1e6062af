//! The self-check itself, in three steps: a plan resolved and checked before the first
//! question (`plan`), the flow run with the right prompter (`run`), then the summary
//! printed and the files written (`deliver`). Nothing typed is lost to an input or a
//! file that could have been refused at the start.

mod deliver;
mod plan;
mod run;

pub(super) use deliver::report_format;

use super::say;
use crate::bank::Bank;
use crate::cli::Cli;
use crate::error::Result;
use crate::flow::Ending;
use crate::summary;
use crate::width::for_stderr;

pub(super) fn self_check(cli: &Cli, bank: &Bank) -> Result<()> {
    let plan = plan::resolve(cli, bank)?;
    let outcome = run::run(&plan)?;
    match (outcome.ending, plan.counselor) {
        (Ending::Quit, _) => {
            if let Some(reminder) = summary::parting(&outcome.session, plan.region, plan.counselor)
            {
                say(&for_stderr(&reminder));
            }
            say(&for_stderr(&bank.def.ui.quit_message));
            Ok(())
        }
        (Ending::Interrupted | Ending::InputEnded, _) => {
            if let Some(reminder) = summary::parting(&outcome.session, plan.region, plan.counselor)
            {
                say(&for_stderr(&reminder));
            }
            Err(run::stopped(outcome.ending, bank))
        }
        (Ending::Declined, Some(words)) => {
            say(&for_stderr(&words.declined_message));
            Ok(())
        }
        _ => deliver::deliver(&plan, &outcome),
    }
}
