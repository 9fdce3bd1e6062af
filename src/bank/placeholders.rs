//! Placeholders (`{emergency}`, `{n}`...) in every string of a bank that reaches a
//! person. Each field takes a known set, filled in where its text is shown; anything
//! else in braces, and a brace left open, would be shown as written ("Call {emergency
//! now."), so it is refused at its place. Fields not listed take no placeholders.

use super::problem::{Issue, PlaceholderProblem, Problem};
use super::template::Template;
use crate::yaml::{FieldName, Locator, Segment, Value};

/// The region's resource numbers, how each is reached, and where to turn after hours,
/// filled in by `bank::fill`; with more placeholders after them when given.
macro_rules! region_words {
    ($($more:literal),*) => {
        &[
            "{emergency}",
            "{crisis}",
            "{poison}",
            "{treatment}",
            "{emergency_reach}",
            "{crisis_reach}",
            "{poison_reach}",
            "{treatment_reach}",
            "{after_hours}",
            $($more),*
        ]
    };
}
pub(super) const ROLES: &[&str] = region_words!();
/// The region's words, and the names of questions not answered.
const ROLES_AND_ITEMS: &[&str] = region_words!("{items}");
const PROGRESS: &[&str] = &["{n}", "{total}", "{section}"];
const RANGE: &[&str] = &["{first}", "{last}"];

/// Which placeholders the string at a path may hold: keys from the top, `*` for any key
/// or list item. A new field that fills placeholders needs its line here.
const FIELDS: &[(&str, &[&str])] = &[
    ("intro", ROLES),
    ("safety_net", ROLES),
    ("gate.text", ROLES),
    ("gate.message", ROLES),
    ("tiers.*.headline", ROLES),
    ("tiers.*.detail", ROLES),
    ("crisis.message", ROLES),
    ("crisis.line", ROLES),
    ("notes.*.text", ROLES),
    ("interrupts.*.title", ROLES),
    ("interrupts.*.message", ROLES),
    ("regions.*.resources.*.for", ROLES),
    ("sections.*.intro", ROLES),
    ("sections.*.counselor_notes", ROLES),
    ("sections.*.questions.*.text", ROLES),
    ("sections.*.questions.*.help", ROLES),
    ("counselor.consent_script", ROLES),
    ("counselor.crisis_prompt", ROLES),
    ("counselor.emergency_prompt", ROLES),
    ("counselor.crisis_summary", ROLES),
    ("counselor.tiers.*", ROLES),
    ("counselor.session_note_prompt", &["{section}"]),
    ("counselor.since_last_check", &["{date}"]),
    ("counselor.consent_script_saving", &["{files}"]),
    ("counselor.readiness_then", &["{before}"]),
    ("counselor.declined_prompt", &["{question}"]),
    ("counselor.quit_reminder", &["{action}"]),
    ("ui.progress", PROGRESS),
    ("ui.progress_about", PROGRESS),
    ("ui.because", &["{items}"]),
    ("ui.skipped_count", &["{n}"]),
    ("ui.skipped_red_flags", ROLES_AND_ITEMS),
    ("ui.incomplete", &["{n}"]),
    ("ui.incomplete_red_flags", ROLES_AND_ITEMS),
    ("ui.will_save", &["{files}"]),
    ("ui.too_small", ROLES),
    ("ui.quit_reminder", &["{action}"]),
    ("ui.more_above", &["{n}"]),
    ("ui.more_below", &["{n}"]),
    ("ui.plain_checklist_numbers", RANGE),
    ("ui.plain_goes_alone", &["{item}"]),
    ("ui.goes_alone", &["{item}"]),
    ("ui.history_tier_emergency", &["{emergency}"]),
    ("ui.history_left_out", &["{n}", "{first}", "{last}"]),
    ("ui.history_same_date", &["{files}"]),
    ("ui.history_undated", &["{files}"]),
    ("ui.history_other_version", &["{file}", "{version}"]),
    ("ui.history_tiers_note", &["{version}"]),
    ("ui.history_latest", &["{date}"]),
    ("ui.history_incomplete_note", &["{date}", "{file}", "{n}"]),
    ("ui.saved_to", &["{path}"]),
    ("ui.plain_choice_hint", RANGE),
    ("ui.plain_checklist_hint", RANGE),
    ("ui.plain_back_hint", &["{key}"]),
    ("ui.plain_echo", &["{answer}"]),
    ("ui.plain_answer_was", &["{answer}"]),
    ("ui.since_last_check", &["{date}"]),
    ("counselor.session_recorded", &["{date}", "{made}"]),
    ("counselor.session_undated", &["{made}"]),
    ("counselor.saved_to", &["{files}"]),
];

