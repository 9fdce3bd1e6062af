//! The program's own words in Spanish: the same facts and the same advice as the English
//! (which file, which line, which question id, and what to do), in plain words. Flags,
//! keys, ids and the words an answers file uses (`yes`, `skip`) stay as they are typed.

use super::{Lang, Words};
use crate::agency::{Issue, Resource};
use crate::answers::{AnswerIssue, Misfit, Shape};
use crate::bank::model::Kind;
use crate::error::{IoReason, OtherFile, ProblemKind, Shown, Versions};
use crate::files::{BadPlace, FileKind, WriteError};

pub struct Spanish;

/// What every problem with an answers file as a whole ends with.
const ANSWERS_FILE: &str =
    "un archivo de respuestas asocia cada id de pregunta con su respuesta (vea el README)";

impl Words for Spanish {
    fn problem(&self, kind: &ProblemKind) -> String {
        use ProblemKind as P;
        match kind {
            P::AnswersYaml(kind) => format!("{}; {ANSWERS_FILE}", kind.describe(Lang::Es)),
            P::AnswersNotAMapping { found } => format!(
                "el archivo es {}, no un mapeo (líneas `id: respuesta`); {ANSWERS_FILE}",
                shape(found)
            ),
            P::CheckNotAMapping => {
                format!("`_check` debe ser un mapeo con date, bank y version; {ANSWERS_FILE}")
            }
            P::CheckDate { date } => format!(
                "`_check.date` es `{date}`, que no es un día; escríbalo como AAAA-MM-DD (por \
                 ejemplo 2026-11-26); {ANSWERS_FILE}"
            ),
            P::OtherBank { saved, bank } => format!(
                "estas respuestas se guardaron con el banco `{saved}`, no con `{bank}`; úselas \
                 con ese banco (--bank ARCHIVO)"
            ),
            P::Answer {
                question,
                issue,
                other_version,
            } => {
                let note = other_version.as_ref().map(versions).unwrap_or_default();
                format!(
                    "pregunta `{question}`: {}{note}",
                    answer_issue(question, issue)
                )
            }
            P::Unanswered { question: q } => format!(
                "la pregunta `{q}` se hace, pero no tiene respuesta; agregue `{q}: ...` al \
                 archivo de respuestas (o `{q}: skip` para «Prefiero no responder»), o responda el \
                 resto en la terminal con --resume ARCHIVO"
            ),
            P::NothingToCompare => "no tiene respuestas, así que no hay nada con qué comparar; \
                                    indique un archivo guardado con --save-answers"
                .into(),
            P::ResourcesYaml(kind) => format!(
                "{}; un archivo de recursos tiene `resources:`, una lista con `name`, `offers`, \
                 `contact` y `hours` (vea el README)",
                kind.describe(Lang::Es)
            ),
            P::Resources(Issue::NoResources) => {
                "`resources` está vacío; incluya al menos un servicio".into()
            }
            P::Resources(Issue::FieldEmpty { resource, field }) => {
                let which = match resource {
                    Resource::Named(name) => format!("el recurso `{name}`"),
                    Resource::Numbered(n) => format!("el recurso {n}"),
                };
                format!("{which}: `{field}` está vacío; complételo")
            }
            P::CannotRead(reason) => format!("no se puede leer: {}", io_reason(reason)),
            P::IsDirectory => "es una carpeta; indique la ruta de un archivo YAML".into(),
            P::NotRegularFile(kind) => format!(
                "es {}, no un archivo común; guarde el texto en un archivo e indique su ruta \
                 (una tubería solo se lee como entrada estándar, /dev/stdin)",
                file_kind(*kind)
            ),
            P::TooLarge { max } => format!(
                "tiene más de 1 MiB; los archivos de más de {max} bytes (1 MiB) se rechazan"
            ),
            P::NotUtf8 { offset } => format!(
                "no es texto UTF-8 (byte incorrecto en la posición {offset}); guárdelo como UTF-8"
            ),
            P::Empty => "está vacío".into(),
            P::NotABank(OtherFile::Resources) => {
                "parece un archivo de recursos (la lista de servicios a los que deriva una \
                 agencia), no un banco de preguntas; `validate` revisa bancos. Úselo con \
                 `selfcheck --resources ARCHIVO`, que lo revisa y nombra cualquier problema."
                    .into()
            }
            P::NotABank(OtherFile::Answers) => {
                "parece un archivo de respuestas, no un banco de preguntas; `validate` revisa \
                 bancos. Úselo con `selfcheck --answers ARCHIVO`."
                    .into()
            }
            P::Bank(err) => err.to_string(),
            P::UnknownRegion { id, known } => {
                format!(
                    "región desconocida `{id}`; este banco tiene: {}",
                    known.join(", ")
                )
            }
            P::NoBuiltinBank { lang, known } => format!(
                "no hay un banco integrado en el idioma `{lang}`; hay: {}",
                known.join(", ")
            ),
            P::SameFileTwice { report, answers } => format!(
                "--report {report} y --save-answers {answers} nombran el mismo archivo; indique \
                 archivos distintos"
            ),
            P::NoCounselorWords { bank } => format!(
                "el banco `{bank}` no tiene las palabras de `counselor`, así que no puede hacer \
                 una sesión con consejería; agréguelas (vea el README, \"Writing a bank\") o \
                 ejecute sin --counselor"
            ),
            P::NotForHistory { flag } => {
                format!("{flag} no se aplica a `selfcheck history`; vea `selfcheck history --help`")
            }
            P::HistoryWordsMissing { bank, missing } => format!(
                "al banco `{bank}` le faltan palabras que `history` necesita en `ui:` ({}); \
                 agréguelas (vea questions/clonazepam.es.yaml)",
                missing.join(", ")
            ),
            P::NoCounselorHistoryTitle { bank } => format!(
                "el banco `{bank}` no tiene `counselor.history_title`, así que no puede redactar \
                 el historial para consejería; agréguelo o ejecute sin --counselor"
            ),
            P::NoTerminal => self.no_terminal().into(),
            P::InputEnded { then } => format!(
                "la entrada estándar terminó antes de que terminara la autoevaluación.\n{then}"
            ),
            P::Interrupted(words) | P::Internal(words) => words.clone(),
            P::CannotWrite(err) => write_error(err),
            P::StillComplete(Shown::Summary) => {
                "El resumen de arriba está completo; ese archivo no se escribió.".into()
            }
            P::StillComplete(Shown::History) => {
                "El historial de arriba está completo; ese archivo no se escribió.".into()
            }
            P::CannotPrintSummary { reason } => format!(
                "no se pudo mostrar el resumen ({}); no se vio",
                reason
                    .as_deref()
                    .unwrap_or("la salida estándar estaba cerrada")
            ),
            P::CannotWriteOutput { reason } => format!("no se pudo escribir la salida: {reason}"),
            P::ManPage { reason } => format!("no se pudo crear la página del manual: {reason}"),
            P::Terminal { reason } => format!("no se pudo usar la terminal: {reason}"),
        }
    }

