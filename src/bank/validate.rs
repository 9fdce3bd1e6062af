//! Checks a parsed bank and fills in what it implies (scale choices, yes/no choices).
//! Every problem is collected, each naming its section or question id.

use super::Bank;
use super::answer::SKIP;
use super::model::{Choice, Condition, Kind, RawBank, Role};
use super::problem::{
    ConditionField, ConditionProblem, Issue, Problem, QuestionProblem, SectionProblem,
};
use crate::yaml::Locator;
use std::collections::{HashMap, HashSet};

struct Checker<'a> {
    source: Locator<'a>,
    issues: Vec<Issue>,
}

impl Checker<'_> {
    /// Records a problem at the `key: value` line found in the source.
    fn at(&mut self, key: &str, value: &str, sibling: Option<&str>, nth: usize, problem: Problem) {
        let place = self
            .source
            .locate(key, value, sibling, nth)
            .or_else(|| self.source.locate(key, value, None, 0));
        self.issues.push(Issue::at(place, problem));
    }

    fn question(&mut self, id: &str, problem: QuestionProblem) {
        self.question_nth(id, 0, problem);
    }

    /// At the `nth` question written with this id.
    fn question_nth(&mut self, id: &str, nth: usize, problem: QuestionProblem) {
        let problem = Problem::Question {
            id: id.into(),
            problem,
        };
        self.at("id", id, Some("kind"), nth, problem);
    }

    /// At the `nth` section written with this id.
    fn section(&mut self, id: &str, nth: usize, problem: SectionProblem) {
        let problem = Problem::Section {
            id: id.into(),
            problem,
        };
        self.at("id", id, Some("intro"), nth, problem);
    }

    fn top(&mut self, key: &str, problem: Problem) {
        let place = self.source.top_key(key).map(|line| (line, 1));
        self.issues.push(Issue::at(place, problem));
    }
}

/// Lowercase letters, digits and `_`, starting with a letter (so an answers file's
/// `_check` can never be a question id).
pub(crate) fn valid_id(id: &str) -> bool {
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
    check_compared_free_text(&mut check, &raw);

    if check.issues.is_empty() {
        Ok(Bank::new(raw))
    } else {
        Err(check.issues)
    }
}

/// `--compare` quotes these questions' own words side by side, so each must be a
/// free-text question of the bank: a wrong id would silently compare nothing.
fn check_compared_free_text(check: &mut Checker, raw: &RawBank) {
    for id in &raw.ui.compared_free_text {
        let kind = raw
            .sections
            .iter()
            .flat_map(|s| &s.questions)
            .find(|q| &q.id == id)
            .map(|q| q.kind);
        if kind != Some(Kind::Text) {
            check.top("ui", Problem::ComparedFreeText { id: id.clone() });
        }
    }
}

