//! Files a person asks for, in the odd places: the same file under two spellings, a
//! device or pipe with --force, standard output, a file-size limit. Every file is whole
//! or absent, and every refusal comes before the first question.
#![cfg(unix)]

mod common;

use common::selfcheck;
use predicates::prelude::*;
use std::fs;
use std::path::Path;

const QUIET: &str = "tests/answers/quiet.yaml";

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn the_same_file_under_two_spellings_is_refused_even_with_force() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("same.md"), "earlier").unwrap();
    std::os::unix::fs::symlink("same.md", dir.path().join("link.md")).unwrap();
    for other in ["./same.md", "../sub/../same.md", "link.md"] {
        fs::create_dir_all(dir.path().join("sub")).unwrap();
        let other = if other.starts_with("../") {
            format!("sub/{other}")
        } else {
            other.to_string()
        };
        selfcheck()
            .current_dir(dir.path())
            .args(["--answers"])
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(QUIET))
            .args(["--force", "--report", "same.md", "--save-answers", &other])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("name the same file"));
        assert_eq!(
            fs::read_to_string(dir.path().join("same.md")).unwrap(),
            "earlier"
        );
    }
}

#[test]
fn force_refuses_a_pipe_before_the_first_question() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("report.md");
    let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
    for flag in ["--report", "--save-answers"] {
        selfcheck()
            .args(["--answers", QUIET, "--force", flag])
            .arg(&fifo)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(
                "is a named pipe (FIFO); --report and --save-answers write regular files only",
            ));
    }
    use std::os::unix::fs::FileTypeExt;
    assert!(
        fs::metadata(&fifo).unwrap().file_type().is_fifo(),
        "still a pipe"
    );
}

#[test]
fn a_directory_and_a_too_long_name_are_refused_before_the_first_question() {
    let dir = tempfile::tempdir().unwrap();
    selfcheck()
        .args(["--answers", QUIET, "--save-answers"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("it is a directory"));
    selfcheck()
        .args(["--answers", QUIET, "--report"])
        .arg(dir.path().join("x".repeat(300)))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the file name is 300 bytes long"));
    assert!(names_in(dir.path()).is_empty());
}

#[test]
fn a_report_to_standard_output_follows_the_summary() {
    let out = selfcheck()
        .args(["--answers", QUIET, "--report", "/dev/stdout"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    let summary_end = out
        .find("# ")
        .expect("the markdown report follows the summary");
    assert!(out[..summary_end].contains("Bring this up at your next appointment."));
}

#[test]
fn over_a_file_size_limit_the_summary_prints_and_no_file_is_left() {
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.md");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_selfcheck"));
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .args(["--answers", QUIET, "--report"])
        .arg(&report);
    // SAFETY: setrlimit is async-signal-safe; it limits only the child.
    unsafe {
        command.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: 100,
                rlim_max: 100,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = command.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Bring this up"));
    assert!(stderr.contains("could not write"), "{stderr}");
    assert!(stderr.contains("The summary above is complete"), "{stderr}");
    assert!(
        names_in(dir.path()).is_empty(),
        "{:?}",
        names_in(dir.path())
    );
}

#[test]
fn sigterm_at_a_plain_prompt_writes_nothing_and_leaves_nothing() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_selfcheck"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .args(["--plain", "--report"])
        .arg(dir.path().join("report.md"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Kept open: standard input ending would end the session another way.
    let _stdin = child.stdin.take().unwrap();
    // Wait for the first prompt, so the handler is in place.
    let mut stderr = child.stderr.take().unwrap();
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    while !String::from_utf8_lossy(&seen).contains("Type a number") {
        assert_eq!(
            stderr.read(&mut byte).unwrap(),
            1,
            "the first prompt is shown"
        );
        seen.push(byte[0]);
    }
    assert_eq!(unsafe { libc::kill(child.id() as i32, libc::SIGTERM) }, 0);
    let status = child.wait().unwrap();
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    assert_eq!(status.code(), Some(130), "{rest}");
    assert!(
        rest.contains("Nothing you entered has been saved or sent."),
        "{rest}"
    );
    assert!(names_in(dir.path()).is_empty());
}