    fn no_terminal(&self) -> &'static str {
        "la autoevaluación hace sus preguntas en una terminal, y aquí no hay ninguna \
         (la entrada estándar o la salida de errores no es una terminal).\n\
         Para responder sin preguntas, escriba sus respuestas en un archivo y ejecute \
         `selfcheck --answers ARCHIVO` (vea el README, \"Answers file\").\n\
         Para responder línea por línea desde la entrada estándar, ejecute `selfcheck --plain`."
    }

    fn validated(&self, file: &str, questions: usize) -> String {
        format!("{file}: correcto ({questions} preguntas)")
    }

    fn answers_file_header(&self, incomplete: bool) -> &'static str {
        if incomplete {
            "# Respuestas de selfcheck. Este archivo contiene información de salud delicada.\n\
             # Esta autoevaluación se detuvo antes de tiempo. Para responder las preguntas que quedan:\n\
             #   selfcheck --resume ESTE_ARCHIVO\n\
             # Para comparar con él una autoevaluación posterior: selfcheck --compare ESTE_ARCHIVO\n"
        } else {
            "# Respuestas de selfcheck. Este archivo contiene información de salud delicada.\n\
             # Para usarlo de nuevo: selfcheck --answers ESTE_ARCHIVO\n\
             # Para comparar con él una autoevaluación posterior: selfcheck --compare ESTE_ARCHIVO\n"
        }
    }
}

