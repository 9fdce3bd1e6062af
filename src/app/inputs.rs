//! Reading what the person or a script hands in: banks, answers files, referral lists.
//! Each is refused with a clear reason when it cannot be what it claims.

pub(super) use super::read::read_input;
use crate::agency::{self, Referral};
use crate::answers::{self, Answer, CheckInfo};
use crate::bank::model::Region;
use crate::bank::{BUILTIN, Bank};
use crate::diagnostic::Place;
use crate::error::{Error, Result};
use crate::messages;
use crate::yaml::{self, YamlError};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

pub(super) fn load_bank(path: Option<&Path>, lang: Option<&str>) -> Result<Bank> {
    match (path, lang) {
        (Some(path), _) => load_bank_file(path),
        (None, None) => Ok(BUILTIN[0].load()?),
        (None, Some(lang)) => Bank::builtin_in(lang).ok_or_else(|| {
            let langs: Vec<&str> = BUILTIN.iter().map(|b| b.lang).collect();
            Error::BadInput(messages::no_builtin_bank(lang, &langs.join(", ")))
        }),
    }
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
            Error::BadInput(messages::unknown_region(id, &bank.region_ids().join(", ")))
        }),
    }
}

/// `FILE:LINE:COL:` for a parse error, as far as the parser knows the place.
fn place<'a>(name: &'a str, err: &YamlError) -> Place<'a> {
    Place::new(name, err.line, err.column)
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
    let file = answers::parse_file(&source).map_err(|err| {
        Error::BadInput(format!(
            "{} {}; an answers file maps question ids to answers (see README)",
            place(&name, &err),
            err.message
        ))
    })?;
    let mut raw = file.answers;
    let mut removed = Vec::new();
    let mut version_note = String::new();
    if let Some(check) = &file.check {
        if check.bank != bank.def.id {
            return Err(Error::BadInput(format!(
                "{name}: these answers were saved from bank `{}`, not `{}`; use them with \
                 that bank (--bank FILE)",
                check.bank, bank.def.id
            )));
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
            version_note = format!(
                " (the file was saved with version {} of bank `{}`; this is version {})",
                check.version, bank.def.id, bank.def.version
            );
        }
    }
    let answers = answers::from_raw(bank, &raw).map_err(|issues| {
        let locator = yaml::Locator::new(&source);
        let lines: Vec<String> = issues
            .iter()
            .map(|issue| {
                let line = locator.top_key(&issue.question);
                format!(
                    "{} question `{}`: {}{version_note}",
                    Place::new(&name, line, line.map(|_| 1)),
                    issue.question,
                    issue.message
                )
            })
            .collect();
        Error::BadInput(lines.join("\n"))
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
        Error::BadInput(format!(
            "{} {}; a resources file has `resources:`, a list of name, offers, contact and hours (see README)",
            place(&name, &err),
            err.message
        ))
    })?;
    let problems = agency::check(&file);
    if problems.is_empty() {
        Ok(file.resources)
    } else {
        let locator = yaml::Locator::new(&source);
        let lines: Vec<String> = problems
            .iter()
            .map(|p| {
                let at = locator.locate_path(&p.path);
                let place = Place::new(&name, at.map(|a| a.0), at.map(|a| a.1));
                format!("{place} {}", p.message)
            })
            .collect();
        Err(Error::BadInput(lines.join("\n")))
    }
}
