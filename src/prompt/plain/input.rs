//! Reading a reply: one line at a time, at most `MAX_LINE` bytes of it, without its line
//! ending or any control character.

use super::PlainPrompter;
use crate::prompt::{PromptError, PromptResult};
use crate::text::strip_unsafe;
use std::io::{self, BufRead, Read, Write};

/// The longest reply read, in bytes; the rest of a longer line is read and dropped, so it
/// is never taken for the next reply.
pub(super) const MAX_LINE: usize = 64 * 1024;

impl<R: BufRead, W: Write> PlainPrompter<R, W> {
    /// Reads one line, without its line ending or any control character. The end of
    /// input is `InputEnded`: the self-check cannot be finished.
    pub(super) fn read(&mut self) -> PromptResult<String> {
        self.output.flush()?;
        let mut bytes = Vec::new();
        let limit = u64::try_from(MAX_LINE).unwrap_or(u64::MAX);
        let read = (&mut self.input)
            .take(limit)
            .read_until(b'\n', &mut bytes)
            .map_err(failed)?;
        if read == 0 {
            return Err(PromptError::InputEnded);
        }
        if bytes.last() != Some(&b'\n') && read == MAX_LINE {
            self.skip_line().map_err(failed)?;
        }
        let text = String::from_utf8_lossy(&bytes);
        let text = text.trim_end_matches(['\n', '\r']);
        Ok(strip_unsafe(text).into_owned())
    }

    /// Drops the rest of an over-long line.
    fn skip_line(&mut self) -> io::Result<()> {
        loop {
            let buf = self.input.fill_buf()?;
            if buf.is_empty() {
                return Ok(());
            }
            match buf.iter().position(|&b| b == b'\n') {
                Some(at) => {
                    self.input.consume(at + 1);
                    return Ok(());
                }
                None => {
                    let len = buf.len();
                    self.input.consume(len);
                }
            }
        }
    }
}

/// A read that failed: woken by Ctrl-C (see `super::Stdin`), or a real failure.
fn failed(err: io::Error) -> PromptError {
    if crate::prompt::stop::is_stopped(&err) {
        PromptError::Interrupted
    } else {
        PromptError::from(err)
    }
}
