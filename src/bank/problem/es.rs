//! Bank problems in Spanish. Ids, keys and values are the file's own, as written; the
//! YAML reader's detail stays in its English, inside a sentence of ours.

use super::{
    AlertShape, Aspect, ConditionField, ConditionProblem, ConditionShape, Difference,
    PlaceholderProblem, Problem, QuestionProblem, SectionProblem, Shape, TextName,
};
use crate::lang::Lang;

const ID_RULE: &str = "use letras minúsculas, dígitos y _ en los ids, y que empiecen con una letra";

pub(super) fn describe(problem: &Problem) -> String {
    match problem {
        Problem::Yaml(kind) => format!(
            "{}; corrija el YAML ahí (vea el README, \"Writing a bank\")",
            kind.describe(Lang::Es)
        ),
        Problem::Json(detail) => format!(
            "el banco integrado no se pudo leer (el lector de JSON dice, en inglés: {detail})"
        ),
        Problem::BankId { id } => {
            format!("id del banco `{id}`: use letras minúsculas, dígitos y _")
        }
        Problem::PlainBackKey { key } => format!(
            "ui.plain_back_key `{key}`: use una palabra corta sin dígitos ni espacios, como b"
        ),
        Problem::DuplicateInterrupt { id } => format!(
            "interrupción `{id}`: este id se usa dos veces; los ids deben ser únicos, cambie uno"
        ),
        Problem::NoRegions => {
            "regions: un banco necesita al menos una región con sus recursos".into()
        }
        Problem::DuplicateRegion { id } => {
            format!("región `{id}`: este id se usa dos veces; los ids deben ser únicos, cambie uno")
        }
        Problem::RegionRole {
            region,
            role,
            found,
        } => format!(
            "la región `{region}` {} recurso `{}`; cada región necesita exactamente un recurso \
             emergency, uno crisis, uno poison y uno treatment",
            if *found == 0 {
                "no tiene ningún"
            } else {
                "tiene más de un"
            },
            role.id()
        ),
        Problem::ShortScale { scale } => {
            format!("escala `{scale}`: una escala necesita al menos dos opciones")
        }
        Problem::NoSections => "sections: un banco necesita al menos una sección".into(),
        Problem::ComparedFreeText { id } => format!(
            "ui.compared_free_text: `{id}` no es una pregunta de texto libre de este banco; \
             ponga solo ids de preguntas con `kind: text`"
        ),
        Problem::Section { id, problem } => format!("sección `{id}`: {}", section(problem)),
        Problem::Question { id, problem } => format!("pregunta `{id}`: {}", question(problem)),
        Problem::NoteUnless { note, problem } => format!(
            "nota `{note}`: {}",
            condition(ConditionField::Unless, problem)
        ),
        Problem::Placeholder {
            field,
            problem,
            allowed,
        } => {
            let takes = if allowed.is_empty() {
                "este texto no lleva marcadores; escriba las palabras completas".to_string()
            } else {
                format!("use uno de estos: {}", allowed.join(", "))
            };
            let problem = match problem {
                PlaceholderProblem::CloseWithoutOpen => "hay una `}` sin su `{`".to_string(),
                PlaceholderProblem::NeverClosed { start } => {
                    format!("`{start}` abre un marcador con `{{` y nunca lo cierra")
                }
                PlaceholderProblem::Unknown { placeholder } => {
                    format!("el marcador `{placeholder}` no se conoce aquí")
                }
            };
            format!("{}: {problem}; {takes}", field.describe(Lang::Es))
        }
        Problem::Translation {
            original,
            difference,
        } => format!(
            "{}; una traducción del banco `{original}` solo puede cambiar las palabras",
            translation(difference)
        ),
    }
}

fn section(problem: &SectionProblem) -> &'static str {
    match problem {
        SectionProblem::BadId => ID_RULE,
        SectionProblem::DuplicateId => {
            "otra sección usa también este id; los ids deben ser únicos, cambie uno"
        }
        SectionProblem::NoQuestions => "no tiene preguntas; agregue una o quite la sección",
    }
}

