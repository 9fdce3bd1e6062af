//! The command line in Spanish (`--lang es`, or a Spanish locale): help, usage and
//! errors. clap's own words are English only, so its help is rebuilt here with Spanish
//! text and headings, and its errors are said again in Spanish from what they carry.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

const USAGE: &str = "selfcheck [OPCIONES] [COMANDO]";

/// Each option's help in Spanish, by its id.
const OPTIONS: [(&str, &str); 14] = [
    (
        "bank",
        "Usar este banco de preguntas en lugar del integrado.",
    ),
    (
        "lang",
        "El idioma del banco integrado: en (inglés) o es (español).",
    ),
    (
        "answers",
        "Responder desde este archivo en lugar de preguntar, y mostrar el resumen.",
    ),
    (
        "resume",
        "Continuar una sesión guardada con --save-answers: solo se hacen las preguntas que quedaron abiertas.",
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
        "Modo simple, para lectores de pantalla y entrada por tubería: preguntas numeradas en líneas simples, sin colores.",
    ),
    (
        "counselor",
        "Modo consejero: guion de consentimiento, notas y un resumen para el consejero en tercera persona.",
    ),
    (
        "resources",
        "La lista de servicios propia de una agencia (YAML).",
    ),
    (
        "report",
        "Escribir también el resumen en ARCHIVO (markdown, o JSON si termina en .json). Contiene información de salud delicada.",
    ),
    (
        "save_answers",
        "Escribir también las respuestas en ARCHIVO, en el formato que lee --answers. Contiene información de salud delicada.",
    ),
    (
        "compare",
        "Comparar con una autoevaluación anterior (guardada con --save-answers).",
    ),
    (
        "include_notes",
        "Modo consejero: incluir las notas de la sesión en el archivo de --report.",
    ),
    (
        "force",
        "Reemplazar los archivos de --report y --save-answers que ya existan.",
    ),
];

/// The command with Spanish help.
pub fn command(command: Command) -> Command {
    let mut command = command
        .about(
            "Una autoevaluación educativa sobre el clonazepam (Klonopin). No es un diagnóstico, \
             ni consejo médico, ni es para emergencias: en una emergencia llame al 911.",
        )
        .after_help(
            "Sin un comando, hace la autoevaluación en esta terminal. Nada de lo que responda \
             se guarda ni se envía, a menos que lo pida con --report o --save-answers.",
        )
        .override_usage(USAGE)
        .help_template("{about-with-newline}\nUso: {usage}\n\n{all-args}{after-help}")
        .subcommand_help_heading("Comandos")
        .subcommand_value_name("COMANDO")
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("Mostrar esta ayuda."),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help("Mostrar la versión."),
        );
    for (id, help) in OPTIONS {
        command = command.mut_arg(id, |arg| {
            let arg = arg.help(help).help_heading("Opciones");
            match arg
                .get_value_names()
                .map(|v| v.iter().map(|n| n.as_str().to_string()).collect::<Vec<_>>())
            {
                Some(names) if names == ["FILE"] => arg.value_name("ARCHIVO"),
                Some(names) if names == ["EARLIER"] => arg.value_name("ANTERIOR"),
                Some(names) if names == ["REGION"] => arg.value_name("REGIÓN"),
                Some(names) if names == ["LANG"] => arg.value_name("IDIOMA"),
                Some(names) if names == ["FORMAT"] => arg
                    .value_name("FORMATO")
                    .hide_default_value(true)
                    .hide_possible_values(true),
                _ => arg,
            }
        });
    }
    command = command.mut_args(|arg| {
        if arg.get_id() == "help" || arg.get_id() == "version" {
            arg.help_heading("Opciones")
        } else {
            arg
        }
    });
    command
        .mut_subcommand("validate", |sub| {
            sub.about("Revisar bancos de preguntas; muestra ARCHIVO:LÍNEA:COL: mensaje por cada problema.")
                .override_usage("selfcheck validate ARCHIVO...")
                .help_template("{about-with-newline}\nUso: {usage}\n\n{all-args}\n")
                .mut_arg("files", |a| a.value_name("ARCHIVO").help("Los bancos a revisar.").help_heading("Argumentos"))
                .disable_help_flag(true)
                .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help("Mostrar esta ayuda.").help_heading("Opciones"))
        })
        .mut_subcommand("questions", |sub| {
            sub.about("Listar las preguntas del banco (id, sección, tipo, opciones).")
                .override_usage("selfcheck questions [--format text|json]")
                .help_template("{about-with-newline}\nUso: {usage}\n\n{all-args}\n")
                .mut_arg("format", |a| {
                    a.help("Cómo listarlas: text (predeterminado) o json.")
                        .value_name("FORMATO")
                        .hide_default_value(true)
                        .hide_possible_values(true)
                        .help_heading("Opciones")
                })
                .disable_help_flag(true)
                .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help("Mostrar esta ayuda.").help_heading("Opciones"))
        })
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
    eprintln!(
        "error: {}\n\nUso: {USAGE}\n\nPara más información, use --help.",
        message(err)
    );
    std::process::exit(2);
}

/// The error in Spanish, from what clap knows about it.
fn message(err: &clap::Error) -> String {
    let text = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
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
        _ => "los argumentos no son válidos".to_string(),
    }
}
