//! Pure screen planning for the terminal prompter: which lines of a header stay on a
//! small screen, when a header has to be read page by page, and which items of a list
//! are in sight. No terminal here, so all of it is unit-tested.
//!
//! The rules it keeps: every line of a header that cannot give way (a question's text,
//! an interrupt's message) is seen before an answer can be taken, in pages when it does
//! not fit; a list that does not fit scrolls with a line above and below it that says
//! how many items are out of sight; and below a size where that works, the screen says
//! it is too small instead of drawing a broken one.

use crate::bank::model::Tier;

/// Narrower than this, no question can be shown in a readable way.
pub const MIN_COLS: usize = 30;

/// How a line is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    Plain,
    Bold,
    Dim,
    Alert(Tier),
    /// The progress bar (`head`) and the progress words.
    Progress,
    /// For the counselor: behind a "│" bar, the label (`head`) bold.
    Counsel,
    /// What the counselor must do now: behind a "│" bar, in bold red.
    CounselAlert,
}

/// One line of a screen, ready to draw: `head` is drawn apart (a bar, a label).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub head: String,
    pub text: String,
    pub look: Look,
}

impl Line {
    pub fn new(text: impl Into<String>, look: Look) -> Self {
        Line {
            head: String::new(),
            text: text.into(),
            look,
        }
    }
}

/// How a block of a header gives way on a small screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GiveWay {
    /// Left out.
    Out,
    /// Cut to fewer lines (one at least), the last ending in "…".
    Shrink,
    /// Taken off the screen and read whole first, a page at a time, each page followed
    /// by "read on" (what must not be cut, such as the counselor's notes).
    Ahead,
}

/// A block of a header, and how it gives way on a small screen: `give_way` 0 never
/// does; otherwise the highest gives way first, as `how` says.
#[derive(Clone, Debug)]
pub struct Part {
    pub lines: Vec<Line>,
    pub give_way: u8,
    pub how: GiveWay,
}

impl Part {
    pub fn keep(lines: Vec<Line>) -> Self {
        Part {
            lines,
            give_way: 0,
            how: GiveWay::Out,
        }
    }

    pub fn blank() -> Self {
        Part::keep(vec![Line::new("", Look::Plain)])
    }
}

/// How a screen is laid out at a given size.
#[derive(Debug, PartialEq, Eq)]
pub enum Plan {
    /// `ahead`: pages of blocks read whole before the screen, each taken off again once
    /// read; `pages` of header to read first (each followed by "read on", left above),
    /// then `header` with the list under it in `list_rows` rows.
    Fits {
        ahead: Vec<Vec<Line>>,
        pages: Vec<Vec<Line>>,
        header: Vec<Line>,
        list_rows: usize,
    },
    /// Nothing readable fits: say so.
    TooSmall,
}

/// Plans a screen of `rows` rows and `cols` columns: a header of `parts`, then a list
/// that takes `list_need` rows in full and at least `list_min` rows when it scrolls,
/// then `status_rows` rows for a message. One row is left free for the cursor, so that
/// nothing scrolls while the screen is up. A header that does not fit is read in pages
/// only when `may_page` (a message); a question's must stay in sight above its choices.
pub fn plan(
    mut parts: Vec<Part>,
    rows: usize,
    cols: usize,
    list: (usize, usize),
    status_rows: usize,
    may_page: bool,
) -> Plan {
    let (list_need, list_min) = list;
    let budget = rows.saturating_sub(1 + status_rows);
    let list_min = list_min.min(list_need);
    if cols < MIN_COLS || budget < list_min + 1 {
        return Plan::TooSmall;
    }
    let count = |parts: &[Part]| parts.iter().map(|p| p.lines.len()).sum::<usize>();
    let mut ahead_lines = Vec::new();
    // Parts give way, the highest first, until the whole list fits under the header.
    while count(&parts) + list_need > budget {
        let Some(at) = parts
            .iter()
            .enumerate()
            .filter(|(_, p)| p.give_way > 0)
            .max_by_key(|(i, p)| (p.give_way, *i))
            .map(|(i, _)| i)
        else {
            break;
        };
        let over = count(&parts) + list_need - budget;
        let part = &mut parts[at];
        let keep = part.lines.len().saturating_sub(over);
        let shrink = part.how == GiveWay::Shrink;
        if shrink && keep >= 1 {
            cut(&mut part.lines, keep);
            break;
        }
        if shrink && part.lines.len() > 1 {
            cut(&mut part.lines, 1);
        }
        let part = parts.remove(at);
        if part.how == GiveWay::Ahead {
            ahead_lines.extend(part.lines);
        }
    }
    // Above each page of what is read first, as many of its lines as fit above "read on".
    let page = rows.saturating_sub(2);
    if !ahead_lines.is_empty() && page == 0 {
        return Plan::TooSmall;
    }
    let ahead: Vec<Vec<Line>> = ahead_lines
        .chunks(page.max(1))
        .map(<[Line]>::to_vec)
        .collect();
    let mut rest: Vec<Line> = parts.into_iter().flat_map(|p| p.lines).collect();
    // A header that still leaves too little room is read page by page: a page of as
    // many lines as fit above its "read on" line.
    let mut pages = Vec::new();
    if !may_page && rest.len() + list_min > budget {
        return Plan::TooSmall;
    }
    while rest.len() + list_min > budget {
        let take = rows.saturating_sub(2).min(rest.len());
        if take == 0 {
            return Plan::TooSmall;
        }
        pages.push(rest.drain(..take).collect());
    }
    let list_rows = list_need.min(budget - rest.len());
    Plan::Fits {
        ahead,
        pages,
        header: rest,
        list_rows,
    }
}

