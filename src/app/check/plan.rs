//! Everything a self-check needs, resolved and checked before the first question, so a
//! wrong input or a file that cannot be written is said at once.

use crate::agency::Referral;
use crate::answers::Answer;
use crate::app::inputs;
use crate::bank::Bank;
use crate::bank::model::{CounselorText, Region};
use crate::cli::Cli;
use crate::compare::Earlier;
use crate::engine::Session;
use crate::error::{Error, ProblemKind, Result};
use crate::files::{self, Destination};
use crate::prompt::plain;
use crate::render::Format;
use crate::summary::counselor::Dated;
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::PathBuf;

pub(super) struct Plan<'b> {
    pub bank: &'b Bank,
    pub region: &'b Region,
    pub referrals: Vec<Referral>,
    /// Counselor mode: the bank's counselor words.
    pub counselor: Option<&'b CounselorText>,
    /// `--compare`: the earlier check.
    pub earlier: Option<Earlier<'b>>,
    /// When the session was: now, or the day `--answers FILE` records.
    pub dated: Dated,
    pub asking: Asking<'b>,
    /// `--report`.
    pub report: Option<Target>,
    /// `--save-answers`.
    pub save_answers: Option<Target>,
    pub force: bool,
    pub include_notes: bool,
    /// How the summary is printed.
    pub format: Format,
}

/// A file to write, checked to be writable.
pub(super) struct Target {
    pub path: PathBuf,
    pub destination: Destination,
}

/// How the answers are given.
pub(super) enum Asking<'b> {
    /// `--answers FILE`: no prompts.
    Scripted {
        path: PathBuf,
        answers: HashMap<String, Answer>,
    },
    /// Plain mode, from `start` (a new session, or a resumed one).
    Plain { start: Session<'b> },
    /// The terminal, from `start`.
    Terminal { start: Session<'b> },
}

impl Plan<'_> {
    /// The files to write, in the order given: `--report`, then `--save-answers`.
    pub fn targets(&self) -> Vec<&PathBuf> {
        [&self.report, &self.save_answers]
            .into_iter()
            .flatten()
            .map(|target| &target.path)
            .collect()
    }
}

pub(super) fn resolve<'b>(cli: &Cli, bank: &'b Bank) -> Result<Plan<'b>> {
    let region = inputs::pick_region(bank, cli.region.as_deref())?;
    let referrals = match &cli.resources {
        Some(path) => inputs::read_referrals(path)?,
        None => Vec::new(),
    };
    let counselor = match (cli.counselor, &bank.def.counselor) {
        (false, _) => None,
        (true, Some(words)) => Some(words),
        (true, None) => {
            return Err(Error::bad(
                None,
                ProblemKind::NoCounselorWords {
                    bank: bank.def.id.clone(),
                },
            ));
        }
    };
    // Refuse before the first question, so nothing typed is lost to a file that cannot
    // be written: a missing folder, a directory, a device, an existing file, a clash.
    let check_target = |path: &Option<PathBuf>| {
        path.as_ref()
            .map(|p| {
                files::check_target(p, cli.force).map(|destination| Target {
                    path: p.clone(),
                    destination,
                })
            })
            .transpose()
            .map_err(|err| Error::bad(None, ProblemKind::CannotWrite(err)))
    };
    let report = check_target(&cli.report)?;
    let save_answers = check_target(&cli.save_answers)?;
    if let (Some(report), Some(answers)) = (&cli.report, &cli.save_answers) {
        if files::same_file(report, answers) {
            return Err(Error::bad(
                None,
                ProblemKind::SameFileTwice {
                    report: report.display().to_string(),
                    answers: answers.display().to_string(),
                },
            ));
        }
    }

    // Read before the first question, so a wrong file is said at once.
    let earlier = match &cli.compare {
        Some(path) => {
            let read = inputs::read_answers(bank, path, true)?;
            if read.answers.is_empty() && read.removed.is_empty() {
                return Err(Error::bad_file(
                    path.display(),
                    ProblemKind::NothingToCompare,
                ));
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
    let mut dated = Dated::Now;
    let asking = match &cli.answers {
        Some(path) => {
            let read = inputs::read_answers(bank, path, false)?;
            dated = Dated::Saved(read.check.as_ref().map(|c| c.date.clone()));
            Asking::Scripted {
                path: path.clone(),
                answers: read.by_id(bank),
            }
        }
        None if plain::requested(cli.plain) => Asking::Plain { start },
        None if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() => {
            return Err(Error::NoTerminal);
        }
        None => Asking::Terminal { start },
    };

    Ok(Plan {
        bank,
        region,
        referrals,
        counselor,
        earlier,
        dated,
        asking,
        report,
        save_answers,
        force: cli.force,
        include_notes: cli.include_notes,
        format: cli.format,
    })
}
