//! Ctrl-C, for every interactive prompter. In a terminal prompt the terminal is in raw mode: the key arrives as a byte, console
//! turns it into an `Interrupted` error (and raises SIGINT too). Between keys and
//! between prompts the terminal is not in raw mode and SIGINT arrives as a signal. Both
//! must end the same way: the cursor shown again, the bank's message, exit code 130.
//!
//! Since one Ctrl-C can arrive both ways at once (the error in the main thread and the
//! signal in the handler's thread), whichever side claims the stop first handles it,
//! and the other keeps quiet: the message is printed once.

use crate::error::exit;
use console::Term;
use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

static CLAIMED: AtomicBool = AtomicBool::new(false);
static MESSAGE: Mutex<String> = Mutex::new(String::new());
/// Plain mode never writes escape codes, not even to show the cursor it never hid.
static SHOW_CURSOR: AtomicBool = AtomicBool::new(true);

/// Installs the handler for SIGINT, SIGTERM and SIGHUP (once per process) and sets the message it prints.
/// `show_cursor`: whether the prompter may have hidden the cursor.
pub fn install(message: &str, show_cursor: bool) -> io::Result<()> {
    *MESSAGE.lock().unwrap_or_else(PoisonError::into_inner) =
        crate::text::strip_unsafe(message).into_owned();
    SHOW_CURSOR.store(show_cursor, Ordering::SeqCst);
    match ctrlc::set_handler(on_signal) {
        Ok(()) | Err(ctrlc::Error::MultipleHandlers) => Ok(()),
        Err(err) => Err(io::Error::other(err)),
    }
}

/// The signal side: show the cursor, print the message the way the program prints its
/// errors, and exit with 130.
fn on_signal() {
    if CLAIMED.swap(true, Ordering::SeqCst) {
        return;
    }
    // Held until the process exits, so no temporary file appears after this.
    let _no_files = crate::files::remove_temporary_files();
    let term = Term::stderr();
    if SHOW_CURSOR.load(Ordering::SeqCst) {
        let _ = term.show_cursor();
    }
    let _ = term.write_line("");
    let message = MESSAGE
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    let prefix = concat!(env!("CARGO_PKG_NAME"), ": ");
    let columns = crate::width::stderr_columns();
    for line in crate::width::prefixed(&message, prefix, columns).lines() {
        let _ = term.write_line(line);
    }
    let _ = term.flush();
    std::process::exit(i32::from(exit::INTERRUPTED));
}

/// The prompt side, after an `Interrupted` error. When the signal handler has already
/// claimed this Ctrl-C it is printing and exiting: wait for it rather than print twice.
pub fn claim_in_prompt() {
    if CLAIMED.swap(true, Ordering::SeqCst) {
        std::thread::sleep(Duration::from_secs(2));
    }
}
