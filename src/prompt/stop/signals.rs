//! The unix side of `stop`: signal handlers that only note the signal and write a byte
//! to two pipes, one that wakes a read blocked in `poll` and one that wakes the thread
//! deciding whether to stop now. The handlers are installed without `SA_RESTART`, but
//! nothing relies on that: a waiting read polls its pipe too, so a signal that lands on
//! another thread, or just before the wait began, still wakes it.

use super::{INTERRUPTS, RESIZED, TERMINATED};
use std::io;
use std::os::fd::RawFd;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Mutex, PoisonError};

/// The signals that stop the program (or, for a first Ctrl-C, unwind the flow).
const STOPPING: [libc::c_int; 3] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP];

/// Pipes as [read end, write end]; -1 until installed.
static WAKE: [AtomicI32; 2] = [AtomicI32::new(-1), AtomicI32::new(-1)];
static WATCH: [AtomicI32; 2] = [AtomicI32::new(-1), AtomicI32::new(-1)];
static INSTALLED: Mutex<bool> = Mutex::new(false);
/// The terminal and its mode before a menu made it raw.
static TERMINAL: Mutex<Option<(RawFd, libc::termios)>> = Mutex::new(None);

/// Installs the handlers and starts the thread that decides (once per process).
pub(super) fn install() -> io::Result<()> {
    let mut installed = INSTALLED.lock().unwrap_or_else(PoisonError::into_inner);
    if *installed {
        return Ok(());
    }
    let wake = pipe(true)?;
    let watch = pipe(false)?;
    for (slot, fd) in WAKE.iter().zip(wake).chain(WATCH.iter().zip(watch)) {
        slot.store(fd, Ordering::SeqCst);
    }
    spawn_watcher()?;
    for signal in STOPPING {
        set_handler(signal, handler())?;
    }
    *installed = true;
    Ok(())
}

/// Turns noting a resize on (a handler) or off (the default: the signal is ignored).
pub(super) fn watch_resizes(on: bool) -> io::Result<()> {
    let action = if on { handler() } else { libc::SIG_DFL };
    set_handler(libc::SIGWINCH, action)
}

/// Waits until `fd` is readable or a signal wakes the wait; `true` for the first. A wake
/// is taken from the pipe, so the caller looks at what the signal noted and waits again.
pub(super) fn poll(fd: RawFd) -> io::Result<bool> {
    let wake = WAKE[0].load(Ordering::SeqCst);
    let mut fds = [
        libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        },
        libc::pollfd {
            fd: wake,
            events: libc::POLLIN,
            revents: 0,
        },
    ];
    let count = if wake < 0 { 1 } else { 2 };
    // SAFETY: `fds` holds `count` pollfd structures and outlives the call.
    let ready = unsafe { libc::poll(fds.as_mut_ptr(), count, -1) };
    if ready < 0 {
        let err = io::Error::last_os_error();
        return if err.kind() == io::ErrorKind::Interrupted {
            Ok(false)
        } else {
            Err(err)
        };
    }
    if fds[1].revents != 0 {
        drain(wake);
        return Ok(false);
    }
    Ok(fds[0].revents != 0)
}

/// Remembers the terminal's mode before a menu makes it raw, to put back on stopping.
pub fn remember_terminal(fd: RawFd, mode: libc::termios) {
    *TERMINAL.lock().unwrap_or_else(PoisonError::into_inner) = Some((fd, mode));
}

pub fn forget_terminal() {
    *TERMINAL.lock().unwrap_or_else(PoisonError::into_inner) = None;
}

pub(super) fn restore_terminal() {
    if let Some((fd, mode)) = *TERMINAL.lock().unwrap_or_else(PoisonError::into_inner) {
        // SAFETY: `mode` is a termios read from this terminal by tcgetattr.
        unsafe { libc::tcsetattr(fd, libc::TCSANOW, &mode) };
    }
}

fn handler() -> libc::sighandler_t {
    on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t
}

/// The handler: only what is safe in one (atomics, `write`), keeping `errno` as it was.
extern "C" fn on_signal(signal: libc::c_int) {
    let errno = errno::get();
    match signal {
        libc::SIGINT => {
            INTERRUPTS.fetch_add(1, Ordering::SeqCst);
        }
        libc::SIGWINCH => RESIZED.store(true, Ordering::SeqCst),
        _ => TERMINATED.store(true, Ordering::SeqCst),
    }
    let byte = [0u8; 1];
    for pipe in [&WAKE, &WATCH] {
        let fd = pipe[1].load(Ordering::SeqCst);
        if fd >= 0 {
            // SAFETY: writes one byte from a live buffer; a full pipe (EAGAIN) already
            // has a wake waiting in it.
            unsafe { libc::write(fd, byte.as_ptr().cast(), 1) };
        }
    }
    errno::set(errno);
}

