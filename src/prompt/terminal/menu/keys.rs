//! Keys for a menu, read here rather than by console, so that a resized window and a
//! Ctrl-C each read as what they are. console's key reader takes any interrupted wait
//! for Ctrl-C and raises SIGINT, so a window resized under it (SIGWINCH) would stop the
//! self-check; and it waits for a key in raw mode one key at a time, so a Ctrl-C between
//! two keys came as a signal, and a key typed while the menu was drawn was echoed.
//!
//! Here the terminal stays raw while the menu is up; a wait for a key ends with a key,
//! with `Resized` when the window changed size, or with an `Interrupted` error for
//! Ctrl-C (the byte 0x03, or SIGINT). Turning bytes into keys is `decode`, pure.

use console::Key;

/// What a menu reads.
#[derive(Debug, PartialEq, Eq)]
pub enum Event {
    Key(Key),
    /// The window changed size: draw again.
    Resized,
}

/// Ctrl-C in raw mode.
const CTRL_C: u8 = 0x03;
const ESC: u8 = 0x1b;

/// The key that starts with `first`, reading the rest of it from `more` (a byte only if
/// one is there already: Esc alone is followed by nothing).
pub fn decode(first: u8, more: &mut dyn FnMut() -> Option<u8>) -> Key {
    match first {
        ESC => escape(more),
        b'\n' | b'\r' => Key::Enter,
        0x7f | 0x08 => Key::Backspace,
        b'\t' => Key::Tab,
        0x01 => Key::Home,
        0x05 => Key::End,
        _ if first.is_ascii() => Key::Char(char::from(first)),
        _ => {
            let len = match first {
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                0xf0..=0xf7 => 4,
                _ => return Key::Unknown,
            };
            let mut bytes = vec![first];
            bytes.extend((1..len).map_while(|_| more()));
            std::str::from_utf8(&bytes)
                .ok()
                .and_then(|s| s.chars().next())
                .map_or(Key::Unknown, Key::Char)
        }
    }
}

/// After Esc: an arrow, Home, End, the page keys, Shift-Tab, or Esc alone.
fn escape(more: &mut dyn FnMut() -> Option<u8>) -> Key {
    let Some(c1) = more() else {
        return Key::Escape;
    };
    if c1 != b'[' && c1 != b'O' {
        return Key::UnknownEscSeq(vec![char::from(c1)]);
    }
    let Some(c2) = more() else {
        return Key::UnknownEscSeq(vec![char::from(c1)]);
    };
    match c2 {
        b'A' => return Key::ArrowUp,
        b'B' => return Key::ArrowDown,
        b'C' => return Key::ArrowRight,
        b'D' => return Key::ArrowLeft,
        b'H' => return Key::Home,
        b'F' => return Key::End,
        b'Z' => return Key::BackTab,
        _ => {}
    }
    let seq = |tail: &[u8]| {
        Key::UnknownEscSeq(
            [c1, c2]
                .iter()
                .chain(tail)
                .map(|&b| char::from(b))
                .collect(),
        )
    };
    match more() {
        Some(b'~') => match c2 {
            b'1' | b'7' => Key::Home,
            b'2' => Key::Insert,
            b'3' => Key::Del,
            b'4' | b'8' => Key::End,
            b'5' => Key::PageUp,
            b'6' => Key::PageDown,
            _ => seq(b"~"),
        },
        Some(c3) => seq(&[c3]),
        None => seq(&[]),
    }
}

#[cfg(unix)]
pub use raw::Keys;

#[cfg(unix)]
mod raw {
    use super::{CTRL_C, Event, decode};
    use crate::prompt::stop::{self, Resizes, Wake};
    use std::fs::File;
    use std::io;
    use std::os::fd::{AsRawFd, RawFd};

    /// The terminal, raw while this lives, and resizes noted.
    pub struct Keys {
        fd: RawFd,
        /// The terminal opened when standard input is not it.
        _tty: Option<File>,
        original: libc::termios,
        _resizes: Resizes,
    }

