//! Where things are written in a YAML source, found from its lines and indentation, so
//! checks made after parsing can still point at a line.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// Finds where things are written in a YAML source, so checks made after parsing can
/// still point at a line. The index is built once, on the first question, in one pass
/// over the lines: a file with many problems costs no more than one with a few.
pub struct Locator<'s> {
    lines: Vec<&'s str>,
    index: std::cell::OnceCell<Index<'s>>,
    /// What `locate_path` worked out, kept: paths share their first steps (every
    /// question's path starts `sections`, n, `questions`), so each is worked out once.
    steps: RefCell<Steps>,
}

#[derive(Default)]
struct Steps {
    /// (key line, end of the range) -> the end of the key's value.
    value_end: HashMap<(usize, usize), usize>,
    /// (start, end) of a list -> its items.
    items: HashMap<(usize, usize), Rc<ListItems>>,
}

/// The items of a block list: the column of their `-`, and their lines.
struct ListItems {
    column: usize,
    lines: Vec<usize>,
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
    /// (mapping, key with quotes removed) -> the 0-based line where it is first written.
    key_line: HashMap<(usize, &'s str), usize>,
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
            index.key_line.entry((mapping, unquote(key))).or_insert(i);
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
            steps: RefCell::default(),
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

/// One step of a path into a document: a mapping's key or a list's item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Index(usize),
}

impl Locator<'_> {
    /// Where the value at `path` is written, as far as block-style indentation shows it:
    /// a step into a flow collection (`[a, b]`, `{a: 1}`) stops at the line that holds
    /// it. Returns 1-based line and column.
    pub fn locate_path(&self, path: &[Segment]) -> Option<(usize, usize)> {
        let index = self.index();
        let (mut start, mut end) = (0, self.lines.len());
        let mut found = None;
        for segment in path {
            let step = match segment {
                Segment::Key(key) => self.key_in(index, start, end, key),
                Segment::Index(n) => self.item_in(start, end, *n),
            };
            let Some((line, column, value_end)) = step else {
                break;
            };
            found = Some((line + 1, column + 1));
            // A key's value is on the lines below it; a list item's first key is on
            // the item's own line.
            start = match segment {
                Segment::Key(_) => line + 1,
                Segment::Index(_) => line,
            };
            end = value_end;
        }
        found
    }

    /// `key` in the mapping that starts in lines `start..end`: its line, column, and
    /// the end of its value.
    fn key_in(
        &self,
        index: &Index<'_>,
        start: usize,
        end: usize,
        key: &str,
    ) -> Option<(usize, usize, usize)> {
        let first = (start..end).find(|&i| index.mapping_of[i].is_some())?;
        let mapping = index.mapping_of[first]?;
        let line = *index.key_line.get(&(mapping, key))?;
        if !(first..end).contains(&line) {
            return None;
        }
        let (column, _, _) = split_key(self.lines[line])?;
        let value_end = *self
            .steps
            .borrow_mut()
            .value_end
            .entry((line, end))
            .or_insert_with(|| {
                // The value runs on while lines are indented deeper (or are list items
                // at the key's own column, which YAML allows for a list under a key).
                (line + 1..end)
                    .find(|&i| {
                        let text = self.lines[i];
                        let trimmed = text.trim_start();
                        if trimmed.is_empty() || trimmed.starts_with('#') {
                            return false;
                        }
                        let indent = text.len() - trimmed.len();
                        indent < column || (indent == column && !trimmed.starts_with('-'))
                    })
                    .unwrap_or(end)
            });
        Some((line, column, value_end))
    }

    /// The `n`th block list item in lines `start..end` (the value of a key).
    fn item_in(&self, start: usize, end: usize, n: usize) -> Option<(usize, usize, usize)> {
        let items = self.items(start, end)?;
        let line = *items.lines.get(n)?;
        let item_end = items.lines.get(n + 1).copied().unwrap_or(end);
        Some((line, items.column, item_end))
    }

    /// The items of the block list in lines `start..end`: their column and lines.
    fn items(&self, start: usize, end: usize) -> Option<Rc<ListItems>> {
        if let Some(items) = self.steps.borrow().items.get(&(start, end)) {
            return Some(Rc::clone(items));
        }
        let is_item = |i: &usize| self.lines[*i].trim_start().starts_with('-');
        let first = (start..end).find(|i| {
            let trimmed = self.lines[*i].trim_start();
            !trimmed.is_empty() && !trimmed.starts_with('#')
        })?;
        if !is_item(&first) {
            return None;
        }
        let column = indent_of(self.lines[first]);
        let lines = (first..end)
            .filter(|i| is_item(i) && indent_of(self.lines[*i]) == column)
            .collect();
        let items = Rc::new(ListItems { column, lines });
        self.steps
            .borrow_mut()
            .items
            .insert((start, end), Rc::clone(&items));
        Some(items)
    }

    /// The second `key:` in the mapping that holds line `line` (1-based): where the
    /// parser found the mapping of a key written twice.
    pub fn second_key(&self, line: usize, key: &str) -> Option<(usize, usize)> {
        let index = self.index();
        let mapping = (*index.mapping_of.get(line.checked_sub(1)?)?)?;
        (line - 1..self.lines.len())
            .filter(|&i| {
                index.mapping_of[i] == Some(mapping)
                    && split_key(self.lines[i]).is_some_and(|(_, k, _)| unquote(k) == key)
            })
            .nth(1)
            .map(|i| (i + 1, split_key(self.lines[i]).map_or(1, |(c, _, _)| c + 1)))
    }
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
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
