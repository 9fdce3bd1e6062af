//! The one place YAML is read, so the parser can be swapped without touching the rest.

use crate::agency::AgencyFile;
use crate::answers::{AnswersFile, CHECK_KEY, CheckInfo, RawAnswer, RawAnswers};
use crate::bank::model::RawBank;
use crate::text;
use std::collections::{HashMap, HashSet};

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
        // The parser's guards, said in words a bank writer can act on.
        if message.starts_with("repetition limit exceeded") {
            message = "aliases (*name) expand to too much (repetition limit exceeded); \
                       write the entries out instead"
                .into();
        } else if message.starts_with("recursion limit exceeded") {
            message = "nested too deep (recursion limit exceeded)".into();
        }
        YamlError {
            line: location.as_ref().map(|l| l.line()),
            column: location.as_ref().map(|l| l.column()),
            message: text::strip_unsafe(&message).into_owned(),
        }
    }
}

/// How deep `[` and `{` may nest. A bank needs two or three levels; the parser's work
/// grows with the square of the depth, so a file nested thousands deep would hang it.
const MAX_FLOW_DEPTH: usize = 64;

/// Refuses flow collections nested deeper than `MAX_FLOW_DEPTH`, before the parser sees
/// them. Brackets inside quotes and comments do not count. A quote is taken to end at the
/// end of its line: a multi-line quoted string can only make the count higher, so the
/// check errs on the side of refusing.
fn check_flow_depth(source: &str) -> Result<(), YamlError> {
    let mut depth = 0usize;
    for (l, line) in source.lines().enumerate() {
        let mut quote: Option<char> = None;
        let mut prev = ' ';
        let mut chars = line.char_indices().peekable();
        while let Some((col, c)) = chars.next() {
            match (quote, c) {
                (Some('"'), '\\') => {
                    chars.next();
                }
                (Some('\''), '\'') if chars.peek().is_some_and(|&(_, n)| n == '\'') => {
                    chars.next();
                }
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '#') if prev.is_whitespace() => break,
                (None, '"' | '\'') if prev.is_whitespace() || "[{,:-?".contains(prev) => {
                    quote = Some(c)
                }
                (None, '[' | '{') => {
                    depth += 1;
                    if depth > MAX_FLOW_DEPTH {
                        return Err(YamlError {
                            line: Some(l + 1),
                            column: Some(col + 1),
                            message: format!(
                                "`[` and `{{` nest more than {MAX_FLOW_DEPTH} levels deep here; \
                                 no bank or answers file needs that"
                            ),
                        });
                    }
                }
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
            prev = c;
        }
    }
    Ok(())
}

pub fn parse_bank(source: &str) -> Result<RawBank, YamlError> {
    check_flow_depth(source)?;
    // One parse to an untyped value: it catches a key written twice even in a free-form
    // map (notes, scales, tiers), where a typed parse would let the last one win, and
    // lets control characters be removed before anything reads the text.
    let mut value = serde_yaml::from_str::<serde_yaml::Value>(source)?;
    clean_value(&mut value);
    serde_yaml::from_value(value).map_err(|err| {
        // A value has no places: read the source again, typed, so the error knows its
        // line. Only a broken bank pays for this second parse.
        match serde_yaml::from_str::<RawBank>(source) {
            Err(located) => located.into(),
            Ok(_) => err.into(),
        }
    })
}

/// Removes terminal control characters from every string (keys too). True if any was.
fn clean_value(value: &mut serde_yaml::Value) -> bool {
    use serde_yaml::Value;
    match value {
        Value::String(s) if text::has_unsafe(s) => {
            text::clean(s);
            true
        }
        Value::Sequence(items) => items.iter_mut().fold(false, |any, v| clean_value(v) | any),
        Value::Mapping(map) => {
            let dirty = map
                .iter()
                .any(|(k, _)| matches!(k, Value::String(s) if text::has_unsafe(s)));
            if dirty {
                let entries: Vec<(Value, Value)> = std::mem::take(map).into_iter().collect();
                for (mut k, mut v) in entries {
                    clean_value(&mut k);
                    clean_value(&mut v);
                    map.insert(k, v);
                }
                return true;
            }
            map.iter_mut()
                .fold(false, |any, (_, v)| clean_value(v) | any)
        }
        Value::Tagged(tagged) => clean_value(&mut tagged.value),
        _ => false,
    }
}