fn check_top_level(check: &mut Checker, raw: &RawBank) {
    if !valid_id(&raw.id) {
        check.top("id", Problem::BankId { id: raw.id.clone() });
    }
    // Placeholders in every string are checked on the document (`placeholders`).
    let ui = &raw.ui;
    let key = ui.plain_back_key.trim();
    if key.is_empty() || key.chars().any(|c| c.is_ascii_digit() || c.is_whitespace()) {
        check.top("ui", Problem::PlainBackKey { key: key.into() });
    }

    let mut interrupt_ids = HashSet::new();
    for interrupt in &raw.interrupts {
        if !interrupt_ids.insert(interrupt.id.as_str()) {
            check.at(
                "id",
                &interrupt.id,
                Some("message"),
                1,
                Problem::DuplicateInterrupt {
                    id: interrupt.id.clone(),
                },
            );
        }
    }

    if raw.regions.is_empty() {
        check.top("regions", Problem::NoRegions);
    }
    let mut region_ids = HashSet::new();
    for region in &raw.regions {
        if !region_ids.insert(region.id.as_str()) {
            check.at(
                "id",
                &region.id,
                Some("last_checked"),
                1,
                Problem::DuplicateRegion {
                    id: region.id.clone(),
                },
            );
        }
        for role in Role::ALL {
            let count = region.resources.iter().filter(|r| r.role == role).count();
            if count != 1 {
                check.at(
                    "id",
                    &region.id,
                    Some("last_checked"),
                    0,
                    Problem::RegionRole {
                        region: region.id.clone(),
                        role,
                        found: count,
                    },
                );
            }
        }
    }

    for (scale, choices) in &raw.scales {
        if choices.len() < 2 {
            check.top(
                "scales",
                Problem::ShortScale {
                    scale: scale.clone(),
                },
            );
        }
    }

    if raw.sections.is_empty() {
        check.top("sections", Problem::NoSections);
    }
    let mut section_ids = HashSet::new();
    for section in &raw.sections {
        if !valid_id(&section.id) {
            check.section(&section.id, 0, SectionProblem::BadId);
        }
        if !section_ids.insert(section.id.as_str()) {
            check.section(&section.id, 1, SectionProblem::DuplicateId);
        }
        if section.questions.is_empty() {
            check.section(&section.id, 0, SectionProblem::NoQuestions);
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
                        check.question(&id, QuestionProblem::YesNoTakesNoChoices);
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
                            check.question(&id, QuestionProblem::ScaleOnChecklist);
                        } else if !question.choices.is_empty() {
                            check.question(&id, QuestionProblem::ChoicesAndScale);
                        } else if let Some(choices) = scales.get(scale) {
                            question.choices = choices.clone();
                        } else {
                            let scale = scale.clone();
                            check.question(&id, QuestionProblem::UnknownScale { scale });
                        }
                    }
                    if question.choices.is_empty() && question.scale.is_none() {
                        let kind = question.kind;
                        check.question(&id, QuestionProblem::NeedsChoices { kind });
                    }
                }
                Kind::Text => {
                    if !question.choices.is_empty() || question.scale.is_some() {
                        check.question(&id, QuestionProblem::TextTakesNoChoices);
                    }
                    if !question.alerts.is_empty() {
                        check.question(&id, QuestionProblem::TextRaisesNoAlerts);
                    }
                }
            }
            if question.not_sure && question.kind != Kind::YesNo {
                check.question(&id, QuestionProblem::NotSureOnlyOnYesNo);
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
                check.question(id, QuestionProblem::BadId);
            }
            if earlier.contains_key(id) {
                check.question_nth(id, 1, QuestionProblem::DuplicateId);
            }
            if question.text.trim().is_empty() || question.label.trim().is_empty() {
                check.question(id, QuestionProblem::NeedsTextAndLabel);
            }

            let choice_ids: Vec<&str> = question.choices.iter().map(|c| c.id.as_str()).collect();
            let mut seen = HashSet::new();
            for choice in &question.choices {
                if choice.id == SKIP || !valid_id(&choice.id) {
                    let choice = choice.id.clone();
                    check.question(id, QuestionProblem::BadChoiceId { choice });
                }
                if !seen.insert(choice.id.as_str()) {
                    let choice = choice.id.clone();
                    check.question(id, QuestionProblem::ChoiceTwice { choice });
                }
                if choice.label.trim().is_empty() {
                    let choice = choice.id.clone();
                    check.question(id, QuestionProblem::ChoiceNeedsLabel { choice });
                }
            }

            for (field, condition) in [
                (ConditionField::When, &question.when),
                (ConditionField::Unless, &question.unless),
            ] {
                if let Some(condition) = condition {
                    check_condition(check, id, field, condition, &earlier, &all_ids);
                }
            }
            for condition in &question.or_when {
                check_condition(
                    check,
                    id,
                    ConditionField::OrWhen,
                    condition,
                    &earlier,
                    &all_ids,
                );
            }
            if !question.or_when.is_empty() && question.when.is_none() {
                check.question(id, QuestionProblem::OrWhenWithoutWhen);
            }

            for alert in &question.alerts {
                if alert.if_any.is_empty() {
                    check.question(id, QuestionProblem::AlertEmptyIfAny);
                }
                for value in &alert.if_any {
                    if !choice_ids.is_empty()
                        && value != SKIP
                        && !choice_ids.contains(&value.as_str())
                    {
                        let problem = QuestionProblem::AlertUnknownAnswer {
                            value: value.clone(),
                            answers: choice_ids.iter().map(|c| c.to_string()).collect(),
                        };
                        check.question(id, problem);
                    }
                }
                if question.not_sure
                    && alert.if_any.iter().any(|v| v == "yes")
                    && !alert.if_any.iter().any(|v| v == "not_sure")
                {
                    check.question(id, QuestionProblem::AlertYesWithoutNotSure);
                }
                if let Some(interrupt) = &alert.interrupt {
                    if !interrupts.contains(interrupt.as_str()) {
                        let interrupt = interrupt.clone();
                        check.question(id, QuestionProblem::UnknownInterrupt { interrupt });
                    }
                }
                for condition in &alert.when {
                    let field = ConditionField::AlertWhen;
                    check_condition(check, id, field, condition, &earlier, &all_ids);
                }
                for condition in &alert.unless {
                    let field = ConditionField::AlertUnless;
                    check_condition(check, id, field, condition, &earlier, &all_ids);
                }
                for note in &alert.notes {
                    if !raw.notes.contains_key(note) {
                        let note = note.clone();
                        check.question(id, QuestionProblem::UnknownNote { note });
                    }
                }
            }

            earlier.insert(id, (question.kind, choice_ids));
        }
    }
    // A note's `unless` may name any question: it is judged on the whole session.
    for (note_id, note) in &raw.notes {
        for condition in &note.unless {
            for problem in condition_problems(note_id, condition, &earlier, &all_ids) {
                let note = note_id.clone();
                check.top("notes", Problem::NoteUnless { note, problem });
            }
        }
    }
}