fn question(problem: &QuestionProblem) -> String {
    match problem {
        QuestionProblem::BadId => ID_RULE.into(),
        QuestionProblem::DuplicateId => {
            "otra pregunta usa también este id; los ids deben ser únicos".into()
        }
        QuestionProblem::NeedsTextAndLabel => "necesita un `text` y un `label`".into(),
        QuestionProblem::YesNoTakesNoChoices => {
            "una pregunta yes_no no lleva `choices` ni `scale`; sus respuestas son sí y no".into()
        }
        QuestionProblem::ScaleOnChecklist => "`scale` es solo para las preguntas choice".into(),
        QuestionProblem::ChoicesAndScale => {
            "tiene `choices` y también `scale`; deje uno de los dos".into()
        }
        QuestionProblem::UnknownScale { scale } => {
            format!("la escala `{scale}` no está definida en `scales`")
        }
        QuestionProblem::NeedsChoices { kind } => format!(
            "una pregunta {} necesita `choices` (o una `scale`)",
            kind.id()
        ),
        QuestionProblem::TextTakesNoChoices => {
            "una pregunta text no lleva `choices` ni `scale`".into()
        }
        QuestionProblem::TextRaisesNoAlerts => "una pregunta text no puede dar alertas".into(),
        QuestionProblem::NotSureOnlyOnYesNo => {
            "`not_sure` es para las preguntas yes_no; agregue una opción en su lugar".into()
        }
        QuestionProblem::BadChoiceId { choice } => format!(
            "id de opción `{choice}`: use letras minúsculas, dígitos y _ (y no `skip`, que \
             significa prefiero no decirlo)"
        ),
        QuestionProblem::ChoiceTwice { choice } => format!(
            "la opción `{choice}` aparece dos veces; los ids de las opciones deben ser únicos \
             en cada pregunta"
        ),
        QuestionProblem::ChoiceNeedsLabel { choice } => {
            format!("la opción `{choice}` necesita un `label`")
        }
        QuestionProblem::Condition { field, problem } => condition(*field, problem),
        QuestionProblem::OrWhenWithoutWhen => {
            "tiene `or_when` pero no `when`; escriba la primera condición como `when`".into()
        }
        QuestionProblem::AlertEmptyIfAny => "una alerta tiene un `if_any` vacío".into(),
        QuestionProblem::AlertUnknownAnswer { value, answers } => format!(
            "una alerta nombra `{value}`, que no es una de sus respuestas ({})",
            answers.join(", ")
        ),
        QuestionProblem::AlertYesWithoutNotSure => {
            "si `yes` da una alerta, `not_sure` también debe darla (\"No estoy seguro\" en una \
             señal de alarma cuenta como sí)"
                .into()
        }
        QuestionProblem::UnknownInterrupt { interrupt } => {
            format!("su alerta nombra la interrupción `{interrupt}`, que no está en `interrupts`")
        }
        QuestionProblem::UnknownNote { note } => {
            format!("su alerta nombra la nota `{note}`, que no está en `notes`")
        }
    }
}

