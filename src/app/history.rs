//! `selfcheck history FILE...`: reads every saved check first (so a bad file stops it
//! before anything is printed), then prints the history and writes the report asked for.

use super::check::report_format;
use super::{inputs, write_stdout};
use crate::bank::Bank;
use crate::cli::{Cli, HistoryArgs};
use crate::error::{Error, Problem, ProblemKind, Result, Shown};
use crate::files::{self, WriteError};
use crate::history::{self, Saved, Words};
use crate::render::Format;
use crate::render::history::{Glyphs, json, markdown, text};
use std::io::IsTerminal;

/// The history's options: its own, and those given before `history` on the command line
/// (`selfcheck --counselor history ...` means the same as `selfcheck history --counselor
/// ...`). Options that do not apply to it are refused rather than silently ignored.
pub(super) fn options(cli: &Cli, args: &HistoryArgs) -> Result<HistoryArgs> {
    let unused = [
        ("--answers", cli.answers.is_some()),
        ("--resume", cli.resume.is_some()),
        ("--resources", cli.resources.is_some()),
        ("--save-answers", cli.save_answers.is_some()),
        ("--compare", cli.compare.is_some()),
    ];
    if let Some((flag, _)) = unused.iter().find(|(_, given)| *given) {
        return Err(Error::bad(None, ProblemKind::NotForHistory { flag }));
    }
    Ok(HistoryArgs {
        files: args.files.clone(),
        format: if args.format == Format::default() {
            cli.format
        } else {
            args.format
        },
        counselor: args.counselor || cli.counselor,
        region: args.region.clone().or_else(|| cli.region.clone()),
        plain: args.plain || cli.plain,
        report: args.report.clone().or_else(|| cli.report.clone()),
        force: args.force || cli.force,
    })
}

/// Without a terminal or COLUMNS to say otherwise, the grid fits this many columns.
const DEFAULT_WIDTH: usize = 80;

pub(super) fn history(args: &HistoryArgs, bank: &Bank) -> Result<()> {
    let missing = history::words::missing(&bank.def.ui);
    if !missing.is_empty() {
        return Err(Error::bad(
            None,
            ProblemKind::HistoryWordsMissing {
                bank: bank.def.id.clone(),
                missing: missing.iter().map(ToString::to_string).collect(),
            },
        ));
    }
    let counselor = match (args.counselor, &bank.def.counselor) {
        (false, _) => None,
        (true, Some(words)) if !words.history_title.trim().is_empty() => Some(words),
        (true, _) => {
            return Err(Error::bad(
                None,
                ProblemKind::NoCounselorHistoryTitle {
                    bank: bank.def.id.clone(),
                },
            ));
        }
    };
    let region = inputs::pick_region(bank, args.region.as_deref())?;
    if let Some(path) = &args.report {
        if !args.force && path.exists() {
            return Err(Error::bad(
                None,
                ProblemKind::CannotWrite(WriteError::Exists(path.to_path_buf())),
            ));
        }
    }

    // Every file is read before anything is printed; all bad files are named at once.
    let mut saved = Vec::new();
    let mut problems: Vec<Problem> = Vec::new();
    for path in &args.files {
        match inputs::read_answers(bank, path, true) {
            Ok(read) => saved.push(Saved {
                file: path.display().to_string(),
                info: read.check,
                answers: read.answers,
            }),
            Err(err) => problems.extend(err.into_problems()),
        }
    }
    if !problems.is_empty() {
        return Err(Error::BadInput(problems));
    }

    let history = history::build(bank, &saved);
    let words = Words::new(bank, &history, region, counselor);
    let render = |format: Format| match format {
        Format::Text => {
            let glyphs = if crate::prompt::plain::requested(args.plain) {
                Glyphs::ASCII
            } else {
                Glyphs::UNICODE
            };
            text(&history, &words, &glyphs, terminal_width())
        }
        Format::Markdown => markdown(&history, &words),
        Format::Json => json(&history, &words),
    };
    let written = args.report.as_ref().map(|path| {
        files::write_private(path, render(report_format(path)).as_bytes(), args.force)
            .map(|()| path)
    });
    // The history prints whatever happened to the report.
    write_stdout(&render(args.format))?;
    match written {
        Some(Ok(path)) => {
            eprintln!(
                "{}",
                crate::width::for_stderr(
                    &bank
                        .def
                        .ui
                        .saved_to
                        .replace("{path}", &path.display().to_string())
                )
            );
            Ok(())
        }
        Some(Err(err)) => Err(Error::Failed(vec![
            Problem {
                place: None,
                kind: ProblemKind::CannotWrite(err),
            },
            Problem {
                place: None,
                kind: ProblemKind::StillComplete(Shown::History),
            },
        ])),
        None => Ok(()),
    }
}

/// The terminal's width when printing to one; otherwise COLUMNS when it is set (so
/// `COLUMNS=120 selfcheck history ... > file` is 120 wide); otherwise the width of the
/// terminal the program runs in (for `| less`); otherwise 80.
fn terminal_width() -> usize {
    let size = |term: console::Term| term.size_checked().map(|(_, columns)| usize::from(columns));
    if std::io::stdout().is_terminal() {
        if let Some(columns) = size(console::Term::stdout()) {
            return columns;
        }
    }
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok())
        .filter(|&c: &usize| c > 0);
    columns
        .or_else(|| {
            std::io::stderr()
                .is_terminal()
                .then(|| size(console::Term::stderr()))
                .flatten()
        })
        .unwrap_or(DEFAULT_WIDTH)
}
