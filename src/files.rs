//! Writing files a person asked for (`--report`, `--save-answers`): whole or not at all,
//! readable only by them, and never over an existing file unless they said `--force`,
//! and then only over a regular file.
//!
//! A file is written to a temporary name beside it, synced, then moved into place. The
//! temporary name is short (a long target name still fits the 255-byte limit), never
//! replaces a file that has it already, and is removed if the program is stopped by a
//! signal while it exists (`remove_temporary_files`, called by the signal handler).

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// The longest file name most file systems take (ext4, APFS, NTFS, FAT's long names).
const MAX_NAME_BYTES: usize = 255;

/// Why a file was not written; put into words, in the session's language, by `messages`.
#[derive(Debug)]
pub enum WriteError {
    Exists(PathBuf),
    /// Not a regular file: a directory, a device, a pipe.
    NotAFile {
        path: PathBuf,
        kind: FileKind,
    },
    /// A place that cannot be written: a missing folder, a name too long.
    BadPlace {
        path: PathBuf,
        why: BadPlace,
    },
    Io {
        path: PathBuf,
        source: io::Error,
    },
}

/// Why a path is no place to write a file.
#[derive(Debug)]
pub enum BadPlace {
    IsDirectory,
    NoFileName,
    /// The file name's length in bytes, over `MAX_NAME_BYTES`.
    NameTooLong {
        bytes: usize,
        max: usize,
    },
    NotAFolder(PathBuf),
    NoFolder(PathBuf),
    Folder {
        folder: PathBuf,
        source: io::Error,
    },
}

/// What a path is, for a message refusing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    NamedPipe,
    Device,
    Socket,
    Directory,
    Regular,
    Other,
}

/// Where a report or answers file goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    File(PathBuf),
    /// The path names this process's standard output (`/dev/stdout`).
    Stdout,
}

/// Checks, before anything is asked, that `path` can be written: its folder exists, its
/// name is not too long, and it is not a directory, a device or a pipe (standard output
/// excepted), nor an existing file unless `force`.
pub fn check_target(path: &Path, force: bool) -> Result<Destination, WriteError> {
    let bad = |why: BadPlace| WriteError::BadPlace {
        path: path.to_path_buf(),
        why,
    };
    if let Ok(meta) = fs::metadata(path) {
        if is_stdout(&meta) {
            return Ok(Destination::Stdout);
        }
        if meta.is_dir() {
            return Err(bad(BadPlace::IsDirectory));
        }
        if !meta.is_file() {
            return Err(WriteError::NotAFile {
                path: path.to_path_buf(),
                kind: file_kind(&meta),
            });
        }
        if !force {
            return Err(WriteError::Exists(path.to_path_buf()));
        }
    }
    let Some(name) = path.file_name() else {
        return Err(bad(BadPlace::NoFileName));
    };
    if name.len() > MAX_NAME_BYTES {
        return Err(bad(BadPlace::NameTooLong {
            bytes: name.len(),
            max: MAX_NAME_BYTES,
        }));
    }
    match fs::metadata(folder_of(path)) {
        Ok(meta) if meta.is_dir() => Ok(Destination::File(path.to_path_buf())),
        Ok(_) => Err(bad(BadPlace::NotAFolder(folder_of(path)))),
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            Err(bad(BadPlace::NoFolder(folder_of(path))))
        }
        Err(source) => Err(bad(BadPlace::Folder {
            folder: folder_of(path),
            source,
        })),
    }
}

/// Whether two paths name the same file: the same device and inode when it exists,
/// else the same name in the same folder once links and `..` are resolved.
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    if let (Ok(ma), Ok(mb)) = (fs::metadata(a), fs::metadata(b)) {
        use std::os::unix::fs::MetadataExt;
        return ma.dev() == mb.dev() && ma.ino() == mb.ino();
    }
    let resolved = |p: &Path| {
        let folder = fs::canonicalize(folder_of(p)).ok()?;
        Some(folder.join(p.file_name()?))
    };
    match (resolved(a), resolved(b)) {
        (Some(ra), Some(rb)) => ra == rb,
        _ => a == b,
    }
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Whether `meta` is this process's standard output.
#[cfg(unix)]
fn is_stdout(meta: &fs::Metadata) -> bool {
    use std::os::fd::AsFd;
    use std::os::unix::fs::MetadataExt;
    let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() else {
        return false;
    };
    fs::File::from(fd)
        .metadata()
        .is_ok_and(|out| out.dev() == meta.dev() && out.ino() == meta.ino())
}

