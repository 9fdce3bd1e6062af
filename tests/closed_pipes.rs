//! Standard error or output closed or broken: no panic (exit 101), and a summary that
//! could not be printed is a failure (exit 1), not a success.
#![cfg(unix)]

use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Command, Output, Stdio};

const QUIET: &str = "tests/answers/quiet.yaml";

/// A pipe whose reading end is already closed: every write to it fails (EPIPE).
fn broken_pipe() -> Stdio {
    let mut fds = [0; 2];
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
    drop(unsafe { OwnedFd::from_raw_fd(fds[0]) });
    Stdio::from(unsafe { OwnedFd::from_raw_fd(fds[1]) })
}

fn selfcheck(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_selfcheck"));
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env_remove("ACCESSIBLE")
        .args(args);
    command
}

fn no_panic(out: &Output) {
    assert_ne!(out.status.code(), Some(101), "panicked");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn errors_and_ok_lines_to_a_broken_stderr_do_not_panic() {
    let bad = selfcheck(&["validate", "tests/bad_banks/not-yaml.yaml"])
        .stderr(broken_pipe())
        .output()
        .unwrap();
    no_panic(&bad);
    assert_eq!(bad.status.code(), Some(2));
    let ok = selfcheck(&["validate", "questions/clonazepam.yaml"])
        .stderr(broken_pipe())
        .output()
        .unwrap();
    no_panic(&ok);
    assert_eq!(ok.status.code(), Some(0));
}

#[test]
fn plain_prompts_to_a_broken_stderr_do_not_panic() {
    let mut child = selfcheck(&["--plain"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(broken_pipe())
        .spawn()
        .unwrap();
    drop(child.stdin.take());
    let out = child.wait_with_output().unwrap();
    no_panic(&out);
}

#[test]
fn a_summary_to_a_broken_stdout_is_a_failure() {
    let out = selfcheck(&["--answers", QUIET])
        .stdout(broken_pipe())
        .output()
        .unwrap();
    no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("could not print the summary"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_summary_to_a_closed_stdout_is_a_failure() {
    use std::os::unix::process::CommandExt;
    let mut command = selfcheck(&["--answers", QUIET]);
    // SAFETY: close is async-signal-safe; it closes the child's standard output only.
    unsafe {
        command.pre_exec(|| {
            libc::close(1);
            Ok(())
        });
    }
    let out = command.output().unwrap();
    no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    // Sent to /dev/null on purpose is not a loss.
    let quiet = selfcheck(&["--answers", QUIET])
        .stdout(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(quiet.status.code(), Some(0));
}
