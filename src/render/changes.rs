//! The "since your last check" part, as text and markdown, for both summaries.

use super::escape::escape;
use super::wrap;
use crate::compare::{Change, Changes};
use crate::summary::ChangeWords;

/// "Label: before → after", or for a checklist "Label: the items" that are new or no
/// longer reported (the group's heading says which); a new red flag's action after it.
fn line(change: &Change) -> String {
    let mut line = if change.items.is_empty() {
        format!("{}: {} → {}", change.label, change.before, change.after)
    } else {
        format!("{}: {}", change.label, change.items.join(", "))
    };
    if let Some(action) = &change.action {
        line.push_str(&format!(" — {action}"));
    }
    line
}

/// The groups in order: new (red flags first), no longer reported, changed.
fn groups<'a>(c: &'a Changes, w: &'a ChangeWords) -> [(&'a str, &'a [Change]); 3] {
    [
        (&w.new, &c.new),
        (&w.resolved, &c.resolved),
        (&w.changed, &c.changed),
    ]
}

/// The changes as text, laid out in `width` columns.
pub fn text(c: &Changes, w: &ChangeWords, width: usize) -> Vec<String> {
    let mut out = vec![wrap(&w.since, width, "", "")];
    if c.is_empty() {
        out.push(wrap(&w.no_changes, width, "  ", "  "));
    }
    for (heading, items) in groups(c, w) {
        if items.is_empty() {
            continue;
        }
        out.push(wrap(heading, width, "  ", "    "));
        for change in items {
            let bullet = if change.tier.is_some() {
                "    ! "
            } else {
                "    - "
            };
            out.push(wrap(&line(change), width, bullet, "      "));
        }
    }
    if !c.added_questions.is_empty() {
        out.push(wrap(&w.added, width, "  ", "    "));
        for q in &c.added_questions {
            out.push(wrap(&q.label, width, "    - ", "      "));
        }
    }
    if !c.removed_questions.is_empty() {
        out.push(wrap(&w.removed, width, "  ", "    "));
        out.push(wrap(
            &c.removed_questions.join(", "),
            width,
            "    - ",
            "      ",
        ));
    }
    out.push(String::new());
    out
}

pub fn markdown(c: &Changes, w: &ChangeWords) -> Vec<String> {
    let mut out = vec![format!("## {}", escape(&w.since)), String::new()];
    if c.is_empty() {
        out.push(escape(&w.no_changes));
        out.push(String::new());
    }
    for (heading, items) in groups(c, w) {
        if items.is_empty() {
            continue;
        }
        out.push(format!("### {}", escape(heading)));
        out.push(String::new());
        for change in items {
            if change.tier.is_some() {
                out.push(format!("- **{}**", escape(&line(change))));
            } else {
                out.push(format!("- {}", escape(&line(change))));
            }
        }
        out.push(String::new());
    }
    if !c.added_questions.is_empty() {
        out.push(format!("### {}", escape(&w.added)));
        out.push(String::new());
        out.extend(
            c.added_questions
                .iter()
                .map(|q| format!("- {}", escape(&q.label))),
        );
        out.push(String::new());
    }
    if !c.removed_questions.is_empty() {
        out.push(format!("### {}", escape(&w.removed)));
        out.push(String::new());
        out.extend(c.removed_questions.iter().map(|id| format!("- `{id}`")));
        out.push(String::new());
    }
    out
}