pub fn parse_agency(source: &str) -> Result<AgencyFile, YamlError> {
    check_flow_depth(source)?;
    let mut file: AgencyFile = serde_yaml::from_str(source)?;
    for r in &mut file.resources {
        for field in [&mut r.name, &mut r.offers, &mut r.contact, &mut r.hours] {
            text::clean(field);
        }
    }
    Ok(file)
}

/// An answers file as YAML: what it is first, then the entries in the order given.
pub fn answers_to_string(check: &CheckInfo, entries: &[(String, RawAnswer)]) -> String {
    let mut mapping = serde_yaml::Mapping::new();
    mapping.insert(
        serde_yaml::Value::String(CHECK_KEY.into()),
        serde_yaml::to_value(check).expect("plain data serializes"),
    );
    for (id, answer) in entries {
        let value = serde_yaml::to_value(answer).expect("strings and lists of strings serialize");
        mapping.insert(serde_yaml::Value::String(id.clone()), value);
    }
    serde_yaml::to_string(&mapping).expect("a mapping of strings serializes")
}

pub fn parse_answers(source: &str) -> Result<AnswersFile, YamlError> {
    check_flow_depth(source)?;
    let mut answers: RawAnswers = serde_yaml::from_str(source)?;
    let check = match answers.remove(CHECK_KEY) {
        None => None,
        Some(RawAnswer::Check(mut info)) => {
            for field in [&mut info.date, &mut info.bank] {
                text::clean(field);
            }
            Some(info)
        }
        Some(_) => {
            return Err(YamlError {
                line: Locator::new(source).top_key(CHECK_KEY),
                column: Some(1),
                message: format!("`{CHECK_KEY}` must be a mapping of date, bank and version"),
            });
        }
    };
    let answers = answers
        .into_iter()
        .map(|(mut id, mut answer)| {
            text::clean(&mut id);
            match &mut answer {
                RawAnswer::One(s) => text::clean(s),
                RawAnswer::Many(list) => list.iter_mut().for_each(text::clean),
                RawAnswer::Check(_) => {}
            }
            (id, answer)
        })
        .collect();
    Ok(AnswersFile { check, answers })
}

/// Finds where things are written in a YAML source, so checks made after parsing can
/// still point at a line. The index is built once, on the first question, in one pass
/// over the lines: a file with many problems costs no more than one with a few.
pub struct Locator<'s> {
    lines: Vec<&'s str>,
    index: std::cell::OnceCell<Index<'s>>,
}

/// What one pass over the lines learns, by indentation.
#[derive(Default)]
struct Index<'s> {
    /// (key, value) -> the 0-based lines where it is written, in order.
    by_key_value: HashMap<(&'s str, &'s str), Vec<usize>>,
    /// For each line that holds a `key:`, the mapping it belongs to (numbered in order).
    mapping_of: Vec<Option<usize>>,
    /// (mapping, key) for every key written in every mapping.
    keys: HashSet<(usize, &'s str)>,
    /// A top-level key (quotes removed) -> the 1-based line where it is first written.
    top: HashMap<&'s str, usize>,
}

impl<'s> Index<'s> {
    fn build(lines: &[&'s str]) -> Self {
        let mut index = Index {
            mapping_of: vec![None; lines.len()],
            ..Index::default()
        };
        // The mappings open at this line, innermost last: (column of their keys, number).
        let mut open: Vec<(usize, usize)> = Vec::new();
        let mut mappings = 0;
        for (i, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let line_indent = line.len() - trimmed.len();
            let Some((indent, key, value)) = split_key(line) else {
                // A list item without a key, or text continued from above: it closes the
                // mappings to its right.
                open.retain(|&(column, _)| column <= line_indent);
                continue;
            };
            let item = trimmed.starts_with("- ");
            // A list item starts a new mapping at its key's column; a plain key joins
            // the mapping open at its column, or starts one.
            open.retain(|&(column, _)| column < indent || (!item && column == indent));
            let mapping = match open.last() {
                Some(&(column, mapping)) if column == indent => mapping,
                _ => {
                    mappings += 1;
                    open.push((indent, mappings));
                    mappings
                }
            };
            index.mapping_of[i] = Some(mapping);
            index.keys.insert((mapping, key));
            index
                .by_key_value
                .entry((key, unquote(value)))
                .or_default()
                .push(i);
            if line_indent == 0 && !item {
                index.top.entry(unquote(key)).or_insert(i + 1);
            }
        }
        index
    }
}

impl<'s> Locator<'s> {
    pub fn new(source: &'s str) -> Self {
        Locator {
            lines: source.lines().collect(),
            index: std::cell::OnceCell::new(),
        }
    }

