//! The program's own words in English.

use super::{Lang, Words};
use crate::agency::{Issue, Resource};
use crate::answers::{AnswerIssue, Misfit, Shape};
use crate::bank::model::Kind;
use crate::error::{IoReason, OtherFile, ProblemKind, Shown, Versions};
use crate::files::{BadPlace, FileKind, WriteError};

pub struct English;

/// What every problem with an answers file as a whole ends with.
const ANSWERS_FILE: &str = "an answers file maps question ids to answers (see README)";

impl Words for English {
    fn problem(&self, kind: &ProblemKind) -> String {
        use ProblemKind as P;
        match kind {
            P::AnswersYaml(kind) => format!("{}; {ANSWERS_FILE}", kind.describe(Lang::En)),
            P::AnswersNotAMapping { found } => {
                format!(
                    "the file is {}, not a mapping; {ANSWERS_FILE}",
                    shape(found)
                )
            }
            P::CheckNotAMapping => {
                format!("`_check` must be a mapping of date, bank and version; {ANSWERS_FILE}")
            }
            P::CheckDate { date } => format!(
                "`_check.date` is `{date}`, not a day; write it as YYYY-MM-DD (for example \
                 2026-11-26); {ANSWERS_FILE}"
            ),
            P::OtherBank { saved, bank } => format!(
                "these answers were saved from bank `{saved}`, not `{bank}`; use them with that \
                 bank (--bank FILE)"
            ),
            P::Answer {
                question,
                issue,
                other_version,
            } => {
                let note = other_version.as_ref().map(versions).unwrap_or_default();
                format!(
                    "question `{question}`: {}{note}",
                    answer_issue(question, issue)
                )
            }
            P::Unanswered { question: q } => format!(
                "question `{q}` is asked but has no answer; add `{q}: ...` to the answers file \
                 (or `{q}: skip` for prefer not to say), or answer the rest in the terminal \
                 with --resume FILE"
            ),
            P::NothingToCompare => "it holds no answers, so there is nothing to compare with; \
                                    give a file saved with --save-answers"
                .into(),
            P::ResourcesYaml(kind) => format!(
                "{}; a resources file has `resources:`, a list of name, offers, contact \
                 and hours (see README)",
                kind.describe(Lang::En)
            ),
            P::Resources(Issue::NoResources) => {
                "`resources` is empty; list at least one service".into()
            }
            P::Resources(Issue::FieldEmpty { resource, field }) => {
                let which = match resource {
                    Resource::Named(name) => format!("resource `{name}`"),
                    Resource::Numbered(n) => format!("resource {n}"),
                };
                format!("{which}: `{field}` is empty; fill it in")
            }
            P::CannotRead(reason) => format!("cannot read it: {}", io_reason(reason)),
            P::IsDirectory => "is a directory; give the path of a YAML file".into(),
            P::NotRegularFile(kind) => format!(
                "is {}, not a regular file; save the text to a file and give its path (a pipe \
                 is read only as standard input, /dev/stdin)",
                file_kind(*kind)
            ),
            P::TooLarge { max } => {
                format!("is larger than 1 MiB; files over {max} bytes (1 MiB) are refused")
            }
            P::NotUtf8 { offset } => {
                format!("is not UTF-8 text (bad byte at offset {offset}); save it as UTF-8")
            }
            P::Empty => "is empty".into(),
            P::NotABank(OtherFile::Resources) => {
                "this looks like a resources file (an agency's referral list), not a question \
                 bank; `validate` checks banks. Use it with `selfcheck --resources FILE`, which \
                 checks it and names any problem."
                    .into()
            }
            P::NotABank(OtherFile::Answers) => {
                "this looks like an answers file, not a question bank; `validate` checks banks. \
                 Use it with `selfcheck --answers FILE`."
                    .into()
            }
            P::Bank(err) => err.to_string(),
            P::UnknownRegion { id, known } => {
                format!("unknown region `{id}`; this bank has: {}", known.join(", "))
            }
            P::NoBuiltinBank { lang, known } => format!(
                "no built-in bank in language `{lang}`; there are: {}",
                known.join(", ")
            ),
            P::SameFileTwice { report, answers } => format!(
                "--report {report} and --save-answers {answers} name the same file; give them \
                 different files"
            ),
            P::NoCounselorWords { bank } => format!(
                "bank `{bank}` has no `counselor` words, so it cannot run a counselor session; \
                 add them (see README, \"Writing a bank\") or run without --counselor"
            ),
            P::NotForHistory { flag } => format!(
                "{flag} does not apply to `selfcheck history`; see `selfcheck history --help`"
            ),
            P::HistoryWordsMissing { bank, missing } => format!(
                "bank `{bank}` lacks the words `history` needs under `ui:` ({}); add them (see \
                 questions/clonazepam.yaml)",
                missing.join(", ")
            ),
            P::NoCounselorHistoryTitle { bank } => format!(
                "bank `{bank}` has no `counselor.history_title`, so it cannot word the history \
                 for a counselor; add it or run without --counselor"
            ),
            P::NoTerminal => self.no_terminal().into(),
            P::InputEnded { then } => {
                format!("standard input ended before the self-check was finished.\n{then}")
            }
            P::Interrupted(words) | P::Internal(words) => words.clone(),
            P::CannotWrite(err) => write_error(err),
            P::StillComplete(Shown::Summary) => {
                "The summary above is complete; that file was not written.".into()
            }
            P::StillComplete(Shown::History) => {
                "The history above is complete; that file was not written.".into()
            }
            P::CannotPrintSummary { reason } => format!(
                "could not print the summary ({}); it was not shown",
                reason.as_deref().unwrap_or("standard output was closed")
            ),
            P::CannotWriteOutput { reason } => format!("could not write the output: {reason}"),
            P::ManPage { reason } => format!("could not make the manual page: {reason}"),
            P::Terminal { reason } => format!("could not talk to the terminal: {reason}"),
        }
    }

