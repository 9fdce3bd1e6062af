//! Bank problems in English.

use super::{
    AlertShape, Aspect, ConditionField, ConditionProblem, Difference, PlaceholderProblem, Problem,
    QuestionProblem, SectionProblem, Shape, TextName,
};
use crate::lang::Lang;

const ID_RULE: &str = "use lowercase letters, digits and _ in ids, starting with a letter";

pub(super) fn describe(problem: &Problem) -> String {
    match problem {
        Problem::Yaml(kind) => format!(
            "{}; fix the YAML there (see README, \"Writing a bank\")",
            kind.describe(Lang::En)
        ),
        Problem::Json(detail) => detail.clone(),
        Problem::BankId { id } => {
            format!("bank id `{id}`: use lowercase letters, digits and _")
        }
        Problem::PlainBackKey { key } => format!(
            "ui.plain_back_key `{key}`: use a short word without digits or spaces, such as b"
        ),
        Problem::DuplicateInterrupt { id } => {
            format!("interrupt `{id}`: this id is used twice; ids must be unique, rename one")
        }
        Problem::NoRegions => "regions: a bank needs at least one region with its resources".into(),
        Problem::DuplicateRegion { id } => {
            format!("region `{id}`: this id is used twice; ids must be unique, rename one")
        }
        Problem::RegionRole {
            region,
            role,
            found,
        } => format!(
            "region `{region}` {} `{}` resource; each region needs exactly one emergency, \
             crisis, poison and treatment resource",
            if *found == 0 {
                "has no"
            } else {
                "has more than one"
            },
            role.id()
        ),
        Problem::ShortScale { scale } => {
            format!("scale `{scale}`: a scale needs at least two choices")
        }
        Problem::NoSections => "sections: a bank needs at least one section".into(),
        Problem::ComparedFreeText { id } => format!(
            "ui.compared_free_text: `{id}` is not a free-text question of this bank; \
             list only ids of questions with `kind: text`"
        ),
        Problem::Section { id, problem } => format!("section `{id}`: {}", section(problem)),
        Problem::Question { id, problem } => format!("question `{id}`: {}", question(problem)),
        Problem::NoteUnless { note, problem } => format!(
            "note `{note}`: {}",
            condition(ConditionField::Unless, problem)
        ),
        Problem::Placeholder {
            field,
            problem,
            allowed,
        } => {
            let takes = if allowed.is_empty() {
                "this text takes no placeholders; write the words out".to_string()
            } else {
                format!("use one of {}", allowed.join(", "))
            };
            let problem = match problem {
                PlaceholderProblem::CloseWithoutOpen => "a `}` without its `{`".to_string(),
                PlaceholderProblem::NeverClosed { start } => {
                    format!("`{start}` opens a placeholder with `{{` and never closes it")
                }
                PlaceholderProblem::Unknown { placeholder } => {
                    format!("unknown placeholder `{placeholder}`")
                }
            };
            format!("{}: {problem}; {takes}", field.describe(Lang::En))
        }
        Problem::Translation {
            original,
            difference,
        } => format!(
            "{}; a translation of bank `{original}` may change words only",
            translation(difference)
        ),
    }
}

fn section(problem: &SectionProblem) -> &'static str {
    match problem {
        SectionProblem::BadId => ID_RULE,
        SectionProblem::DuplicateId => {
            "this id is used by another section too; ids must be unique, rename one"
        }
        SectionProblem::NoQuestions => "has no questions; add one or remove the section",
    }
}

