//! The question bank: its model, loading and validation. Plain data, no I/O.

pub mod answer;
mod meaning;
pub mod model;
mod placeholders;
pub mod problem;
pub mod template;
#[cfg(test)]
pub(crate) mod testing;
mod translation;
mod validate;

use crate::yaml;
use model::{Condition, Interrupt, Note, Question, RawBank, Region, Section};
pub use problem::{BankError, Issue, Problem};
use std::collections::HashMap;
use template::Template;
pub(crate) use validate::valid_id;

/// The bank compiled into the binary, used when no `--bank` is given.
pub const DEFAULT_BANK: &str = include_str!("../../questions/clonazepam.yaml");
pub const DEFAULT_BANK_NAME: &str = "questions/clonazepam.yaml";

/// A bank compiled into the binary: its YAML (the source, for messages and tests) and
/// the JSON the build made of it (what start-up reads: it parses many times faster).
pub struct Builtin {
    pub lang: &'static str,
    pub name: &'static str,
    pub yaml: &'static str,
    pub json: &'static str,
}

/// Every bank compiled into the binary, by language (`--lang`): the default first, then
/// its translations.
pub const BUILTIN: [Builtin; 2] = [
    Builtin {
        lang: "en",
        name: DEFAULT_BANK_NAME,
        yaml: DEFAULT_BANK,
        json: include_str!(concat!(env!("OUT_DIR"), "/clonazepam.json")),
    },
    Builtin {
        lang: "es",
        name: "questions/clonazepam.es.yaml",
        yaml: include_str!("../../questions/clonazepam.es.yaml"),
        json: include_str!(concat!(env!("OUT_DIR"), "/clonazepam.es.json")),
    },
];

impl Builtin {
    /// Reads and validates this bank from its JSON, as `Bank::load` does from YAML.
    pub fn load(&self) -> Result<Bank, BankError> {
        let raw = serde_json::from_str(self.json).map_err(|err| BankError {
            file: self.name.to_string(),
            issues: vec![Issue::at(None, Problem::Json(err.to_string()))],
        })?;
        validate::validate(raw, self.yaml).map_err(|issues| BankError {
            file: self.name.to_string(),
            issues,
        })
    }
}

/// A bank that has passed validation: every reference resolves, scales and yes/no
/// choices are filled in, and questions can be looked up by id or position.
#[derive(Debug, Clone)]
pub struct Bank {
    pub def: RawBank,
    /// (section index, question index) for each question, in the order they are asked.
    order: Vec<(usize, usize)>,
    by_id: HashMap<String, usize>,
    /// For each question, the earlier question its condition refers to...
    parents: Vec<Option<usize>>,
    /// ...the ones its `or_when` refers to...
    or_parents: Vec<Vec<usize>>,
    /// ...and the one its `unless` refers to.
    blockers: Vec<Option<usize>>,
    /// For each question, the later questions whose `when`, `or_when` or `unless` refer
    /// to it: what to look at again when its answer changes.
    dependents: Vec<Vec<usize>>,
    /// Interrupt id -> its index in `def.interrupts`.
    interrupts: HashMap<String, usize>,
}

impl Bank {
    /// Parses and validates a bank. `file` names it in error messages.
    pub fn load(file: &str, source: &str) -> Result<Bank, BankError> {
        let fail = |issues| BankError {
            file: file.to_string(),
            issues,
        };
        let yaml_error = |fault: yaml::YamlFault| {
            fail(vec![Issue {
                line: fault.line,
                column: fault.column,
                problem: Problem::Yaml(fault.kind),
            }])
        };
        let value = yaml::read_value(source).map_err(yaml_error)?;
        let raw = yaml::from_document::<RawBank>(&value, source).map_err(yaml_error)?;
        // Placeholders are checked on the document, so every string is, whatever field
        // holds it. (The built-in banks are checked so by the test suite.)
        let placeholder_issues = placeholders::check(&value, source);
        match validate::validate(raw, source) {
            Ok(bank) if placeholder_issues.is_empty() => Ok(bank),
            Ok(_) => Err(fail(placeholder_issues)),
            Err(mut issues) => {
                issues.extend(placeholder_issues);
                Err(fail(issues))
            }
        }
    }

    /// The built-in bank in a language, if there is one.
    pub fn builtin_in(lang: &str) -> Option<Bank> {
        BUILTIN.iter().find(|b| b.lang == lang).map(|b| {
            b.load()
                .expect("the built-in banks are validated by the test suite")
        })
    }

    /// The bank compiled into the binary.
    pub fn builtin() -> Bank {
        BUILTIN[0]
            .load()
            .expect("the built-in bank is validated by the test suite")
    }

