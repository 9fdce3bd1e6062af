//! Checks a parsed bank and fills in what it implies (scale choices, yes/no choices).
//! Every problem is collected, each naming its section or question id.

use super::answer::SKIP;
use super::model::{Choice, Condition, Kind, RawBank, Role};
use super::{Bank, Issue};
use crate::yaml::Locator;
use std::collections::{HashMap, HashSet};

struct Checker<'a> {
    source: Locator<'a>,
    issues: Vec<Issue>,
}

impl Checker<'_> {
    /// Records a problem at the `key: value` line found in the source.
    fn at(&mut self, key: &str, value: &str, sibling: Option<&str>, nth: usize, message: String) {
        let place = self
            .source
            .locate(key, value, sibling, nth)
            .or_else(|| self.source.locate(key, value, None, 0));
        self.issues.push(Issue {
            line: place.map(|p| p.0),
            column: place.map(|p| p.1),
            message,
        });
    }

    fn question(&mut self, id: &str, message: String) {
        self.at(
            "id",
            id,
            Some("kind"),
            0,
            format!("question `{id}`: {message}"),
        );
    }

    fn section(&mut self, id: &str, message: String) {
        self.at(
            "id",
            id,
            Some("intro"),
            0,
            format!("section `{id}`: {message}"),
        );
    }

    fn top(&mut self, key: &str, message: String) {
        let place = self.source.top_key(key).map(|line| (line, 1));
        self.issues.push(Issue {
            line: place.map(|p| p.0),
            column: place.map(|p| p.1),
            message,
        });
    }
}

/// Lowercase letters, digits and `_`, starting with a letter (so an answers file's
/// `_check` can never be a question id).
fn valid_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

pub(super) fn validate(mut raw: RawBank, source: &str) -> Result<Bank, Vec<Issue>> {
    let mut check = Checker {
        source: Locator::new(source),
        issues: Vec::new(),
    };

    check_top_level(&mut check, &raw);
    resolve_choices(&mut check, &mut raw);
    check_questions(&mut check, &raw);

    if check.issues.is_empty() {
        Ok(Bank::new(raw))
    } else {
        Err(check.issues)
    }
}

fn check_top_level(check: &mut Checker, raw: &RawBank) {
    if !valid_id(&raw.id) {
        check.top(
            "id",
            format!("bank id `{}`: use lowercase letters, digits and _", raw.id),
        );
    }
    // Placeholders in every string are checked on the document (`placeholders`).
    let ui = &raw.ui;
    let key = ui.plain_back_key.trim();
    if key.is_empty() || key.chars().any(|c| c.is_ascii_digit() || c.is_whitespace()) {
        check.top(
            "ui",
            format!(
                "ui.plain_back_key `{key}`: use a short word without digits or spaces, such as b"
            ),
        );
    }

    let mut interrupt_ids = HashSet::new();
    for interrupt in &raw.interrupts {
        if !interrupt_ids.insert(interrupt.id.as_str()) {
            check.at(
                "id",
                &interrupt.id,
                Some("message"),
                1,
                format!(
                    "interrupt `{}`: this id is used twice; ids must be unique, rename one",
                    interrupt.id
                ),
            );
        }
    }

    if raw.regions.is_empty() {
        check.top(
            "regions",
            "regions: a bank needs at least one region with its resources".into(),
        );
    }
    let mut region_ids = HashSet::new();
    for region in &raw.regions {
        if !region_ids.insert(region.id.as_str()) {
            check.at(
                "id",
                &region.id,
                Some("last_checked"),
                1,
                format!(
                    "region `{}`: this id is used twice; ids must be unique, rename one",
                    region.id
                ),
            );
        }
        for role in Role::ALL {
            let count = region.resources.iter().filter(|r| r.role == role).count();
            if count != 1 {
                let problem = if count == 0 {
                    "has no"
                } else {
                    "has more than one"
                };
                check.at(
                    "id",
                    &region.id,
                    Some("last_checked"),
                    0,
                    format!(
                        "region `{}` {problem} `{}` resource; each region needs exactly one \
                         emergency, crisis, poison and treatment resource",
                        region.id,
                        role.id()
                    ),
                );
            }
        }
    }

    for (scale, choices) in &raw.scales {
        if choices.len() < 2 {
            check.top(
                "scales",
                format!("scale `{scale}`: a scale needs at least two choices"),
            );
        }
    }

    if raw.sections.is_empty() {
        check.top(
            "sections",
            "sections: a bank needs at least one section".into(),
        );
    }
    let mut section_ids = HashSet::new();
    for section in &raw.sections {
        if !valid_id(&section.id) {
            check.section(
                &section.id,
                "use lowercase letters, digits and _ in ids, starting with a letter".into(),
            );
        }
        if !section_ids.insert(section.id.as_str()) {
            check.at(
                "id",
                &section.id,
                Some("intro"),
                1,
                format!(
                    "section `{}`: this id is used by another section too; ids must be unique, rename one",
                    section.id
                ),
            );
        }
        if section.questions.is_empty() {
            check.section(
                &section.id,
                "has no questions; add one or remove the section".into(),
            );
        }
    }
}

