//! The broken answers files in `tests/bad_answers/` and referral lists in
//! `tests/bad_resources/`: each is refused with exit 2 and exactly the standard error in
//! its `NAME.expected` in English, and in its `NAME.es.expected` in a Spanish session
//! (`LANG=es_MX.UTF-8`), as `tests/bad_banks/` is, in tests/bad_banks.rs: these files
//! are the snapshot of every message in both languages. Answers are read against the
//! test bank, so a change of the built-in bank's words leaves them be.

mod common;

use common::selfcheck;
use std::path::Path;

/// The snapshots of a corpus: the English one, then the Spanish one with its locale.
const LANGUAGES: [(&str, &str); 2] = [("expected", "C.UTF-8"), ("es.expected", "es_MX.UTF-8")];

/// Runs every `DIR/NAME.yaml` with `args` then the file, in each language, and compares.
fn corpus(dir: &str, args: &[&str]) {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap_or_else(|_| panic!("{dir} exists"))
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    for name in &names {
        let stem = name
            .strip_suffix(".yaml")
            .or_else(|| name.strip_suffix(".es.expected"))
            .or_else(|| name.strip_suffix(".expected"))
            .unwrap_or_else(|| panic!("{dir}/{name}: only .yaml and .expected files"));
        for suffix in ["yaml", "expected", "es.expected"] {
            assert!(
                names.contains(&format!("{stem}.{suffix}")),
                "{dir}/{stem}: needs {stem}.yaml, {stem}.expected and {stem}.es.expected"
            );
        }
    }
    let inputs: Vec<&str> = names
        .iter()
        .filter_map(|n| n.strip_suffix(".yaml"))
        .collect();
    assert!(inputs.len() >= 5, "too few files in {dir}: {inputs:?}");
    let mut failures = Vec::new();
    for input in inputs {
        let path = format!("{dir}/{input}.yaml");
        for (suffix, locale) in LANGUAGES {
            let expected =
                std::fs::read_to_string(folder.join(format!("{input}.{suffix}"))).unwrap();
            let output = selfcheck()
                .env("LANG", locale)
                .args(args)
                .arg(&path)
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            if output.status.code() != Some(2) || stderr != expected || !output.stdout.is_empty() {
                failures.push(format!(
                    "LANG={locale} selfcheck {} {path}: exit {:?}\n--- expected stderr \
                     ({input}.{suffix})\n{expected}--- actual stderr\n{stderr}",
                    args.join(" "),
                    output.status.code(),
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn each_bad_answers_file_is_refused_exactly() {
    corpus(
        "tests/bad_answers",
        &["--bank", "tests/fixtures/minimal.yaml", "--answers"],
    );
}

#[test]
fn each_bad_resources_file_is_refused_exactly() {
    corpus(
        "tests/bad_resources",
        &["--answers", "tests/answers/quiet.yaml", "--resources"],
    );
}
