//! YAML problems in words, one function per language. The parser's own detail
//! (serde's English) is kept as it is, inside a sentence of ours.

use super::fault::{Expected, FieldName, FieldProblem, Found, Owner, YamlKind, serde_expected};
use crate::lang::Lang;

impl YamlKind {
    /// This problem in `lang`, without its place.
    pub fn describe(&self, lang: Lang) -> String {
        match lang {
            Lang::En => english(self),
            Lang::Es => spanish(self),
        }
    }
}

impl FieldName {
    /// This field in `lang`: `question `took_more`: `label``, `ui.progress`.
    pub fn describe(&self, lang: Lang) -> String {
        let owner = self.owner.as_ref().map(|owner| match lang {
            Lang::En => owner_en(owner),
            Lang::Es => owner_es(owner),
        });
        let field = (!self.keys.is_empty()).then(|| format!("`{}`", self.keys.join(".")));
        match (owner, field) {
            (None, None) => match lang {
                Lang::En => "the file".into(),
                Lang::Es => "el archivo".into(),
            },
            (None, Some(field)) => field,
            (Some(owner), None) => owner,
            (Some(owner), Some(field)) => format!("{owner}: {field}"),
        }
    }
}

fn owner_en(owner: &Owner) -> String {
    match owner {
        Owner::Named { what, id } => format!("{what} `{id}`"),
        Owner::Numbered {
            within: Some((around, id)),
            what,
            number,
        } => format!("{around} `{id}`, {what} {number}"),
        Owner::Numbered {
            within: None,
            what,
            number,
        } => format!("{what} {number}"),
        Owner::Item { number } => format!("item {number}"),
    }
}

fn english(kind: &YamlKind) -> String {
    match kind {
        YamlKind::Parser(detail) => detail.clone(),
        YamlKind::AliasesExpandTooMuch => "aliases (*name) expand to too much (repetition limit \
                                           exceeded); write the entries out instead"
            .into(),
        YamlKind::NestedTooDeep => "nested too deep (recursion limit exceeded)".into(),
        YamlKind::FlowTooDeep { max } => format!(
            "`[` and `{{` nest more than {max} levels deep here; no bank or answers file needs that"
        ),
        YamlKind::ControlCharacter { code } => format!(
            "a raw control character (U+{code:04X}) is here; remove it, a YAML file holds text only"
        ),
        YamlKind::DuplicateKey { key } => {
            format!("`{key}` is written twice in one mapping; keep one")
        }
        YamlKind::Field { field, problem } => {
            let detail = match problem {
                FieldProblem::WrongType { found, expected } => {
                    let hint = if *expected == Expected::Text && found.is_scalar() {
                        " (put it in quotes to make it text)"
                    } else {
                        ""
                    };
                    return format!(
                        "{} {}; write {} instead{hint}",
                        field.describe(Lang::En),
                        found_en(found),
                        expected_en(expected)
                    );
                }
                FieldProblem::UnknownKey { key, allowed } => format!(
                    "unknown field `{key}`, {}",
                    serde_expected(allowed, "fields")
                ),
                FieldProblem::UnknownWord { word, allowed } => format!(
                    "unknown variant `{word}`, {}",
                    serde_expected(allowed, "variants")
                ),
                FieldProblem::MissingKey { key } => format!("missing field `{key}`"),
                FieldProblem::Serde(detail) => detail.clone(),
            };
            // A problem of the whole file is said in serde's words alone.
            if **field == FieldName::default() {
                detail
            } else {
                format!("{}: {detail}", field.describe(Lang::En))
            }
        }
    }
}

fn found_en(found: &Found) -> String {
    match found {
        Found::Empty => "is empty (~ or nothing)".into(),
        Found::Number(n) => format!("is the number {n}"),
        Found::Bool(b) => format!("is {b}, a true/false value"),
        Found::Text(t) => format!("is the text {t}"),
        Found::List => "is a list".into(),
        Found::Mapping => "is a mapping".into(),
        Found::Other(other) => format!("is {other}"),
    }
}

fn expected_en(expected: &Expected) -> &str {
    match expected {
        Expected::Text => "text",
        Expected::Bool => "true or false",
        Expected::List => "a list",
        Expected::Mapping => "a mapping",
        Expected::WholeNumber => "a whole number, 0 or more",
        Expected::Other(other) => other,
    }
}

