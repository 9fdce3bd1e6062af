//! An agency's own referral list (`--resources FILE`): services the agency refers to,
//! shown after the crisis resources in every summary.

use crate::yaml::{self, Segment, YamlError};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgencyFile {
    pub resources: Vec<Referral>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    pub name: String,
    /// What the service offers.
    pub offers: String,
    pub contact: String,
    pub hours: String,
}

/// Reads a referral list: the YAML layer refuses what is not one, with its place.
pub fn parse_file(source: &str) -> Result<AgencyFile, YamlError> {
    yaml::parse(source)
}

/// A problem with a referral list, and where it is (a path into the file, for its line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: Vec<Segment>,
    pub message: String,
}

/// Checks a parsed referral list: at least one entry, every field filled in.
/// Returns each problem with the entry's name (or position) in it.
pub fn check(file: &AgencyFile) -> Vec<Problem> {
    let key = |k: &str| Segment::Key(k.to_string());
    let mut problems = Vec::new();
    if file.resources.is_empty() {
        problems.push(Problem {
            path: vec![key("resources")],
            message: "`resources` is empty; list at least one service".to_string(),
        });
    }
    for (i, r) in file.resources.iter().enumerate() {
        let which = if r.name.trim().is_empty() {
            format!("resource {}", i + 1)
        } else {
            format!("resource `{}`", r.name.trim())
        };
        for (field, value) in [
            ("name", &r.name),
            ("offers", &r.offers),
            ("contact", &r.contact),
            ("hours", &r.hours),
        ] {
            if value.trim().is_empty() {
                problems.push(Problem {
                    path: vec![key("resources"), Segment::Index(i), key(field)],
                    message: format!("{which}: `{field}` is empty; fill it in"),
                });
            }
        }
    }
    problems
}