    fn new(def: RawBank) -> Bank {
        let order: Vec<(usize, usize)> = def
            .sections
            .iter()
            .enumerate()
            .flat_map(|(s, section)| (0..section.questions.len()).map(move |q| (s, q)))
            .collect();
        let by_id: HashMap<String, usize> = order
            .iter()
            .enumerate()
            .map(|(i, &(s, q))| (def.sections[s].questions[q].id.clone(), i))
            .collect();
        let resolve = |condition: fn(&Question) -> Option<&Condition>| -> Vec<Option<usize>> {
            order
                .iter()
                .map(|&(s, q)| {
                    let condition = condition(&def.sections[s].questions[q])?;
                    by_id.get(&condition.question).copied()
                })
                .collect()
        };
        let parents = resolve(|q| q.when.as_ref());
        let blockers = resolve(|q| q.unless.as_ref());
        let or_parents: Vec<Vec<usize>> = order
            .iter()
            .map(|&(s, q)| {
                def.sections[s].questions[q]
                    .or_when
                    .iter()
                    .filter_map(|c| by_id.get(&c.question).copied())
                    .collect()
            })
            .collect();
        let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); order.len()];
        for (index, on) in parents.iter().enumerate() {
            let or_on: &Vec<usize> = &or_parents[index];
            for &on in on.iter().chain(&blockers[index]).chain(or_on) {
                if !dependents[on].contains(&index) {
                    dependents[on].push(index);
                }
            }
        }
        let interrupts = def
            .interrupts
            .iter()
            .enumerate()
            .map(|(i, interrupt)| (interrupt.id.clone(), i))
            .collect();
        Bank {
            def,
            order,
            by_id,
            parents,
            or_parents,
            blockers,
            dependents,
            interrupts,
        }
    }

    /// How many questions the bank has in all.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    pub fn question(&self, index: usize) -> &Question {
        let (s, q) = self.order[index];
        &self.def.sections[s].questions[q]
    }

    pub fn section_index(&self, index: usize) -> usize {
        self.order[index].0
    }

    pub fn section_of(&self, index: usize) -> &Section {
        &self.def.sections[self.section_index(index)]
    }

    /// The earlier question whose answer decides whether this one is asked.
    pub fn parent(&self, index: usize) -> Option<usize> {
        self.parents[index]
    }

    /// The earlier questions whose answers can also open this one (`or_when`), in order.
    pub fn or_parents(&self, index: usize) -> &[usize] {
        &self.or_parents[index]
    }

    /// The later questions whose conditions refer to this one.
    pub fn dependents(&self, index: usize) -> &[usize] {
        &self.dependents[index]
    }

    /// The earlier question whose answer can stop this one being asked (`unless`).
    pub fn blocker(&self, index: usize) -> Option<usize> {
        self.blockers[index]
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// An interrupt named by an alert; validation made sure it exists.
    pub fn interrupt(&self, id: &str) -> &Interrupt {
        &self.def.interrupts[self.interrupts[id]]
    }

    /// A note named by an alert; validation made sure it exists.
    pub fn note(&self, id: &str) -> &Note {
        &self.def.notes[id]
    }

    pub fn region(&self, id: &str) -> Option<&Region> {
        self.def.regions.iter().find(|r| r.id == id)
    }

    /// The region used when none is asked for: the first one the bank lists.
    pub fn default_region(&self) -> &Region {
        &self.def.regions[0]
    }

    pub fn region_ids(&self) -> Vec<&str> {
        self.def.regions.iter().map(|r| r.id.as_str()).collect()
    }
}

/// Replaces `{emergency}`, `{crisis}`, `{poison}` and `{treatment}` with the region's
/// numbers, `{emergency_reach}` and the like with how each is reached, and
/// `{after_hours}` with where to turn when the prescriber's office is closed. Other
/// placeholders are left for the words' own step to fill.
pub fn fill(text: &str, region: &Region) -> String {
    match Template::parse(text) {
        Ok(template) => template.fill(|name| region_word(region, name)),
        // Bank texts are validated; any other text with stray braces is shown as written.
        Err(_) => text.to_string(),
    }
}

/// What a region placeholder (`emergency`, `crisis_reach`, `after_hours`) stands for.
fn region_word<'r>(region: &'r Region, name: &str) -> Option<&'r str> {
    if name == "after_hours" {
        return Some(&region.after_hours);
    }
    let (role, reach) = match name.strip_suffix("_reach") {
        Some(role) => (role, true),
        None => (name, false),
    };
    let resource = region.resources.iter().find(|r| r.role.id() == role)?;
    Some(if reach {
        &resource.reach
    } else {
        &resource.number
    })
}
