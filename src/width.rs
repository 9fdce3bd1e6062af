//! How wide to lay out what the program prints for a person to read: the summary on
//! standard output, the closing lines on standard error. On a terminal, the text is
//! wrapped at word boundaries to fit its window, so the terminal never has to break a
//! word (or a "911") across two rows; it is never wider than the usual layout, so a
//! wide window shows what it always did. Anywhere else (a pipe, a file) the usual
//! layout is kept whatever the window, so saved and scripted output does not depend on
//! the window it was made in.

use crate::prompt::terminal::layout;
use crate::render::{TEXT_WIDTH, wrap};
use console::Term;
use std::io::IsTerminal;

/// The width to lay printed text out at, given the columns of the terminal it goes to
/// (`None`: not a terminal). One column is kept free, as the question screens do.
pub fn fitted(columns: Option<usize>) -> usize {
    match columns {
        Some(columns) => layout::text_width(columns).min(TEXT_WIDTH),
        None => TEXT_WIDTH,
    }
}

/// The columns of the terminal standard output is, or `None` when it is not one.
pub fn stdout_columns() -> Option<usize> {
    columns(std::io::stdout().is_terminal(), &Term::stdout())
}

/// The columns of the terminal standard error is, or `None` when it is not one.
pub fn stderr_columns() -> Option<usize> {
    columns(std::io::stderr().is_terminal(), &Term::stderr())
}

fn columns(is_terminal: bool, term: &Term) -> Option<usize> {
    if !is_terminal {
        return None;
    }
    term.size_checked()
        .map(|(_, columns)| usize::from(columns))
        .filter(|&columns| columns > 0)
}

/// A message with `prefix` before each of its lines ("selfcheck: "). On a terminal
/// (`columns` given) each line is also wrapped to fit, its wrapped part indented under
/// the words; otherwise every line is kept whole, as it always was.
pub fn prefixed(message: &str, prefix: &str, columns: Option<usize>) -> String {
    let indent = " ".repeat(console::measure_text_width(prefix));
    message
        .lines()
        .map(|line| match columns {
            Some(_) if !line.trim().is_empty() => wrap(line, fitted(columns), prefix, &indent),
            _ => format!("{prefix}{line}"),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Words for a person on standard error, fitted to it when it is a terminal.
pub fn for_stderr(message: &str) -> String {
    prefixed(message, "", stderr_columns())
}

#[cfg(test)]
mod tests {
    use super::{TEXT_WIDTH, fitted, prefixed};

    #[test]
    fn output_that_is_not_a_terminal_keeps_the_usual_layout() {
        assert_eq!(fitted(None), TEXT_WIDTH);
    }

    #[test]
    fn a_narrow_terminal_gets_its_width_less_one_column() {
        assert_eq!(fitted(Some(50)), 49);
        assert_eq!(fitted(Some(40)), 39);
    }

    #[test]
    fn a_wide_terminal_gets_the_usual_layout_and_no_wider() {
        for columns in [79, 80, 120, 300] {
            assert_eq!(fitted(Some(columns)), TEXT_WIDTH, "{columns}");
        }
    }

    #[test]
    fn a_tiny_terminal_still_gets_some_words_a_line() {
        assert!(fitted(Some(1)) >= 10);
        assert!(fitted(Some(0)) >= 10);
    }

    #[test]
    fn off_a_terminal_a_message_is_kept_as_it_is() {
        let message = "You stopped the self-check. From what you answered: Call 911 now.\nSecond";
        assert_eq!(prefixed(message, "", None), message);
        assert_eq!(
            prefixed(message, "selfcheck: ", None),
            format!("selfcheck: {}", message.replace('\n', "\nselfcheck: "))
        );
    }

    #[test]
    fn on_a_narrow_terminal_a_message_breaks_between_words() {
        let message = "From what you answered before you stopped: Call 911 now.";
        let out = prefixed(message, "", Some(30));
        assert!(out.lines().all(|l| l.len() < 30), "{out}");
        assert!(out.contains("911"), "{out}");
        assert_eq!(
            out.split_whitespace().collect::<Vec<_>>(),
            message.split_whitespace().collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_prefixed_message_is_indented_under_its_first_word() {
        let out = prefixed(
            "The self-check was stopped. Nothing you entered has been saved or sent.",
            "selfcheck: ",
            Some(40),
        );
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines.len() > 1, "{out}");
        assert!(lines[0].starts_with("selfcheck: The"), "{out}");
        assert!(lines[1..].iter().all(|l| l.starts_with("           ")));
        assert!(lines.iter().all(|l| l.len() < 40), "{out}");
    }

    #[test]
    fn a_blank_line_stays_blank() {
        assert_eq!(prefixed("", "", Some(50)), "");
        assert_eq!(prefixed("a\n\nb", "", Some(50)), "a\n\nb");
    }
}
