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
        // The locale picks the language when --lang is not given: English here.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .timeout(std::time::Duration::from_secs(60));
    cmd
}

/// Runs it, expects success, and returns what it printed on standard output.
pub fn stdout(cmd: &mut Command) -> String {
    String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap()
}

/// Any answer to a bank's question, for property tests: prefer not to say, any choice,
/// any set of checks, or a little text.
pub fn any_answer(
    bank: &'static selfcheck::bank::Bank,
    index: usize,
) -> proptest::strategy::BoxedStrategy<selfcheck::answers::Answer> {
    use proptest::prelude::*;
    use selfcheck::answers::Answer;
    use selfcheck::bank::model::Kind;
    let q = bank.question(index);
    let ids: Vec<String> = q.choices.iter().map(|c| c.id.clone()).collect();
    let answer = match q.kind {
        Kind::YesNo | Kind::Choice => proptest::sample::select(ids)
            .prop_map(Answer::Choice)
            .boxed(),
        Kind::Checklist => proptest::sample::subsequence(ids.clone(), 0..=ids.len())
            .prop_map(Answer::Checklist)
            .boxed(),
        Kind::Text => "[a-zA-Z .,]{0,40}".prop_map(Answer::Text).boxed(),
    };
    prop_oneof![1 => Just(Answer::Skipped), 6 => answer].boxed()
}

/// Every question of `bank` says its time frame in one of `frames` (lowercase).
pub fn assert_time_frames(bank: &selfcheck::bank::Bank, frames: &[&str]) {
    for index in 0..bank.len() {
        let q = bank.question(index);
        let text = q
            .text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        assert!(
            frames.iter().any(|f| text.contains(f)),
            "question `{}` does not say its time frame: {text}",
            q.id
        );
    }
}

/// The problems the program finds in `args` (without the program's name), as data: it
/// is run in-process, and must refuse them as bad input. (For the exit code and what is
/// printed, run the binary.) Only for inputs that are regular files or none: standard
/// input is the test's.
pub fn problems(args: &[&str]) -> Vec<selfcheck::error::Problem> {
    let argv = std::iter::once("selfcheck")
        .chain(args.iter().copied())
        .map(Into::into)
        .collect();
    let cli = selfcheck::cli::parse(argv, selfcheck::messages::Lang::En);
    match selfcheck::app::run(cli) {
        Err(selfcheck::error::Error::BadInput(problems)) => problems,
        other => panic!("{args:?}: not bad input: {other:?}"),
    }
}
