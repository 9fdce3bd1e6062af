//! The header above a typed answer, planned like a menu's (by `screen`), so that the
//! question is in sight while the answer is typed: when the question, why we ask, the
//! counselor's notes and the answer's line do not all fit, why we ask gives way and the
//! notes are read whole first, a page at a time, as above a menu; then the question is
//! drawn with the answer's line right under it.

use super::layout;
use super::menu::{self, keys::Keys};
use super::screen::{self, Part, Plan};
use crate::bank::model::Ui;
use console::Term;
use std::io;

/// Rows kept for the answer: its line, and one more for an answer that wraps.
const ANSWER_ROWS: usize = 2;

/// What `header` left on screen: its rows (the answer's line comes right under them),
/// and whether the screen was cleared on the way (nothing above can be counted on).
pub struct Drawn {
    pub rows: usize,
    pub redrawn: bool,
}

/// Draws `header` (planned for a width) above a line for a typed answer, reading first
/// what must not be cut but does not fit, and saying so when the window is too small.
pub fn header(term: &Term, ui: &Ui, header: &dyn Fn(usize) -> Vec<Part>) -> io::Result<Drawn> {
    let mut redrawn = false;
    loop {
        let size = term.size();
        let (rows, cols) = (usize::from(size.0), usize::from(size.1));
        let width = layout::text_width(cols);
        let plan = screen::plan(
            header(width),
            rows,
            cols,
            (ANSWER_ROWS, ANSWER_ROWS),
            0,
            false,
        );
        // Keys are read raw only while a page or the too-small screen waits for one;
        // the answer itself is typed on dialoguer's line, after they are let go.
        let Plan::Fits { ahead, header, .. } = plan else {
            let mut keys = Keys::open()?;
            menu::too_small(term, ui, rows, cols)?;
            keys.next()?;
            term.clear_screen()?;
            redrawn = true;
            continue;
        };
        if !ahead.is_empty() {
            let mut keys = Keys::open()?;
            if menu::read_ahead(term, ui, &mut keys, &ahead, size)?.is_none() {
                redrawn = true;
                continue;
            }
        }
        return Ok(Drawn {
            rows: menu::draw(term, &header)?,
            redrawn,
        });
    }
}
