//! The program's own messages (command-line errors, files that cannot be read or
//! written, no terminal) in the language of the session, for the words that come before
//! or around a bank rather than from it.
//!
//! The language: `--lang` when given; otherwise the locale of the environment, as a
//! program on the command line reads it (`LC_ALL`, then `LC_MESSAGES`, then `LANG`):
//! `es_*` is Spanish, anything else English. The same rule picks the built-in bank, so
//! that messages and questions always agree.

use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    /// The language code, as `--lang` takes it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language of a code or a locale ("es", "es_MX.UTF-8"); `None` for another.
    pub fn of(code: &str) -> Option<Lang> {
        let language = code
            .split(['_', '.', '-', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The session's language from `--lang` (if given) and the environment's locale
    /// variables, read with `var`.
    pub fn pick(flag: Option<&str>, var: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = flag.and_then(Lang::of) {
            return lang;
        }
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())
            .and_then(|locale| Lang::of(&locale))
            .unwrap_or(Lang::En)
    }
}

static LANG: OnceLock<Lang> = OnceLock::new();

/// Sets the session's language, once, at start-up.
pub fn set(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The session's language (English until set).
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or(Lang::En)
}

fn es() -> bool {
    lang() == Lang::Es
}

pub fn no_terminal() -> &'static str {
    if es() {
        "la autoevaluación hace sus preguntas en una terminal, y aquí no hay ninguna \
         (la entrada estándar o la salida de errores no es una terminal).\n\
         Para responder sin preguntas, escriba sus respuestas en un archivo y ejecute \
         `selfcheck --answers ARCHIVO` (vea el README, \"Answers file\").\n\
         Para responder línea por línea desde la entrada estándar, ejecute `selfcheck --plain`."
    } else {
        "the self-check asks its questions in a terminal, and there is none here \
         (standard input or standard error is not a terminal).\n\
         To answer without prompts, write your answers in a file and run \
         `selfcheck --answers FILE` (see README, \"Answers file\").\n\
         To answer line by line from standard input, run `selfcheck --plain`."
    }
}

pub fn input_ended() -> &'static str {
    if es() {
        "la entrada estándar terminó antes de que terminara la autoevaluación."
    } else {
        "standard input ended before the self-check was finished."
    }
}

pub fn unknown_region(id: &str, known: &str) -> String {
    if es() {
        format!("región desconocida `{id}`; este banco tiene: {known}")
    } else {
        format!("unknown region `{id}`; this bank has: {known}")
    }
}

pub fn no_builtin_bank(lang: &str, known: &str) -> String {
    if es() {
        format!("no hay un banco integrado en el idioma `{lang}`; hay: {known}")
    } else {
        format!("no built-in bank in language `{lang}`; there are: {known}")
    }
}

pub fn cannot_read(reason: &str) -> String {
    if es() {
        format!("no se puede leer: {reason}")
    } else {
        format!("cannot read it: {reason}")
    }
}

pub fn no_such_file() -> &'static str {
    if es() {
        "no existe ese archivo"
    } else {
        "no such file"
    }
}

pub fn permission_denied() -> &'static str {
    if es() {
        "permiso denegado"
    } else {
        "permission denied"
    }
}

pub fn is_directory() -> &'static str {
    if es() {
        "es una carpeta; indique la ruta de un archivo YAML"
    } else {
        "is a directory; give the path of a YAML file"
    }
}

/// Read with a bound, so the size past the limit is not known.
pub fn larger_than(max: u64) -> String {
    if es() {
        format!("tiene más de 1 MiB; los archivos de más de {max} bytes (1 MiB) se rechazan")
    } else {
        format!("is larger than 1 MiB; files over {max} bytes (1 MiB) are refused")
    }
}

pub fn not_utf8(offset: usize) -> String {
    if es() {
        format!("no es texto UTF-8 (byte incorrecto en la posición {offset}); guárdelo como UTF-8")
    } else {
        format!("is not UTF-8 text (bad byte at offset {offset}); save it as UTF-8")
    }
}

pub fn is_empty() -> &'static str {
    if es() { "está vacío" } else { "is empty" }
}

pub fn exists(path: &str) -> String {
    if es() {
        format!("{path} ya existe; elija otro nombre, o agregue --force para reemplazarlo")
    } else {
        format!("{path} already exists; choose another name, or add --force to replace it")
    }
}

pub fn could_not_write(path: &str, err: &str) -> String {
    if es() {
        format!("no se pudo escribir {path}: {err}")
    } else {
        format!("could not write {path}: {err}")
    }
}

pub fn same_file_twice(report: &str, answers: &str) -> String {
    if es() {
        format!(
            "--report {report} y --save-answers {answers} nombran el mismo archivo; indique \
             archivos distintos"
        )
    } else {
        format!(
            "--report {report} and --save-answers {answers} name the same file; give them \
             different files"
        )
    }
}

pub fn summary_still_complete() -> &'static str {
    if es() {
        "El resumen de arriba está completo; ese archivo no se escribió."
    } else {
        "The summary above is complete; that file was not written."
    }
}

pub fn terminal_failed(err: &str) -> String {
    if es() {
        format!("no se pudo usar la terminal: {err}")
    } else {
        format!("could not talk to the terminal: {err}")
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_flag_wins_then_lc_all_then_lc_messages_then_lang() {
        let spanish = [("LANG", "es_MX.UTF-8")];
        assert_eq!(Lang::pick(None, env(&spanish)), Lang::Es);
        assert_eq!(Lang::pick(Some("en"), env(&spanish)), Lang::En);
        assert_eq!(Lang::pick(Some("es"), env(&[])), Lang::Es);
        let all = [("LC_ALL", "en_US.UTF-8"), ("LANG", "es_ES.UTF-8")];
        assert_eq!(Lang::pick(None, env(&all)), Lang::En);
        let messages = [("LC_ALL", ""), ("LC_MESSAGES", "es"), ("LANG", "C")];
        assert_eq!(Lang::pick(None, env(&messages)), Lang::Es);
        assert_eq!(Lang::pick(None, env(&[("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(Lang::pick(None, env(&[("LANG", "fr_FR")])), Lang::En);
        assert_eq!(Lang::pick(None, env(&[])), Lang::En);
    }
}
