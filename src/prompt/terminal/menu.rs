//! A menu drawn and read here, with its header, rather than by dialoguer, so that:
//!
//! - Enter alone never answers: the cursor starts on no choice (unless the question was
//!   answered before), so an answer is always a choice moved to; a checklist needs an
//!   item checked, "None of these" included;
//! - every choice of a question has been in sight before Enter is taken: a list that
//!   does not fit scrolls between two lines that say how many items are above and below
//!   it, and Enter before the end was seen says so;
//! - a header that does not fit is read page by page from its first line, and a screen
//!   too small for any of it says so; what must not be cut (the counselor's notes) is
//!   read whole first, a page at a time, and then taken off again;
//! - checking an item that goes alone, or an item while one that goes alone is checked,
//!   says which item goes alone (the rule is `choices::check_item`);
//! - a window resized while the menu is up is cleared and drawn again at its new size at
//!   once, with no key pressed, so no stale line (and no second pointer) is left.
//!
//! What goes where is planned by `screen` (pure); this file only draws, and reads keys
//! (and resizes) from `keys`.

pub mod keys;
mod paint;

pub use paint::{clear_up, draw, read_ahead, too_small};

use super::layout;
use super::screen::{self, Line, Look, Part, Plan};
use super::theme::{CHECKLIST_PREFIX, SELECT_PREFIX};
use crate::bank::model::{Tier, Ui};
use crate::prompt::choices::{CHECKLIST_ALONE, check_item};
use console::{Key, Term, style};
use keys::{Event, Keys};
use std::io;

/// What Esc (or q) does.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Esc {
    /// Goes back one question.
    Back,
    /// Picks this item (after an interrupt: continue).
    Pick(usize),
    /// Nothing: the answer is only ever a choice made.
    Ignore,
}

pub struct Menu<'a> {
    pub labels: &'a [String],
    /// Where the cursor starts; `None`: on no item.
    pub cursor: Option<usize>,
    /// A checklist: which items start checked.
    pub checked: Option<Vec<bool>>,
    /// Enter is taken only once every item has been in sight.
    pub must_see_all: bool,
    pub esc: Esc,
    /// The header stays on screen after the pick (a message to keep in sight).
    pub keep_header: bool,
    /// A header too long for the window may be read page by page (a message, not a
    /// question: a question stays in sight above its choices, or the window is too small).
    pub may_page: bool,
    /// What Enter says while some items have not been in sight; `None`: the bank's
    /// `see_all_first` (about choices).
    pub see_all: Option<&'a str>,
}

impl<'a> Menu<'a> {
    /// A menu to pick one of `labels` from: the cursor on no item, every item seen
    /// before Enter is taken, Esc ignored, the header kept in sight after the pick and
    /// read page by page when too long. A menu changes what differs from this.
    pub fn one_of(labels: &'a [String]) -> Self {
        Menu {
            labels,
            cursor: None,
            checked: None,
            must_see_all: true,
            esc: Esc::Ignore,
            keep_header: true,
            may_page: true,
            see_all: None,
        }
    }
}

pub enum Picked {
    One(usize),
    Many(Vec<usize>),
    Back,
}

impl Picked {
    /// The item picked in a menu of one pick; `otherwise` when it ended another way.
    pub fn one_or(&self, otherwise: usize) -> usize {
        match self {
            Picked::One(i) => *i,
            Picked::Many(_) | Picked::Back => otherwise,
        }
    }
}

pub struct Outcome {
    pub picked: Picked,
    /// The screen was cleared (resized, too small) or scrolled by pages: nothing drawn
    /// before the menu can be counted on to be where it was.
    pub redrawn: bool,
    /// The most rows the header and list took at once.
    pub rows: usize,
}

