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

/// Runs with `args` under the locale `lang`: exit code, standard output, standard error.
fn run(args: &[&str], lang: &str) -> (Option<i32>, String, String) {
    let output = selfcheck().env("LANG", lang).args(args).output().unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// The ways a person asks for Spanish: the flag, or a Spanish locale alone.
fn in_spanish(args: &[&str]) -> [(Option<i32>, String, String); 2] {
    let with_flag: Vec<&str> = ["--lang", "es"].iter().chain(args).copied().collect();
    [run(&with_flag, "C.UTF-8"), run(args, "es_MX.UTF-8")]
}

/// clap's English words for help and usage.
const CLAP_ENGLISH: &[&str] = &[
    "Usage",
    "Options",
    "Arguments",
    "Commands",
    "Print help",
    "default:",
    "possible values",
    "For more information",
    "required",
];

const SUBCOMMANDS: [&str; 6] = [
    "validate",
    "questions",
    "history",
    "completions",
    "man",
    "help",
];

#[test]
fn every_subcommand_has_its_help_in_spanish_by_flag_or_by_help() {
    for sub in SUBCOMMANDS {
        // clap's English `help` takes no --help of its own: `help help` shows its help.
        let flag = if sub == "help" { "help" } else { "--help" };
        let (code, english, _) = run(&[sub, flag], "C.UTF-8");
        assert_eq!(code, Some(0), "{sub}");
        assert!(
            english.contains(&format!("Usage: selfcheck {sub}")),
            "{english}"
        );
        for (code, help, err) in in_spanish(&[sub, "--help"]) {
            assert_eq!(code, Some(0), "{sub}: {err}");
            assert!(help.contains(&format!("Uso: selfcheck {sub}")), "{help}");
            assert!(help.contains("Mostrar esta ayuda."), "{help}");
            for english in CLAP_ENGLISH {
                assert!(!help.contains(english), "{sub}: {english} in {help}");
            }
            assert_eq!(english_in(&help), Vec::<String>::new(), "{sub}: {help}");
        }
        // `help SUB` shows what `SUB --help` shows, in either language.
        let (code, by_help, _) = run(&["help", sub], "C.UTF-8");
        assert_eq!((code, by_help), (Some(0), english), "{sub}");
        let [(_, spanish, _), _] = in_spanish(&[sub, "--help"]);
        for (code, by_help, err) in in_spanish(&["help", sub]) {
            assert_eq!(code, Some(0), "help {sub}: {err}");
            assert_eq!(by_help, spanish, "help {sub}");
        }
    }
}

#[test]
fn the_command_list_names_every_command_in_both_languages() {
    let (_, english, _) = run(&["--help"], "C.UTF-8");
    for (_, spanish, _) in in_spanish(&["--help"]) {
        for sub in SUBCOMMANDS {
            for help in [&english, &spanish] {
                assert!(help.contains(&format!("\n  {sub} ")), "{sub}: {help}");
            }
        }
        assert!(spanish.contains("Comandos:"), "{spanish}");
        assert_eq!(english_in(&spanish), Vec::<String>::new(), "{spanish}");
        for english in CLAP_ENGLISH {
            assert!(!spanish.contains(english), "{english} in {spanish}");
        }
    }
}

#[test]
fn a_subcommand_missing_its_argument_shows_its_own_usage_in_spanish() {
    for (sub, value) in [
        ("history", "<ARCHIVO>..."),
        ("validate", "<ARCHIVO>..."),
        ("completions", "<INTÉRPRETE>"),
    ] {
        let (code, _, english) = run(&[sub], "C.UTF-8");
        assert_eq!(code, Some(2), "{sub}: {english}");
        assert!(
            english.contains(&format!("Usage: selfcheck {sub}")),
            "{english}"
        );
        for (code, out, err) in in_spanish(&[sub]) {
            assert_eq!(code, Some(2), "{sub}: {err}");
            assert!(out.is_empty(), "{sub}: {out}");
            assert!(
                err.contains(&format!("falta un argumento obligatorio: {value}")),
                "{sub}: {err}"
            );
            assert!(
                err.contains(&format!("Uso: selfcheck {sub}")),
                "{sub}: {err}"
            );
            assert!(!err.contains("[COMANDO]"), "the program's usage: {err}");
            for english in CLAP_ENGLISH {
                assert!(!err.contains(english), "{sub}: {english} in {err}");
            }
        }
    }
    for (code, _, err) in in_spanish(&["help", "nope"]) {
        assert_eq!(code, Some(2), "{err}");
        assert!(err.contains("comando desconocido «nope»"), "{err}");
    }
    for (code, _, err) in in_spanish(&["questions", "--formt", "json"]) {
        assert_eq!(code, Some(2), "{err}");
        assert!(err.contains("argumento desconocido «--formt»"), "{err}");
        assert!(err.contains("«--format»"), "the suggestion: {err}");
        assert!(err.contains("Uso: selfcheck questions"), "{err}");
    }
}

#[test]
fn validate_says_an_answers_file_without_its_header_is_one_in_both_languages() {
    let quiet = "tests/answers/quiet.yaml";
    assert!(!std::fs::read_to_string(quiet).unwrap().contains("_check"));
    said_in_spanish(&["validate", quiet], &[&format!("{quiet}: "), "--answers"]);
    let english = refused(&["validate", quiet], "C.UTF-8");
    assert!(english.contains("looks like an answers file"), "{english}");
    for spanish in [
        refused(&["--lang", "es", "validate", quiet], "C.UTF-8"),
        refused(&["validate", quiet], "es_MX.UTF-8"),
    ] {
        assert!(
            spanish.contains("parece un archivo de respuestas"),
            "{spanish}"
        );
        assert!(
            !spanish.contains("prescribed"),
            "no bank field listed: {spanish}"
        );
    }
}

/// Every broken answers file and referral list of the corpora (syntax, keys written
/// twice, control characters, `_check` and resource fields missing, unknown or of the
/// wrong type) is refused in Spanish with no English outside the YAML reader's own
/// quoted words, at the same places as in English; with a bank file (--bank), --lang
/// still gives the program's words in Spanish.
#[test]
fn yaml_problems_in_answers_and_resources_files_are_said_in_spanish() {
    for (dir, args) in [
        (
            "tests/bad_answers",
            &["--bank", "tests/fixtures/minimal.yaml", "--answers"][..],
        ),
        (
            "tests/bad_resources",
            &["--answers", "tests/answers/quiet.yaml", "--resources"][..],
        ),
    ] {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().into_string().unwrap())
            .filter(|name| name.ends_with(".yaml"))
            .collect();
        names.sort();
        for name in names {
            let path = format!("{dir}/{name}");
            let with_file: Vec<&str> = args.iter().copied().chain([path.as_str()]).collect();
            let english = refused(&with_file, "C.UTF-8");
            // Each problem's place (FILE:LINE:COL: or FILE:), as English gives it.
            let places: Vec<String> = english
                .lines()
                .filter_map(|line| line.strip_prefix("selfcheck: "))
                .filter_map(|line| line.find(": ").map(|end| line[..end + 2].to_string()))
                .collect();
            let places: Vec<&str> = places.iter().map(String::as_str).collect();
            said_in_spanish(&with_file, &places);
            // English is quoted only where the parser's own words are, marked as such.
            let spanish = refused(&with_file, "es_MX.UTF-8");
            for (at, _) in spanish.match_indices('«') {
                let (before, quote) = spanish.split_at(at + '«'.len_utf8());
                let quote = quote.split('»').next().unwrap();
                assert!(
                    before.ends_with("dice, en inglés: «") || english_in(quote).is_empty(),
                    "{path}: English of ours quoted: {spanish}"
                );
            }
        }
    }
}

#[test]
fn lang_goes_with_a_bank_file_and_an_unknown_one_is_refused_there_too() {
    let bank = "tests/fixtures/minimal.yaml";
    let output = selfcheck()
        .env("LANG", "C.UTF-8")
        .args(["--bank", bank, "--lang", "es", "questions"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let (code, _, err) = run(&["--bank", bank, "--lang", "fr", "questions"], "C.UTF-8");
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("`fr`") && err.contains("en, es"), "{err}");
}

#[test]
fn completion_descriptions_follow_the_language() {
    for (code, script, err) in in_spanish(&["completions", "fish"]) {
        assert_eq!(code, Some(0), "{err}");
        assert!(script.contains("Mostrar esta ayuda."), "{script}");
        assert!(script.contains("save-answers"), "every option: {script}");
    }
    let (code, script, _) = run(&["completions", "fish"], "C.UTF-8");
    assert_eq!(code, Some(0));
    assert!(!script.contains("Mostrar"), "{script}");
}
