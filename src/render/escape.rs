//! Markdown escaping, for every markdown renderer: a person's own words, a bank's labels
//! and headings are never read as markdown.

/// Keeps a person's words from being read as markdown.
pub(in crate::render) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