/// Draws `header` (planned for a width) and the menu under it, and reads keys until a
/// pick. Clears the list (and the header, unless it is kept) before returning.
pub fn run(
    term: &Term,
    ui: &Ui,
    header: &dyn Fn(usize) -> Vec<Part>,
    mut menu: Menu,
) -> io::Result<Outcome> {
    let n = menu.labels.len();
    let prefix = if menu.checked.is_some() {
        CHECKLIST_PREFIX
    } else {
        SELECT_PREFIX
    };
    let mut seen = vec![false; n];
    let mut top = 0;
    let mut warning: Option<String> = None;
    let mut redrawn = false;
    let mut most = 0;
    let see_all = menu.see_all.unwrap_or(&ui.see_all_first).to_string();
    let mut keys = Keys::open()?;
    term.hide_cursor()?;
    'screen: loop {
        let size = term.size();
        let (rows, cols) = (usize::from(size.0), usize::from(size.1));
        let width = layout::text_width(cols);
        let items = layout::menu_items(menu.labels, prefix, width, cols);
        let item_rows: Vec<usize> = items.iter().map(|i| layout::item_rows(i)).collect();
        let tallest = item_rows.iter().copied().max().unwrap_or(1);
        // Rows for the status under the list: what it can say. "See them all" is said
        // only under a list that scrolls.
        let statuses: Vec<String> = if menu.checked.is_some() {
            let alone = menu.labels.iter().rev().take(CHECKLIST_ALONE);
            [ui.check_first.clone(), ui.checklist_keys.clone()]
                .into_iter()
                .chain(alone.map(|label| goes_alone(ui, label)))
                .filter(|status| !status.is_empty())
                .collect()
        } else {
            vec![ui.pick_hint.clone()]
        };
        let status_rows = |extra: Option<&String>| {
            statuses
                .iter()
                .chain(extra)
                .map(|m| layout::lines(m, width).len())
                .max()
                .unwrap_or(1)
        };
        let list = (item_rows.iter().sum::<usize>(), tallest + 2);
        let mut plan = screen::plan(
            header(width),
            rows,
            cols,
            list,
            status_rows(None),
            menu.may_page,
        );
        if !matches!(plan, Plan::Fits { list_rows, .. } if list_rows >= list.0) {
            plan = screen::plan(
                header(width),
                rows,
                cols,
                list,
                status_rows(Some(&see_all)),
                menu.may_page,
            );
        }
        let Plan::Fits {
            ahead,
            pages,
            header,
            list_rows,
        } = plan
        else {
            too_small(term, ui, rows, cols)?;
            // A key or a new size: look at the window again.
            keys.next()?;
            term.clear_screen()?;
            redrawn = true;
            continue 'screen;
        };
        // What must not be cut but does not fit with the list is read whole first, then
        // taken off again, so that the screen under it stays as it was.
        let Some(rows) = read_ahead(term, ui, &mut keys, &ahead, size)? else {
            redrawn = true;
            continue 'screen;
        };
        most = most.max(rows);
        for page in &pages {
            draw(term, page)?;
            term.write_line(&style(&ui.read_on).for_stderr().dim().to_string())?;
            let event = keys.next()?;
            redrawn = true;
            if event == Event::Resized || term.size() != size {
                term.clear_screen()?;
                continue 'screen;
            }
            term.move_cursor_up(1)?;
            term.clear_line()?;
        }
        let header_rows = draw(term, &header)?;
        loop {
            let view = screen::window(&item_rows, menu.cursor, top, list_rows);
            top = view.top;
            for s in &mut seen[view.top..view.end] {
                *s = true;
            }
            let status = match (&warning, ()) {
                (Some(w), ()) => Some((w.clone(), true)),
                // A checklist always says its keys here, where they cannot give way.
                (None, _) => match &menu.checked {
                    Some(checked) if checked.contains(&true) => {
                        Some((ui.checklist_keys.clone(), false))
                    }
                    Some(_) => Some((ui.check_first.clone(), false)),
                    None if menu.cursor.is_none() => Some((ui.pick_hint.clone(), false)),
                    None => None,
                },
            };
            let list = list_lines(&menu, &items, view, ui, status, width);
            let list_drawn = draw(term, &list)?;
            most = most.max(header_rows + list_drawn);
            let Event::Key(key) = keys.next()? else {
                // Drawn again from the top at the new size: lines wrapped for the old
                // width may have been cut or rewrapped by the terminal.
                term.clear_screen()?;
                redrawn = true;
                continue 'screen;
            };
            warning = None;
            let said = Said {
                ui,
                see_all: &see_all,
            };
            if let Some(picked) = react(&mut menu, key, view, &mut top, &seen, said, &mut warning) {
                let rows = if menu.keep_header {
                    list_drawn
                } else {
                    header_rows + list_drawn
                };
                clear_up(term, rows)?;
                term.show_cursor()?;
                return Ok(Outcome {
                    picked,
                    redrawn,
                    rows: most,
                });
            }
            if term.size() != size {
                term.clear_screen()?;
                redrawn = true;
                continue 'screen;
            }
            clear_up(term, list_drawn)?;
        }
    }
}

/// The words a key may bring: the bank's, and what Enter says while items are unseen.
#[derive(Clone, Copy)]
struct Said<'a> {
    ui: &'a Ui,
    see_all: &'a str,
}