fn question(problem: &QuestionProblem) -> String {
    match problem {
        QuestionProblem::BadId => ID_RULE.into(),
        QuestionProblem::DuplicateId => {
            "this id is used by another question too; ids must be unique".into()
        }
        QuestionProblem::NeedsTextAndLabel => "needs a `text` and a `label`".into(),
        QuestionProblem::YesNoTakesNoChoices => {
            "a yes_no question takes no `choices` or `scale`; its answers are yes and no".into()
        }
        QuestionProblem::ScaleOnChecklist => "`scale` is for choice questions only".into(),
        QuestionProblem::ChoicesAndScale => "has both `choices` and `scale`; keep one".into(),
        QuestionProblem::UnknownScale { scale } => {
            format!("scale `{scale}` is not defined under `scales`")
        }
        QuestionProblem::NeedsChoices { kind } => {
            format!("a {} question needs `choices` (or a `scale`)", kind.id())
        }
        QuestionProblem::TextTakesNoChoices => {
            "a text question takes no `choices` or `scale`".into()
        }
        QuestionProblem::TextRaisesNoAlerts => "a text question cannot raise alerts".into(),
        QuestionProblem::NotSureOnlyOnYesNo => {
            "`not_sure` is for yes_no questions; add a choice instead".into()
        }
        QuestionProblem::BadChoiceId { choice } => format!(
            "choice id `{choice}`: use lowercase letters, digits and _ (and not `skip`, which \
             means prefer not to say)"
        ),
        QuestionProblem::ChoiceTwice { choice } => format!(
            "choice `{choice}` is listed twice; choice ids must be unique within a question"
        ),
        QuestionProblem::ChoiceNeedsLabel { choice } => {
            format!("choice `{choice}` needs a label")
        }
        QuestionProblem::Condition { field, problem } => condition(*field, problem),
        QuestionProblem::OrWhenWithoutWhen => {
            "has `or_when` but no `when`; write the first condition as `when`".into()
        }
        QuestionProblem::AlertEmptyIfAny => "an alert has an empty `if_any`".into(),
        QuestionProblem::AlertUnknownAnswer { value, answers } => format!(
            "an alert names `{value}`, which is not one of its answers ({})",
            answers.join(", ")
        ),
        QuestionProblem::AlertYesWithoutNotSure => {
            "an alert raised by `yes` must be raised by `not_sure` too (\"Not sure\" on a red \
             flag counts as yes)"
                .into()
        }
        QuestionProblem::UnknownInterrupt { interrupt } => {
            format!("its alert names interrupt `{interrupt}`, which is not under `interrupts`")
        }
        QuestionProblem::UnknownNote { note } => {
            format!("its alert names note `{note}`, which is not under `notes`")
        }
    }
}

fn condition(field: ConditionField, problem: &ConditionProblem) -> String {
    let name = match field {
        ConditionField::When => "condition",
        ConditionField::Unless => "`unless`",
        ConditionField::OrWhen => "`or_when`",
        ConditionField::AlertWhen => "alert's `when`",
        ConditionField::AlertUnless => "alert's `unless`",
    };
    match problem {
        ConditionProblem::RefersToText { question } => format!(
            "its {name} refers to `{question}`, a text question; conditions need a yes_no, \
             choice or checklist question"
        ),
        ConditionProblem::UnknownAnswer {
            value,
            question,
            answers,
        } => format!(
            "its {name} names `{value}`, which is not an answer of `{question}` (answers: {}, \
             skip)",
            answers.join(", ")
        ),
        ConditionProblem::RefersToItself => {
            format!("its {name} refers to itself; refer to an earlier question")
        }
        ConditionProblem::RefersToLater { question } => format!(
            "its {name} refers to `{question}`, which comes later; conditions may refer only to \
             earlier questions"
        ),
        ConditionProblem::NotAQuestion { question } => {
            format!("its {name} refers to `{question}`, which is not a question of this bank")
        }
        ConditionProblem::EmptyIfAny => format!("its {name} has an empty `if_any`"),
    }
}

