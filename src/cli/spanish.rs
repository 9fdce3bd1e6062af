//! The command line in Spanish (`--lang es`, or a Spanish locale): help, usage and
//! errors, for the program and every subcommand. clap's own words are English only, so
//! its help is rebuilt here with Spanish text and headings, and its errors are said
//! again in Spanish from what they carry.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

/// The name of the Spanish `help` subcommand (clap's own says its words in English).
pub const HELP: &str = "help";

/// A command's words in Spanish: what it does (short, and long for `--help`), its usage,
/// and each argument's help by its id.
struct Words {
    about: &'static str,
    long_about: Option<&'static str>,
    usage: &'static str,
    args: &'static [(&'static str, &'static str)],
}

const PROGRAM: Words = Words {
    about: "Una autoevaluación educativa sobre el clonazepam (Klonopin). No es un diagnóstico, \
            ni consejo médico, ni es para emergencias: en una emergencia llame al 911.",
    long_about: None,
    usage: "selfcheck [OPCIONES] [COMANDO]",
    args: &[
        (
            "bank",
            "Usar este banco de preguntas en lugar del integrado.",
        ),
        (
            "lang",
            "El idioma: en (inglés) o es (español); sin esta opción, el del entorno (LANG). \
             Con --bank, es el idioma de las palabras del programa (las preguntas son las del \
             banco).",
        ),
        (
            "answers",
            "Responder desde este archivo en lugar de preguntar, y mostrar el resumen.",
        ),
        (
            "resume",
            "Continuar una sesión guardada con --save-answers: solo se hacen las preguntas \
             que quedaron abiertas (en el repaso se puede cambiar cualquier respuesta).",
        ),
        (
            "format",
            "Cómo mostrar el resumen: text (predeterminado), markdown o json.",
        ),
        (
            "region",
            "De qué país mostrar los teléfonos y servicios: us (predeterminado), uk, ca o au.",
        ),
        (
            "plain",
            "Modo simple, para lectores de pantalla y entrada por tubería: preguntas numeradas \
             en líneas simples, que se responden escribiendo un número y pulsando Intro; sin \
             colores; no necesita terminal. También con ACCESSIBLE=1 o TERM=dumb.",
        ),
        (
            "counselor",
            "Modo consejero: guion de consentimiento, notas y un resumen para el consejero en \
             tercera persona.",
        ),
        (
            "resources",
            "La lista de servicios propia de una agencia (YAML), que se muestra después de los \
             recursos de crisis.",
        ),
        (
            "report",
            "Escribir también el resumen en ARCHIVO (markdown, o JSON si termina en .json). \
             Contiene información de salud delicada.",
        ),
        (
            "save_answers",
            "Escribir también las respuestas en ARCHIVO, en el formato que lee --answers. \
             Contiene información de salud delicada.",
        ),
        (
            "compare",
            "Comparar con una autoevaluación anterior (guardada con --save-answers): el \
             resumen dice qué es nuevo, qué ya no se informa y qué cambió.",
        ),
        (
            "include_notes",
            "Modo consejero: incluir las notas de la sesión en el archivo de --report. Sin \
             esta opción, un informe para entregar no las lleva.",
        ),
        (
            "force",
            "Reemplazar los archivos de --report y --save-answers que ya existan.",
        ),
    ],
};