#[cfg(not(unix))]
fn is_stdout(_: &fs::Metadata) -> bool {
    false
}

/// Temporary files that exist right now, for `remove_temporary_files`.
static TEMPORARY: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes every temporary file this process is writing. Called by the signal handler
/// just before the process exits; it keeps the lock, so no new one can appear after.
pub fn remove_temporary_files() -> MutexGuard<'static, Vec<PathBuf>> {
    let guard = TEMPORARY.lock().unwrap_or_else(PoisonError::into_inner);
    for path in guard.iter() {
        let _ = fs::remove_file(path);
    }
    guard
}

/// A temporary file created by this process: removed when dropped unless it was moved.
struct Temporary {
    path: PathBuf,
    file: Option<fs::File>,
}

impl Temporary {
    /// Creates a new temporary file in `dir` under a name no file has, registered for
    /// removal on a signal before anything is written to it.
    fn create(dir: &Path) -> io::Result<Temporary> {
        let mut registry = TEMPORARY.lock().unwrap_or_else(PoisonError::into_inner);
        for attempt in 0..100u32 {
            let path = dir.join(format!(".selfcheck-{}-{attempt}.tmp", std::process::id()));
            match create_private(&path) {
                Ok(file) => {
                    registry.push(path.clone());
                    return Ok(Temporary {
                        path,
                        file: Some(file),
                    });
                }
                // Someone else's file: leave it, try another name.
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {}
                Err(err) => return Err(err),
            }
        }
        Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "no free temporary name in the folder",
        ))
    }

    fn write_all(&mut self, contents: &[u8]) -> io::Result<()> {
        let file = self.file.as_mut().expect("open until closed");
        file.write_all(contents)?;
        file.sync_all()?;
        self.file = None;
        Ok(())
    }
}

impl Drop for Temporary {
    fn drop(&mut self) {
        let mut registry = TEMPORARY.lock().unwrap_or_else(PoisonError::into_inner);
        let _ = fs::remove_file(&self.path);
        registry.retain(|p| p != &self.path);
    }
}

/// Writes `contents` to `path` atomically: a temporary file beside it (mode 0600), synced,
/// then moved into place. Without `force`, an existing file is left untouched; with it,
/// only a regular file is replaced.
pub fn write_private(path: &Path, contents: &[u8], force: bool) -> Result<(), WriteError> {
    let io_err = |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    match check_target(path, force)? {
        Destination::Stdout => {
            let mut out = io::stdout().lock();
            return out
                .write_all(contents)
                .and_then(|()| out.flush())
                .map_err(io_err);
        }
        Destination::File(_) => {}
    }
    let mut temp = Temporary::create(&folder_of(path)).map_err(io_err)?;
    temp.write_all(contents).map_err(io_err)?;
    let placed = if force {
        fs::rename(&temp.path, path)
    } else {
        // A hard link fails if the name exists, so a file that appeared meanwhile is
        // never replaced.
        match fs::hard_link(&temp.path, path) {
            Err(err) if err.kind() != io::ErrorKind::AlreadyExists => {
                // FAT and exFAT (USB sticks) have no hard links: create the name anew.
                copy_new(path, contents)
            }
            linked => linked,
        }
    };
    // The temporary file goes either way: after a rename it no longer exists.
    drop(temp);
    placed.map_err(|err| {
        if err.kind() == io::ErrorKind::AlreadyExists {
            WriteError::Exists(path.to_path_buf())
        } else {
            io_err(err)
        }
    })
}

/// Writes `path` as a new file (never over one); a failed write removes what it made.
/// A signal waits until it is whole: the lock on the temporary files is held meanwhile.
fn copy_new(path: &Path, contents: &[u8]) -> io::Result<()> {
    let _no_signal_meanwhile = TEMPORARY.lock().unwrap_or_else(PoisonError::into_inner);
    let mut file = create_private(path)?;
    let written = file.write_all(contents).and_then(|()| file.sync_all());
    if written.is_err() {
        let _ = fs::remove_file(path);
    }
    written
}

fn create_private(path: &Path) -> io::Result<fs::File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// What a path is, for a message refusing it.
pub fn file_kind(meta: &fs::Metadata) -> FileKind {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return FileKind::NamedPipe;
        }
        if kind.is_char_device() || kind.is_block_device() {
            return FileKind::Device;
        }
        if kind.is_socket() {
            return FileKind::Socket;
        }
    }
    if meta.is_dir() {
        FileKind::Directory
    } else if meta.is_file() {
        FileKind::Regular
    } else {
        FileKind::Other
    }
}

#[cfg(test)]
mod tests;
