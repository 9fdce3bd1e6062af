//! The one place YAML is read, so the parser can be swapped without touching the rest.

use crate::agency::AgencyFile;
use crate::answers::{RawAnswer, RawAnswers};
use crate::bank::model::RawBank;

/// A parse error with the place the parser knows, if any (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl From<serde_yaml::Error> for YamlError {
    fn from(err: serde_yaml::Error) -> Self {
        let location = err.location();
        let mut message = err.to_string();
        // The parser appends " at line L column C"; the caller prints the place itself.
        if let Some(at) = message.find(" at line ") {
            message.truncate(at);
        }
        YamlError {
            line: location.as_ref().map(|l| l.line()),
            column: location.as_ref().map(|l| l.column()),
            message,
        }
    }
}

pub fn parse_bank(source: &str) -> Result<RawBank, YamlError> {
    // The untyped pass catches a key written twice in a free-form map (notes, scales,
    // tiers), which the typed pass would let the last one win.
    serde_yaml::from_str::<serde_yaml::Value>(source)?;
    Ok(serde_yaml::from_str(source)?)
}

pub fn parse_agency(source: &str) -> Result<AgencyFile, YamlError> {
    Ok(serde_yaml::from_str(source)?)
}

/// An answers file's entries as YAML, in the order given.
pub fn answers_to_string(entries: &[(String, RawAnswer)]) -> String {
    let mut mapping = serde_yaml::Mapping::new();
    for (id, answer) in entries {
        let value = serde_yaml::to_value(answer).expect("strings and lists of strings serialize");
        mapping.insert(serde_yaml::Value::String(id.clone()), value);
    }
    serde_yaml::to_string(&mapping).expect("a mapping of strings serializes")
}

pub fn parse_answers(source: &str) -> Result<RawAnswers, YamlError> {
    Ok(serde_yaml::from_str(source)?)
}

/// Finds where `key: value` is written in a YAML source, so checks made after parsing can
/// still point at a line. With `needs_sibling`, only a mapping that also has that key
/// counts (a question's `id` has a `kind` beside it; a choice's does not).
/// `nth` picks among several matches (0 = first). Returns 1-based line and column.
pub fn locate(
    source: &str,
    key: &str,
    value: &str,
    needs_sibling: Option<&str>,
    nth: usize,
) -> Option<(usize, usize)> {
    let lines: Vec<&str> = source.lines().collect();
    let mut found = 0;
    for (i, line) in lines.iter().enumerate() {
        let Some((indent, k, v)) = split_key(line) else {
            continue;
        };
        if k != key || unquote(v) != value {
            continue;
        }
        if let Some(sibling) = needs_sibling {
            if !mapping_has_key(&lines, i, indent, sibling) {
                continue;
            }
        }
        if found == nth {
            return Some((i + 1, indent + 1));
        }
        found += 1;
    }
    None
}

/// The line (1-based) where a top-level `key:` is written, as in an answers file.
pub fn locate_top_key(source: &str, key: &str) -> Option<usize> {
    source
        .lines()
        .position(|line| {
            line.strip_prefix(key)
                .or_else(|| line.strip_prefix(&format!("\"{key}\"")))
                .or_else(|| line.strip_prefix(&format!("'{key}'")))
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i + 1)
}

/// `  - id: foo  # note` -> (4, "id", "foo"): the key's column counts a leading "- ".
fn split_key(line: &str) -> Option<(usize, &str, &str)> {
    let trimmed = line.trim_start();
    let mut indent = line.len() - trimmed.len();
    let mut rest = trimmed;
    while let Some(after) = rest.strip_prefix("- ") {
        let after_trim = after.trim_start();
        indent += rest.len() - after_trim.len();
        rest = after_trim;
    }
    let (key, value) = rest.split_once(':')?;
    if key.is_empty() || key.contains(char::is_whitespace) {
        return None;
    }
    let value = value.split(" #").next().unwrap_or("").trim();
    Some((indent, key, value))
}

fn unquote(value: &str) -> &str {
    value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        .unwrap_or(value)
}

/// Whether the mapping that holds line `at` (keys at column `indent`) also has `key`.
fn mapping_has_key(lines: &[&str], at: usize, indent: usize, key: &str) -> bool {
    let same_mapping = |line: &&str| -> Option<bool> {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            return Some(false);
        }
        let (i, k, _) = split_key(line).unwrap_or((usize::MAX, "", ""));
        let line_indent = line.len() - line.trim_start().len();
        if line_indent < indent || (i == indent && line.trim_start().starts_with("- ")) {
            return None; // left the mapping
        }
        Some(i == indent && k == key)
    };
    let after = lines[at + 1..]
        .iter()
        .map_while(same_mapping)
        .any(|hit| hit);
    let before = lines[..at]
        .iter()
        .rev()
        .map_while(|line| {
            if line.trim_start().starts_with("- ") {
                let (i, k, _) = split_key(line)?;
                // The line that opens this list item is still ours.
                return if i == indent { Some(k == key) } else { None };
            }
            same_mapping(line)
        })
        .any(|hit| hit);
    after || before
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "\
sections:
  - id: overdose
    questions:
      - id: signs
        kind: checklist
        choices:
          - id: coma
            label: Coma
      - kind: yes_no
        id: coma
";

    #[test]
    fn locates_a_question_id_by_its_kind_sibling() {
        assert_eq!(locate(SOURCE, "id", "coma", Some("kind"), 0), Some((10, 9)));
        assert_eq!(locate(SOURCE, "id", "signs", Some("kind"), 0), Some((4, 9)));
    }

    #[test]
    fn locates_any_key_without_a_sibling() {
        assert_eq!(locate(SOURCE, "id", "coma", None, 0), Some((7, 13)));
        assert_eq!(locate(SOURCE, "id", "coma", None, 1), Some((10, 9)));
        assert_eq!(locate(SOURCE, "id", "missing", None, 0), None);
    }

    #[test]
    fn parse_errors_carry_their_place_and_drop_it_from_the_message() {
        let err = serde_yaml::from_str::<RawAnswers>("a: [b\n").unwrap_err();
        let err = YamlError::from(err);
        assert!(err.line.is_some());
        assert!(!err.message.contains(" at line "), "{}", err.message);
    }
}
