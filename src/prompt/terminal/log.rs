//! The screen below the last fixed block (welcome, gate, interrupt, review) as a log:
//! each answer's record line, the section headers and session notes between them, and
//! taking them off again when the person goes back, to show them again on the way
//! forward (the flow announces a section, and asks for its note, only once).

use super::TerminalPrompter;
use super::layout;
use crate::prompt::SectionView;
use console::style;
use std::io;

/// What is on screen below the last fixed block (welcome, gate, interrupt, review), so
/// that going back can take the previous answer's record line off the screen again.
pub(super) enum Block {
    /// The record line of an answer.
    Record,
    /// The record line of a session note. The flow asks for a note only once, so when
    /// going back takes it off the screen it is shown again on the way forward.
    Note(Again),
    /// A section header, shown before question number `n`.
    Section { view: SectionView, n: Option<usize> },
}

/// A block taken off the screen by going back, to be shown again before the question
/// it came before.
pub(super) enum Again {
    Section(SectionView),
    Note { what: String, words: String },
}

pub(super) struct Shown {
    pub block: Block,
    pub rows: usize,
}

impl TerminalPrompter {
    /// The record of a reply: "✔ {what} · {words}", wrapped, never cut.
    pub(super) fn record(&mut self, what: &str, words: &str) -> io::Result<()> {
        let rows = self.record_line(what, words)?;
        self.tail.push(Shown {
            block: Block::Record,
            rows,
        });
        Ok(())
    }

    /// The record of a session note: like an answer's, but shown again after going
    /// back takes it off.
    pub(super) fn note_record(&mut self, what: &str, words: &str) -> io::Result<()> {
        let rows = self.record_line(what, words)?;
        self.tail.push(Shown {
            block: Block::Note(Again::Note {
                what: what.to_string(),
                words: words.to_string(),
            }),
            rows,
        });
        Ok(())
    }

    /// Draws a record; returns its rows.
    pub(super) fn record_line(&self, what: &str, words: &str) -> io::Result<usize> {
        let lines = layout::record_lines(what, words, self.width());
        for (i, text) in lines.iter().enumerate() {
            let mark = if i == 0 { "✔" } else { " " };
            let line = format!(
                "{} {}",
                style(mark).for_stderr().green(),
                style(text).for_stderr().dim()
            );
            self.term.write_line(&line)?;
        }
        Ok(lines.len())
    }

    /// Section headers (and session notes) taken off by going back come back before the
    /// question they came before.
    pub(super) fn reshow_sections(&mut self, n: usize) -> io::Result<()> {
        while self.pending.last().is_some_and(|(_, first)| n >= *first) {
            let Some((again, first)) = self.pending.pop() else {
                break;
            };
            match again {
                Again::Section(view) => {
                    let rows = self.section_header(&view)?;
                    self.tail.push(Shown {
                        block: Block::Section {
                            view,
                            n: Some(first),
                        },
                        rows,
                    });
                }
                Again::Note { what, words } => self.note_record(&what, &words)?,
            }
        }
        Ok(())
    }

    /// Going back: takes the previous answer's record line off the screen (and a section
    /// header shown after it), so the screen does not show an answer that is being
    /// changed. `below` is how many rows the question just cleared had taken: when the
    /// lines to take off may have scrolled out of sight, they are left as they are.
    pub(super) fn take_back_record(&mut self, below: usize) -> io::Result<()> {
        let Some(start) = self
            .tail
            .iter()
            .rposition(|s| matches!(s.block, Block::Record))
        else {
            return Ok(());
        };
        let up: usize = self.tail[start..].iter().map(|s| s.rows).sum();
        if up + below >= self.rows() {
            return Ok(());
        }
        self.clear_up(up)?;
        // A note comes back just before the section header that followed it.
        let mut next = None;
        for shown in self.tail.drain(start..).rev() {
            match shown.block {
                Block::Section { view, n: Some(n) } => {
                    next = Some(n);
                    self.pending.push((Again::Section(view), n));
                }
                Block::Note(again) => {
                    if let Some(n) = next {
                        self.pending.push((again, n));
                    }
                }
                Block::Record | Block::Section { n: None, .. } => {}
            }
        }
        Ok(())
    }
}
