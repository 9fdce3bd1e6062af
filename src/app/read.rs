//! Reading an input file (a bank, answers, a referral list) with a bound: at most the
//! limit plus one byte is ever read, so a device that never ends (`/dev/zero`) or a pipe
//! fed without end cannot fill memory, and a named pipe no one writes to cannot hang
//! the program.

use crate::error::{Error, IoReason, ProblemKind, Result};
use crate::files::file_kind;
use std::fs::{File, Metadata};
use std::io::Read;
use std::path::Path;

/// Files larger than this are refused: no bank or answers file is near it.
pub(super) const MAX_INPUT_BYTES: u64 = 1024 * 1024;

/// Reads a bank or answers file, refusing what cannot be one with a clear reason.
///
/// A regular file is read. So is standard input when the path names it (`/dev/stdin`)
/// and it is a pipe or a file: `generate | selfcheck validate /dev/stdin` is a fair use,
/// and the bound holds there too. Anything else (a directory, a device, a named pipe, a
/// socket) is refused from its type alone, before it is opened, so nothing blocks.
pub(super) fn read_input(path: &Path) -> Result<String> {
    let bad = |kind: ProblemKind| Error::bad_file(path.display(), kind);
    let unreadable = |err: std::io::Error| bad(ProblemKind::CannotRead(IoReason::from(&err)));
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    let bytes = if meta.is_file() {
        let file = open_regular(path).map_err(bad)?;
        read_bounded(file)
    } else if is_standard_input(&meta) {
        read_bounded(std::io::stdin().lock())
    } else {
        return Err(bad(not_a_file(&meta)));
    }
    .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(bad(ProblemKind::TooLarge {
            max: MAX_INPUT_BYTES,
        }));
    }
    let text = String::from_utf8(bytes).map_err(|err| {
        bad(ProblemKind::NotUtf8 {
            offset: err.utf8_error().valid_up_to(),
        })
    })?;
    if text.trim().is_empty() {
        return Err(bad(ProblemKind::Empty));
    }
    Ok(text)
}

/// At most `MAX_INPUT_BYTES + 1` bytes: one more than allowed is enough to refuse.
fn read_bounded(reader: impl Read) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Opens a path that was a regular file when looked at. It is opened without blocking
/// and looked at again through the open handle, so a named pipe swapped in meanwhile is
/// refused instead of waited on.
fn open_regular(path: &Path) -> std::result::Result<File, ProblemKind> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let unreadable = |err: std::io::Error| ProblemKind::CannotRead(IoReason::from(&err));
    let file = options.open(path).map_err(unreadable)?;
    let meta = file.metadata().map_err(unreadable)?;
    if meta.is_file() {
        Ok(file)
    } else {
        Err(not_a_file(&meta))
    }
}

/// Whether `meta` is this process's standard input, and a pipe or file (not a terminal
/// or a device, which would wait for typing or never end).
#[cfg(unix)]
fn is_standard_input(meta: &Metadata) -> bool {
    use std::os::fd::AsFd;
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let Ok(fd) = std::io::stdin().as_fd().try_clone_to_owned() else {
        return false;
    };
    let Ok(stdin) = File::from(fd).metadata() else {
        return false;
    };
    let readable = stdin.file_type().is_fifo() || stdin.is_file();
    readable && stdin.dev() == meta.dev() && stdin.ino() == meta.ino()
}

#[cfg(not(unix))]
fn is_standard_input(_: &Metadata) -> bool {
    false
}

/// Why a path that is not a regular file is refused, by what it is.
fn not_a_file(meta: &Metadata) -> ProblemKind {
    if meta.is_dir() {
        ProblemKind::IsDirectory
    } else {
        ProblemKind::NotRegularFile(file_kind(meta))
    }
}
