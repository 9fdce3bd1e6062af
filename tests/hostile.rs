//! Hostile and broken input: each is a clear error with exit 2 (or clean output), never a
//! panic or a hang, and no text from a file can drive the terminal.

mod common;

use common::selfcheck;

use selfcheck::error::{FilePlace, IoReason, ProblemKind};
use std::fs;

const MINIMAL: &str = include_str!("fixtures/minimal.yaml");

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> String {
    let path = dir.path().join(name);
    fs::write(&path, bytes).unwrap();
    path.display().to_string()
}

/// Refused with exit 2, nothing printed on standard output, no panic, and `says` in the
/// message (a bank's problems, which the bank puts into words).
fn refused(args: &[&str], says: &str) {
    let out = selfcheck().args(args).assert().code(2).get_output().clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(says), "expected {says:?} in:\n{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_bank_over_one_mebibyte_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let mut big = MINIMAL.to_string();
    while big.len() <= 1024 * 1024 {
        big.push_str("# padding padding padding padding padding padding padding padding\n");
    }
    let path = write(&dir, "big.yaml", big.as_bytes());
    refused(
        &["validate", &path],
        "files over 1048576 bytes (1 MiB) are refused",
    );
    refused(&["--bank", &path, "questions"], "(1 MiB) are refused");
}

#[test]
fn an_alias_bomb_is_refused_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let mut bomb = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let names = ["b", "c", "d", "e", "f", "g", "h", "i"];
    let mut prev = "a";
    for name in names {
        bomb.push_str(&format!("{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
        prev = name;
    }
    let path = write(&dir, "bomb.yaml", bomb.as_bytes());
    refused(&["validate", &path], &format!("{path}:"));
    let answers = write(&dir, "answers.yaml", bomb.as_bytes());
    refused(&["--answers", &answers], &format!("{answers}:"));
}

#[test]
fn deep_nesting_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let deep = format!("sections: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let path = write(&dir, "deep.yaml", deep.as_bytes());
    refused(&["validate", &path], "nest more than 64 levels deep here");
}

#[test]
fn bytes_that_are_not_utf8_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = MINIMAL.as_bytes().to_vec();
    bytes.extend_from_slice(b"\n# caf\xe9 \xff\xfe\n");
    let path = write(&dir, "latin1.yaml", &bytes);
    refused_as(
        &["validate", &path],
        &path,
        |kind| matches!(kind, ProblemKind::NotUtf8 { offset } if *offset == MINIMAL.len() + 6),
    );
}

/// Refused with exit 2 and nothing on standard output, for one problem of the kind
/// `is` about the whole file `file`.
fn refused_as(args: &[&str], file: &str, is: impl Fn(&ProblemKind) -> bool) {
    let out = selfcheck().args(args).assert().code(2).get_output().clone();
    assert!(out.stdout.is_empty());
    let problems = common::problems(args);
    assert_eq!(problems.len(), 1, "{args:?}: {problems:?}");
    assert_eq!(problems[0].place, Some(FilePlace::file(file)), "{args:?}");
    assert!(is(&problems[0].kind), "{args:?}: {:?}", problems[0].kind);
}

#[test]
fn an_empty_file_a_directory_and_a_missing_file_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(&dir, "empty.yaml", b"  \n");
    let is_directory = |kind: &ProblemKind| matches!(kind, ProblemKind::IsDirectory);
    refused_as(&["validate", &empty], &empty, |kind| {
        matches!(kind, ProblemKind::Empty)
    });
    let folder = dir.path().display().to_string();
    refused_as(&["validate", &folder], &folder, is_directory);
    refused_as(&["--bank", &folder, "questions"], &folder, is_directory);
    refused_as(
        &["validate", "no/such/bank.yaml"],
        "no/such/bank.yaml",
        |kind| matches!(kind, ProblemKind::CannotRead(IoReason::NotFound)),
    );
    refused_as(&["--answers", &folder], &folder, is_directory);
}

#[test]
fn a_bank_cannot_drive_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    // Escapes in double-quoted YAML strings become real control characters when parsed:
    // clear screen, retitle the window, write the clipboard (OSC 52), ring the bell.
    let hostile = MINIMAL
        .replacen("title: ", "title: \"\\e[2J\\e]0;owned\\a\" # ", 1)
        .replace("label: \"Yes\"", "label: \"Yes\\e]52;c;ZXZpbA==\\a\"");
    assert_ne!(hostile, MINIMAL);
    let bank = write(&dir, "hostile.yaml", hostile.as_bytes());
    let answers = write(&dir, "answers.yaml", b"{}\n");
    for args in [
        vec!["--bank", &bank, "questions"],
        vec!["--bank", &bank, "questions", "--format", "json"],
        vec!["validate", &bank],
    ] {
        let out = selfcheck()
            .args(&args)
            .assert()
            .success()
            .get_output()
            .clone();
        assert!(
            !out.stdout.contains(&0x1b) && !out.stderr.contains(&0x1b),
            "{args:?}"
        );
        assert!(!out.stdout.contains(&0x07), "{args:?}");
    }
    // Even an error that quotes the file's own words is printed clean.
    let out = selfcheck()
        .args(["--bank", &bank, "--answers", &answers])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(!out.stderr.contains(&0x1b));
    let evil_key = write(
        &dir,
        "key.yaml",
        MINIMAL
            .replacen("locale:", "\"\\e[31mevil\": 1\nlocale:", 1)
            .as_bytes(),
    );
    let out = selfcheck()
        .args(["validate", &evil_key])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("unknown field `[31mevil`"), "{stderr}");
    assert!(!out.stderr.contains(&0x1b));
}

#[test]
fn an_answers_file_cannot_drive_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let quiet = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/answers/quiet.yaml"
    ))
    .unwrap();
    let hostile = quiet.replace(
        "anything_else: \"\"",
        "anything_else: \"I ran out\\e[2J\\e]0;owned\\a on Friday\"",
    );
    assert_ne!(hostile, quiet);
    let answers = write(&dir, "answers.yaml", hostile.as_bytes());
    for format in ["text", "markdown", "json"] {
        let out = selfcheck()
            .args(["--answers", &answers, "--format", format])
            .assert()
            .success()
            .get_output()
            .clone();
        // Markdown escapes the brackets; JSON and text keep them as they are.
        let stdout = String::from_utf8_lossy(&out.stdout).replace('\\', "");
        assert!(!out.stdout.contains(&0x1b), "{format}");
        assert!(
            stdout.contains("I ran out[2J]0;owned on Friday"),
            "{format}: the words stay, the controls go:\n{stdout}"
        );
    }
}

#[test]
fn the_broken_banks_corpus_never_panics() {
    // Every file in tests/bad_banks is refused with exit 2 and no panic (the exact
    // messages are checked in tests/bad_banks.rs).
    for entry in fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/bad_banks")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let out = selfcheck()
                .arg("validate")
                .arg(&path)
                .assert()
                .code(2)
                .get_output()
                .clone();
            assert!(
                !String::from_utf8_lossy(&out.stderr).contains("panicked"),
                "{}",
                path.display()
            );
        }
    }
}

#[test]
fn a_report_path_cannot_drive_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report\u{1b}]0;owned\u{7}\u{1b}[2J.md");
    let out = selfcheck()
        .args(["--answers", "tests/answers/quiet.yaml", "--report"])
        .arg(&report)
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("report]0;owned[2J.md"), "{stdout}");
    assert!(!out.stdout.contains(&0x1b) && !out.stdout.contains(&0x07));
    assert!(report.exists(), "the file itself has the name asked for");
}
