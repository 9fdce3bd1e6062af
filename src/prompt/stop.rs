//! Ctrl-C, SIGTERM and SIGHUP for every interactive prompter, and a window resized under
//! a menu.
//!
//! While the flow asks (`unwind`), the first Ctrl-C only takes note and wakes the read
//! that waits for a reply: the prompt returns `Interrupted`, and the flow unwinds through
//! the program's own error path (the cursor shown, the bank's message said once, nothing
//! written, exit code 130). A Ctrl-C comes as a signal (plain mode, between prompts) or,
//! in the raw mode of a menu, as a byte the key reader hands to `pressed`; both count
//! alike. A second Ctrl-C, SIGTERM, SIGHUP, or a Ctrl-C while no flow asks (files being
//! written) end the program at once instead (`stop_now`): temporary files removed, the
//! terminal's mode and cursor restored, the message said unless it already was.
//!
//! A signal handler may do almost nothing, so on unix it notes the signal and writes a
//! byte to two pipes (`signals`): one wakes a read blocked in `wait`, the other a thread
//! that decides whether to stop now. Elsewhere, every signal stops at once.

#[cfg(unix)]
mod signals;

use crate::error::exit;
use console::Term;
use std::io;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

/// Ctrl-Cs so far, as signals or as bytes read by a menu.
static INTERRUPTS: AtomicUsize = AtomicUsize::new(0);
/// A prompt has returned `Interrupted` for them: the flow is unwinding.
static TAKEN: AtomicBool = AtomicBool::new(false);
/// SIGTERM or SIGHUP came.
static TERMINATED: AtomicBool = AtomicBool::new(false);
/// The window changed size since a menu last looked.
static RESIZED: AtomicBool = AtomicBool::new(false);
/// A flow is asking: the first Ctrl-C unwinds rather than stops at once.
static UNWIND: AtomicBool = AtomicBool::new(false);
/// `stop_now` has begun, in one thread or another.
static STOPPING: AtomicBool = AtomicBool::new(false);
/// The interrupted message has been said (by the error path or by `stop_now`).
static SAID: AtomicBool = AtomicBool::new(false);
static MESSAGE: Mutex<String> = Mutex::new(String::new());
/// Plain mode never writes escape codes, not even to show the cursor it never hid.
static SHOW_CURSOR: AtomicBool = AtomicBool::new(true);

/// Installs the handlers for SIGINT, SIGTERM and SIGHUP (once per process) and sets the
/// message said on stopping. `show_cursor`: whether the prompter may have hidden the
/// cursor.
pub fn install(message: &str, show_cursor: bool) -> io::Result<()> {
    *MESSAGE.lock().unwrap_or_else(PoisonError::into_inner) =
        crate::text::strip_unsafe(message).into_owned();
    SHOW_CURSOR.store(show_cursor, Ordering::SeqCst);
    install_handlers()
}

#[cfg(unix)]
use signals::install as install_handlers;

/// Without unix signals, every Ctrl-C stops at once.
#[cfg(not(unix))]
fn install_handlers() -> io::Result<()> {
    match ctrlc::set_handler(|| {
        stop_now();
    }) {
        Ok(()) | Err(ctrlc::Error::MultipleHandlers) => Ok(()),
        Err(err) => Err(io::Error::other(err)),
    }
}

/// While this lives, a flow is asking: the first Ctrl-C makes the prompt return
/// `Interrupted` instead of ending the program.
#[must_use = "the first Ctrl-C unwinds only while this lives"]
pub struct Unwinding(());

pub fn unwind() -> Unwinding {
    UNWIND.store(true, Ordering::SeqCst);
    Unwinding(())
}

/// A Ctrl-C that came after the last prompt, so no prompt returned it, stops here: the
/// flow's outcome is not delivered.
impl Drop for Unwinding {
    fn drop(&mut self) {
        UNWIND.store(false, Ordering::SeqCst);
        if INTERRUPTS.load(Ordering::SeqCst) > 0 && !TAKEN.load(Ordering::SeqCst) {
            stop_now();
        }
    }
}

/// Whether a Ctrl-C is waiting: a prompt that sees one returns `Interrupted`.
pub fn interrupted() -> bool {
    let waiting = INTERRUPTS.load(Ordering::SeqCst) > 0;
    if waiting {
        TAKEN.store(true, Ordering::SeqCst);
    }
    waiting
}

/// A Ctrl-C read as a key (the terminal in raw mode sends no signal for it). The first
/// is returned as `Interrupted` by the caller; a second stops at once.
pub fn pressed() {
    TAKEN.store(true, Ordering::SeqCst);
    if INTERRUPTS.fetch_add(1, Ordering::SeqCst) > 0 {
        stop_now();
    }
}

/// The prompt side, after an `Interrupted` error from any reader: the flow unwinds with
/// it. (console's own key reader raises SIGINT for the Ctrl-C it reads, which counts it.)
pub fn claim_in_prompt() {
    TAKEN.store(true, Ordering::SeqCst);
    let _ = INTERRUPTS.compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst);
}

/// Whether the caller is the one to say the interrupted message: true once per process.
pub fn claim_message() -> bool {
    !SAID.swap(true, Ordering::SeqCst)
}

/// A signal came: stop now unless it is a first Ctrl-C that a flow will unwind from.
fn on_signal() {
    let now = stops_now(
        INTERRUPTS.load(Ordering::SeqCst),
        TERMINATED.load(Ordering::SeqCst),
        UNWIND.load(Ordering::SeqCst) || TAKEN.load(Ordering::SeqCst),
    );
    if now {
        stop_now();
    }
}