/// Every placeholder problem in a parsed bank (`value`, read from `source`).
pub(super) fn check(value: &Value, source: &str) -> Vec<Issue> {
    let mut found = Vec::new();
    walk(value, &mut Vec::new(), &mut found);
    if found.is_empty() {
        return Vec::new();
    }
    let locator = Locator::new(source);
    found
        .into_iter()
        .map(|(path, problem, allowed)| {
            Issue::at(
                locator.locate_path(&path),
                Problem::Placeholder {
                    field: FieldName::at(value, &path),
                    problem,
                    allowed: allowed.iter().map(|a| a.to_string()).collect(),
                },
            )
        })
        .collect()
}

type Found = (Vec<Segment>, PlaceholderProblem, &'static [&'static str]);

fn walk(value: &Value, path: &mut Vec<Segment>, found: &mut Vec<Found>) {
    match value {
        Value::String(text) if text.contains(['{', '}']) => {
            let allowed = allowed(path);
            if let Some(problem) = problem(text, allowed) {
                found.push((path.clone(), problem, allowed));
            }
        }
        Value::Sequence(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Segment::Index(i));
                walk(item, path, found);
                path.pop();
            }
        }
        Value::Mapping(map) => {
            for (key, item) in map {
                let Some(key) = key.as_str() else { continue };
                path.push(Segment::Key(key.to_string()));
                walk(item, path, found);
                path.pop();
            }
        }
        Value::Tagged(tagged) => walk(&tagged.value, path, found),
        _ => {}
    }
}

/// The placeholders the field at `path` takes (none if it is not listed).
fn allowed(path: &[Segment]) -> &'static [&'static str] {
    FIELDS
        .iter()
        .find(|(pattern, _)| {
            let parts: Vec<&str> = pattern.split('.').collect();
            parts.len() == path.len()
                && parts.iter().zip(path).all(|(part, segment)| match segment {
                    _ if *part == "*" => true,
                    Segment::Key(key) => key == part,
                    Segment::Index(_) => false,
                })
        })
        .map_or(&[], |(_, allowed)| allowed)
}

/// The first problem with the braces in `text`, if any.
fn problem(text: &str, allowed: &[&str]) -> Option<PlaceholderProblem> {
    match Template::parse(text) {
        Err(problem) => Some(problem),
        Ok(template) => template
            .placeholders()
            .map(|name| format!("{{{name}}}"))
            .find(|placeholder| !allowed.contains(&placeholder.as_str()))
            .map(|placeholder| PlaceholderProblem::Unknown { placeholder }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn braces_are_closed_and_known() {
        assert_eq!(problem("Call {emergency} now.", ROLES), None);
        assert_eq!(
            problem("Call {emergency now.", ROLES),
            Some(PlaceholderProblem::NeverClosed {
                start: "{emergency now.".into()
            })
        );
        let unknown = |placeholder: &str| {
            Some(PlaceholderProblem::Unknown {
                placeholder: placeholder.into(),
            })
        };
        assert_eq!(problem("Call {ambulance}.", ROLES), unknown("{ambulance}"));
        assert_eq!(problem("Saved {when}.", &[]), unknown("{when}"));
        assert_eq!(
            problem("a } b", ROLES),
            Some(PlaceholderProblem::CloseWithoutOpen)
        );
    }

    #[test]
    fn each_field_takes_its_own_placeholders() {
        let key = |k: &str| Segment::Key(k.into());
        assert_eq!(allowed(&[key("ui"), key("progress")]), PROGRESS);
        let text = [
            key("sections"),
            Segment::Index(2),
            key("questions"),
            Segment::Index(0),
            key("text"),
        ];
        assert_eq!(allowed(&text), ROLES);
        assert!(allowed(&[key("privacy")]).is_empty());
        assert!(allowed(&[key("ui"), key("yes")]).is_empty());
    }
}