fn translation(difference: &Difference) -> String {
    match difference {
        Difference::Identity {
            id,
            version,
            original_id,
            original_version,
        } => format!(
            "it is bank `{id}` version {version}, the original `{original_id}` version \
             {original_version}"
        ),
        Difference::Questions { here } => format!(
            "its sections and questions differ from the original's (section/question ids here: \
             {})",
            here.join(", ")
        ),
        Difference::Interrupts { here, original } => format!(
            "its interrupts (ids or resources) differ from the original's (here: {}; in the \
             original: {})",
            here.join(", "),
            original.join(", ")
        ),
        Difference::NoteSettings => {
            "its notes' `now`, `hide_in_emergency` or `unless` differ from the original's".into()
        }
        Difference::NoteIds => "its note ids differ from the original's".into(),
        Difference::Scales => "its scales differ from the original's".into(),
        Difference::Regions => {
            "its regions, resource roles or numbers differ from the original's".into()
        }
        Difference::GateOrCrisisResources => {
            "the gate's or the crisis message's resources differ from the original's".into()
        }
        Difference::CounselorWords => {
            "it has counselor words where the original has none, or none where it has them".into()
        }
        Difference::Placeholders {
            text,
            here,
            original,
        } => format!(
            "{} has the placeholders {}, the original {}",
            text_name(text),
            placeholders(here),
            placeholders(original)
        ),
        Difference::Question {
            id,
            aspect,
            here,
            original,
        } => format!(
            "question `{id}`: {} differ (here: {}; in the original: {})",
            aspect_name(*aspect),
            shape(here),
            shape(original)
        ),
    }
}

fn placeholders(list: &[String]) -> String {
    if list.is_empty() {
        "none".into()
    } else {
        list.join(" ")
    }
}

fn text_name(text: &TextName) -> String {
    match text {
        TextName::GateMessage => "the gate message".into(),
        TextName::CrisisMessage => "the crisis message".into(),
        TextName::SafetyNet => "the safety net".into(),
        TextName::Key(key) => (*key).into(),
        TextName::Tier(tier) => format!("tier `{}`", tier.id()),
        TextName::Note(id) => format!("note `{id}`"),
        TextName::Interrupt(id) => format!("interrupt `{id}`"),
        TextName::CounselorTier(tier) => format!("counselor.tiers `{}`", tier.id()),
        TextName::QuestionText(id) => format!("question `{id}` text"),
    }
}

fn aspect_name(aspect: Aspect) -> &'static str {
    match aspect {
        Aspect::Kind => "kinds",
        Aspect::NotSure => "`not_sure` settings",
        Aspect::Scale => "scales",
        Aspect::Choices => "choices",
        Aspect::When => "conditions",
        Aspect::Unless => "`unless` conditions",
        Aspect::OrWhen => "`or_when` conditions",
        Aspect::Alerts => "alerts",
    }
}

fn shape(shape: &Shape) -> String {
    match shape {
        Shape::Nothing => "none".into(),
        Shape::Word(word) => word.clone(),
        Shape::Choices(choices) => choices
            .iter()
            .map(|(id, neutral)| format!("{id}{}", if *neutral { " (neutral)" } else { "" }))
            .collect::<Vec<_>>()
            .join(", "),
        Shape::Conditions(conditions) => conditions
            .iter()
            .map(condition_shape)
            .collect::<Vec<_>>()
            .join("; "),
        Shape::Alerts(alerts) => alerts.iter().map(alert).collect::<Vec<_>>().join("; "),
    }
}

/// "`missed_dose` is yes, skip".
fn condition_shape(c: &super::ConditionShape) -> String {
    format!("`{}` is {}", c.question, c.if_any.join(", "))
}

/// "on yes, not_sure: tier emergency, crisis, interrupt `breathing`, notes taper".
fn alert(a: &AlertShape) -> String {
    let mut words = format!("on {}: tier {}", a.if_any.join(", "), a.tier.id());
    if a.crisis {
        words.push_str(", crisis");
    }
    if let Some(interrupt) = &a.interrupt {
        words.push_str(&format!(", interrupt `{interrupt}`"));
    }
    if !a.notes.is_empty() {
        words.push_str(&format!(", notes {}", a.notes.join(", ")));
    }
    for (name, conditions) in [("when", &a.when), ("unless", &a.unless)] {
        if !conditions.is_empty() {
            let said: Vec<String> = conditions.iter().map(condition_shape).collect();
            words.push_str(&format!(", {name} {}", said.join(" and ")));
        }
    }
    words
}