/// Each subcommand's words, by its name.
const SUBCOMMANDS: [(&str, Words); 5] = [
    (
        "validate",
        Words {
            about: "Revisar bancos de preguntas; muestra ARCHIVO:LÍNEA:COL: mensaje por cada \
                    problema (de un archivo de recursos o de respuestas, dice que lo es).",
            long_about: None,
            usage: "selfcheck validate ARCHIVO...",
            args: &[("files", "Los bancos a revisar.")],
        },
    ),
    (
        "questions",
        Words {
            about: "Listar las preguntas del banco (id, sección, tipo, opciones).",
            long_about: None,
            usage: "selfcheck questions [--format text|json]",
            args: &[("format", "Cómo listarlas: text (predeterminado) o json.")],
        },
    ),
    (
        "history",
        Words {
            about: "Autoevaluaciones guardadas lado a lado (archivos escritos con \
                    --save-answers, en cualquier orden).",
            long_about: Some(
                "Autoevaluaciones guardadas lado a lado (archivos escritos con --save-answers, \
                 en cualquier orden).\n\nQué señales se informaron en cada autoevaluación, y qué \
                 se le pidió a la persona en cada una. En la terminal, las más recientes que \
                 caben en el ancho; markdown y JSON las tienen todas.",
            ),
            usage: "selfcheck history [OPCIONES] ARCHIVO...",
            args: &[
                (
                    "files",
                    "Las autoevaluaciones guardadas (por ejemplo semana*.yaml).",
                ),
                (
                    "format",
                    "Cómo mostrar el historial: text (predeterminado), markdown o json.",
                ),
                (
                    "counselor",
                    "Redactarlo para un consejero, en tercera persona.",
                ),
                (
                    "region",
                    "De qué país mostrar los teléfonos en las acciones: us (predeterminado), \
                     uk, ca o au.",
                ),
                (
                    "plain",
                    "Solo marcas ASCII en la tabla de la terminal (también con ACCESSIBLE=1 o \
                     TERM=dumb).",
                ),
                (
                    "report",
                    "Escribir también el historial en ARCHIVO (markdown, o JSON si termina en \
                     .json). Contiene información de salud delicada.",
                ),
                ("force", "Reemplazar el archivo de --report si ya existe."),
            ],
        },
    ),
    (
        "completions",
        Words {
            about: "Mostrar un guion de autocompletado para el intérprete de órdenes (bash, \
                    zsh, fish, elvish, powershell).",
            long_about: None,
            usage: "selfcheck completions INTÉRPRETE",
            args: &[(
                "shell",
                "El intérprete de órdenes: bash, zsh, fish, elvish o powershell.",
            )],
        },
    ),
    (
        "man",
        Words {
            about: "Mostrar la página de manual (roff), para `man`.",
            long_about: None,
            usage: "selfcheck man",
            args: &[],
        },
    ),
];

/// The command with Spanish help, for the program and each subcommand, and a Spanish
/// `help` subcommand (see `help_target`).
pub fn command(command: Command) -> Command {
    let mut command = in_spanish(command, &PROGRAM)
        .after_help(
            "Sin un comando, hace la autoevaluación en esta terminal. Nada de lo que responda \
             se guarda ni se envía, a menos que lo pida con --report o --save-answers.",
        )
        .subcommand_value_name("COMANDO")
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help("Mostrar la versión."),
        );
    for (name, words) in &SUBCOMMANDS {
        command = command.mut_subcommand(*name, |sub| in_spanish(sub, words));
    }
    let help = Command::new(HELP).arg(Arg::new("command").value_name("COMANDO"));
    command.subcommand(in_spanish(help, &HELP_WORDS))
}

const HELP_WORDS: Words = Words {
    about: "Mostrar esta ayuda, o la de un COMANDO.",
    long_about: None,
    usage: "selfcheck help [COMANDO]",
    args: &[("command", "El comando del que mostrar la ayuda.")],
};

/// `selfcheck help [COMANDO]`: the arguments that show that help (`COMANDO --help`).
pub fn help_target(matches: &clap::ArgMatches) -> Option<Vec<String>> {
    let (HELP, help) = matches.subcommand()? else {
        return None;
    };
    let mut args = vec!["selfcheck".to_string()];
    args.extend(help.get_one::<String>("command").cloned());
    args.push("--help".into());
    Some(args)
}

/// One command's help in Spanish: its words, Spanish headings and value names, its
/// defaults and possible values said in its help instead of clap's English brackets.
fn in_spanish(command: Command, words: &Words) -> Command {
    let template = template(&command);
    let mut command = command
        .about(words.about)
        .long_about(words.long_about)
        .override_usage(words.usage)
        .help_template(template)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("Mostrar esta ayuda."),
        );
    for (id, help) in words.args {
        command = command.mut_arg(*id, |arg| arg.help(*help).long_help(None::<&str>));
    }
    command.mut_args(|arg| {
        let names: Vec<String> = arg
            .get_value_names()
            .map(|v| v.iter().map(|n| n.as_str().to_string()).collect())
            .unwrap_or_default();
        let arg = match names.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            ["FILE"] => arg.value_name("ARCHIVO"),
            ["EARLIER"] => arg.value_name("ANTERIOR"),
            ["REGION"] => arg.value_name("REGIÓN"),
            ["LANG"] => arg.value_name("IDIOMA"),
            _ => arg,
        };
        let arg = match arg.get_id().as_str() {
            "format" => arg.value_name("FORMATO"),
            "shell" => arg.value_name("INTÉRPRETE"),
            _ => arg,
        };
        if arg.get_action().takes_values() {
            arg.hide_default_value(true).hide_possible_values(true)
        } else {
            arg
        }
    })
}