/// Keeps the first `keep` lines, the last of them ending in "…".
fn cut(lines: &mut Vec<Line>, keep: usize) {
    if lines.len() > keep {
        lines.truncate(keep);
        if let Some(last) = lines.last_mut() {
            last.text = format!("{}…", last.text.trim_end());
        }
    }
}

/// The items of a list in sight: from `top` to `end` (exclusive), and whether the lines
/// that say what is above and below are drawn (they are whenever the list scrolls).
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub struct Window {
    pub top: usize,
    pub end: usize,
    pub scrolls: bool,
}

/// Which items are in sight in `room` rows, for items of `item_rows` rows each, keeping
/// the `cursor` in sight and moving as little as possible from `top`.
pub fn window(item_rows: &[usize], cursor: Option<usize>, top: usize, room: usize) -> Window {
    let n = item_rows.len();
    if item_rows.iter().sum::<usize>() <= room {
        return Window {
            top: 0,
            end: n,
            scrolls: false,
        };
    }
    let inner = room.saturating_sub(2).max(1);
    let end_from = |top: usize| {
        let mut used = 0;
        let mut end = top;
        while end < n && (end == top || used + item_rows[end] <= inner) {
            used += item_rows[end];
            end += 1;
        }
        end
    };
    let mut top = top.min(n.saturating_sub(1));
    if let Some(cursor) = cursor {
        top = top.min(cursor);
        while end_from(top) <= cursor {
            top += 1;
        }
    }
    // No empty rows at the end when items above could fill them.
    while top > 0 && end_from(top - 1) == n {
        top -= 1;
    }
    Window {
        top,
        end: end_from(top),
        scrolls: true,
    }
}

