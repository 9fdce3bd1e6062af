//! Inputs that are not regular files: endless devices, named pipes, standard input.
//! Each is refused (or read with the same 1 MiB bound) at once, never read without end
//! or waited on.
#![cfg(unix)]

mod common;

use common::selfcheck;
use std::time::Duration;

const QUIET: &str = "tests/answers/quiet.yaml";

/// Runs with a short timeout: a hang or an endless read fails the test, not the machine.
fn refused(args: &[&str], says: &str) {
    let out = selfcheck()
        .args(args)
        .timeout(Duration::from_secs(10))
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(says),
        "{args:?}: expected {says:?} in:\n{stderr}"
    );
}

/// Every way a file comes in, with `path` in that place.
fn every_input(path: &str) -> Vec<Vec<&str>> {
    vec![
        vec!["validate", path],
        vec!["--bank", path, "questions"],
        vec!["--answers", path],
        vec!["--answers", QUIET, "--compare", path],
        vec!["--resume", path],
        vec!["--answers", QUIET, "--resources", path],
    ]
}

#[test]
fn an_endless_device_is_refused_for_every_input() {
    for args in every_input("/dev/zero") {
        refused(
            &args,
            "/dev/zero: is a device, not a regular file; save the text to a file",
        );
    }
}

#[test]
fn a_named_pipe_is_refused_without_waiting_for_a_writer() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("answers.yaml");
    let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
    let fifo = fifo.display().to_string();
    for args in every_input(&fifo) {
        refused(&args, "is a named pipe (FIFO), not a regular file");
    }
}

#[test]
fn standard_input_is_read_with_the_same_bound() {
    let big = "# padding padding padding padding padding padding padding\n".repeat(20_000);
    let out = selfcheck()
        .args(["validate", "/dev/stdin"])
        .write_stdin(big)
        .timeout(Duration::from_secs(10))
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("/dev/stdin: is larger than 1 MiB; files over 1048576 bytes"),
        "{stderr}"
    );
    let bank = std::fs::read_to_string("questions/clonazepam.yaml").unwrap();
    selfcheck()
        .args(["validate", "/dev/stdin"])
        .write_stdin(bank)
        .assert()
        .success()
        .stderr(predicates::str::contains("/dev/stdin: ok"));
}