/// Fills in each question's choices: a named scale's, or yes/no (and not sure) from the
/// bank's own words, so everything after this sees one list of choices per question.
fn resolve_choices(check: &mut Checker, raw: &mut RawBank) {
    let ui = raw.ui.clone();
    let scales = raw.scales.clone();
    for section in &mut raw.sections {
        for question in &mut section.questions {
            let id = question.id.clone();
            match question.kind {
                Kind::YesNo => {
                    if !question.choices.is_empty() || question.scale.is_some() {
                        check.question(&id, "a yes_no question takes no `choices` or `scale`; its answers are yes and no".into());
                    }
                    let choice = |id: &str, label: &str, neutral| Choice {
                        id: id.into(),
                        label: label.into(),
                        neutral,
                    };
                    question.choices =
                        vec![choice("yes", &ui.yes, false), choice("no", &ui.no, true)];
                    if question.not_sure {
                        question
                            .choices
                            .push(choice("not_sure", &ui.not_sure, false));
                    }
                }
                Kind::Choice | Kind::Checklist => {
                    if let Some(scale) = &question.scale {
                        if question.kind == Kind::Checklist {
                            check.question(&id, "`scale` is for choice questions only".into());
                        } else if !question.choices.is_empty() {
                            check.question(&id, "has both `choices` and `scale`; keep one".into());
                        } else if let Some(choices) = scales.get(scale) {
                            question.choices = choices.clone();
                        } else {
                            check.question(
                                &id,
                                format!("scale `{scale}` is not defined under `scales`"),
                            );
                        }
                    }
                    if question.choices.is_empty() && question.scale.is_none() {
                        check.question(
                            &id,
                            format!(
                                "a {} question needs `choices` (or a `scale`)",
                                question.kind.id()
                            ),
                        );
                    }
                }
                Kind::Text => {
                    if !question.choices.is_empty() || question.scale.is_some() {
                        check.question(&id, "a text question takes no `choices` or `scale`".into());
                    }
                    if !question.alerts.is_empty() {
                        check.question(&id, "a text question cannot raise alerts".into());
                    }
                }
            }
            if question.not_sure && question.kind != Kind::YesNo {
                check.question(
                    &id,
                    "`not_sure` is for yes_no questions; add a choice instead".into(),
                );
            }
        }
    }
}

