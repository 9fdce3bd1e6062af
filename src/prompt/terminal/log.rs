//! The screen below the last fixed block (welcome, gate, interrupt, review) as a log:
//! each answer's record line, and the section headers and session notes between them
//! (drawn from each question's lead), and taking them off again when the person goes
//! back. What is kept here is what is on the screen, for taking it off; what to draw
//! again comes from the flow's views.

use super::TerminalPrompter;
use super::layout;
use crate::answers::Answer;
use crate::prompt::{GivenNote, Lead};
use console::style;
use std::io;

/// What a block below the last fixed one is.
pub(super) enum Block {
    /// The record line of an answer.
    Record,
    /// The record line of a session note.
    Note,
    /// A section's header.
    Header,
}

/// A block on the screen, and the rows it takes.
pub(super) struct Shown {
    pub block: Block,
    pub rows: usize,
}

impl TerminalPrompter {
    /// The record of a reply: "✔ {what} · {words}", wrapped, never cut.
    pub(super) fn record(&mut self, what: &str, words: &str) -> io::Result<()> {
        self.show(Block::Record, what, words)
    }

    /// The record of a session note: like an answer's.
    pub(super) fn note_record(&mut self, note: &GivenNote) -> io::Result<()> {
        let words = Answer::Text(note.text.clone()).words(|_| None, &self.ui);
        self.show(Block::Note, &note.prompt, &words)
    }

    fn show(&mut self, block: Block, what: &str, words: &str) -> io::Result<()> {
        let rows = self.record_line(what, words)?;
        self.tail.push(Shown { block, rows });
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

    /// What comes before a question that enters a section: the section's header (its
    /// session note is on the screen already, from when it was given). Coming back after
    /// going back, the note and header come back too, when going back took them off.
    pub(super) fn lead(&mut self, lead: &Lead) -> io::Result<()> {
        if lead.again {
            // Not taken off (it may have scrolled out of sight): it stands above still.
            if self.taken_off == 0 {
                return Ok(());
            }
            self.taken_off -= 1;
            if let Some(note) = &lead.note {
                self.note_record(note)?;
            }
        }
        let rows = self.section_header(&lead.section)?;
        self.tail.push(Shown {
            block: Block::Header,
            rows,
        });
        Ok(())
    }

    /// Going back: takes the previous answer's record line off the screen (and a section
    /// header shown after it, with the note before that), so the screen does not show an
    /// answer that is being changed. `below` is how many rows the question just cleared
    /// had taken: when the lines to take off may have scrolled out of sight, they are left
    /// as they are.
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
        self.taken_off += self
            .tail
            .drain(start..)
            .filter(|s| matches!(s.block, Block::Header))
            .count();
        Ok(())
    }
}