/// Whether every item has been in sight.
pub fn all_seen(seen: &[bool]) -> bool {
    seen.iter().all(|&s| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(n: usize, tag: &str) -> Vec<Line> {
        (0..n)
            .map(|i| Line::new(format!("{tag}{i}"), Look::Plain))
            .collect()
    }

    fn question(help: usize, hints: usize) -> Vec<Part> {
        vec![
            Part::keep(lines(2, "q")),
            Part {
                lines: lines(help, "h"),
                give_way: 2,
                how: GiveWay::Out,
            },
            Part {
                lines: lines(hints, "k"),
                give_way: 1,
                how: GiveWay::Out,
            },
        ]
    }

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn everything_fits_on_a_big_screen() {
        let Plan::Fits {
            pages,
            header,
            list_rows,
            ..
        } = plan(question(2, 1), 40, 100, (17, 3), 1, true)
        else {
            panic!("fits");
        };
        assert!(pages.is_empty());
        assert_eq!(texts(&header), ["q0", "q1", "h0", "h1", "k0"]);
        assert_eq!(list_rows, 17);
    }

    #[test]
    fn why_we_ask_gives_way_first_so_a_long_list_fits() {
        // 80x24: 24 rows, a status row and the cursor's row: 22 for header and list.
        let Plan::Fits {
            header, list_rows, ..
        } = plan(question(3, 1), 24, 80, (17, 3), 1, true)
        else {
            panic!("fits");
        };
        assert_eq!(texts(&header), ["q0", "q1", "k0"]);
        assert_eq!(list_rows, 17);
    }

    #[test]
    fn a_list_that_still_does_not_fit_scrolls_under_the_whole_question() {
        let Plan::Fits {
            pages,
            header,
            list_rows,
            ..
        } = plan(question(3, 1), 12, 40, (17, 3), 2, true)
        else {
            panic!("fits");
        };
        assert!(pages.is_empty());
        assert_eq!(texts(&header), ["q0", "q1"]);
        assert_eq!(list_rows, 7);
    }

    #[test]
    fn a_shrinking_part_keeps_one_line_at_least() {
        let parts = vec![
            Part::keep(lines(2, "q")),
            Part {
                lines: lines(6, "n"),
                give_way: 1,
                how: GiveWay::Shrink,
            },
        ];
        let Plan::Fits { header, .. } = plan(parts, 14, 80, (8, 3), 1, true) else {
            panic!("fits");
        };
        assert_eq!(texts(&header), ["q0", "q1", "n0", "n1…"]);
    }

    #[test]
    fn a_part_that_must_not_be_cut_is_read_whole_first_instead() {
        // The counselor's notes on a short screen: 9 lines, where 2 would fit.
        let parts = vec![
            Part::keep(lines(2, "q")),
            Part {
                lines: lines(9, "n"),
                give_way: 1,
                how: GiveWay::Ahead,
            },
        ];
        let Plan::Fits {
            ahead,
            pages,
            header,
            list_rows,
        } = plan(parts, 14, 80, (8, 3), 1, false)
        else {
            panic!("fits");
        };
        assert_eq!(ahead.len(), 1);
        assert_eq!(
            texts(&ahead[0]),
            (0..9).map(|i| format!("n{i}")).collect::<Vec<_>>()
        );
        assert!(pages.is_empty());
        assert_eq!(texts(&header), ["q0", "q1"]);
        assert_eq!(list_rows, 8);
        // On a screen shorter than the notes, they are read in pages, none cut.
        let parts = vec![
            Part::keep(lines(1, "q")),
            Part {
                lines: lines(9, "n"),
                give_way: 1,
                how: GiveWay::Ahead,
            },
        ];
        let Plan::Fits { ahead, .. } = plan(parts, 6, 80, (3, 3), 1, false) else {
            panic!("fits");
        };
        let read: Vec<Line> = ahead.iter().flatten().cloned().collect();
        assert_eq!(read, lines(9, "n"));
        assert!(ahead.iter().all(|page| page.len() <= 4), "{ahead:?}");
    }

    #[test]
    fn a_header_too_long_for_the_screen_is_read_in_pages_from_its_first_line() {
        // An interrupt at 50x15: 14 lines of message, then a three-item menu.
        let Plan::Fits {
            pages,
            header,
            list_rows,
            ..
        } = plan(vec![Part::keep(lines(14, "m"))], 15, 50, (3, 3), 1, true)
        else {
            panic!("fits");
        };
        assert_eq!(pages.len(), 1);
        assert_eq!(pages[0][0].text, "m0");
        assert_eq!(pages[0].len(), 13);
        assert_eq!(texts(&header), ["m13"]);
        assert_eq!(list_rows, 3);
    }

    #[test]
    fn a_question_that_cannot_stay_in_sight_above_its_choices_is_too_small() {
        let parts = vec![Part::keep(lines(8, "q"))];
        assert_eq!(plan(parts, 12, 40, (10, 4), 2, false), Plan::TooSmall);
    }

    #[test]
    fn below_a_workable_size_the_plan_says_too_small() {
        assert_eq!(plan(question(0, 0), 5, 80, (6, 3), 2, true), Plan::TooSmall);
        assert_eq!(
            plan(question(0, 0), 40, 20, (6, 3), 1, true),
            Plan::TooSmall
        );
    }

    #[test]
    fn a_list_that_fits_does_not_scroll() {
        let w = window(&[1, 1, 1], Some(2), 0, 3);
        assert_eq!(
            w,
            Window {
                top: 0,
                end: 3,
                scrolls: false
            }
        );
    }

    #[test]
    fn a_scrolling_list_keeps_the_cursor_in_sight_between_its_two_marker_lines() {
        let rows = [1; 10];
        assert_eq!(
            window(&rows, None, 0, 6),
            Window {
                top: 0,
                end: 4,
                scrolls: true
            }
        );
        let w = window(&rows, Some(6), 0, 6);
        assert_eq!((w.top, w.end), (3, 7));
        let w = window(&rows, Some(9), 3, 6);
        assert_eq!((w.top, w.end), (6, 10));
        let w = window(&rows, Some(0), 6, 6);
        assert_eq!((w.top, w.end), (0, 4));
        // Tall items: fewer in sight.
        let w = window(&[2, 2, 2, 2], Some(3), 0, 6);
        assert_eq!((w.top, w.end), (2, 4));
    }

    #[test]
    fn every_item_must_have_been_seen() {
        assert!(all_seen(&[true, true]));
        assert!(!all_seen(&[true, false]));
    }
}