/// What a key does: a pick, or a move (with a warning when Enter cannot be taken yet).
/// The page keys move the list a page (`top`), so that a long list is seen whole in a
/// few presses; Home and End move the cursor only, and what they jump over stays unseen.
fn react(
    menu: &mut Menu,
    key: Key,
    view: screen::Window,
    top: &mut usize,
    seen: &[bool],
    said: Said,
    warning: &mut Option<String>,
) -> Option<Picked> {
    let ui = said.ui;
    let n = menu.labels.len();
    let last = n.saturating_sub(1);
    let cursor = menu.cursor;
    let page = view.end.saturating_sub(view.top).max(1);
    match key {
        Key::ArrowDown | Key::Tab | Key::Char('j') => {
            menu.cursor = Some(cursor.map_or(0, |c| (c + 1) % n));
        }
        Key::ArrowUp | Key::BackTab | Key::Char('k') => {
            menu.cursor = Some(cursor.map_or(last, |c| (c + n - 1) % n));
        }
        // The page below: its first item on top, the cursor on it (at the end of the
        // list, on the last item).
        Key::PageDown | Key::ArrowRight => {
            let next = if view.end >= n { last } else { view.end };
            *top = next;
            menu.cursor = Some(next);
        }
        // The page above: the item just above this page at its bottom, the cursor on it.
        Key::PageUp | Key::ArrowLeft => {
            *top = view.top.saturating_sub(page);
            menu.cursor = Some(view.top.saturating_sub(1));
        }
        Key::Home => menu.cursor = Some(0),
        Key::End => menu.cursor = Some(last),
        Key::Escape | Key::Char('q') => match menu.esc {
            Esc::Back => return Some(Picked::Back),
            Esc::Pick(i) => return Some(Picked::One(i)),
            Esc::Ignore => {}
        },
        Key::Char(' ') if menu.checked.is_some() => match (cursor, menu.checked.as_mut()) {
            (Some(at), Some(checked)) => {
                // Checking unchecked something: say which item goes alone.
                if let Some(alone) = check_item(checked, at) {
                    let said = goes_alone(ui, &menu.labels[alone]);
                    *warning = (!said.is_empty()).then_some(said);
                }
            }
            _ => *warning = Some(ui.pick_hint.clone()),
        },
        Key::Enter | Key::Char(' ') => {
            let unseen = menu.must_see_all && !screen::all_seen(seen);
            match (&menu.checked, cursor) {
                (Some(checked), _) if !checked.contains(&true) => {
                    *warning = Some(ui.check_first.clone());
                }
                (None, None) => *warning = Some(ui.pick_hint.clone()),
                _ if unseen => *warning = Some(said.see_all.to_string()),
                (Some(checked), _) => {
                    let picked = (0..n).filter(|&i| checked[i]).collect();
                    return Some(Picked::Many(picked));
                }
                (None, Some(at)) => return Some(Picked::One(at)),
            }
        }
        _ => {}
    }
    None
}

/// Says that checking `item` and other items together is not an answer.
fn goes_alone(ui: &Ui, item: &str) -> String {
    if ui.goes_alone.is_empty() {
        return String::new();
    }
    ui.goes_alone.replace("{item}", item)
}

/// The lines of the list in sight, its markers above and below, and the status.
fn list_lines(
    menu: &Menu,
    items: &[String],
    view: screen::Window,
    ui: &Ui,
    status: Option<(String, bool)>,
    width: usize,
) -> Vec<Line> {
    let mut lines = Vec::new();
    if view.scrolls {
        let above = if view.top > 0 {
            ui.more_above.replace("{n}", &view.top.to_string())
        } else {
            String::new()
        };
        lines.push(Line::new(above, Look::Dim));
    }
    for (i, item) in items.iter().enumerate().take(view.end).skip(view.top) {
        let active = menu.cursor == Some(i);
        let pointer = if active { "❯" } else { " " };
        let mark = match &menu.checked {
            Some(checked) if checked[i] => "✔ ",
            Some(_) => "⬚ ",
            None => "",
        };
        for (row, text) in item.lines().enumerate() {
            let head = if row == 0 {
                format!("{pointer} {mark}")
            } else {
                String::new()
            };
            lines.push(Line {
                head,
                text: text.to_string(),
                look: if active { Look::Bold } else { Look::Plain },
            });
        }
    }
    if view.scrolls {
        let below = items.len() - view.end;
        let (text, look) = if below > 0 {
            let text = ui.more_below.replace("{n}", &below.to_string());
            (text, Look::Alert(Tier::Soon))
        } else {
            (ui.end_of_list.clone(), Look::Dim)
        };
        lines.push(Line::new(text, look));
    }
    if let Some((text, warn)) = status {
        let look = if warn {
            Look::Alert(Tier::Soon)
        } else {
            Look::Dim
        };
        lines.extend(
            layout::lines(&text, width)
                .into_iter()
                .map(|l| Line::new(l, look)),
        );
    }
    lines
}
