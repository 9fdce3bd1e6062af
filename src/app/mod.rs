//! The edge: reads arguments and files, picks a prompter, prints and writes what was
//! asked for. Everything it calls into is plain data and logic.

mod check;
mod history;
mod inputs;
mod other_file;
mod read;

use crate::cli::{Cli, Command, ListFormat};
use crate::error::{Error, Problem, ProblemKind, Result};
use crate::messages::Lang;
use crate::questions;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn main() -> ExitCode {
    // Over a file-size limit (ulimit -f), a write fails with an error the writer handles
    // (removing its temporary file) instead of the signal killing the process.
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to ignore, before any thread starts.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The session's language, before anything is said: --lang, else the locale.
    let lang = Lang::pick(crate::cli::lang_arg(&args).as_deref(), |name| {
        std::env::var(name).ok()
    });
    crate::messages::set(lang);
    if monochrome(std::env::var("TERM").ok().as_deref()) {
        console::set_colors_enabled(false);
        console::set_colors_enabled_stderr(false);
    }
    let cli = crate::cli::parse(args, lang);
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // A second Ctrl-C may have said the interrupted message already. Otherwise
            // the error is put into words here, at the edge, in the session's language.
            if !matches!(err, Error::Interrupted(_)) || crate::prompt::stop::claim_message() {
                // Ctrl-C's words are for the person at the terminal: fitted to its window.
                let fit = matches!(err, Error::Interrupted(_))
                    .then(crate::width::stderr_columns)
                    .flatten();
                say(&prefix_lines(&err.render(lang), fit));
            }
            err.exit_code()
        }
    }
}

/// A terminal type that shows no colour (`xterm-mono`, `vt100-m`, ...): the screens are
/// drawn without any colour or style codes, as with `NO_COLOR`.
fn monochrome(term: Option<&str>) -> bool {
    term.is_some_and(|t| t.ends_with("-mono") || t.ends_with("-m") || t == "mono")
}

/// Every line of an error starts with the program's name, so it reads well in logs;
/// with the `columns` of a terminal, each is also wrapped to fit it.
fn prefix_lines(message: &str, columns: Option<usize>) -> String {
    // An error may quote a file's own text: print it without control characters.
    crate::width::prefixed(&crate::text::strip_unsafe(message), "selfcheck: ", columns)
}

pub fn run(cli: Cli) -> Result<()> {
    match &cli.command {
        Some(Command::Validate { files }) => return validate(files),
        Some(Command::Completions { shell }) => {
            return write_stdout(&String::from_utf8_lossy(&crate::cli::completions(
                *shell,
                crate::messages::lang(),
            )));
        }
        Some(Command::Man) => {
            let page = crate::cli::man_page().map_err(|err| {
                Error::failed(ProblemKind::ManPage {
                    reason: err.to_string(),
                })
            })?;
            return write_stdout(&String::from_utf8_lossy(&page));
        }
        _ => {}
    }
    // Without --lang, the built-in bank follows the locale, as the messages do.
    let lang = cli
        .lang
        .clone()
        .or_else(|| Some(crate::messages::lang().code().to_string()));
    let bank = inputs::load_bank(cli.bank.as_deref(), lang.as_deref())?;
    match &cli.command {
        Some(Command::Questions { format }) => write_stdout(&match format {
            ListFormat::Json => questions::json(&bank),
            ListFormat::Text => questions::text(&bank),
        }),
        Some(Command::History(args)) => history::history(&history::options(&cli, args)?, &bank),
        Some(Command::Validate { .. } | Command::Completions { .. } | Command::Man) => {
            unreachable!("handled above")
        }
        None => check::self_check(&cli, &bank),
    }
}

fn validate(files: &[PathBuf]) -> Result<()> {
    let mut problems: Vec<Problem> = Vec::new();
    for file in files {
        let name = file.display().to_string();
        let loaded = inputs::read_input(file).and_then(|source| {
            if let Some(kind) = other_file::other_kind_of_file(&source) {
                return Err(Error::bad_file(&name, ProblemKind::NotABank(kind)));
            }
            inputs::bank_from_source(&name, &source)
        });
        match loaded {
            Ok(bank) => say(&crate::messages::words().validated(&name, bank.len())),
            Err(err) => problems.extend(err.into_problems()),
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::BadInput(problems))
    }
}

/// Prints a line to standard error. A closed or broken standard error is ignored: the
/// message has nowhere to go, and `eprintln!` would panic there.
pub(crate) fn say(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{line}").and_then(|()| err.flush());
}

/// Prints a listing to standard output; a reader that went away (`| head`) ends it
/// quietly.
fn write_stdout(text: &str) -> Result<()> {
    match print_out(text) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Error::failed(ProblemKind::CannotWriteOutput {
                reason: err.to_string(),
            }))
        }
        _ => Ok(()),
    }
}

/// Prints the summary to standard output. A summary that cannot be printed, even to a
/// reader that went away, is lost: that is a failure (exit 1), not a success.
fn write_summary(text: &str) -> Result<()> {
    let printed = if stdout_closed() {
        Err(std::io::ErrorKind::BrokenPipe.into())
    } else {
        print_out(text)
    };
    printed.map_err(|err| {
        Error::failed(ProblemKind::CannotPrintSummary {
            reason: (err.kind() != std::io::ErrorKind::BrokenPipe).then(|| err.to_string()),
        })
    })
}

/// Whether standard output was closed when the program started (`>&-`). The standard
/// library then opens /dev/null on it, read-write, before `main`, and writes vanish. A
/// shell's `> /dev/null` opens it write-only: that is a choice, not a loss.
fn stdout_closed() -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::MetadataExt;
        let Ok(fd) = std::io::stdout().as_fd().try_clone_to_owned() else {
            return true;
        };
        // SAFETY: F_GETFL only reads the descriptor's flags.
        let flags = unsafe { libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFL) };
        let read_write = flags != -1 && flags & libc::O_ACCMODE == libc::O_RDWR;
        let on_null = match (
            std::fs::File::from(fd).metadata(),
            std::fs::metadata("/dev/null"),
        ) {
            (Ok(out), Ok(null)) => out.rdev() == null.rdev() && out.dev() == null.dev(),
            _ => false,
        };
        flags == -1 || (read_write && on_null)
    }
    #[cfg(not(unix))]
    false
}

fn print_out(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush())
}

#[cfg(test)]
mod tests {
    #[test]
    fn mono_terminal_types_get_no_colour() {
        for term in ["xterm-mono", "vt100-m", "mono"] {
            assert!(super::monochrome(Some(term)), "{term}");
        }
        for term in ["xterm-256color", "screen", "xterm-mouse"] {
            assert!(!super::monochrome(Some(term)), "{term}");
        }
        assert!(!super::monochrome(None));
    }
}
