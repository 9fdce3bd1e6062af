//! Standard input for plain mode, read so that Ctrl-C wakes a read that waits for a
//! line: the read returns `stop::stopped()`, and the prompt `Interrupted`. (A read from
//! `std::io::Stdin` would wait on: the standard library reads again after a signal.)

use crate::prompt::stop;
use std::io::{self, Read};

pub struct Stdin(());

impl Stdin {
    /// Standard input, to be read through a `BufReader`.
    pub fn new() -> Self {
        Stdin(())
    }
}

impl Default for Stdin {
    fn default() -> Self {
        Stdin::new()
    }
}

#[cfg(unix)]
impl Read for Stdin {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if stop::wait(libc::STDIN_FILENO, false)? == stop::Wake::Interrupted {
                return Err(stop::stopped());
            }
            // SAFETY: reads at most `buf.len()` bytes into `buf`.
            let read =
                unsafe { libc::read(libc::STDIN_FILENO, buf.as_mut_ptr().cast(), buf.len()) };
            if let Ok(read) = usize::try_from(read) {
                return Ok(read);
            }
            let err = io::Error::last_os_error();
            if err.kind() != io::ErrorKind::Interrupted {
                return Err(err);
            }
        }
    }
}

/// Elsewhere Ctrl-C stops at once (see `stop`), so the read need not wake.
#[cfg(not(unix))]
impl Read for Stdin {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        io::stdin().read(buf)
    }
}