/// A list's item in Spanish: the bank's own lists by name, any other by its key.
fn item_es(what: &str) -> &str {
    match what {
        "question" => "pregunta",
        "section" => "sección",
        "choice" => "opción",
        "alert" => "alerta",
        "region" => "región",
        "resource" => "recurso",
        "interrupt" => "interrupción",
        "source" => "fuente",
        "item" => "elemento",
        other => other,
    }
}

fn owner_es(owner: &Owner) -> String {
    match owner {
        Owner::Named { what, id } => format!("{} `{id}`", item_es(what)),
        Owner::Numbered {
            within: Some((around, id)),
            what,
            number,
        } => format!("{} `{id}`, {} {number}", item_es(around), item_es(what)),
        Owner::Numbered {
            within: None,
            what,
            number,
        } => format!("{} {number}", item_es(what)),
        Owner::Item { number } => format!("elemento {number}"),
    }
}

fn spanish(kind: &YamlKind) -> String {
    match kind {
        YamlKind::Parser(detail) => {
            format!(
                "aquí el archivo no es YAML válido (el lector de YAML dice, en inglés: «{detail}»)"
            )
        }
        YamlKind::AliasesExpandTooMuch => "los alias (*nombre) se expanden demasiado (límite de \
                                           repeticiones superado); escriba las entradas completas"
            .into(),
        YamlKind::NestedTooDeep => {
            "anidado a demasiada profundidad (límite de recursión superado)".into()
        }
        YamlKind::FlowTooDeep { max } => format!(
            "`[` y `{{` se anidan aquí más de {max} niveles; ningún banco ni archivo de \
             respuestas lo necesita"
        ),
        YamlKind::ControlCharacter { code } => format!(
            "aquí hay un carácter de control (U+{code:04X}); quítelo, un archivo YAML contiene \
             solo texto"
        ),
        YamlKind::DuplicateKey { key } => {
            format!("`{key}` está escrito dos veces en el mismo mapeo; deje uno")
        }
        YamlKind::Field { field, problem } => {
            let name = field.describe(Lang::Es);
            match problem {
                FieldProblem::WrongType { found, expected } => {
                    let hint = if *expected == Expected::Text && found.is_scalar() {
                        " (póngalo entre comillas para que sea texto)"
                    } else {
                        ""
                    };
                    format!(
                        "{name} {}; escriba {} en su lugar{hint}",
                        found_es(found),
                        expected_es(expected)
                    )
                }
                FieldProblem::UnknownKey { key, allowed } => format!(
                    "{name}: la clave `{key}` no se conoce aquí; {}",
                    allowed_es(allowed, "no lleva ninguna clave", "las claves posibles son")
                ),
                FieldProblem::UnknownWord { word, allowed } => format!(
                    "{name}: `{word}` no es un valor posible; {}",
                    allowed_es(allowed, "no hay ninguno", "los valores posibles son")
                ),
                FieldProblem::MissingKey { key } => {
                    format!("{name}: falta la clave `{key}`; agréguela")
                }
                FieldProblem::Serde(detail) => {
                    format!("{name}: el lector de YAML no lo acepta (dice, en inglés: «{detail}»)")
                }
            }
        }
    }
}

fn allowed_es(allowed: &[String], none: &str, some: &str) -> String {
    if allowed.is_empty() {
        return none.into();
    }
    let quoted: Vec<String> = allowed.iter().map(|a| format!("`{a}`")).collect();
    format!("{some}: {}", quoted.join(", "))
}

fn found_es(found: &Found) -> String {
    match found {
        Found::Empty => "está vacío (~ o nada)".into(),
        Found::Number(n) => format!("es el número {n}"),
        Found::Bool(b) => format!("es {b}, un valor verdadero/falso"),
        Found::Text(t) => format!("es el texto {t}"),
        Found::List => "es una lista".into(),
        Found::Mapping => "es un mapeo".into(),
        Found::Other(other) => format!("es {other}"),
    }
}

fn expected_es(expected: &Expected) -> &str {
    match expected {
        Expected::Text => "texto",
        Expected::Bool => "true o false",
        Expected::List => "una lista",
        Expected::Mapping => "un mapeo",
        Expected::WholeNumber => "un número entero, 0 o más",
        Expected::Other(other) => other,
    }
}
