//! Delivering a self-check: the summary printed, and the files asked for written. The
//! answers file is written first, so that the report names only files really saved.

use super::plan::{Plan, Target};
use crate::agency::Referral;
use crate::answers::{self, CheckInfo};
use crate::app::write_summary;
use crate::bank::Bank;
use crate::bank::model::{CounselorText, Region};
use crate::compare::{self, Changes};
use crate::date;
use crate::engine::Session;
use crate::error::{Error, Problem, ProblemKind, Result, Shown};
use crate::files::{self, Destination};
use crate::flow::Outcome;
use crate::render::{Format, TEXT_WIDTH, render_at, render_counselor_at};
use crate::summary::counselor::{self, Dated};
use crate::summary::{self, Extras};
use std::path::Path;

pub(super) fn deliver(plan: &Plan, outcome: &Outcome) -> Result<()> {
    let bank = plan.bank;
    let changes = plan
        .earlier
        .as_ref()
        .map(|earlier| compare::compare(earlier, &outcome.session, plan.region));
    let report = Report {
        outcome,
        region: plan.region,
        referrals: &plan.referrals,
        counselor: plan.counselor,
        changes: changes.as_ref(),
        session: date::now(),
        dated: &plan.dated,
    };
    // A signal while a file is written removes its temporary file (see `files`).
    if !plan.targets().is_empty() {
        crate::prompt::stop::install(&bank.def.ui.interrupted_message, false)
            .map_err(|err| Error::failed(ProblemKind::Internal(err.to_string())))?;
    }
    // A path is the person's own text: printed without control characters.
    let shown = |p: &Path| crate::text::strip_unsafe(&p.display().to_string()).into_owned();
    let mut failures = Vec::new();
    // What goes to standard output after the summary (`--report /dev/stdout`).
    let mut after_summary = Vec::new();
    let mut write = |path: &Path, destination: &Destination, text: String| {
        if *destination == Destination::Stdout {
            after_summary.push(text);
            true
        } else if let Err(err) = files::write_private(path, text.as_bytes(), plan.force) {
            failures.push(err);
            false
        } else {
            true
        }
    };
    // The answers first, so that the report says whether they were saved.
    let answers_saved = match &plan.save_answers {
        Some(Target { path, destination }) => {
            let readiness = outcome.counselor.as_ref().and_then(|r| r.readiness);
            write(
                path,
                destination,
                answers_file(bank, &outcome.session, readiness),
            )
        }
        None => false,
    };
    // Every file saved, in the order given: the report's own name, and the answers file
    // once it is written.
    let names = |report_saved: bool| -> Vec<String> {
        [
            plan.report.as_ref().filter(|_| report_saved),
            plan.save_answers.as_ref().filter(|_| answers_saved),
        ]
        .into_iter()
        .flatten()
        .map(|target| shown(&target.path))
        .collect()
    };
    let report_saved = match &plan.report {
        Some(Target { path, destination }) => {
            let text = report.render_file(&names(true), report_format(path), plan.include_notes);
            write(path, destination, text)
        }
        None => false,
    };
    let saved = names(report_saved);
    // The summary prints whatever happened to the files, so no answer is lost.
    // On a terminal the text summary fits its window; anywhere else, the usual layout.
    let width = crate::width::fitted(crate::width::stdout_columns());
    write_summary(&report.render(&saved, plan.format, width))?;
    for text in after_summary {
        write_summary(&text)?;
    }
    if failures.is_empty() {
        Ok(())
    } else {
        let problems = failures
            .into_iter()
            .map(ProblemKind::CannotWrite)
            .chain([ProblemKind::StillComplete(Shown::Summary)])
            .map(|kind| Problem { place: None, kind })
            .collect();
        Err(Error::Failed(problems))
    }
}

/// Everything a summary is made from, so the printed one and the saved one agree.
struct Report<'a, 'b> {
    outcome: &'a Outcome<'b>,
    region: &'a Region,
    referrals: &'a [Referral],
    counselor: Option<&'a CounselorText>,
    changes: Option<&'a Changes>,
    /// Now, for the counselor summary: when the session was, or with answers from a
    /// file (`dated`), when the summary was made.
    session: String,
    dated: &'a Dated,
}

impl Report<'_, '_> {
    /// The summary (the counselor summary in counselor mode), saying `saved` were
    /// written, its text laid out in `width` columns.
    fn render(&self, saved: &[String], format: Format, width: usize) -> String {
        self.render_with(saved, format, None, width)
    }

    /// The summary for a report file, saying `saved` will be written. A counselor
    /// summary leaves out the session notes (unless `include_notes`) and names no local
    /// file: it is made to be handed on.
    fn render_file(&self, saved: &[String], format: Format, include_notes: bool) -> String {
        self.render_with(saved, format, Some(include_notes), TEXT_WIDTH)
    }

    fn render_with(
        &self,
        saved: &[String],
        format: Format,
        file: Option<bool>,
        width: usize,
    ) -> String {
        let extras = Extras {
            referrals: self.referrals,
            saved,
            changes: self.changes,
        };
        let client = summary::build(&self.outcome.session, self.region, extras);
        match (self.counselor, &self.outcome.counselor) {
            (Some(words), Some(record)) => {
                let mut for_counselor =
                    counselor::build(&self.outcome.session, record, words, &client, self.region)
                        .dated(self.dated, &self.session)
                        .saved_to(saved, words);
                if let Some(include_notes) = file {
                    for_counselor = for_counselor.for_report(include_notes, &words.report_privacy);
                }
                render_counselor_at(&for_counselor, format, width)
            }
            _ => render_at(&client, format, width),
        }
    }
}

/// A report is markdown, or JSON when its name ends in `.json`.
pub(in crate::app) fn report_format(path: &Path) -> Format {
    match path.extension().and_then(|e| e.to_str()) {
        Some(ext) if ext.eq_ignore_ascii_case("json") => Format::Json,
        _ => Format::Markdown,
    }
}

/// The counting answers in the format `--answers` reads, in the order they were asked.
/// After an early stop the header points to `--resume`, since `--answers` would refuse
/// a file with questions left open.
fn answers_file(bank: &Bank, session: &Session, readiness: Option<u8>) -> String {
    let entries = answers::to_raw(bank, session.answered());
    let check = CheckInfo {
        date: date::today(),
        bank: bank.def.id.clone(),
        version: bank.def.version,
        readiness,
    };
    format!(
        "{}{}",
        crate::messages::words().answers_file_header(!session.unasked().is_empty()),
        answers::to_file_text(&check, &entries)
    )
}
