//! The counselor summary as text and markdown.

use super::escape::escape;
use super::markdown;
use super::text;
use super::{resources_heading, wrap};
use crate::bank::template::fill_named;
use crate::summary::counselor::{CounselorSummary, Item};

/// The readiness now, and the one recorded at the last check when it was.
fn readiness(s: &CounselorSummary) -> String {
    let now = s
        .readiness
        .map(|n| format!("{n} / 10"))
        .unwrap_or_else(|| s.words.not_recorded.clone());
    match s.changes.as_ref().and_then(|c| c.readiness_before) {
        Some(before) => {
            let then = s
                .words
                .readiness_then
                .replace("{before}", &before.to_string());
            format!("{now} ({then})")
        }
        None => now,
    }
}

/// When the session was; with answers from a file, said to be that file's date (or that
/// it has none), beside when this summary was made.
fn session(s: &CounselorSummary) -> Option<String> {
    match (&s.session, &s.summary_made) {
        (Some(when), None) => Some(when.clone()),
        (Some(day), Some(made)) => Some(fill_named(
            &s.words.session_recorded,
            &[("date", day), ("made", made)],
        )),
        (None, Some(made)) => Some(s.words.session_undated.replace("{made}", made)),
        (None, None) => None,
    }
}

fn next_step(s: &CounselorSummary) -> &str {
    s.next_step.as_deref().unwrap_or(&s.words.not_recorded)
}

fn item_line(item: &Item) -> String {
    format!("{}: {}", item.label, item.answer)
}

/// The counselor summary as text, laid out in `width` columns.
pub fn text(s: &CounselorSummary, width: usize) -> String {
    let mut out = vec![wrap(&s.title.to_uppercase(), width, "", "")];
    if let Some(when) = session(s) {
        out.push(wrap(
            &format!("{}: {when}", s.words.session),
            width,
            "",
            "  ",
        ));
    }
    out.extend([wrap(&s.self_report, width, "", ""), String::new()]);
    if let Some(line) = &s.crisis_line {
        out.push(wrap(line, width, "! ", "  "));
    }
    out.push(wrap(&s.action, width, "> ", "  "));
    out.push(String::new());

    out.push(wrap(&s.words.red_flags, width, "", ""));
    if s.red_flags.is_empty() {
        out.push(wrap(&s.words.no_red_flags, width, "  ", "  "));
    }
    for item in &s.red_flags {
        out.push(wrap(&item_line(item), width, "  - ", "    "));
    }
    out.push(String::new());
    if !s.declined.is_empty() {
        out.push(wrap(&s.words.declined, width, "", ""));
        for item in &s.declined {
            out.push(wrap(&item.label, width, "  - ", "    "));
        }
        out.push(String::new());
    }

    out.push(wrap(
        &format!("{}: {}", s.words.readiness, readiness(s)),
        width,
        "",
        "  ",
    ));
    out.push(wrap(
        &format!("{}: {}", s.words.next_step, next_step(s)),
        width,
        "",
        "  ",
    ));
    out.push(String::new());

    if let Some(changes) = &s.changes {
        out.extend(super::changes::text(changes, &s.words.changes, width));
    }

    out.push(wrap(&s.words.answers, width, "", ""));
    for group in &s.answers {
        out.push(wrap(&group.title, width, "  ", "    "));
        for item in &group.items {
            out.push(wrap(&item_line(item), width, "    - ", "      "));
        }
    }
    out.push(String::new());

    if !s.notes_left_out {
        out.push(wrap(&s.words.notes, width, "", ""));
        if s.notes.is_empty() {
            out.push(wrap(&s.words.not_recorded, width, "  ", "  "));
        }
        for note in &s.notes {
            out.push(wrap(
                &format!("{}: {}", note.title, note.note),
                width,
                "  - ",
                "    ",
            ));
        }
        out.push(String::new());
    }
    out.push(wrap(&s.words.share, width, "", ""));
    for step in &s.shared {
        out.push(wrap(step, width, "  - ", "    "));
    }
    out.push(String::new());

    out.extend(text::resource_block(
        &resources_heading(&s.words.resources, &s.region),
        &s.resources,
        &s.words.referrals,
        &s.referrals,
        width,
    ));
    out.push(String::new());
    out.push(wrap(&s.privacy, width, "", ""));
    out.push(String::new());
    for line in &s.closing {
        out.push(wrap(line, width, "> ", "  "));
    }
    out.join("\n") + "\n"
}

pub fn markdown(s: &CounselorSummary) -> String {
    let mut out = vec![format!("# {}", escape(&s.title)), String::new()];
    if let Some(when) = session(s) {
        out.extend([
            format!("**{}:** {}", escape(&s.words.session), escape(&when)),
            String::new(),
        ]);
    }
    out.extend([format!("*{}*", escape(&s.self_report)), String::new()]);
    if let Some(line) = &s.crisis_line {
        out.push(format!("> **{}**", escape(line)));
        out.push(String::new());
    }
    out.push(format!("**{}**", escape(&s.action)));
    out.push(String::new());

    out.push(format!("## {}", escape(&s.words.red_flags)));
    out.push(String::new());
    if s.red_flags.is_empty() {
        out.push(escape(&s.words.no_red_flags));
    }
    for item in &s.red_flags {
        out.push(format!("- {}", escape(&item_line(item))));
    }
    out.push(String::new());
    if !s.declined.is_empty() {
        out.push(format!("## {}", escape(&s.words.declined)));
        out.push(String::new());
        for item in &s.declined {
            out.push(format!("- {}", escape(&item.label)));
        }
        out.push(String::new());
    }

    out.push(format!("## {}", escape(&s.words.readiness)));
    out.push(String::new());
    out.push(escape(&readiness(s)));
    out.push(String::new());
    out.push(format!("## {}", escape(&s.words.next_step)));
    out.push(String::new());
    out.push(escape(next_step(s)));
    out.push(String::new());

    if let Some(changes) = &s.changes {
        out.extend(super::changes::markdown(changes, &s.words.changes));
    }

    out.push(format!("## {}", escape(&s.words.answers)));
    out.push(String::new());
    for group in &s.answers {
        out.push(format!("### {}", escape(&group.title)));
        out.push(String::new());
        for item in &group.items {
            out.push(format!("- {}", escape(&item_line(item))));
        }
        out.push(String::new());
    }

    if !s.notes_left_out {
        out.push(format!("## {}", escape(&s.words.notes)));
        out.push(String::new());
        if s.notes.is_empty() {
            out.push(escape(&s.words.not_recorded));
        }
        for note in &s.notes {
            out.push(format!(
                "- **{}**: {}",
                escape(&note.title),
                escape(&note.note)
            ));
        }
        out.push(String::new());
    }
    out.push(format!("## {}", escape(&s.words.share)));
    out.push(String::new());
    for step in &s.shared {
        out.push(format!("- {}", escape(step)));
    }
    out.push(String::new());

    out.extend(markdown::resource_block(
        &resources_heading(&s.words.resources, &s.region),
        &s.resources,
        &s.words.referrals,
        &s.referrals,
    ));
    out.push(String::new());

    out.push(escape(&s.privacy));
    out.push(String::new());
    for line in &s.closing {
        out.push(format!("**{}**", escape(line)));
        out.push(String::new());
    }
    out.pop();
    out.join("\n") + "\n"
}
