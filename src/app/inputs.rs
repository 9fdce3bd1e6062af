//! Reading what the person or a script hands in: banks, answers files, referral lists.
//! Each is refused with a clear reason when it cannot be what it claims.

pub(super) use super::read::read_input;
use crate::agency::{self, Referral};
use crate::answers::{self, Answer, CheckInfo, FileIssueKind};
use crate::bank::model::Region;
use crate::bank::{BUILTIN, Bank};
use crate::error::{Error, FilePlace, Problem, ProblemKind, Result, Versions};
use crate::yaml;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

pub(super) fn load_bank(path: Option<&Path>, lang: Option<&str>) -> Result<Bank> {
    match (path, lang) {
        // With a bank file, --lang is the language of the program's own words; a language
        // the program does not have is refused as without one.
        (Some(_), Some(lang)) if !BUILTIN.iter().any(|b| b.lang == lang) => {
            Err(no_builtin_bank(lang))
        }
        (Some(path), _) => load_bank_file(path),
        (None, None) => Ok(BUILTIN[0].load()?),
        (None, Some(lang)) => Bank::builtin_in(lang).ok_or_else(|| no_builtin_bank(lang)),
    }
}

fn no_builtin_bank(lang: &str) -> Error {
    Error::bad(
        None,
        ProblemKind::NoBuiltinBank {
            lang: lang.to_string(),
            known: BUILTIN.iter().map(|b| b.lang.to_string()).collect(),
        },
    )
}

/// Reads and validates a bank file. A bank with the built-in bank's id in another
/// language is its translation, and must mean the same: checked wherever it is loaded.
pub(super) fn load_bank_file(path: &Path) -> Result<Bank> {
    let name = path.display().to_string();
    let source = read_input(path)?;
    bank_from_source(&name, &source)
}

/// Validates a bank read from `name`, and checks a translation against the original.
pub(super) fn bank_from_source(name: &str, source: &str) -> Result<Bank> {
    let bank = Bank::load(name, source)?;
    let builtin = Bank::builtin();
    if bank.def.id == builtin.def.id && bank.def.locale != builtin.def.locale {
        bank.check_translation_of(&builtin, name, source)?;
    }
    Ok(bank)
}

pub(super) fn pick_region<'b>(bank: &'b Bank, id: Option<&str>) -> Result<&'b Region> {
    match id {
        None => Ok(bank.default_region()),
        Some(id) => bank.region(id).ok_or_else(|| {
            Error::bad(
                None,
                ProblemKind::UnknownRegion {
                    id: id.to_string(),
                    known: bank.region_ids().iter().map(ToString::to_string).collect(),
                },
            )
        }),
    }
}

/// An answers file read against the bank.
pub(super) struct ReadAnswers {
    pub check: Option<CheckInfo>,
    pub answers: BTreeMap<usize, Answer>,
    /// With another bank version allowed: its question ids this bank does not have.
    pub removed: Vec<String>,
}

impl ReadAnswers {
    pub fn by_id(&self, bank: &Bank) -> HashMap<String, Answer> {
        self.answers
            .iter()
            .map(|(&index, answer)| (bank.question(index).id.clone(), answer.clone()))
            .collect()
    }

    /// Whether the file was saved with another version of the bank.
    pub fn other_version(&self, bank: &Bank) -> bool {
        self.check
            .as_ref()
            .is_some_and(|c| c.version != bank.def.version)
    }
}

/// Reads an answers file against the bank. A file saved from another bank is refused;
/// one saved from another version of it may, with `other_version_ok`, name questions this
/// version no longer has (they are listed as removed).
pub(super) fn read_answers(
    bank: &Bank,
    path: &Path,
    other_version_ok: bool,
) -> Result<ReadAnswers> {
    let source = read_input(path)?;
    let name = path.display().to_string();
    let file = answers::parse_file(&source).map_err(|issue| {
        let kind = match issue.kind {
            FileIssueKind::Yaml(kind) => ProblemKind::AnswersYaml(kind),
            FileIssueKind::NotAMapping(found) => ProblemKind::AnswersNotAMapping { found },
            FileIssueKind::CheckNotAMapping => ProblemKind::CheckNotAMapping,
            FileIssueKind::CheckDate(date) => ProblemKind::CheckDate { date },
        };
        Error::bad(Some(FilePlace::new(&name, issue.line, issue.column)), kind)
    })?;
    let mut raw = file.answers;
    let mut removed = Vec::new();
    let mut other_version = None;
    if let Some(check) = &file.check {
        if check.bank != bank.def.id {
            return Err(Error::bad_file(
                &name,
                ProblemKind::OtherBank {
                    saved: check.bank.clone(),
                    bank: bank.def.id.clone(),
                },
            ));
        }
        if check.version != bank.def.version {
            if other_version_ok {
                removed = raw
                    .keys()
                    .filter(|id| bank.index_of(id).is_none())
                    .cloned()
                    .collect();
                raw.retain(|id, _| bank.index_of(id).is_some());
            }
            other_version = Some(Versions {
                bank: bank.def.id.clone(),
                saved: check.version,
                current: bank.def.version,
            });
        }
    }
    let answers = answers::from_raw(bank, &raw).map_err(|issues| {
        let locator = yaml::Locator::new(&source);
        let problems = issues
            .into_iter()
            .map(|entry| Problem {
                place: Some(FilePlace::line(&name, locator.top_key(&entry.question))),
                kind: ProblemKind::Answer {
                    question: entry.question,
                    issue: entry.issue,
                    other_version: other_version.clone(),
                },
            })
            .collect();
        Error::BadInput(problems)
    })?;
    Ok(ReadAnswers {
        check: file.check,
        answers,
        removed,
    })
}

/// Reads an agency's referral list (`--resources`).
pub(super) fn read_referrals(path: &Path) -> Result<Vec<Referral>> {
    let source = read_input(path)?;
    let name = path.display().to_string();
    let file = agency::parse_file(&source).map_err(|err| {
        Error::bad(
            Some(FilePlace::new(&name, err.line, err.column)),
            ProblemKind::ResourcesYaml(err.kind),
        )
    })?;
    let problems = agency::check(&file);
    if problems.is_empty() {
        Ok(file.resources)
    } else {
        let locator = yaml::Locator::new(&source);
        let problems = problems
            .into_iter()
            .map(|p| {
                let at = locator.locate_path(&p.path);
                Problem {
                    place: Some(FilePlace::new(&name, at.map(|a| a.0), at.map(|a| a.1))),
                    kind: ProblemKind::Resources(p.issue),
                }
            })
            .collect();
        Err(Error::BadInput(problems))
    }
}
