//! A text with placeholders (`Call {emergency} now.`), parsed once into its parts: the
//! one reading of braces that validation, the translation check and filling in share.

use super::problem::PlaceholderProblem;

/// A text split into words and `{placeholder}`s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template<'t> {
    parts: Vec<Part<'t>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part<'t> {
    Text(&'t str),
    /// A placeholder's name, without its braces.
    Placeholder(&'t str),
}

impl<'t> Template<'t> {
    /// Splits `text` into its parts. A `}` with no `{` before it, or a `{` not closed
    /// before the next brace, is refused: it would be shown as written.
    pub fn parse(text: &'t str) -> Result<Template<'t>, PlaceholderProblem> {
        let mut parts = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find(['{', '}']) {
            if rest[open..].starts_with('}') {
                return Err(PlaceholderProblem::CloseWithoutOpen);
            }
            let after = &rest[open + 1..];
            let close = after
                .find(['{', '}'])
                .filter(|&i| after[i..].starts_with('}'))
                .ok_or_else(|| PlaceholderProblem::NeverClosed {
                    start: rest[open..].chars().take(20).collect(),
                })?;
            if open > 0 {
                parts.push(Part::Text(&rest[..open]));
            }
            parts.push(Part::Placeholder(&after[..close]));
            rest = &after[close + 1..];
        }
        if !rest.is_empty() {
            parts.push(Part::Text(rest));
        }
        Ok(Template { parts })
    }

    pub fn parts(&self) -> &[Part<'t>] {
        &self.parts
    }

    /// The placeholders' names, in order, each as often as it is written.
    pub fn placeholders(&self) -> impl Iterator<Item = &'t str> + '_ {
        self.parts.iter().filter_map(|part| match part {
            Part::Placeholder(name) => Some(*name),
            Part::Text(_) => None,
        })
    }

    /// The text with each placeholder `value` knows filled in; one it does not know is
    /// kept as written, for a later step to fill.
    pub fn fill<'v>(&self, value: impl Fn(&str) -> Option<&'v str>) -> String {
        let mut filled = String::new();
        for part in &self.parts {
            match part {
                Part::Text(text) => filled.push_str(text),
                Part::Placeholder(name) => match value(name) {
                    Some(value) => filled.push_str(value),
                    None => {
                        filled.push('{');
                        filled.push_str(name);
                        filled.push('}');
                    }
                },
            }
        }
        filled
    }
}

/// `text` with each placeholder named in `values` filled in, and any other kept as
/// written: the one way to fill a bank's words, for a caller with values at hand
/// (`{n}`, `{files}`). A text whose braces do not parse is returned as it is (a bank's
/// texts are checked when it is loaded).
pub fn fill_named(text: &str, values: &[(&str, &str)]) -> String {
    match Template::parse(text) {
        Ok(template) => template.fill(|name| {
            values
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| *value)
        }),
        Err(_) => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_is_words_and_placeholders() {
        let template = Template::parse("Call {emergency} now, or {crisis}.").unwrap();
        assert_eq!(
            template.parts(),
            [
                Part::Text("Call "),
                Part::Placeholder("emergency"),
                Part::Text(" now, or "),
                Part::Placeholder("crisis"),
                Part::Text("."),
            ]
        );
        assert_eq!(
            template.placeholders().collect::<Vec<_>>(),
            ["emergency", "crisis"]
        );
        assert!(Template::parse("").unwrap().parts().is_empty());
    }

    #[test]
    fn filling_in_keeps_what_it_does_not_know() {
        let template = Template::parse("{n} of {total}: {n}").unwrap();
        let filled = template.fill(|name| (name == "n").then_some("3"));
        assert_eq!(filled, "3 of {total}: 3");
    }

    #[test]
    fn named_values_fill_their_placeholders_once() {
        let filled = fill_named("{n} of {total}", &[("n", "{total}"), ("total", "9")]);
        assert_eq!(
            filled, "{total} of 9",
            "a value is never read as a placeholder"
        );
        assert_eq!(fill_named("a } b", &[("n", "1")]), "a } b");
    }

    #[test]
    fn braces_that_are_not_a_placeholder_are_refused() {
        assert_eq!(
            Template::parse("a } b"),
            Err(PlaceholderProblem::CloseWithoutOpen)
        );
        assert_eq!(
            Template::parse("Call {emergency now."),
            Err(PlaceholderProblem::NeverClosed {
                start: "{emergency now.".into()
            })
        );
        assert_eq!(
            Template::parse("{a {emergency}"),
            Err(PlaceholderProblem::NeverClosed {
                start: "{a {emergency}".into()
            })
        );
    }
}