    fn no_terminal(&self) -> &'static str {
        "the self-check asks its questions in a terminal, and there is none here \
         (standard input or standard error is not a terminal).\n\
         To answer without prompts, write your answers in a file and run \
         `selfcheck --answers FILE` (see README, \"Answers file\").\n\
         To answer line by line from standard input, run `selfcheck --plain`."
    }

    fn validated(&self, file: &str, questions: usize) -> String {
        format!("{file}: ok ({questions} questions)")
    }

    fn answers_file_header(&self, incomplete: bool) -> &'static str {
        if incomplete {
            "# selfcheck answers. This file holds sensitive health information.\n\
             # This check was stopped early. To answer the questions left open:\n\
             #   selfcheck --resume THIS_FILE\n\
             # Compare a later check with it: selfcheck --compare THIS_FILE\n"
        } else {
            "# selfcheck answers. This file holds sensitive health information.\n\
             # Run it again with: selfcheck --answers THIS_FILE\n\
             # Compare a later check with it: selfcheck --compare THIS_FILE\n"
        }
    }
}

fn answer_issue(question: &str, issue: &AnswerIssue) -> String {
    match issue {
        AnswerIssue::NotInBank { bank } => {
            format!(
                "`{question}` is not a question of bank `{bank}`; `selfcheck questions` lists them"
            )
        }
        AnswerIssue::Shape { found, expected: k } => {
            format!("the answer is {}; write {}", shape(found), expected(*k))
        }
        AnswerIssue::ChecklistNeedsList => format!(
            "a checklist's answer is a list; write {}",
            expected(Kind::Checklist)
        ),
        AnswerIssue::TextFormNotText { expected: k } => format!(
            "`{{text: ...}}` is for free text, and this question is not free text; write {}",
            expected(*k)
        ),
        AnswerIssue::ListForOne { expected: k } => format!(
            "the answer is a list, but this question takes one answer; write {}",
            expected(*k)
        ),
        AnswerIssue::Misfit(Misfit::NotAChoice {
            id,
            choices,
            checklist,
        }) => format!(
            "`{id}` is not a choice of this question; use {} of: {}",
            if *checklist { "any" } else { "one" },
            choices.join(", ")
        ),
        AnswerIssue::Misfit(Misfit::ListedTwice) => "a choice is listed twice".into(),
        AnswerIssue::Misfit(Misfit::WrongKind(k)) => format!("expected {}", expected(*k)),
    }
}

fn versions(v: &Versions) -> String {
    format!(
        " (the file was saved with version {} of bank `{}`; this is version {})",
        v.saved, v.bank, v.current
    )
}

/// What to write for a question of this kind.
fn expected(kind: Kind) -> &'static str {
    match kind {
        Kind::YesNo => "`yes`, `no` or `skip`",
        Kind::Choice => "one choice id, or `skip`",
        Kind::Checklist => "a list of choice ids (`[]` for none), or `skip`",
        Kind::Text => "a string, or `skip`",
    }
}

fn shape(found: &Shape) -> String {
    match found {
        Shape::Empty => "empty (~ or nothing)".into(),
        Shape::TrueFalse(value) => format!("`{value}`, a true/false value"),
        Shape::Number(n) => format!("the number {n}"),
        Shape::Text => "text".into(),
        Shape::List => "a list".into(),
        Shape::Mapping => "a mapping".into(),
        Shape::Tagged(tag) => format!("a value tagged {tag}"),
        Shape::ListWith(inner) => format!("a list with {} in it", shape(inner)),
    }
}

fn io_reason(reason: &IoReason) -> &str {
    match reason {
        IoReason::NotFound => "no such file",
        IoReason::PermissionDenied => "permission denied",
        IoReason::Other(words) => words,
    }
}

fn file_kind(kind: FileKind) -> &'static str {
    match kind {
        FileKind::NamedPipe => "a named pipe (FIFO)",
        FileKind::Device => "a device",
        FileKind::Socket => "a socket",
        FileKind::Directory => "a directory",
        FileKind::Regular => "a regular file",
        FileKind::Other => "something other than a file",
    }
}

fn write_error(err: &WriteError) -> String {
    match err {
        WriteError::Exists(path) => format!(
            "{} already exists; choose another name, or add --force to replace it",
            path.display()
        ),
        WriteError::NotAFile { path, kind } => format!(
            "{} is {}; --report and --save-answers write regular files only, and --force \
             replaces only a regular file; choose a file name",
            path.display(),
            file_kind(*kind)
        ),
        WriteError::BadPlace { path, why } => {
            let why = match why {
                BadPlace::IsDirectory => "it is a directory; give a file name in it".into(),
                BadPlace::NoFileName => "the path names no file; give a file name".into(),
                BadPlace::NameTooLong { bytes, max } => format!(
                    "the file name is {bytes} bytes long; file systems take at most {max}, \
                     choose a shorter name"
                ),
                BadPlace::NotAFolder(folder) => format!("{} is not a folder", folder.display()),
                BadPlace::NoFolder(folder) => format!(
                    "the folder {} does not exist; create it first, or choose another",
                    folder.display()
                ),
                BadPlace::Folder { folder, source } => {
                    format!("cannot use the folder {}: {source}", folder.display())
                }
            };
            format!("cannot write {}: {why}", path.display())
        }
        WriteError::Io { path, source } => {
            format!("could not write {}: {source}", path.display())
        }
    }
}