/// The thread that decides, after each signal, whether to stop now. The stopping signals
/// are blocked in it, so they land on the thread that reads and interrupt its read.
fn spawn_watcher() -> io::Result<()> {
    // SAFETY: sigset_t is plain data, set up by sigemptyset/sigaddset before any use.
    let (mut block, mut old) = unsafe { (std::mem::zeroed(), std::mem::zeroed()) };
    // SAFETY: pointers to the two sets above.
    unsafe {
        libc::sigemptyset(&mut block);
        for signal in STOPPING.iter().chain(&[libc::SIGWINCH]) {
            libc::sigaddset(&mut block, *signal);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &block, &mut old);
    }
    // A new thread starts with the mask of the thread that made it.
    let spawned = std::thread::Builder::new()
        .name("signals".into())
        .spawn(watch);
    // SAFETY: puts back the mask saved above.
    unsafe { libc::pthread_sigmask(libc::SIG_SETMASK, &old, std::ptr::null_mut()) };
    spawned.map(drop)
}

fn watch() {
    let fd = WATCH[0].load(Ordering::SeqCst);
    let mut buf = [0u8; 64];
    loop {
        // SAFETY: reads into a live buffer of that length.
        let read = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if read == 0 || (read < 0 && !is_interrupted()) {
            return;
        }
        super::on_signal();
    }
}

fn is_interrupted() -> bool {
    io::Error::last_os_error().kind() == io::ErrorKind::Interrupted
}

fn set_handler(signal: libc::c_int, handler: libc::sighandler_t) -> io::Result<()> {
    // SAFETY: a zeroed sigaction is valid; its mask is emptied before use.
    let mut action: libc::sigaction = unsafe { std::mem::zeroed() };
    action.sa_sigaction = handler;
    // No SA_RESTART: a read the signal interrupts returns, rather than waiting on.
    action.sa_flags = 0;
    // SAFETY: pointers to the sigaction above; no old action is asked for.
    let done = unsafe {
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(signal, &action, std::ptr::null_mut())
    };
    if done == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// A pipe whose ends are closed on exec; the write end never blocks (a handler writes
/// to it), and the read end neither when `nonblocking_read`.
fn pipe(nonblocking_read: bool) -> io::Result<[RawFd; 2]> {
    let mut fds = [-1; 2];
    // SAFETY: `fds` has room for the two descriptors pipe writes.
    if unsafe { libc::pipe(fds.as_mut_ptr()) } != 0 {
        return Err(io::Error::last_os_error());
    }
    for (i, fd) in fds.iter().enumerate() {
        // SAFETY: fcntl on a descriptor just made.
        unsafe {
            libc::fcntl(*fd, libc::F_SETFD, libc::FD_CLOEXEC);
            if i == 1 || nonblocking_read {
                let flags = libc::fcntl(*fd, libc::F_GETFL);
                libc::fcntl(*fd, libc::F_SETFL, flags | libc::O_NONBLOCK);
            }
        }
    }
    Ok(fds)
}

/// Takes every waiting byte from a nonblocking pipe.
fn drain(fd: RawFd) {
    let mut buf = [0u8; 64];
    // SAFETY: reads into a live buffer of that length.
    while unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) } > 0 {}
}

/// `errno`, kept across a signal handler so that the code it interrupted reads its own.
/// (On a unix not listed, it is not kept: the handler's write rarely fails.)
mod errno {
    #[cfg(any(target_os = "android", target_os = "netbsd", target_os = "openbsd"))]
    use libc::__errno as location;
    #[cfg(target_os = "linux")]
    use libc::__errno_location as location;
    #[cfg(any(target_os = "macos", target_os = "ios", target_os = "freebsd"))]
    use libc::__error as location;

    #[cfg(any(
        target_os = "linux",
        target_os = "macos",
        target_os = "ios",
        target_os = "freebsd",
        target_os = "android",
        target_os = "netbsd",
        target_os = "openbsd"
    ))]
    mod kept {
        pub fn get() -> libc::c_int {
            // SAFETY: the calling thread's errno, always a valid pointer.
            unsafe { *super::location() }
        }

        pub fn set(value: libc::c_int) {
            // SAFETY: as above.
            unsafe { *super::location() = value };
        }
    }

    #[cfg(not(any(
        target_os = "linux",
        target_os = "macos",
        target_os = "ios",
        target_os = "freebsd",
        target_os = "android",
        target_os = "netbsd",
        target_os = "openbsd"
    )))]
    mod kept {
        pub fn get() -> libc::c_int {
            0
        }

        pub fn set(_: libc::c_int) {}
    }

    pub use kept::{get, set};
}