    impl Keys {
        /// Makes the terminal raw (standard input, else the process's terminal). Output
        /// is left as it was, so a new line still starts at the left.
        pub fn open() -> io::Result<Keys> {
            // SAFETY: isatty on a descriptor number only asks.
            let (fd, tty) = if unsafe { libc::isatty(libc::STDIN_FILENO) } == 1 {
                (libc::STDIN_FILENO, None)
            } else {
                let tty = File::options().read(true).write(true).open("/dev/tty")?;
                (tty.as_raw_fd(), Some(tty))
            };
            // SAFETY: a zeroed termios is filled in by tcgetattr before use.
            let mut original: libc::termios = unsafe { std::mem::zeroed() };
            // SAFETY: `original` is a live termios to fill in.
            if unsafe { libc::tcgetattr(fd, &mut original) } != 0 {
                return Err(io::Error::last_os_error());
            }
            let mut raw = original;
            // SAFETY: `raw` is a live termios to change.
            unsafe { libc::cfmakeraw(&mut raw) };
            raw.c_oflag = original.c_oflag;
            let resizes = stop::resizes()?;
            stop::remember_terminal(fd, original);
            // SAFETY: sets the mode from a live termios.
            if unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &raw) } != 0 {
                stop::forget_terminal();
                return Err(io::Error::last_os_error());
            }
            Ok(Keys {
                fd,
                _tty: tty,
                original,
                _resizes: resizes,
            })
        }

        /// The next key, or `Resized`; Ctrl-C is an `Interrupted` error.
        pub fn next(&mut self) -> io::Result<Event> {
            loop {
                match stop::wait(self.fd, true)? {
                    Wake::Interrupted => return Err(interrupted()),
                    Wake::Resized => return Ok(Event::Resized),
                    Wake::Ready => {}
                }
                let Some(first) = self.byte()? else {
                    continue;
                };
                if first == CTRL_C {
                    stop::pressed();
                    return Err(interrupted());
                }
                let mut more = || self.byte_now();
                return Ok(Event::Key(decode(first, &mut more)));
            }
        }

        /// One byte; `None` when a signal cut the read short.
        fn byte(&self) -> io::Result<Option<u8>> {
            let mut byte = 0u8;
            // SAFETY: reads at most one byte into `byte`.
            let read = unsafe { libc::read(self.fd, (&raw mut byte).cast(), 1) };
            match read {
                1 => Ok(Some(byte)),
                0 => Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "the terminal closed",
                )),
                _ => {
                    let err = io::Error::last_os_error();
                    if err.kind() == io::ErrorKind::Interrupted {
                        Ok(None)
                    } else {
                        Err(err)
                    }
                }
            }
        }

        /// One byte if one is there already (the rest of an escape sequence).
        fn byte_now(&self) -> Option<u8> {
            let mut fd = libc::pollfd {
                fd: self.fd,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one live pollfd; a zero timeout only asks.
            let ready = unsafe { libc::poll(&mut fd, 1, 0) } == 1;
            if ready {
                self.byte().ok().flatten()
            } else {
                None
            }
        }
    }

    impl Drop for Keys {
        fn drop(&mut self) {
            stop::forget_terminal();
            // SAFETY: puts back the mode read by tcgetattr in `open`.
            unsafe { libc::tcsetattr(self.fd, libc::TCSADRAIN, &self.original) };
        }
    }

    fn interrupted() -> io::Error {
        io::Error::new(io::ErrorKind::Interrupted, "interrupted")
    }
}

/// Elsewhere, console reads the keys (and a resize is seen at the next key).
#[cfg(not(unix))]
pub struct Keys(console::Term);

#[cfg(not(unix))]
impl Keys {
    pub fn open() -> std::io::Result<Keys> {
        Ok(Keys(console::Term::stderr()))
    }

    pub fn next(&mut self) -> std::io::Result<Event> {
        self.0.read_key().map(Event::Key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(bytes: &[u8]) -> Vec<Key> {
        let mut bytes = bytes.iter().copied();
        let mut keys = Vec::new();
        while let Some(first) = bytes.next() {
            keys.push(decode(first, &mut || bytes.next()));
        }
        keys
    }

    #[test]
    fn arrows_and_page_keys_in_both_cursor_modes() {
        assert_eq!(
            keys(b"\x1b[A\x1b[B\x1bOC\x1bOD\x1b[5~\x1b[6~\x1b[Z"),
            vec![
                Key::ArrowUp,
                Key::ArrowDown,
                Key::ArrowRight,
                Key::ArrowLeft,
                Key::PageUp,
                Key::PageDown,
                Key::BackTab
            ]
        );
    }

    #[test]
    fn home_and_end_as_each_terminal_sends_them() {
        for home in [&b"\x1b[H"[..], b"\x1b[1~", b"\x1b[7~", b"\x01"] {
            assert_eq!(keys(home), vec![Key::Home], "{home:?}");
        }
        for end in [&b"\x1b[F"[..], b"\x1b[4~", b"\x1b[8~", b"\x05"] {
            assert_eq!(keys(end), vec![Key::End], "{end:?}");
        }
    }

    #[test]
    fn esc_alone_enter_space_and_letters() {
        assert_eq!(
            keys(b"\r\n jq\t\x7f"),
            vec![
                Key::Enter,
                Key::Enter,
                Key::Char(' '),
                Key::Char('j'),
                Key::Char('q'),
                Key::Tab,
                Key::Backspace
            ]
        );
        assert_eq!(keys(b"\x1b"), vec![Key::Escape]);
    }

    #[test]
    fn a_letter_beyond_ascii_is_one_key() {
        assert_eq!(keys("ñé".as_bytes()), vec![Key::Char('ñ'), Key::Char('é')]);
        assert_eq!(keys(b"\xff"), vec![Key::Unknown]);
    }
}
