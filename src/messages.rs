//! The program's own messages (command-line errors, answers files and other files that
//! cannot be read or written, no terminal) in the language of the session, for the words
//! that come before or around a bank rather than from it. Errors are data
//! (`error::ProblemKind`); each language says every one of them in its own module
//! (`en`, `es`), and `Display` picks the session's.
//! The session's language is picked in `crate::lang`.

mod en;
mod es;

use crate::error::{Error, Problem, ProblemKind};
pub use crate::lang::{Lang, lang, set};
use std::fmt;

/// Everything the program says in its own words, in one language.
pub trait Words: Sync {
    /// A problem, without its place.
    fn problem(&self, kind: &ProblemKind) -> String;
    /// The refusal to start without a terminal.
    fn no_terminal(&self) -> &'static str;
    /// `validate`: a bank that loads.
    fn validated(&self, file: &str, questions: usize) -> String;
    /// The comment lines at the top of a saved answers file; for a check stopped early
    /// (`incomplete`), they say how to continue it, since `--answers` needs every answer.
    fn answers_file_header(&self, incomplete: bool) -> &'static str;
}

/// The words of a language.
pub fn words_in(lang: Lang) -> &'static dyn Words {
    match lang {
        Lang::En => &en::English,
        Lang::Es => &es::Spanish,
    }
}

/// The words of the session's language.
pub fn words() -> &'static dyn Words {
    words_in(lang())
}

impl Problem {
    /// `FILE:LINE:COL: message` (or the message alone), in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let message = words_in(lang).problem(&self.kind);
        match &self.place {
            Some(place) => format!("{} {message}", place.place()),
            None => message,
        }
    }
}

impl Error {
    /// The error's lines, in `lang`. (A bank's own problems are said by the bank.)
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Error::Bank(err) => err.to_string(),
            Error::BadInput(problems) | Error::Failed(problems) => problems
                .iter()
                .map(|p| p.render(lang))
                .collect::<Vec<_>>()
                .join("\n"),
            Error::NoTerminal => words_in(lang).no_terminal().to_string(),
            Error::Interrupted(words) => words.clone(),
        }
    }
}

/// In the session's language.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(lang()))
    }
}

/// In the session's language.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(lang()))
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;
    use crate::answers::{AnswerIssue, Misfit};
    use crate::error::{Error, FilePlace, IoReason, Problem, ProblemKind};

    #[test]
    fn a_problem_is_said_after_its_place_in_the_language_asked_for() {
        let problem = Problem {
            place: Some(FilePlace::line("a.yaml", Some(4))),
            kind: ProblemKind::Answer {
                question: "took_more".into(),
                issue: AnswerIssue::Misfit(Misfit::NotAChoice {
                    id: "lots".into(),
                    choices: vec!["never".into(), "skip".into()],
                    checklist: false,
                }),
                other_version: None,
            },
        };
        assert_eq!(
            problem.render(Lang::En),
            "a.yaml:4:1: question `took_more`: `lots` is not a choice of this question; use \
             one of: never, skip"
        );
        assert_eq!(
            problem.render(Lang::Es),
            "a.yaml:4:1: pregunta `took_more`: `lots` no es una opción de esta pregunta; use \
             una de estas: never, skip"
        );
    }

    #[test]
    fn every_problem_of_an_error_is_a_line_of_its_own() {
        let missing = |file: &str| Problem {
            place: Some(FilePlace::file(file)),
            kind: ProblemKind::CannotRead(IoReason::NotFound),
        };
        let error = Error::BadInput(vec![missing("a.yaml"), missing("b.yaml")]);
        assert_eq!(
            error.render(Lang::Es),
            "a.yaml: no se puede leer: no existe ese archivo\n\
             b.yaml: no se puede leer: no existe ese archivo"
        );
        assert_eq!(
            Error::NoTerminal.render(Lang::En).lines().next(),
            Some(
                "the self-check asks its questions in a terminal, and there is none here \
                 (standard input or standard error is not a terminal)."
            )
        );
    }

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
