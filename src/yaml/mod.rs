//! The one place YAML is read and written, so the parser can be swapped without touching
//! the rest. It knows no file's meaning: it parses with bounds (nesting depth, raw
//! control characters, keys written twice), reads typed data with the field and line of
//! any error, and locates keys in a source (`Locator`). `bank`, `answers` and `agency`
//! each call it for their own files.

mod fault;
mod locate;
mod words;

pub use fault::{Expected, FieldName, FieldProblem, Found, Owner, YamlFault, YamlKind};
pub use locate::{Locator, Segment, locate};
pub use serde_yaml::{Mapping, Value};

use crate::lang::Lang;
use crate::text;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// A parse error with the place the parser knows, if any (1-based line and column), in
/// English words: for a caller that shows the words as they are. `YamlFault` is the same
/// problem as data, to be said in the session's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl From<YamlFault> for YamlError {
    fn from(fault: YamlFault) -> Self {
        YamlError {
            line: fault.line,
            column: fault.column,
            message: fault.kind.describe(Lang::En),
        }
    }
}

impl From<serde_yaml::Error> for YamlError {
    fn from(err: serde_yaml::Error) -> Self {
        YamlFault::from(err).into()
    }
}

impl From<serde_yaml::Error> for YamlFault {
    fn from(err: serde_yaml::Error) -> Self {
        let location = err.location();
        let mut message = err.to_string();
        // The parser appends " at line L column C"; the caller prints the place itself.
        if let Some(at) = message.find(" at line ") {
            message.truncate(at);
        }
        // The parser's guards, said in words a file's writer can act on.
        let kind = if message.starts_with("repetition limit exceeded") {
            YamlKind::AliasesExpandTooMuch
        } else if message.starts_with("recursion limit exceeded") {
            YamlKind::NestedTooDeep
        } else {
            YamlKind::Parser(text::strip_unsafe(&message).into_owned())
        };
        YamlFault {
            line: location.as_ref().map(|l| l.line()),
            column: location.as_ref().map(|l| l.column()),
            kind,
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
fn check_flow_depth(source: &str) -> Result<(), YamlFault> {
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
                        return Err(YamlFault::at(
                            l + 1,
                            col + 1,
                            YamlKind::FlowTooDeep {
                                max: MAX_FLOW_DEPTH,
                            },
                        ));
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

/// Refuses a raw control character (ESC, NUL, a bell...) at its line and column: the
/// parser would report it at the start of the file. Tabs, new lines and carriage
/// returns are text; an escape written `\e` in a double-quoted string is text too, and
/// is removed after parsing (`clean_value`).
fn check_control_characters(source: &str) -> Result<(), YamlFault> {
    for (l, line) in source.lines().enumerate() {
        if let Some((col, c)) = line
            .chars()
            .enumerate()
            .find(|&(_, c)| c.is_control() && !matches!(c, '\t' | '\r'))
        {
            return Err(YamlFault::at(
                l + 1,
                col + 1,
                YamlKind::ControlCharacter { code: u32::from(c) },
            ));
        }
    }
    Ok(())
}

/// Parses a source to an untyped value, with every string (keys too) cleaned of
/// terminal control characters. A key written twice in one mapping is refused at the
/// line of its second writing.
pub fn read_value(source: &str) -> Result<Value, YamlFault> {
    check_flow_depth(source)?;
    check_control_characters(source)?;
    let mut value = serde_yaml::from_str::<Value>(source)
        .map_err(|err| place_duplicate(source, YamlFault::from(err)))?;
    clean_value(&mut value);
    Ok(value)
}

/// The parser reports a key written twice at the start of its mapping: point at the
/// second writing instead, and say what to do.
fn place_duplicate(source: &str, err: YamlFault) -> YamlFault {
    // "duplicate entry with key "K"", after "resources[0]: " in a nested mapping.
    let YamlKind::Parser(message) = &err.kind else {
        return err;
    };
    let Some(key) = message
        .split_once("duplicate entry with key \"")
        .and_then(|(_, rest)| rest.strip_suffix('"'))
    else {
        return err;
    };
    let kind = YamlKind::DuplicateKey { key: key.into() };
    match err
        .line
        .and_then(|line| Locator::new(source).second_key(line, key))
    {
        Some((line, column)) => YamlFault::at(line, column, kind),
        None => YamlFault { kind, ..err },
    }
}

/// Parses a source as a `T`, as `read_value` does; a value of the wrong type is
/// reported with its field and line, in English (for tests and tools; the program says
/// problems with `read` and its `YamlFault`).
pub fn parse<T: DeserializeOwned>(source: &str) -> Result<T, YamlError> {
    Ok(read(source)?)
}

/// `parse`, with the problem as data, to be said in the session's language.
pub fn read<T: DeserializeOwned>(source: &str) -> Result<T, YamlFault> {
    typed(&read_value(source)?, source, true)
}

/// Reads a parsed value of all of `source` as a `T` (`parse`, for a caller that also
/// wants the value), with the problem as data.
pub fn from_document<T: DeserializeOwned>(value: &Value, source: &str) -> Result<T, YamlFault> {
    typed(value, source, true)
}

/// Reads a parsed value (the whole of `source`, or a mapping of some of its top-level
/// keys) as a `T`. The problem names the field and its line, as data.
pub fn read_from_value<T: DeserializeOwned>(value: &Value, source: &str) -> Result<T, YamlFault> {
    typed(value, source, false)
}

/// With `whole`, `value` is all of `source`, and a second, typed parse of the source
/// may place an error the value cannot (an unknown or missing field).
fn typed<T: DeserializeOwned>(value: &Value, source: &str, whole: bool) -> Result<T, YamlFault> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|err| {
        let path: Vec<Segment> = err
            .path()
            .iter()
            .filter_map(|segment| match segment {
                serde_path_to_error::Segment::Map { key } => Some(Segment::Key(key.clone())),
                serde_path_to_error::Segment::Seq { index } => Some(Segment::Index(*index)),
                _ => None,
            })
            .collect();
        let mut inner = err.into_inner().to_string();
        // The typed parser knows the exact place of the same error (an unknown or
        // missing field, a wrong type it does not accept from text), and says an enum's
        // error in its words, not the value's; only a broken file pays for this parse.
        let located = whole
            .then(|| serde_yaml::from_str::<T>(source).err())
            .flatten()
            .filter(|located| located.location().is_some())
            .map(YamlError::from);
        if let Some(located) = &located {
            if inner.contains("Value::") {
                // "sections[0].questions[1].kind: unknown variant `5`, ..." -> the words.
                inner = match located.message.split_once(": ") {
                    Some((place, words)) if !place.contains(' ') => words.to_string(),
                    _ => located.message.clone(),
                };
            }
        }
        let kind = describe(value, &path, &inner);
        if let Some(located) = located.filter(|l| l.message.contains(&inner)) {
            return YamlFault {
                line: located.line,
                column: located.column,
                kind,
            };
        }
        match Locator::new(source).locate_path(&path) {
            Some((line, column)) => YamlFault::at(line, column, kind),
            None => YamlFault {
                line: None,
                column: None,
                kind,
            },
        }
    })
}

/// What is wrong at `path`: whose field it is, what was written and what to write
/// instead.
fn describe(value: &Value, path: &[Segment], serde_message: &str) -> YamlKind {
    // An unknown field's path ends with it, and the message names it already.
    let path = match path.split_last() {
        Some((_, owner)) if serde_message.starts_with("unknown field") => owner,
        _ => path,
    };
    let problem = FieldProblem::of(serde_message);
    if path.is_empty() && matches!(problem, FieldProblem::Serde(_)) {
        return YamlKind::Parser(serde_message.to_string());
    }
    YamlKind::Field {
        field: Box::new(FieldName::at(value, path)),
        problem,
    }
}

/// Removes terminal control characters from every string (keys too). True if any was.
fn clean_value(value: &mut Value) -> bool {
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

/// Plain data as YAML text.
pub fn to_string<T: Serialize>(value: &T) -> String {
    serde_yaml::to_string(value).expect("plain data serializes")
}

/// Plain data as a YAML value, to build a document in order.
pub fn to_value<T: Serialize>(value: &T) -> Value {
    serde_yaml::to_value(value).expect("plain data serializes")
}

#[cfg(test)]
mod tests;
