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
    assert!(
        matches!(&err, WriteError::Exists(p) if p == &path),
        "{err:?}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), "earlier");
    write_private(&path, b"new", true).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), "new");
}

#[test]
fn a_missing_folder_is_found_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-folder").join("report.md");
    let err = check_target(&path, false).unwrap_err();
    assert!(
        matches!(&err, WriteError::BadPlace { why: BadPlace::NoFolder(folder), .. }
            if folder.ends_with("no-such-folder")),
        "{err:?}"
    );
    assert!(write_private(&path, b"x", false).is_err());
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_directory_and_a_too_long_name_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let err = check_target(dir.path(), true).unwrap_err();
    assert!(
        matches!(
            err,
            WriteError::BadPlace {
                why: BadPlace::IsDirectory,
                ..
            }
        ),
        "{err:?}"
    );
    let long = dir.path().join("a".repeat(256));
    let err = check_target(&long, false).unwrap_err();
    assert!(
        matches!(
            err,
            WriteError::BadPlace {
                why: BadPlace::NameTooLong {
                    bytes: 256,
                    max: 255
                },
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn a_name_of_255_bytes_can_be_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{}.md", "a".repeat(252)));
    write_private(&path, b"x", false).unwrap();
    write_private(&path, b"y", true).unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"y");
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_file_with_a_temporary_looking_name_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    // Every name this process could pick first, taken by someone else's files.
    let theirs: Vec<PathBuf> = (0..3)
        .map(|i| {
            let p = dir
                .path()
                .join(format!(".selfcheck-{}-{i}.tmp", std::process::id()));
            fs::write(&p, "theirs").unwrap();
            p
        })
        .collect();
    let path = dir.path().join("report.md");
    write_private(&path, b"mine", false).unwrap();
    for p in &theirs {
        assert_eq!(fs::read_to_string(p).unwrap(), "theirs");
    }
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 4);
}

#[test]
fn same_file_compares_identity_not_spelling() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("same.md");
    let b = dir.path().join(".").join("same.md");
    assert!(same_file(&a, &b), "a file that does not exist yet");
    fs::write(&a, "x").unwrap();
    assert!(same_file(&a, &b), "a file that exists");
    #[cfg(unix)]
    {
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&a, &link).unwrap();
        assert!(same_file(&a, &link));
    }
    assert!(!same_file(&a, &dir.path().join("other.md")));
}

#[cfg(unix)]
#[test]
fn force_never_replaces_a_device_or_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
    let err = write_private(&fifo, b"x", true).unwrap_err();
    assert!(
        matches!(&err, WriteError::NotAFile { path, kind: FileKind::NamedPipe } if path == &fifo),
        "{err:?}"
    );
    use std::os::unix::fs::FileTypeExt;
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
    let err = check_target(Path::new("/dev/null"), true).unwrap_err();
    assert!(
        matches!(
            err,
            WriteError::NotAFile {
                kind: FileKind::Device,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn a_temporary_file_is_listed_for_the_signal_handler_while_it_exists() {
    // (Calling `remove_temporary_files` here would remove other tests' files too.)
    let listed = |path: &Path| {
        TEMPORARY
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .contains(&path.to_path_buf())
    };
    let dir = tempfile::tempdir().unwrap();
    let temp = Temporary::create(dir.path()).unwrap();
    let path = temp.path.clone();
    assert!(listed(&path), "listed before anything is written to it");
    drop(temp);
    assert!(!listed(&path));
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn without_hard_links_a_new_file_is_made_and_never_over_one() {
    // What `write_private` falls back to where the file system has no hard links.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.md");
    copy_new(&path, b"whole").unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"whole");
    let err = copy_new(&path, b"other").unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
    assert_eq!(fs::read(&path).unwrap(), b"whole", "the file there is kept");
}