fn check_questions(check: &mut Checker, raw: &RawBank) {
    let interrupts: HashSet<&str> = raw.interrupts.iter().map(|i| i.id.as_str()).collect();
    // Question id -> its choice ids, filled as we go so conditions can see earlier ones only.
    let mut earlier: HashMap<&str, (Kind, Vec<&str>)> = HashMap::new();
    let mut all_ids = HashSet::new();
    for section in &raw.sections {
        for question in &section.questions {
            all_ids.insert(question.id.as_str());
        }
    }

    for section in &raw.sections {
        for question in &section.questions {
            let id = question.id.as_str();
            if !valid_id(id) {
                check.question(
                    id,
                    "use lowercase letters, digits and _ in ids, starting with a letter".into(),
                );
            }
            if earlier.contains_key(id) {
                check.at(
                    "id",
                    id,
                    Some("kind"),
                    1,
                    format!("question `{id}`: this id is used by another question too; ids must be unique"),
                );
            }
            if question.text.trim().is_empty() || question.label.trim().is_empty() {
                check.question(id, "needs a `text` and a `label`".into());
            }

            let choice_ids: Vec<&str> = question.choices.iter().map(|c| c.id.as_str()).collect();
            let mut seen = HashSet::new();
            for choice in &question.choices {
                if choice.id == SKIP || !valid_id(&choice.id) {
                    check.question(id, format!("choice id `{}`: use lowercase letters, digits and _ (and not `skip`, which means prefer not to say)", choice.id));
                }
                if !seen.insert(choice.id.as_str()) {
                    check.question(id, format!("choice `{}` is listed twice; choice ids must be unique within a question", choice.id));
                }
                if choice.label.trim().is_empty() {
                    check.question(id, format!("choice `{}` needs a label", choice.id));
                }
            }

            for (name, condition) in [
                ("condition", &question.when),
                ("`unless`", &question.unless),
            ] {
                if let Some(condition) = condition {
                    check_condition(check, id, name, condition, &earlier, &all_ids);
                }
            }
            for condition in &question.or_when {
                check_condition(check, id, "`or_when`", condition, &earlier, &all_ids);
            }
            if !question.or_when.is_empty() && question.when.is_none() {
                check.question(
                    id,
                    "has `or_when` but no `when`; write the first condition as `when`".into(),
                );
            }

            for alert in &question.alerts {
                if alert.if_any.is_empty() {
                    check.question(id, "an alert has an empty `if_any`".into());
                }
                for value in &alert.if_any {
                    if !choice_ids.is_empty()
                        && value != SKIP
                        && !choice_ids.contains(&value.as_str())
                    {
                        check.question(
                            id,
                            format!(
                                "an alert names `{value}`, which is not one of its answers ({})",
                                choice_ids.join(", ")
                            ),
                        );
                    }
                }
                if question.not_sure
                    && alert.if_any.iter().any(|v| v == "yes")
                    && !alert.if_any.iter().any(|v| v == "not_sure")
                {
                    check.question(
                        id,
                        "an alert raised by `yes` must be raised by `not_sure` too (\"Not sure\" on a red flag counts as yes)".into(),
                    );
                }
                if let Some(interrupt) = &alert.interrupt {
                    if !interrupts.contains(interrupt.as_str()) {
                        check.question(id, format!("its alert names interrupt `{interrupt}`, which is not under `interrupts`"));
                    }
                }
                for condition in &alert.when {
                    check_condition(check, id, "alert's `when`", condition, &earlier, &all_ids);
                }
                for condition in &alert.unless {
                    check_condition(check, id, "alert's `unless`", condition, &earlier, &all_ids);
                }
                for note in &alert.notes {
                    if !raw.notes.contains_key(note) {
                        check.question(
                            id,
                            format!("its alert names note `{note}`, which is not under `notes`"),
                        );
                    }
                }
            }

            earlier.insert(id, (question.kind, choice_ids));
        }
    }
    // A note's `unless` may name any question: it is judged on the whole session.
    for (note_id, note) in &raw.notes {
        for condition in &note.unless {
            for problem in condition_problems(note_id, "`unless`", condition, &earlier, &all_ids) {
                check.top("notes", format!("note `{note_id}`: {problem}"));
            }
        }
    }
}

/// A `when` or `unless`: it refers to an earlier question that has answers, and names
/// only answers that question has (or `skip`). Returns what is wrong, in words.
fn condition_problems(
    id: &str,
    name: &str,
    condition: &Condition,
    earlier: &HashMap<&str, (Kind, Vec<&str>)>,
    all_ids: &HashSet<&str>,
) -> Vec<String> {
    let mut problems = Vec::new();
    let refers = condition.question.as_str();
    match earlier.get(refers) {
        Some((Kind::Text, _)) => problems.push(format!(
            "its {name} refers to `{refers}`, a text question; conditions need a yes_no, choice or checklist question"
        )),
        Some((_, choices)) => {
            for value in &condition.if_any {
                // A question with no choices is reported already.
                if !choices.is_empty() && value != SKIP && !choices.contains(&value.as_str()) {
                    problems.push(format!(
                        "its {name} names `{value}`, which is not an answer of `{refers}` (answers: {}, skip)",
                        choices.join(", ")
                    ));
                }
            }
        }
        None if refers == id => {
            problems.push(format!("its {name} refers to itself; refer to an earlier question"))
        }
        None if all_ids.contains(refers) => problems.push(format!(
            "its {name} refers to `{refers}`, which comes later; conditions may refer only to earlier questions"
        )),
        None => problems.push(format!(
            "its {name} refers to `{refers}`, which is not a question of this bank"
        )),
    }
    if condition.if_any.is_empty() {
        problems.push(format!("its {name} has an empty `if_any`"));
    }
    problems
}

fn check_condition(
    check: &mut Checker,
    id: &str,
    name: &str,
    condition: &Condition,
    earlier: &HashMap<&str, (Kind, Vec<&str>)>,
    all_ids: &HashSet<&str>,
) {
    for problem in condition_problems(id, name, condition, earlier, all_ids) {
        check.question(id, problem);
    }
}
