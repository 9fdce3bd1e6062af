//! The headers drawn above a menu, as lines planned to give way on a small screen
//! (`screen::Part`): a question's, the emergency screen's, a red-flag message's, the
//! review's, the consent script's and the readiness question's. Pure: no terminal here.

use super::bar;
use super::layout;
use super::screen::{GiveWay, Line, Look, Part};
use crate::bank::model::{Kind, Ui};
use crate::prompt::{ConsentView, GateView, InterruptView, QuestionView, ReadinessView};
use console::measure_text_width;

/// The question's header at `width`: a blank line, the progress bar, the question,
/// why we ask, the counselor's notes and the keys to press. On a small screen the
/// keys give way last, and why we ask gives way first; the counselor's notes are never
/// cut: when they do not fit, they are read whole first, a page at a time.
pub fn question(view: &QuestionView, ui: &Ui, width: usize) -> Vec<Part> {
    let bar = bar::bar(view.n, view.total, width);
    let progress = layout::one_line(
        &view.progress,
        width.saturating_sub(measure_text_width(&bar) + 1),
    );
    // The blank line above gives way first of all.
    let mut parts = vec![
        Part {
            give_way: 9,
            ..Part::blank()
        },
        Part::keep(vec![Line {
            head: bar,
            text: progress,
            look: Look::Progress,
        }]),
        Part::keep(wrapped(&view.text, Look::Bold, width)),
    ];
    if let Some(help) = &view.help {
        parts.push(Part {
            lines: wrapped(&format!("{}: {help}", ui.why_we_ask), Look::Dim, width),
            give_way: 3,
            how: GiveWay::Out,
        });
    }
    if let Some(note) = &view.counselor_notes {
        parts.push(Part {
            lines: counsel(Some(&note.label), &note.text, false, width),
            give_way: 2,
            how: GiveWay::Ahead,
        });
    }
    // A checklist's keys are said under it, where they cannot give way.
    let mut hints = Vec::new();
    if view.kind == Kind::Text {
        hints.push(ui.text_hint.as_str());
    }
    // A text prompt has no Esc; the review lets people change a text answer.
    if view.can_go_back && view.kind != Kind::Text {
        hints.push(ui.back_hint.as_str());
    }
    if !hints.is_empty() {
        parts.push(Part {
            lines: wrapped(&hints.join(" "), Look::Dim, width),
            give_way: 1,
            how: GiveWay::Out,
        });
    }
    parts
}

/// The emergency screen: its title and question. The blank line above gives way first,
/// then the title shrinks to one line: the question itself (which names the crisis line
/// too) always stays.
pub fn gate(view: &GateView, width: usize) -> Vec<Part> {
    vec![
        Part {
            give_way: 9,
            ..Part::blank()
        },
        Part {
            lines: wrapped(&view.title, Look::Bold, width),
            give_way: 5,
            how: GiveWay::Shrink,
        },
        Part::keep(wrapped(&view.text, Look::Plain, width)),
    ]
}

/// Red-flag messages, then what to do next. None of it gives way: a message too long for
/// the window is read a page at a time.
pub fn interrupt(views: &[InterruptView], ui: &Ui, width: usize) -> Vec<Part> {
    let mut lines = Vec::new();
    for view in views {
        lines.push(Line::new("", Look::Plain));
        lines.extend(wrapped(&view.title, Look::Alert(view.tier), width));
        lines.extend(wrapped(&view.message, Look::Plain, width));
        // What the counselor must do now, right with the client's message.
        if let Some(prompt) = &view.counselor_prompt {
            lines.extend(counsel(None, prompt, true, width));
        }
        for resource in &view.resources {
            let text = format!("{}: {}", resource.name, resource.contact);
            lines.extend(wrapped(&text, Look::Bold, width));
        }
    }
    lines.push(Line::new("", Look::Plain));
    lines.extend(wrapped(&ui.after_interrupt, Look::Bold, width));
    vec![Part::keep(lines)]
}

/// The review's title, and its hint (which gives way).
pub fn review(ui: &Ui, width: usize) -> Vec<Part> {
    let mut lines = vec![Line::new("", Look::Plain)];
    lines.extend(wrapped(&ui.review_title, Look::Bold, width));
    vec![
        Part::keep(lines),
        Part {
            lines: wrapped(&ui.review_hint, Look::Dim, width),
            give_way: 1,
            how: GiveWay::Out,
        },
    ]
}

/// The consent script, whole (read a page at a time when long).
pub fn consent(view: &ConsentView, width: usize) -> Vec<Part> {
    let mut lines = wrapped(&view.title, Look::Bold, width);
    lines.push(Line::new("", Look::Plain));
    lines.extend(wrapped(&view.script, Look::Plain, width));
    lines.push(Line::new("", Look::Plain));
    vec![Part::keep(lines)]
}

/// The readiness question.
pub fn readiness(view: &ReadinessView, width: usize) -> Vec<Part> {
    let mut lines = vec![Line::new("", Look::Plain)];
    lines.extend(wrapped(&view.prompt, Look::Bold, width));
    vec![Part::keep(lines)]
}

/// `text` wrapped at `width`, each line drawn with `look`.
pub fn wrapped(text: &str, look: Look, width: usize) -> Vec<Line> {
    layout::lines(text, width)
        .into_iter()
        .map(|l| Line::new(l, look))
        .collect()
}

/// A block for the counselor, not the client: each line behind a "│" bar, the label
/// bold; in bold red for what the counselor must do now (`alert`).
pub fn counsel(label: Option<&str>, text: &str, alert: bool, width: usize) -> Vec<Line> {
    layout::counsel_lines(label, text, width)
        .into_iter()
        .map(|(head, text)| Line {
            head,
            text,
            look: if alert {
                Look::CounselAlert
            } else {
                Look::Counsel
            },
        })
        .collect()
}