/// Whether the program stops now, after `interrupts` Ctrl-Cs, SIGTERM or SIGHUP if
/// `terminated`, while a flow asks or unwinds from a Ctrl-C a prompt took if
/// `unwinding` (this thread may see the signal only after the flow has ended).
fn stops_now(interrupts: usize, terminated: bool, unwinding: bool) -> bool {
    terminated || interrupts > 1 || (interrupts == 1 && !unwinding)
}

/// Ends the program at once: no temporary file left, the terminal as it was found, the
/// message said the way the program says its errors (unless it was), exit code 130.
fn stop_now() -> ! {
    if STOPPING.swap(true, Ordering::SeqCst) {
        // Another thread is ending the process: it must not go on here meanwhile.
        loop {
            std::thread::park();
        }
    }
    // Held until the process exits, so no temporary file appears after this.
    let _no_files = crate::files::remove_temporary_files();
    #[cfg(unix)]
    signals::restore_terminal();
    let term = Term::stderr();
    if SHOW_CURSOR.load(Ordering::SeqCst) {
        let _ = term.show_cursor();
    }
    if claim_message() {
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
    }
    let _ = term.flush();
    std::process::exit(i32::from(exit::INTERRUPTED));
}

/// What ended a wait for input.
#[derive(Debug, PartialEq, Eq)]
pub enum Wake {
    /// The input has something to read (or has ended, or failed: the read will say).
    Ready,
    /// A Ctrl-C: the prompt returns `Interrupted`.
    Interrupted,
    /// The window changed size (only while `resizes` lives).
    Resized,
}

/// Waits until `fd` can be read, a Ctrl-C comes, or (with `resizes`) the window changes
/// size. A Ctrl-C that came before the wait is seen at once.
#[cfg(unix)]
pub fn wait(fd: std::os::fd::RawFd, resizes: bool) -> io::Result<Wake> {
    loop {
        if interrupted() {
            return Ok(Wake::Interrupted);
        }
        if resizes && RESIZED.swap(false, Ordering::SeqCst) {
            return Ok(Wake::Resized);
        }
        if signals::poll(fd)? {
            return Ok(Wake::Ready);
        }
    }
}

/// While this lives, a change of the window's size wakes `wait` (with `resizes`). Only
/// then: console's own key reader takes the interrupted read a resize makes for Ctrl-C.
#[must_use = "resizes are seen only while this lives"]
pub struct Resizes(());

pub fn resizes() -> io::Result<Resizes> {
    #[cfg(unix)]
    signals::watch_resizes(true)?;
    Ok(Resizes(()))
}

impl Drop for Resizes {
    fn drop(&mut self) {
        #[cfg(unix)]
        let _ = signals::watch_resizes(false);
        RESIZED.store(false, Ordering::SeqCst);
    }
}

/// The error a reader returns for a Ctrl-C where `Interrupted` would be retried
/// (`BufRead::read_until` reads again after an `Interrupted` error).
#[derive(Debug)]
pub struct Stopped;

impl std::fmt::Display for Stopped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("interrupted")
    }
}

impl std::error::Error for Stopped {}

pub fn stopped() -> io::Error {
    io::Error::other(Stopped)
}

pub fn is_stopped(err: &io::Error) -> bool {
    err.get_ref().is_some_and(|inner| inner.is::<Stopped>())
}

/// The terminal's mode to put back if the program stops while a menu has it raw.
#[cfg(unix)]
pub use signals::{forget_terminal, remember_terminal};

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// The one test that sends this process a signal: the state it leaves (a Ctrl-C
    /// taken, a flow asking) is the process's own, so it stays in one test.
    #[test]
    fn a_ctrl_c_between_prompts_is_seen_by_the_next_wait_before_any_input() {
        install("stopped", false).expect("the handlers are installed");
        // A flow that asks for the rest of this process: the signal only takes note.
        std::mem::forget(unwind());
        // SAFETY: SIGINT to this thread; the handler installed above takes it.
        assert_eq!(unsafe { libc::raise(libc::SIGINT) }, 0);
        let mut fds = [-1; 2];
        // SAFETY: room for the two descriptors.
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        // SAFETY: writes one byte from a live buffer.
        assert_eq!(unsafe { libc::write(fds[1], b"1".as_ptr().cast(), 1) }, 1);
        // Input is waiting, but the Ctrl-C came first.
        assert_eq!(
            wait(fds[0], false).expect("the wait ends"),
            Wake::Interrupted
        );
        assert_eq!(
            wait(fds[0], true).expect("the wait ends"),
            Wake::Interrupted
        );
        claim_message();
        assert!(!claim_message(), "the message is said once");
        for fd in fds {
            // SAFETY: closes the pipe made above.
            unsafe { libc::close(fd) };
        }
    }

    #[test]
    fn only_a_first_ctrl_c_while_a_flow_asks_lets_it_unwind() {
        assert!(!stops_now(1, false, true), "the first Ctrl-C unwinds");
        assert!(stops_now(2, false, true), "a second stops at once");
        assert!(
            stops_now(1, false, false),
            "while files are written, at once"
        );
        assert!(stops_now(0, true, true), "SIGTERM and SIGHUP, at once");
        assert!(!stops_now(0, false, true), "a resize stops nothing");
    }

    #[test]
    fn a_reader_woken_by_ctrl_c_says_so_in_an_error_that_is_not_retried() {
        let err = stopped();
        assert!(is_stopped(&err));
        assert_ne!(err.kind(), io::ErrorKind::Interrupted);
        assert!(!is_stopped(&io::Error::from(io::ErrorKind::Interrupted)));
    }
}