/// The help's layout, with Spanish headings: clap's own are English, and a heading of
/// ours given to each argument would be listed in an order of clap's choosing.
fn template(command: &Command) -> String {
    let mut template = String::from("{about-with-newline}\nUso: {usage}\n\n");
    if command.get_positionals().next().is_some() {
        template.push_str("Argumentos:\n{positionals}\n\n");
    }
    if command.has_subcommands() {
        template.push_str("Comandos:\n{subcommands}\n\n");
    }
    template.push_str("Opciones:\n{options}{after-help}");
    template
}

/// Says a usage error in Spanish and exits 2; help and version print and exit 0.
pub fn exit(err: &clap::Error) -> ! {
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        err.exit();
    }
    // The usage of the command the error is in (a subcommand's own), which the Spanish
    // command gives in Spanish; clap puts its English title before it. An error that
    // clap gives without a usage is said without one too.
    let usage = match err.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(usage)) => format!(
            "\n\nUso: {}",
            usage.to_string().trim_start_matches("Usage:").trim()
        ),
        _ => String::new(),
    };
    eprintln!(
        "error: {}{}{usage}\n\nPara más información, use --help.",
        message(err),
        suggestion(err)
    );
    std::process::exit(2);
}

/// The error in Spanish, from what clap knows about it.
fn message(err: &clap::Error) -> String {
    let text = |kind: ContextKind| context_text(err, kind);
    let arg = text(ContextKind::InvalidArg);
    match err.kind() {
        ErrorKind::UnknownArgument => format!("argumento desconocido «{arg}»"),
        ErrorKind::InvalidSubcommand => format!(
            "comando desconocido «{}»",
            text(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidValue => {
            let value = text(ContextKind::InvalidValue);
            let valid = text(ContextKind::ValidValue);
            if value.is_empty() {
                format!("«{arg}» necesita un valor")
            } else if valid.is_empty() {
                format!("valor no válido «{value}» para «{arg}»")
            } else {
                format!("valor no válido «{value}» para «{arg}»; valores posibles: {valid}")
            }
        }
        ErrorKind::MissingRequiredArgument => format!("falta un argumento obligatorio: {arg}"),
        ErrorKind::ArgumentConflict => format!(
            "«{arg}» no se puede usar junto con «{}»",
            text(ContextKind::PriorArg)
        ),
        ErrorKind::TooManyValues => format!("«{arg}» tiene demasiados valores"),
        ErrorKind::MissingSubcommand => "falta un comando".to_string(),
        ErrorKind::InvalidUtf8 => "un argumento no es texto UTF-8".to_string(),
        _ => "los argumentos no son válidos".to_string(),
    }
}

/// clap's "tip: a similar argument exists", in Spanish.
fn suggestion(err: &clap::Error) -> String {
    [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand]
        .into_iter()
        .map(|kind| context_text(err, kind))
        .find(|s| !s.is_empty())
        .map(|s| format!("\n\n  sugerencia: ¿quiso decir «{s}»?"))
        .unwrap_or_default()
}

fn context_text(err: &clap::Error, kind: ContextKind) -> String {
    match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// A subcommand or an option added in English without its Spanish words would show
    /// English under --lang es.
    #[test]
    fn every_command_and_option_has_its_spanish_words() {
        let english = crate::cli::Cli::command();
        let said = |words: &Words, id: &str| words.args.iter().any(|(arg, _)| *arg == id);
        for arg in english.get_arguments() {
            assert!(said(&PROGRAM, arg.get_id().as_str()), "--{}", arg.get_id());
        }
        for sub in english.get_subcommands() {
            let words = SUBCOMMANDS
                .iter()
                .find(|(name, _)| *name == sub.get_name())
                .map(|(_, words)| words)
                .unwrap_or_else(|| panic!("{} has no Spanish words", sub.get_name()));
            for arg in sub.get_arguments() {
                assert!(
                    said(words, arg.get_id().as_str()),
                    "{} {}",
                    sub.get_name(),
                    arg.get_id()
                );
            }
        }
    }
}
