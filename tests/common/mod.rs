//! What the binary tests share: the program with a settled environment, and its output.
#![allow(dead_code)] // each test binary uses its own part of this

use assert_cmd::Command;

/// The binary, run from the project folder, with no colour and no plain-mode switch in
/// its environment (a CI with TERM=dumb or ACCESSIBLE set would switch plain mode on).
pub fn selfcheck() -> Command {
    let mut cmd = Command::cargo_bin("selfcheck").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env_remove("ACCESSIBLE")
        .timeout(std::time::Duration::from_secs(60));
    cmd
}

/// Runs it, expects success, and returns what it printed on standard output.
pub fn stdout(cmd: &mut Command) -> String {
    String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap()
}
