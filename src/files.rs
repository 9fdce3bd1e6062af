//! Writing files a person asked for (`--report`, `--save-answers`): whole or not at all,
//! readable only by them, and never over an existing file unless they said `--force`.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0} already exists; choose another name, or add --force to replace it")]
    Exists(PathBuf),
    #[error("could not write {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
}

/// Writes `contents` to `path` atomically: a temporary file beside it (mode 0600), synced,
/// then moved into place. Without `force`, an existing file is left untouched.
pub fn write_private(path: &Path, contents: &[u8], force: bool) -> Result<(), WriteError> {
    let io_err = |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    if !force && path.exists() {
        return Err(WriteError::Exists(path.to_path_buf()));
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path.file_name().ok_or_else(|| {
        io_err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "the path names no file",
        ))
    })?;
    let temp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));

    let result = write_new(&temp, contents).and_then(|()| {
        if force {
            fs::rename(&temp, path)
        } else {
            // A hard link fails if the name exists, so a file that appeared meanwhile is
            // never replaced.
            fs::hard_link(&temp, path).map(|()| {
                let _ = fs::remove_file(&temp);
            })
        }
    });
    match result {
        Ok(()) => Ok(()),
        Err(err) => {
            let _ = fs::remove_file(&temp);
            if err.kind() == io::ErrorKind::AlreadyExists {
                Err(WriteError::Exists(path.to_path_buf()))
            } else {
                Err(io_err(err))
            }
        }
    }
}

/// What a path is, in words, for a message refusing it: "a directory", "a device"...
pub fn file_kind(meta: &fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if meta.is_dir() {
        "a directory"
    } else if meta.is_file() {
        "a regular file"
    } else {
        "something other than a file"
    }
}

fn write_new(path: &Path, contents: &[u8]) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(contents)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_whole_file_readable_only_by_its_owner() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.md");
        write_private(&path, b"hello", false).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"hello");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn never_replaces_a_file_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.md");
        fs::write(&path, "earlier").unwrap();
        let err = write_private(&path, b"new", false).unwrap_err();
        assert!(matches!(err, WriteError::Exists(_)), "{err}");
        assert!(err.to_string().contains("--force"));
        assert_eq!(fs::read_to_string(&path).unwrap(), "earlier");
        write_private(&path, b"new", true).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
    }

    #[test]
    fn a_failed_write_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no-such-folder").join("report.md");
        let err = write_private(&path, b"x", false).unwrap_err();
        assert!(matches!(err, WriteError::Io { .. }), "{err}");
        assert!(!path.exists());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