fn answer_issue(question: &str, issue: &AnswerIssue) -> String {
    match issue {
        AnswerIssue::NotInBank { bank } => format!(
            "`{question}` no es una pregunta del banco `{bank}`; `selfcheck questions` las muestra"
        ),
        AnswerIssue::Shape { found, expected: k } => {
            format!("la respuesta es {}; escriba {}", shape(found), expected(*k))
        }
        AnswerIssue::ChecklistNeedsList => format!(
            "en esta pregunta se marcan varias opciones, y la respuesta es una lista; escriba {}",
            expected(Kind::Checklist)
        ),
        AnswerIssue::TextFormNotText { expected: k } => format!(
            "`{{text: ...}}` es solo para texto libre, y esta pregunta no es de texto libre; \
             escriba {}",
            expected(*k)
        ),
        AnswerIssue::ListForOne { expected: k } => format!(
            "la respuesta es una lista, pero esta pregunta lleva una sola respuesta; escriba {}",
            expected(*k)
        ),
        AnswerIssue::Misfit(Misfit::NotAChoice {
            id,
            choices,
            checklist,
        }) => format!(
            "`{id}` no es una opción de esta pregunta; use {}: {}",
            if *checklist {
                "las que correspondan de estas"
            } else {
                "una de estas"
            },
            choices.join(", ")
        ),
        AnswerIssue::Misfit(Misfit::ListedTwice) => {
            "una opción aparece dos veces en la lista; escríbala una sola vez".into()
        }
        AnswerIssue::Misfit(Misfit::WrongKind(k)) => {
            format!("se esperaba {}", expected(*k))
        }
    }
}

fn versions(v: &Versions) -> String {
    format!(
        " (el archivo se guardó con la versión {} del banco `{}`; esta es la versión {})",
        v.saved, v.bank, v.current
    )
}

/// What to write for a question of this kind.
fn expected(kind: Kind) -> &'static str {
    match kind {
        Kind::YesNo => "`yes`, `no` o `skip`",
        Kind::Choice => "el id de una opción, o `skip`",
        Kind::Checklist => "una lista de ids de opciones (`[]` si no marca ninguna), o `skip`",
        Kind::Text => "un texto, o `skip`",
    }
}

fn shape(found: &Shape) -> String {
    match found {
        Shape::Empty => "un valor vacío (~ o nada)".into(),
        Shape::TrueFalse(value) => format!("`{value}`, un valor de verdadero o falso"),
        Shape::Number(n) => format!("el número {n}"),
        Shape::Text => "un texto".into(),
        Shape::List => "una lista".into(),
        Shape::Mapping => "un mapeo".into(),
        Shape::Tagged(tag) => format!("un valor con la etiqueta {tag}"),
        Shape::ListWith(inner) => format!("una lista que contiene {}", shape(inner)),
    }
}

fn io_reason(reason: &IoReason) -> &str {
    match reason {
        IoReason::NotFound => "no existe ese archivo",
        IoReason::PermissionDenied => "permiso denegado",
        IoReason::Other(words) => words,
    }
}

fn file_kind(kind: FileKind) -> &'static str {
    match kind {
        FileKind::NamedPipe => "una tubería con nombre (FIFO)",
        FileKind::Device => "un dispositivo",
        FileKind::Socket => "un socket",
        FileKind::Directory => "una carpeta",
        FileKind::Regular => "un archivo común",
        FileKind::Other => "algo que no es un archivo",
    }
}

fn write_error(err: &WriteError) -> String {
    match err {
        WriteError::Exists(path) => format!(
            "{} ya existe; elija otro nombre, o agregue --force para reemplazarlo",
            path.display()
        ),
        WriteError::NotAFile { path, kind } => format!(
            "{} es {}; --report y --save-answers solo escriben archivos comunes, y --force solo \
             reemplaza un archivo común; elija un nombre de archivo",
            path.display(),
            file_kind(*kind)
        ),
        WriteError::BadPlace { path, why } => {
            let why = match why {
                BadPlace::IsDirectory => {
                    "es una carpeta; indique un nombre de archivo dentro de ella".into()
                }
                BadPlace::NoFileName => {
                    "la ruta no nombra ningún archivo; indique un nombre de archivo".into()
                }
                BadPlace::NameTooLong { bytes, max } => format!(
                    "el nombre del archivo tiene {bytes} bytes; los sistemas de archivos admiten \
                     como máximo {max}, elija un nombre más corto"
                ),
                BadPlace::NotAFolder(folder) => format!("{} no es una carpeta", folder.display()),
                BadPlace::NoFolder(folder) => format!(
                    "la carpeta {} no existe; créela primero, o elija otra",
                    folder.display()
                ),
                BadPlace::Folder { folder, source } => {
                    format!("no se puede usar la carpeta {}: {source}", folder.display())
                }
            };
            format!("no se puede escribir {}: {why}", path.display())
        }
        WriteError::Io { path, source } => {
            format!("no se pudo escribir {}: {source}", path.display())
        }
    }
}
