//! Where a problem is in a file, said the one way every message says it:
//! `FILE:LINE:COL:` when the line is known, `FILE:` when it is not.

use std::fmt;

/// A place in a file, as far as it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place<'a> {
    pub file: &'a str,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl<'a> Place<'a> {
    pub fn new(file: &'a str, line: Option<usize>, column: Option<usize>) -> Self {
        Place { file, line, column }
    }

    /// A whole file, no line known.
    pub fn file(file: &'a str) -> Self {
        Place::new(file, None, None)
    }
}

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", self.file)?;
        if let Some(line) = self.line {
            // A line with no known column points at its start.
            write!(f, "{line}:{}:", self.column.unwrap_or(1))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Place;

    #[test]
    fn a_place_says_as_much_as_it_knows() {
        assert_eq!(
            Place::new("a.yaml", Some(3), Some(7)).to_string(),
            "a.yaml:3:7:"
        );
        assert_eq!(
            Place::new("a.yaml", Some(3), None).to_string(),
            "a.yaml:3:1:"
        );
        assert_eq!(Place::file("a.yaml").to_string(), "a.yaml:");
    }
}
