//! The command-line interface (see README, "Usage").

use crate::render::Format;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "selfcheck",
    version,
    about = "An educational self-check about clonazepam (Klonopin). Not a diagnosis, \
             not medical advice, not for emergencies: in an emergency call 911.",
    after_help = "With no subcommand, runs the self-check in this terminal. \
                  Nothing you enter is saved or sent unless you ask with --report or --save-answers."
)]
pub struct Cli {
    /// Use this question bank instead of the built-in one.
    #[arg(long, value_name = "FILE", global = true)]
    pub bank: Option<PathBuf>,

    /// The language: en or es (español); without it, the locale's (LANG), else en.
    /// With --bank, it is the language of the program's own words (the questions are the
    /// bank's).
    #[arg(long, value_name = "LANG", global = true)]
    pub lang: Option<String>,

    /// Answer from this file instead of prompts, then print the summary.
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,

    /// Continue a session saved with --save-answers: ask only the questions it left
    /// open (the review can change any answer).
    #[arg(long, value_name = "FILE", conflicts_with = "answers")]
    pub resume: Option<PathBuf>,

    /// How to print the summary.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Whose phone numbers and services to show: us (default), uk, ca or au.
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,

    /// Plain mode, for screen readers and piped input: numbered questions as plain lines,
    /// answered by typing a number and pressing Enter; no colours, no redraws; needs no
    /// terminal. Also on when ACCESSIBLE=1 or TERM=dumb. (--answers asks nothing.)
    #[arg(long)]
    pub plain: bool,

    /// Counselor mode: consent script, counselor notes and prompts, session notes, and a
    /// counselor summary in third person.
    #[arg(long)]
    pub counselor: bool,

    /// An agency's own referral list (YAML), shown after the crisis resources.
    #[arg(long, value_name = "FILE")]
    pub resources: Option<PathBuf>,

    /// Also write the summary to FILE (markdown, or JSON when FILE ends in .json).
    /// The file holds sensitive health information.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,

    /// Also write the answers to FILE, in the format --answers reads.
    /// The file holds sensitive health information.
    #[arg(long, value_name = "FILE")]
    pub save_answers: Option<PathBuf>,

    /// Compare with an earlier check (an answers file saved with --save-answers): the
    /// summary says what is new, no longer reported, or changed since then.
    #[arg(long, value_name = "EARLIER")]
    pub compare: Option<PathBuf>,

    /// Counselor mode: put the session notes in the --report file too. By default a
    /// report to hand on leaves them out.
    #[arg(long)]
    pub include_notes: bool,

    /// Replace --report and --save-answers files that already exist.
    #[arg(long)]
    pub force: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check question banks; prints FILE:LINE:COL: message for each problem.
    Validate {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// List the bank's questions (id, section, kind, choices).
    Questions {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Saved checks side by side (files written by --save-answers, in any order).
    ///
    /// Which signs were reported at which check, and what each check asked of the person.
    /// In the terminal, the most recent checks that fit the width; markdown and JSON have
    /// them all.
    History(HistoryArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), for `man`.
    Man,
}

#[derive(Debug, clap::Args)]
pub struct HistoryArgs {
    /// The saved checks (for example week*.yaml).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// How to print the history.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Word it for a counselor, in third person.
    #[arg(long)]
    pub counselor: bool,

    /// Whose phone numbers to show in the actions: us (default), uk, ca or au.
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,

    /// Only ASCII marks in the terminal grid (also on when ACCESSIBLE=1 or TERM=dumb).
    #[arg(long)]
    pub plain: bool,

    /// Also write the history to FILE (markdown, or JSON when FILE ends in .json).
    /// The file holds sensitive health information.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,

    /// Replace the --report file if it already exists.
    #[arg(long)]
    pub force: bool,
}

/// A completion script for `shell`, made from the command-line definition, with the
/// descriptions a shell shows (zsh, fish) in `lang`.
pub fn completions(shell: clap_complete::Shell, lang: crate::messages::Lang) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command(lang), "selfcheck", &mut out);
    out
}

/// The command-line definition, with its help in `lang`.
fn command(lang: crate::messages::Lang) -> clap::Command {
    use clap::CommandFactory;
    match lang {
        crate::messages::Lang::En => Cli::command(),
        crate::messages::Lang::Es => spanish::command(Cli::command()),
    }
}

/// The manual page (roff), made from the command-line definition.
pub fn man_page() -> std::io::Result<Vec<u8>> {
    use clap::CommandFactory;
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    Ok(out)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

/// The value of `--lang` in the raw arguments, read before they are parsed so that the
/// parser itself can speak the language.
pub fn lang_arg(args: &[std::ffi::OsString]) -> Option<String> {
    let mut args = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
        if arg == "--lang" {
            return args.next().map(str::to_string);
        }
    }
    None
}

/// Parses the arguments, with help and errors in `lang`; exits on help, version or a
/// usage error (exit 2), as clap does.
pub fn parse(args: Vec<std::ffi::OsString>, lang: crate::messages::Lang) -> Cli {
    use clap::FromArgMatches;
    let spanish = lang == crate::messages::Lang::Es;
    let command = || command(lang);
    let fail = |err: clap::Error| -> ! {
        if spanish {
            spanish::exit(&err)
        } else {
            err.exit()
        }
    };
    let matches = command()
        .try_get_matches_from(args)
        .unwrap_or_else(|err| fail(err));
    // `help [COMANDO]` in Spanish: the help `COMANDO --help` shows, or an unknown command.
    if let Some(help) = spanish::help_target(&matches) {
        // `--help` stops the parse with the help to show (or the unknown command).
        if let Err(err) = command().try_get_matches_from(help) {
            fail(err);
        }
    }
    Cli::from_arg_matches(&matches).unwrap_or_else(|err| fail(err))
}

mod spanish;
