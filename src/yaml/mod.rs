//! The one place YAML is read and written, so the parser can be swapped without touching
//! the rest. It knows no file's meaning: it parses with bounds (nesting depth, raw
//! control characters, keys written twice), reads typed data with the field and line of
//! any error, and locates keys in a source (`Locator`). `bank`, `answers` and `agency`
//! each call it for their own files.

mod locate;

pub use locate::{Locator, Segment, locate};
pub use serde_yaml::{Mapping, Value};

use crate::text;
use serde::Serialize;
use serde::de::DeserializeOwned;

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
        // The parser's guards, said in words a file's writer can act on.
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

impl YamlError {
    fn at(line: usize, column: usize, message: String) -> Self {
        YamlError {
            line: Some(line),
            column: Some(column),
            message,
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
                        return Err(YamlError::at(
                            l + 1,
                            col + 1,
                            format!(
                                "`[` and `{{` nest more than {MAX_FLOW_DEPTH} levels deep here; \
                                 no bank or answers file needs that"
                            ),
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
fn check_control_characters(source: &str) -> Result<(), YamlError> {
    for (l, line) in source.lines().enumerate() {
        if let Some((col, c)) = line
            .chars()
            .enumerate()
            .find(|&(_, c)| c.is_control() && !matches!(c, '\t' | '\r'))
        {
            return Err(YamlError::at(
                l + 1,
                col + 1,
                format!(
                    "a raw control character (U+{:04X}) is here; remove it, a YAML file \
                     holds text only",
                    u32::from(c)
                ),
            ));
        }
    }
    Ok(())
}

/// Parses a source to an untyped value, with every string (keys too) cleaned of
/// terminal control characters. A key written twice in one mapping is refused at the
/// line of its second writing.
pub fn parse_value(source: &str) -> Result<Value, YamlError> {
    check_flow_depth(source)?;
    check_control_characters(source)?;
    let mut value = serde_yaml::from_str::<Value>(source).map_err(|err| {
        let err = YamlError::from(err);
        place_duplicate(source, err)
    })?;
    clean_value(&mut value);
    Ok(value)
}

/// The keys at the top of a YAML mapping, to tell what kind of file it is; empty when
/// it is not a mapping or not YAML.
pub fn top_level_keys(source: &str) -> Vec<String> {
    match parse_value(source) {
        Ok(Value::Mapping(map)) => map
            .keys()
            .filter_map(|k| k.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// The parser reports a key written twice at the start of its mapping: point at the
/// second writing instead, and say what to do.
fn place_duplicate(source: &str, err: YamlError) -> YamlError {
    // "duplicate entry with key "K"", after "resources[0]: " in a nested mapping.
    let Some(key) = err
        .message
        .split_once("duplicate entry with key \"")
        .and_then(|(_, rest)| rest.strip_suffix('"'))
    else {
        return err;
    };
    let message = format!("`{key}` is written twice in one mapping; keep one");
    match err
        .line
        .and_then(|line| Locator::new(source).second_key(line, key))
    {
        Some((line, column)) => YamlError::at(line, column, message),
        None => YamlError { message, ..err },
    }
}

/// Parses a source as a `T`, as `parse_value` does; a value of the wrong type is
/// reported with its field and line.
pub fn parse<T: DeserializeOwned>(source: &str) -> Result<T, YamlError> {
    typed(&parse_value(source)?, source, true)
}

/// Reads a parsed value of all of `source` as a `T` (`parse`, for a caller that also
/// wants the value).
pub fn from_document<T: DeserializeOwned>(value: &Value, source: &str) -> Result<T, YamlError> {
    typed(value, source, true)
}

/// Reads a parsed value (the whole of `source`, or a mapping of some of its top-level
/// keys) as a `T`. An error names the field and its line.
pub fn from_value<T: DeserializeOwned>(value: &Value, source: &str) -> Result<T, YamlError> {
    typed(value, source, false)
}

/// With `whole`, `value` is all of `source`, and a second, typed parse of the source
/// may place an error the value cannot (an unknown or missing field).
fn typed<T: DeserializeOwned>(value: &Value, source: &str, whole: bool) -> Result<T, YamlError> {
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
        let message = describe(value, &path, &inner);
        if let Some(located) = located.filter(|l| l.message.contains(&inner)) {
            return YamlError { message, ..located };
        }
        match Locator::new(source).locate_path(&path) {
            Some((line, column)) => YamlError::at(line, column, message),
            None => YamlError {
                line: None,
                column: None,
                message,
            },
        }
    })
}

/// What is wrong at `path`, in words: whose field it is, what was written and what to
/// write instead.
fn describe(value: &Value, path: &[Segment], serde_message: &str) -> String {
    // An unknown field's path ends with it, and the message names it already.
    let path = match path.split_last() {
        Some((_, owner)) if serde_message.starts_with("unknown field") => owner,
        _ => path,
    };
    let name = name_at(value, path);
    match plain_type_error(serde_message) {
        Some(what) => format!("{name} {what}"),
        None if path.is_empty() => serde_message.to_string(),
        None => format!("{name}: {serde_message}"),
    }
}

/// The field at `path`, for a person: `question `took_more`: `label``, `ui.progress`,
/// `resource `County line`: `hours``. The innermost list item is named by its `id` (or
/// `name`), or its position; the keys after it are joined with dots.
pub fn name_at(value: &Value, path: &[Segment]) -> String {
    let mut owner = String::new();
    // The innermost list item with an id or name, to place an unnamed one.
    let mut named = String::new();
    let mut keys: Vec<&str> = Vec::new();
    let mut current = Some(value);
    let mut list_key = "";
    for segment in path {
        current = match (segment, current) {
            (Segment::Key(key), Some(Value::Mapping(map))) => {
                list_key = key;
                keys.push(key);
                map.get(key.as_str())
            }
            (Segment::Index(i), Some(Value::Sequence(items))) => {
                let item = items.get(*i);
                let what = list_key.strip_suffix('s').unwrap_or(list_key);
                let name = |key| item.and_then(|v| v.get(key)).and_then(Value::as_str);
                owner = match name("id").or_else(|| name("name")) {
                    Some(id) => format!("{what} `{id}`"),
                    // Unnamed (an alert): within the item around it, if that is named.
                    None if !named.is_empty() => format!("{named}, {what} {}", i + 1),
                    None => format!("{what} {}", i + 1),
                };
                if name("id").or_else(|| name("name")).is_some() {
                    named = owner.clone();
                }
                keys.clear();
                item
            }
            (Segment::Key(key), _) => {
                keys.push(key);
                None
            }
            (Segment::Index(i), _) => {
                owner = format!("item {}", i + 1);
                keys.clear();
                None
            }
        };
    }
    let field = if keys.is_empty() {
        String::new()
    } else {
        format!("`{}`", keys.join("."))
    };
    match (owner.is_empty(), field.is_empty()) {
        (true, true) => "the file".into(),
        (true, false) => field,
        (false, true) => owner,
        (false, false) => format!("{owner}: {field}"),
    }
}

/// serde's "invalid type: integer `42`, expected a string", said for a person.
fn plain_type_error(message: &str) -> Option<String> {
    let rest = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))?;
    let (found, expected) = rest.split_once(", expected ")?;
    let scalar = found.starts_with("integer ")
        || found.starts_with("floating point ")
        || found.starts_with("boolean ");
    let found_words = if found == "unit value" {
        "is empty (~ or nothing)".to_string()
    } else if let Some(number) = found
        .strip_prefix("integer ")
        .or_else(|| found.strip_prefix("floating point "))
    {
        format!("is the number {}", number.trim_matches('`'))
    } else if let Some(b) = found.strip_prefix("boolean ") {
        format!("is {b}, a true/false value")
    } else if let Some(text) = found.strip_prefix("string ") {
        format!("is the text {text}")
    } else if found == "sequence" {
        "is a list".into()
    } else if found == "map" {
        "is a mapping".into()
    } else {
        format!("is {found}")
    };
    let expected_words = match expected {
        "a string" => "text",
        "a boolean" => "true or false",
        "a sequence" => "a list",
        "a map" => "a mapping",
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number, 0 or more",
        other if other.starts_with("struct ") => "a mapping",
        other => other,
    };
    let hint = if expected == "a string" && scalar {
        " (put it in quotes to make it text)"
    } else {
        ""
    };
    Some(format!(
        "{found_words}; write {expected_words} instead{hint}"
    ))
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
