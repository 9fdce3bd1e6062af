//! An agency's own referral list (`--resources FILE`): services the agency refers to,
//! shown after the crisis resources in every summary.

use crate::yaml::{self, Segment, YamlFault};
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

/// Reads a referral list: the YAML layer refuses what is not one, with its place and
/// the problem as data (said in the session's language at the edge).
pub fn parse_file(source: &str) -> Result<AgencyFile, YamlFault> {
    yaml::read(source)
}

/// A problem with a referral list, and where it is (a path into the file, for its line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: Vec<Segment>,
    pub issue: Issue,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issue {
    /// `resources` lists no service.
    NoResources,
    /// A field of an entry is empty.
    FieldEmpty {
        resource: Resource,
        field: &'static str,
    },
}

/// An entry: by its name, or by its position (from 1) when it has none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resource {
    Named(String),
    Numbered(usize),
}

/// Checks a parsed referral list: at least one entry, every field filled in.
/// Returns each problem with the entry's name (or position) in it.
pub fn check(file: &AgencyFile) -> Vec<Problem> {
    let key = |k: &str| Segment::Key(k.to_string());
    let mut problems = Vec::new();
    if file.resources.is_empty() {
        problems.push(Problem {
            path: vec![key("resources")],
            issue: Issue::NoResources,
        });
    }
    for (i, r) in file.resources.iter().enumerate() {
        let which = if r.name.trim().is_empty() {
            Resource::Numbered(i + 1)
        } else {
            Resource::Named(r.name.trim().to_string())
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
                    issue: Issue::FieldEmpty {
                        resource: which.clone(),
                        field,
                    },
                });
            }
        }
    }
    problems
}
