//! The progress header drawn with indicatif, without fighting dialoguer.
//!
//! An indicatif bar on the terminal redraws itself in place, and so does a dialoguer
//! prompt: the two overwrite each other, and `suspend` around a prompt hides the bar for
//! as long as the prompt is up. Instead the bar draws into a `TermLike` that only keeps
//! the line it was given; the prompter prints that line once, as the first line of the
//! question's header, and clears it with the rest of the header.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle, TermLike};
use std::io;
use std::sync::{Arc, Mutex, PoisonError};

/// Columns of the bar itself; the progress words follow it.
const BAR_WIDTH: usize = 20;

/// A terminal that is only a line in memory.
#[derive(Debug, Clone)]
struct Capture {
    width: u16,
    line: Arc<Mutex<String>>,
}

impl Capture {
    fn with(&self, f: impl FnOnce(&mut String)) -> io::Result<()> {
        f(&mut self.line.lock().unwrap_or_else(PoisonError::into_inner));
        Ok(())
    }
}

impl TermLike for Capture {
    fn width(&self) -> u16 {
        self.width
    }

    fn height(&self) -> u16 {
        1
    }

    fn move_cursor_up(&self, _: usize) -> io::Result<()> {
        Ok(())
    }

    fn move_cursor_down(&self, _: usize) -> io::Result<()> {
        Ok(())
    }

    fn move_cursor_right(&self, _: usize) -> io::Result<()> {
        Ok(())
    }

    fn move_cursor_left(&self, _: usize) -> io::Result<()> {
        Ok(())
    }

    fn write_line(&self, s: &str) -> io::Result<()> {
        self.with(|line| *line = s.to_string())
    }

    fn write_str(&self, s: &str) -> io::Result<()> {
        self.with(|line| line.push_str(s))
    }

    fn clear_line(&self) -> io::Result<()> {
        self.with(String::clear)
    }

    fn flush(&self) -> io::Result<()> {
        Ok(())
    }
}

/// The bar for question `n` of `total`, as plain text (no colour: the caller styles it),
/// at most `width` columns wide.
pub fn bar(n: usize, total: usize, width: usize) -> String {
    let bar_width = BAR_WIDTH.min(width / 4).max(1);
    let capture = Capture {
        width: u16::try_from(width).unwrap_or(u16::MAX).max(1),
        line: Arc::default(),
    };
    let target = ProgressDrawTarget::term_like(Box::new(capture.clone()));
    let bar = ProgressBar::with_draw_target(Some(total.max(1) as u64), target);
    let style = ProgressStyle::with_template(&format!("{{bar:{bar_width}}}"))
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("█▓░");
    bar.set_style(style);
    bar.set_position(n.min(total) as u64);
    bar.force_draw();
    let line = capture
        .line
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .trim_end()
        .to_string();
    // Finish quietly: the line has been taken, nothing is left on any terminal.
    bar.finish_and_clear();
    line
}

#[cfg(test)]
mod tests {
    use super::bar;

    #[test]
    fn the_bar_fills_with_the_position() {
        assert_eq!(bar(0, 4, 80), "░".repeat(20));
        assert_eq!(
            bar(2, 4, 80),
            format!("{}▓{}", "█".repeat(10), "░".repeat(9))
        );
        assert_eq!(bar(4, 4, 80), "█".repeat(20));
    }

    #[test]
    fn the_bar_shrinks_on_a_narrow_terminal() {
        assert_eq!(console::measure_text_width(&bar(1, 2, 40)), 10);
    }
}