fn condition(field: ConditionField, problem: &ConditionProblem) -> String {
    let name = match field {
        ConditionField::When => "su condición",
        ConditionField::Unless => "su `unless`",
        ConditionField::OrWhen => "su `or_when`",
        ConditionField::AlertWhen => "el `when` de su alerta",
        ConditionField::AlertUnless => "el `unless` de su alerta",
    };
    match problem {
        ConditionProblem::RefersToText { question } => format!(
            "{name} se refiere a `{question}`, una pregunta text; las condiciones necesitan una \
             pregunta yes_no, choice o checklist"
        ),
        ConditionProblem::UnknownAnswer {
            value,
            question,
            answers,
        } => format!(
            "{name} nombra `{value}`, que no es una respuesta de `{question}` (respuestas: {}, \
             skip)",
            answers.join(", ")
        ),
        ConditionProblem::RefersToItself => {
            format!("{name} se refiere a la misma pregunta; refiérase a una pregunta anterior")
        }
        ConditionProblem::RefersToLater { question } => format!(
            "{name} se refiere a `{question}`, que viene después; las condiciones solo pueden \
             referirse a preguntas anteriores"
        ),
        ConditionProblem::NotAQuestion { question } => {
            format!("{name} se refiere a `{question}`, que no es una pregunta de este banco")
        }
        ConditionProblem::EmptyIfAny => format!("{name} tiene un `if_any` vacío"),
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
            "es el banco `{id}` versión {version}, y el original es `{original_id}` versión \
             {original_version}"
        ),
        Difference::Questions { here } => format!(
            "sus secciones y preguntas no son las del original (ids de sección/pregunta aquí: \
             {})",
            here.join(", ")
        ),
        Difference::Interrupts { here, original } => format!(
            "sus interrupciones (ids o recursos) no son las del original (aquí: {}; en el \
             original: {})",
            here.join(", "),
            original.join(", ")
        ),
        Difference::NoteSettings => {
            "los `now`, `hide_in_emergency` o `unless` de sus notas no son los del original".into()
        }
        Difference::NoteIds => "los ids de sus notas no son los del original".into(),
        Difference::Scales => "sus escalas no son las del original".into(),
        Difference::Regions => {
            "sus regiones, o los roles o números de sus recursos, no son los del original".into()
        }
        Difference::GateOrCrisisResources => {
            "los recursos de la primera pantalla o del mensaje de crisis no son los del original"
                .into()
        }
        Difference::CounselorWords => {
            "tiene textos para consejeros donde el original no los tiene, o no los tiene donde \
             el original sí"
                .into()
        }
        Difference::Placeholders {
            text,
            here,
            original,
        } => format!(
            "{} tiene estos marcadores: {}; el original: {}",
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
            "pregunta `{id}`: {} (aquí: {}; en el original: {})",
            aspect_name(*aspect),
            shape(here),
            shape(original)
        ),
    }
}

fn placeholders(list: &[String]) -> String {
    if list.is_empty() {
        "ninguno".into()
    } else {
        list.join(" ")
    }
}

fn text_name(text: &TextName) -> String {
    match text {
        TextName::GateMessage => "el mensaje de la primera pantalla".into(),
        TextName::CrisisMessage => "el mensaje de crisis".into(),
        TextName::SafetyNet => "la red de seguridad (safety_net)".into(),
        TextName::Key(key) => (*key).into(),
        TextName::Tier(tier) => format!("el nivel `{}`", tier.id()),
        TextName::Note(id) => format!("la nota `{id}`"),
        TextName::Interrupt(id) => format!("la interrupción `{id}`"),
        TextName::CounselorTier(tier) => format!("counselor.tiers `{}`", tier.id()),
        TextName::QuestionText(id) => format!("el texto de la pregunta `{id}`"),
    }
}

fn aspect_name(aspect: Aspect) -> &'static str {
    match aspect {
        Aspect::Kind => "su tipo (kind) no es el del original",
        Aspect::NotSure => "su `not_sure` no es el del original",
        Aspect::Scale => "su escala no es la del original",
        Aspect::Choices => "sus opciones no son las del original",
        Aspect::When => "su condición no es la del original",
        Aspect::Unless => "su `unless` no es el del original",
        Aspect::OrWhen => "su `or_when` no es el del original",
        Aspect::Alerts => "sus alertas no son las del original",
    }
}

fn shape(shape: &Shape) -> String {
    match shape {
        Shape::Nothing => "ninguno".into(),
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

/// "`missed_dose` es yes, skip".
fn condition_shape(c: &ConditionShape) -> String {
    format!("`{}` es {}", c.question, c.if_any.join(", "))
}

/// "con yes, not_sure: nivel emergency, crisis, interrupción `breathing`, notas taper".
fn alert(a: &AlertShape) -> String {
    let mut words = format!("con {}: nivel {}", a.if_any.join(", "), a.tier.id());
    if a.crisis {
        words.push_str(", crisis");
    }
    if let Some(interrupt) = &a.interrupt {
        words.push_str(&format!(", interrupción `{interrupt}`"));
    }
    if !a.notes.is_empty() {
        words.push_str(&format!(", notas {}", a.notes.join(", ")));
    }
    for (name, conditions) in [("when", &a.when), ("unless", &a.unless)] {
        if !conditions.is_empty() {
            let said: Vec<String> = conditions.iter().map(condition_shape).collect();
            words.push_str(&format!(", {name} {}", said.join(" y ")));
        }
    }
    words
}
