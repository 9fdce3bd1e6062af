//! What is wrong with a YAML file, as data: the kind of problem and what it concerns,
//! with its place. It is said in words by `words` (one function per language); the
//! parser's own detail (serde's English) is carried as it is, inside our sentence.

use super::Segment;
use super::Value;

/// A YAML problem at the place the parser or the locator knows (1-based), if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlFault {
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub kind: YamlKind,
}

impl YamlFault {
    pub(super) fn at(line: usize, column: usize, kind: YamlKind) -> Self {
        YamlFault {
            line: Some(line),
            column: Some(column),
            kind,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YamlKind {
    /// The parser's own words (English), without its " at line L column C".
    Parser(String),
    /// Aliases (`*name`) expand past the parser's repetition limit.
    AliasesExpandTooMuch,
    /// Block collections nested past the parser's recursion limit.
    NestedTooDeep,
    /// `[` and `{` nested deeper than `max`.
    FlowTooDeep { max: usize },
    /// A raw control character (its code point) in the text.
    ControlCharacter { code: u32 },
    /// A key written twice in one mapping.
    DuplicateKey { key: String },
    /// A value that does not fit its field.
    Field {
        field: Box<FieldName>,
        problem: FieldProblem,
    },
}

/// What is wrong with a field's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    /// A value of the wrong type.
    WrongType { found: Found, expected: Expected },
    /// A key the mapping does not take, and the keys it does.
    UnknownKey { key: String, allowed: Vec<String> },
    /// A key the mapping needs and lacks.
    MissingKey { key: String },
    /// A value that is not one of the `allowed` words (an unknown variant).
    UnknownWord { word: String, allowed: Vec<String> },
    /// Anything else, in serde's words.
    Serde(String),
}

/// The value written, as serde names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// `~` or nothing.
    Empty,
    Number(String),
    Bool(String),
    /// Quoted as serde quotes it.
    Text(String),
    List,
    Mapping,
    /// serde's own words.
    Other(String),
}

/// The type the field takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    Text,
    Bool,
    List,
    Mapping,
    WholeNumber,
    /// serde's own words.
    Other(String),
}

impl FieldProblem {
    /// serde's "invalid type: integer `42`, expected a string", as data; else its words.
    pub(super) fn of(serde_message: &str) -> FieldProblem {
        let wrong_type = || {
            let rest = serde_message
                .strip_prefix("invalid type: ")
                .or_else(|| serde_message.strip_prefix("invalid value: "))?;
            let (found, expected) = rest.split_once(", expected ")?;
            Some(FieldProblem::WrongType {
                found: Found::of(found),
                expected: Expected::of(expected),
            })
        };
        let unknown = |prefix: &str| {
            let rest = serde_message.strip_prefix(prefix)?;
            let (name, allowed) = rest.split_once("`, ")?;
            Some((name.to_string(), quoted(allowed)))
        };
        if let Some(problem) = wrong_type() {
            problem
        } else if let Some((key, allowed)) = unknown("unknown field `") {
            FieldProblem::UnknownKey { key, allowed }
        } else if let Some((word, allowed)) = unknown("unknown variant `") {
            FieldProblem::UnknownWord { word, allowed }
        } else if let Some(key) = serde_message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.strip_suffix('`'))
        {
            FieldProblem::MissingKey { key: key.into() }
        } else {
            FieldProblem::Serde(serde_message.to_string())
        }
    }
}

/// The words in backquotes in serde's "expected one of `a`, `b`" (none in "there are no
/// fields").
fn quoted(expected: &str) -> Vec<String> {
    expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// serde's list of what it expected: "expected one of `a`, `b`", "expected `a` or `b`".
pub(super) fn serde_expected(allowed: &[String], none: &str) -> String {
    let quoted: Vec<String> = allowed.iter().map(|a| format!("`{a}`")).collect();
    match quoted.as_slice() {
        [] => format!("there are no {none}"),
        [one] => format!("expected {one}"),
        [a, b] => format!("expected {a} or {b}"),
        many => format!("expected one of {}", many.join(", ")),
    }
}

impl Found {
    fn of(found: &str) -> Found {
        if found == "unit value" {
            Found::Empty
        } else if let Some(number) = found
            .strip_prefix("integer ")
            .or_else(|| found.strip_prefix("floating point "))
        {
            Found::Number(number.trim_matches('`').to_string())
        } else if let Some(b) = found.strip_prefix("boolean ") {
            Found::Bool(b.to_string())
        } else if let Some(text) = found.strip_prefix("string ") {
            Found::Text(text.to_string())
        } else if found == "sequence" {
            Found::List
        } else if found == "map" {
            Found::Mapping
        } else {
            Found::Other(found.to_string())
        }
    }

    /// A number or true/false: text only when quoted.
    pub fn is_scalar(&self) -> bool {
        matches!(self, Found::Number(_) | Found::Bool(_))
    }
}

impl Expected {
    fn of(expected: &str) -> Expected {
        match expected {
            "a string" => Expected::Text,
            "a boolean" => Expected::Bool,
            "a sequence" => Expected::List,
            "a map" => Expected::Mapping,
            "u8" | "u16" | "u32" | "u64" | "usize" => Expected::WholeNumber,
            other if other.starts_with("struct ") => Expected::Mapping,
            other => Expected::Other(other.to_string()),
        }
    }
}

/// A field of a file, for a person: the list item that holds it and the keys after it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FieldName {
    pub owner: Option<Owner>,
    /// The keys after the owner, outermost first (empty: the owner itself).
    pub keys: Vec<String>,
}

/// The innermost list item on a path. `what` is the list's key made singular
/// (`questions` -> `question`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    /// An item with an `id` (or `name`).
    Named { what: String, id: String },
    /// An item without one, by its position (1-based), within the named item around it.
    Numbered {
        within: Option<(String, String)>,
        what: String,
        number: usize,
    },
    /// A position in something that is not a list.
    Item { number: usize },
}

impl FieldName {
    /// The field at `path` in `value`: the innermost list item is named by its `id` (or
    /// `name`), or its position; the keys after it are kept in order.
    pub fn at(value: &Value, path: &[Segment]) -> FieldName {
        let mut name = FieldName::default();
        // The innermost list item with an id or name, to place an unnamed one.
        let mut named: Option<(String, String)> = None;
        let mut current = Some(value);
        let mut list_key = "";
        for segment in path {
            current = match (segment, current) {
                (Segment::Key(key), Some(Value::Mapping(map))) => {
                    list_key = key;
                    name.keys.push(key.clone());
                    map.get(key.as_str())
                }
                (Segment::Index(i), Some(Value::Sequence(items))) => {
                    let item = items.get(*i);
                    let what = list_key.strip_suffix('s').unwrap_or(list_key).to_string();
                    let id = |key| item.and_then(|v| v.get(key)).and_then(Value::as_str);
                    name.owner = Some(match id("id").or_else(|| id("name")) {
                        Some(id) => {
                            named = Some((what.clone(), id.to_string()));
                            Owner::Named {
                                what,
                                id: id.to_string(),
                            }
                        }
                        None => Owner::Numbered {
                            within: named.clone(),
                            what,
                            number: i + 1,
                        },
                    });
                    name.keys.clear();
                    item
                }
                (Segment::Key(key), _) => {
                    name.keys.push(key.clone());
                    None
                }
                (Segment::Index(i), _) => {
                    name.owner = Some(Owner::Item { number: i + 1 });
                    name.keys.clear();
                    None
                }
            };
        }
        name
    }
}
