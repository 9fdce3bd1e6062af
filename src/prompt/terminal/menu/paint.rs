//! Drawing on the terminal for menus and typed answers alike: lines in their looks,
//! pages read ahead of a screen, the too-small message, and taking rows off again.

use super::keys::{Event, Keys};
use crate::bank::model::{Tier, Ui};
use crate::prompt::terminal::layout;
use crate::prompt::terminal::screen::{Line, Look};
use console::{Term, style};
use std::io;

/// Reads `ahead` (what must not be cut but does not fit with the rest), a page at a
/// time, each followed by "read on" and taken off again once read, so that the screen
/// under it stays as it was. Returns the most rows a page took, or `None` when the
/// window changed from `size` meanwhile (the screen is then cleared, to plan again).
pub fn read_ahead(
    term: &Term,
    ui: &Ui,
    keys: &mut Keys,
    ahead: &[Vec<Line>],
    size: (u16, u16),
) -> io::Result<Option<usize>> {
    let mut most = 0;
    for page in ahead {
        let drawn = draw(term, page)?;
        term.write_line(&style(&ui.read_on).for_stderr().dim().to_string())?;
        most = most.max(drawn + 1);
        let event = keys.next()?;
        if event == Event::Resized || term.size() != size {
            term.clear_screen()?;
            return Ok(None);
        }
        clear_up(term, drawn + 1)?;
    }
    Ok(Some(most))
}

/// Says the window is too small, in as many rows as it has.
pub fn too_small(term: &Term, ui: &Ui, rows: usize, cols: usize) -> io::Result<()> {
    for line in layout::lines(&ui.too_small, cols.saturating_sub(1).max(1))
        .iter()
        .take(rows.saturating_sub(1).max(1))
    {
        term.write_line(&style(line).for_stderr().bold().to_string())?;
    }
    Ok(())
}

/// Draws lines; returns how many.
pub fn draw(term: &Term, lines: &[Line]) -> io::Result<usize> {
    for line in lines {
        term.write_line(&styled(line))?;
    }
    Ok(lines.len())
}

/// A line with its look, for standard error.
fn styled(line: &Line) -> String {
    let text = line.text.as_str();
    let head = line.head.as_str();
    match line.look {
        Look::Plain => format!("{}{text}", menu_head(head)),
        Look::Bold => format!("{}{}", menu_head(head), style(text).for_stderr().bold()),
        Look::Dim => format!("{head}{}", style(text).for_stderr().dim()),
        Look::Alert(Tier::Emergency) => style(format!("{head}{text}"))
            .for_stderr()
            .bold()
            .red()
            .to_string(),
        Look::Alert(_) => style(format!("{head}{text}"))
            .for_stderr()
            .bold()
            .yellow()
            .to_string(),
        Look::Progress => format!(
            "{} {}",
            style(head).for_stderr().cyan(),
            style(text).for_stderr().dim()
        ),
        Look::Counsel => format!(
            "{}{}{}",
            style("│ ").for_stderr().cyan(),
            style(head).for_stderr().cyan().bold(),
            style(text).for_stderr().cyan()
        ),
        Look::CounselAlert => style(format!("│ {head}{text}"))
            .for_stderr()
            .bold()
            .red()
            .to_string(),
    }
}

/// A menu item's marker: the pointer in cyan, a check mark in green.
fn menu_head(head: &str) -> String {
    head.chars()
        .map(|c| match c {
            '❯' => style(c).for_stderr().cyan().bold().to_string(),
            '✔' => style(c).for_stderr().green().to_string(),
            '⬚' => style(c).for_stderr().dim().to_string(),
            _ => c.to_string(),
        })
        .collect()
}

/// Clears the last `rows` rows, from the start of the first to the end of the screen.
pub fn clear_up(term: &Term, rows: usize) -> io::Result<()> {
    term.move_cursor_up(rows)?;
    term.clear_to_end_of_screen()?;
    term.flush()
}
