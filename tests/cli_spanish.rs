//! A Spanish session (`--lang es`, or a Spanish locale) is told about a bad answers file,
//! a missing or unreadable file and a wrong option in Spanish, with no English sentence
//! left: the same place, question id and advice as in English.

mod common;

use common::selfcheck;

/// Words of English sentences that no Spanish sentence has. Code (`...`), the YAML
/// layer's quoted words («...»), paths and flags are left out before looking.
const ENGLISH: &[&str] = &[
    "the", "is", "not", "of", "an", "and", "to", "it", "this", "that", "file", "question",
    "answer", "answers", "write", "read", "cannot", "could", "such", "with", "has", "was", "are",
    "be", "for", "any", "choice", "choices", "lists", "must", "here", "there", "add", "give",
    "run", "already", "exists", "choose", "name", "unknown", "region",
];

/// The English words in `message`, outside code, quotes, paths and flags.
fn english_in(message: &str) -> Vec<String> {
    let mut prose = String::new();
    let mut skipping: Option<char> = None;
    for c in message.chars() {
        match (skipping, c) {
            (None, '`') => skipping = Some('`'),
            (None, '«') => skipping = Some('»'),
            (Some(end), c) if c == end => skipping = None,
            (None, c) => prose.push(c),
            (Some(_), _) => {}
        }
    }
    prose
        .split_whitespace()
        .filter(|w| !w.contains('/') && !w.starts_with("--") && !w.starts_with("selfcheck:"))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect()
}

fn temp_file(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// Runs with `args` under the locale `lang`; expects bad input (exit 2, nothing on
/// standard output) and returns standard error.
fn refused(args: &[&str], lang: &str) -> String {
    let output = selfcheck().env("LANG", lang).args(args).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(output.stdout.is_empty(), "{args:?}");
    assert!(!stderr.trim().is_empty(), "{args:?}");
    stderr
}

/// Each refusal, in English and in Spanish by `--lang es` and by `LANG=es_MX.UTF-8`:
/// the English one has English in it (so the check can see it), the Spanish ones have
/// none, and both name the same places.
fn said_in_spanish(args: &[&str], places: &[&str]) {
    let english = refused(args, "C.UTF-8");
    assert!(!english_in(&english).is_empty(), "{args:?}: {english}");
    let with_flag: Vec<&str> = ["--lang", "es"].iter().chain(args).copied().collect();
    for spanish in [refused(&with_flag, "C.UTF-8"), refused(args, "es_MX.UTF-8")] {
        assert_eq!(
            english_in(&spanish),
            Vec::<String>::new(),
            "{args:?}: English left in: {spanish}"
        );
        for place in places {
            assert!(english.contains(place), "{args:?}: {place} in {english}");
            assert!(spanish.contains(place), "{args:?}: {place} in {spanish}");
        }
        assert_eq!(
            spanish.lines().count(),
            english.lines().count(),
            "one line for each problem: {spanish}"
        );
    }
}

#[test]
fn a_bad_answers_file_is_refused_in_spanish_with_its_places_and_ids() {
    let dir = tempfile::tempdir().unwrap();
    let quiet = std::fs::read_to_string("tests/answers/quiet.yaml").unwrap();
    let bad = temp_file(
        &dir,
        "answers.yaml",
        &format!(
            "{}favourite_colour: blue\nwithdrawal_symptoms: tremor\n",
            quiet
                .replace("how_taken: as_prescribed", "how_taken: sometimes")
                .replace("more_than_meant: never", "more_than_meant: [often]")
        ),
    );
    let line = |key: &str| {
        let text = std::fs::read_to_string(&bad).unwrap();
        let n = text
            .lines()
            .position(|l| l.starts_with(&format!("{key}:")))
            .unwrap();
        format!("{bad}:{}:1: ", n + 1)
    };
    said_in_spanish(
        &["--answers", &bad],
        &[
            &line("how_taken"),
            "`how_taken`",
            "`sometimes`",
            "as_prescribed, more_than_prescribed",
            &line("favourite_colour"),
            "`favourite_colour`",
            "`clonazepam`",
            "`withdrawal_symptoms`",
            "`more_than_meant`",
        ],
    );
    let list = temp_file(&dir, "list.yaml", "- just\n- a list\n");
    said_in_spanish(&["--answers", &list], &[&format!("{list}:1:1: ")]);
    let unanswered = temp_file(
        &dir,
        "short.yaml",
        &quiet.replace("dose_change: no_change\n", "dose_change: planned_taper\n"),
    );
    said_in_spanish(
        &["--answers", &unanswered],
        &[&format!("{unanswered}: "), "`withdrawal_symptoms: skip`"],
    );
    let other = temp_file(
        &dir,
        "other.yaml",
        "_check: {date: 2026-11-26, bank: alcohol, version: 1}\nprescribed: prescribed_now\n",
    );
    said_in_spanish(&["--answers", &other], &["`alcohol`", "`clonazepam`"]);
    let date = temp_file(
        &dir,
        "date.yaml",
        "_check: {date: 2026-02-30, bank: clonazepam, version: 1}\n",
    );
    said_in_spanish(
        &["--answers", &date],
        &[&format!("{date}:1:1: "), "2026-02-30"],
    );
    let empty = temp_file(&dir, "empty.yaml", "# nothing\n");
    said_in_spanish(&["--compare", &empty, "--answers", &empty], &[&empty]);
}

#[test]
fn missing_unreadable_and_unwritable_files_are_said_in_spanish() {
    said_in_spanish(
        &["--answers", "no/such/file.yaml"],
        &["no/such/file.yaml: "],
    );
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().display().to_string();
    said_in_spanish(&["--answers", &folder], &[&format!("{folder}: ")]);
    let empty = temp_file(&dir, "empty.yaml", "\n");
    said_in_spanish(&["--answers", &empty], &[&format!("{empty}: ")]);
    let quiet = "tests/answers/quiet.yaml";
    said_in_spanish(
        &["--answers", quiet, "--report", "Cargo.toml"],
        &["Cargo.toml"],
    );
    let nowhere = format!("{folder}/no-such-folder/report.md");
    said_in_spanish(
        &["--answers", quiet, "--report", &nowhere],
        &["no-such-folder"],
    );
    said_in_spanish(&["--answers", quiet, "--report", &folder], &[&folder]);
    let same = format!("{folder}/same.md");
    said_in_spanish(
        &[
            "--answers",
            quiet,
            "--report",
            &same,
            "--save-answers",
            &same,
        ],
        &[&same],
    );
    said_in_spanish(&["--answers", quiet, "--region", "mars"], &["`mars`", "us"]);
    said_in_spanish(&["history", "no/such/week.yaml"], &["no/such/week.yaml: "]);
    said_in_spanish(&["--compare", quiet, "history", quiet], &["history"]);
}