/// A `when` or `unless`: it refers to an earlier question that has answers, and names
/// only answers that question has (or `skip`). Returns what is wrong.
fn condition_problems(
    id: &str,
    condition: &Condition,
    earlier: &HashMap<&str, (Kind, Vec<&str>)>,
    all_ids: &HashSet<&str>,
) -> Vec<ConditionProblem> {
    let mut problems = Vec::new();
    let refers = condition.question.as_str();
    let question = || refers.to_string();
    match earlier.get(refers) {
        Some((Kind::Text, _)) => problems.push(ConditionProblem::RefersToText {
            question: question(),
        }),
        Some((_, choices)) => {
            for value in &condition.if_any {
                // A question with no choices is reported already.
                if !choices.is_empty() && value != SKIP && !choices.contains(&value.as_str()) {
                    problems.push(ConditionProblem::UnknownAnswer {
                        value: value.clone(),
                        question: question(),
                        answers: choices.iter().map(|c| c.to_string()).collect(),
                    });
                }
            }
        }
        None if refers == id => problems.push(ConditionProblem::RefersToItself),
        None if all_ids.contains(refers) => problems.push(ConditionProblem::RefersToLater {
            question: question(),
        }),
        None => problems.push(ConditionProblem::NotAQuestion {
            question: question(),
        }),
    }
    if condition.if_any.is_empty() {
        problems.push(ConditionProblem::EmptyIfAny);
    }
    problems
}

fn check_condition(
    check: &mut Checker,
    id: &str,
    field: ConditionField,
    condition: &Condition,
    earlier: &HashMap<&str, (Kind, Vec<&str>)>,
    all_ids: &HashSet<&str>,
) {
    for problem in condition_problems(id, condition, earlier, all_ids) {
        check.question(id, QuestionProblem::Condition { field, problem });
    }
}
