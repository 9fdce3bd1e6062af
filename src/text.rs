//! Text from a bank, an answers file or a referral list is shown in a terminal: it must
//! not be able to move the cursor, retitle the window, write the clipboard or reorder
//! what is shown. Control characters are removed where such text is read.

use std::borrow::Cow;

/// Characters that are never printed as they are: C0 and C1 controls (ESC among them)
/// and DEL, except new line and tab; and the bidirectional marks and overrides that can
/// make text read in another order than it is written (U+061C, the Arabic letter mark,
/// is one, beside U+200E and U+200F).
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

pub fn has_unsafe(text: &str) -> bool {
    text.chars().any(is_unsafe)
}

/// `text` with every unsafe character removed (borrowed when there is none).
pub fn strip_unsafe(text: &str) -> Cow<'_, str> {
    if has_unsafe(text) {
        Cow::Owned(text.chars().filter(|&c| !is_unsafe(c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// Cleans a string in place.
pub fn clean(text: &mut String) {
    if has_unsafe(text) {
        *text = strip_unsafe(text).into_owned();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_escape_sequences_bells_and_c1_controls() {
        let hostile = "Call\u{1b}[2J\u{1b}]0;owned\u{7} 911\u{9b}31m now\u{7f}";
        assert_eq!(strip_unsafe(hostile), "Call[2J]0;owned 91131m now");
    }

    #[test]
    fn keeps_new_lines_tabs_and_letters_of_every_language() {
        let text = "Llame al 911 ahora.\n\tNiño, señal: ¿Está bien?";
        assert!(matches!(strip_unsafe(text), Cow::Borrowed(_)));
    }

    #[test]
    fn removes_bidirectional_overrides() {
        assert_eq!(strip_unsafe("a\u{202e}b\u{2066}c"), "abc");
        assert_eq!(
            strip_unsafe("a\u{061c}b\u{200f}c"),
            "abc",
            "bidirectional marks too"
        );
    }

    #[test]
    fn cleans_in_place() {
        let mut text = String::from("x\u{1b}y");
        clean(&mut text);
        assert_eq!(text, "xy");
    }
}