    fn index(&self) -> &Index<'s> {
        self.index.get_or_init(|| Index::build(&self.lines))
    }

    /// Where `key: value` is written. With `needs_sibling`, only a mapping that also has
    /// that key counts (a question's `id` has a `kind` beside it; a choice's does not).
    /// `nth` picks among several matches (0 = first). Returns 1-based line and column.
    pub fn locate(
        &self,
        key: &str,
        value: &str,
        needs_sibling: Option<&str>,
        nth: usize,
    ) -> Option<(usize, usize)> {
        let index = self.index();
        index
            .by_key_value
            .get(&(key, value))?
            .iter()
            .filter_map(|&i| {
                let (indent, _, _) = split_key(self.lines[i])?;
                let fits = needs_sibling.is_none_or(|sibling| {
                    index.mapping_of[i].is_some_and(|m| index.keys.contains(&(m, sibling)))
                });
                fits.then_some((i + 1, indent + 1))
            })
            .nth(nth)
    }

    /// The line (1-based) where a top-level `key:` is first written (quoted or not).
    pub fn top_key(&self, key: &str) -> Option<usize> {
        self.index().top.get(key).copied()
    }
}

/// `Locator::locate` for a single question about a source.
pub fn locate(
    source: &str,
    key: &str,
    value: &str,
    needs_sibling: Option<&str>,
    nth: usize,
) -> Option<(usize, usize)> {
    Locator::new(source).locate(key, value, needs_sibling, nth)
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
    fn a_list_item_is_its_own_mapping_not_its_earlier_siblings() {
        // `b` has no `kind`: the one above belongs to `a`.
        let source = "questions:\n  - id: a\n    kind: yes_no\n  - id: b\n    label: B\n";
        assert_eq!(locate(source, "id", "b", Some("kind"), 0), None);
        assert_eq!(locate(source, "id", "a", Some("kind"), 0), Some((2, 5)));
    }

    #[test]
    fn a_key_after_a_nested_list_still_belongs_to_its_mapping() {
        let source = "qs:\n  - kind: choice\n    choices:\n      - id: c\n        label: C\n      - id: c\n    id: q\n";
        assert_eq!(locate(source, "id", "q", Some("kind"), 0), Some((7, 5)));
        assert_eq!(locate(source, "id", "c", Some("kind"), 0), None);
    }

    #[test]
    fn finds_top_level_keys_quoted_or_not() {
        let locator = Locator::new("a: 1\n\"b\": 2\n  c: 3\n'd' : 4\n");
        assert_eq!(locator.top_key("a"), Some(1));
        assert_eq!(locator.top_key("b"), Some(2));
        assert_eq!(locator.top_key("c"), None, "not at the top level");
    }

    #[test]
    fn deep_flow_nesting_is_refused_with_its_place() {
        let deep = format!("a: 1\nb: {}{}\n", "[".repeat(65), "]".repeat(65));
        let err = check_flow_depth(&deep).unwrap_err();
        assert_eq!((err.line, err.column), (Some(2), Some(68)));
        assert!(check_flow_depth(&format!("b: {}{}", "[".repeat(64), "]".repeat(64))).is_ok());
    }

    #[test]
    fn brackets_in_quotes_and_comments_do_not_count() {
        let text = format!(
            "a: \"{}\"\nb: '{}'\nc: x # {}\nd: \"it's \\\" [\" [ok]\ne: 'don''t [' [x]\n",
            "[".repeat(100),
            "{".repeat(100),
            "[".repeat(100)
        );
        assert!(check_flow_depth(&text).is_ok());
        assert!(
            check_flow_depth(&"x: [a, {b: [c]}]\n".repeat(1000)).is_ok(),
            "depth, not count"
        );
    }

    #[test]
    fn parse_errors_carry_their_place_and_drop_it_from_the_message() {
        let err = serde_yaml::from_str::<RawAnswers>("a: [b\n").unwrap_err();
        let err = YamlError::from(err);
        assert!(err.line.is_some());
        assert!(!err.message.contains(" at line "), "{}", err.message);
    }
}
