//! The Spanish bank: a faithful translation (words only), and a whole session and summary
//! in Spanish with nothing in English, in every mode.

mod common;

use common::{selfcheck, stdout};

use selfcheck::bank::problem::{Aspect, Difference, Problem, TextName};
use selfcheck::bank::{BUILTIN, Bank};

/// English words that have no place in Spanish text (proper names aside).
const ENGLISH: &[&str] = &[
    "the", "you", "your", "and", "with", "call", "now", "not", "prefer", "say", "question", "what",
    "help", "today", "this", "that", "answer", "client", "reported", "none", "yes",
];

/// Words of `text` that look English, leaving out lines holding `allowed` (a person's own
/// words, or a service's proper name).
fn english_words(text: &str, allowed: &[&str]) -> Vec<String> {
    text.lines()
        .filter(|line| !allowed.iter().any(|a| line.contains(a)))
        .flat_map(|line| line.split(|c: char| !c.is_alphabetic()))
        .map(str::to_lowercase)
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect()
}

/// A person's own words and the names services go by in every language.
const ALLOWED: &[&str] = &[
    "I ran out of my prescription",
    "988 Lifeline",
    "Poison Help",
    "-HELP)",
    "Samaritans",
    "NHS",
    "Lifeline",
];

#[test]
fn the_spanish_bank_changes_words_only() {
    let english = Bank::builtin();
    let es = BUILTIN.iter().find(|b| b.lang == "es").unwrap();
    let (name, source) = (es.name, es.yaml);
    let spanish = Bank::load(name, source).unwrap();
    assert_eq!(spanish.def.locale, "es-US");
    spanish
        .check_translation_of(&english, name, source)
        .unwrap();
}

#[test]
fn a_translation_that_changes_more_than_words_is_refused() {
    let english = Bank::builtin();
    let es = BUILTIN.iter().find(|b| b.lang == "es").unwrap();
    let (name, source) = (es.name, es.yaml);
    let changed = source.replacen("tier: emergency", "tier: soon", 1);
    assert_ne!(&changed, source);
    let spanish = Bank::load(name, &changed).unwrap();
    let err = spanish
        .check_translation_of(&english, name, &changed)
        .unwrap_err();
    // At the first question with an emergency alert, named by its id.
    let first = changed
        .bytes()
        .zip(source.bytes())
        .position(|(a, b)| a != b)
        .unwrap();
    let before: Vec<&str> = changed[..first].lines().collect();
    let id_line = before
        .iter()
        .rposition(|line| line.trim_start().starts_with("- id: "))
        .unwrap();
    let id = before[id_line].trim_start()["- id: ".len()..].to_string();
    let found: Vec<_> = err
        .issues
        .iter()
        .map(|issue| (issue.line, &issue.problem))
        .collect();
    assert!(
        matches!(
            found.as_slice(),
            [(Some(line), Problem::Translation {
                original,
                difference: Difference::Question { id: q, aspect: Aspect::Alerts, .. },
            })] if original == "clonazepam" && *q == id && *line == id_line + 1
        ),
        "{found:?}"
    );
    // And through `validate`, which knows a translation by its id and locale.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("es.yaml");
    std::fs::write(&path, &changed).unwrap();
    let out = selfcheck()
        .arg("validate")
        .arg(&path)
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(String::from_utf8_lossy(&out.stderr).contains("alerts differ"));
}

#[test]
fn the_summary_is_wholly_spanish_in_every_format_and_mode() {
    for counselor in [false, true] {
        for format in ["text", "markdown"] {
            let mut cmd = selfcheck();
            cmd.args([
                "--lang",
                "es",
                "--answers",
                "tests/answers/alarming.yaml",
                "--format",
                format,
            ]);
            if counselor {
                cmd.arg("--counselor");
            }
            let out = stdout(&mut cmd);
            assert!(out.contains("911") && out.contains("988"));
            let english = english_words(&out, ALLOWED);
            assert!(
                english.is_empty(),
                "English in the {format} summary (counselor={counselor}): {english:?}\n{out}"
            );
        }
    }
    let quiet = stdout(selfcheck().args(["--lang", "es", "--answers", "tests/answers/quiet.yaml"]));
    assert!(
        quiet.contains("Hable de esto en su próxima cita") || quiet.contains("próxima cita"),
        "{quiet}"
    );
    assert!(english_words(&quiet, ALLOWED).is_empty(), "{quiet}");
}

#[test]
fn spanish_speakers_are_told_that_988_and_the_samhsa_helpline_serve_them() {
    let out = stdout(selfcheck().args(["--lang", "es", "--answers", "tests/answers/quiet.yaml"]));
    let text = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("oprima 2 para español"), "{text}");
    assert!(
        text.contains("1-800-662-4357") && text.contains("español"),
        "{text}"
    );
}

#[test]
fn a_plain_session_in_spanish_has_no_english() {
    // The same numbers answer the same questions in both languages: a quiet session is
    // "no" at the gate, then each question's "nothing to report" choice.
    let bank = Bank::builtin_in("es").unwrap();
    let mut session = selfcheck::engine::Session::new(&bank);
    let mut lines = vec!["2".to_string()];
    while let Some(index) = session.current() {
        let q = bank.question(index);
        let (line, answer) = match q.kind {
            selfcheck::bank::model::Kind::Checklist => {
                (String::new(), selfcheck::answers::Answer::Checklist(vec![]))
            }
            selfcheck::bank::model::Kind::Text => (
                String::new(),
                selfcheck::answers::Answer::Text(String::new()),
            ),
            _ => {
                let at = q.choices.iter().position(|c| c.neutral).unwrap();
                (
                    format!("{}", at + 1),
                    selfcheck::answers::Answer::Choice(q.choices[at].id.clone()),
                )
            }
        };
        lines.push(line);
        session.answer(index, answer).unwrap();
    }
    lines.push("0".to_string());
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let out = selfcheck()
        .args(["--lang", "es", "--plain"])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .clone();
    let transcript = String::from_utf8(out.stderr).unwrap();
    let summary = String::from_utf8(out.stdout).unwrap();
    assert!(transcript.contains("Pregunta 1 de"), "{transcript}");
    let english = english_words(&transcript, ALLOWED);
    assert!(
        english.is_empty(),
        "English in the plain transcript: {english:?}\n{transcript}"
    );
    assert!(english_words(&summary, ALLOWED).is_empty(), "{summary}");
}

#[test]
fn an_unknown_language_lists_the_ones_there_are() {
    let out = selfcheck()
        .args(["--lang", "fr", "questions"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("no built-in bank in language `fr`; there are: en, es")
    );
}

#[test]
fn every_spanish_question_names_its_time_frame() {
    let frames = [
        "ahora mismo",
        "en los últimos",
        "en las últimas",
        "en cualquier momento",
    ];
    common::assert_time_frames(&Bank::builtin_in("es").unwrap(), &frames);
}

// What the program says around the bank, under `--lang es` or a Spanish locale.

/// Runs the binary with these arguments and locale; returns (exit code, stdout, stderr).
fn run(args: &[&str], lang: &str, stdin: &str) -> (Option<i32>, String, String) {
    let output = selfcheck()
        .args(args)
        .env("LANG", lang)
        .write_stdin(stdin)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn help_and_command_line_errors_are_in_spanish() {
    let (code, out, _) = run(&["--lang", "es", "--help"], "C.UTF-8", "");
    assert_eq!(code, Some(0));
    assert!(out.contains("Uso: selfcheck"), "{out}");
    assert!(out.contains("Opciones:"), "{out}");
    for english in [
        "Usage",
        "Options",
        "Commands",
        "Print help",
        "default:",
        "possible values",
    ] {
        assert!(!out.contains(english), "{english}: {out}");
    }
    let (code, _, err) = run(&["--lang", "es", "--nope"], "C.UTF-8", "");
    assert_eq!(code, Some(2));
    assert!(err.contains("argumento desconocido «--nope»"), "{err}");
    assert!(!err.contains("unexpected"), "{err}");
    let (code, _, err) = run(&["--lang=es", "--format", "xml"], "C.UTF-8", "");
    assert_eq!(code, Some(2));
    assert!(err.contains("valor no válido «xml»"), "{err}");
}

#[test]
fn region_file_and_terminal_errors_are_in_spanish() {
    let (code, _, err) = run(&["--lang", "es", "--region", "zz"], "C.UTF-8", "");
    assert_eq!(code, Some(2));
    assert!(err.contains("región desconocida `zz`"), "{err}");
    let (_, _, err) = run(
        &["--lang", "es", "--answers", "no/such.yaml"],
        "C.UTF-8",
        "",
    );
    assert!(err.contains("no existe ese archivo"), "{err}");
    let (_, _, err) = run(&["--lang", "es", "--report", "Cargo.toml"], "C.UTF-8", "");
    assert!(err.contains("Cargo.toml ya existe"), "{err}");
    assert!(err.contains("--force"), "{err}");
    let (code, _, err) = run(&["--lang", "es"], "C.UTF-8", "");
    assert_eq!(code, Some(2));
    assert!(err.contains("no hay ninguna"), "no terminal: {err}");
    assert!(
        english_words(&err, &["--answers", "--plain"]).is_empty(),
        "{err}"
    );
    let (code, _, err) = run(&["--lang", "es", "--plain"], "C.UTF-8", "2\n");
    assert_eq!(code, Some(2));
    assert!(err.contains("la entrada estándar terminó"), "{err}");
}

#[test]
fn the_locale_picks_the_language_and_lang_overrides_it() {
    let spanish = Bank::builtin_in("es").unwrap();
    let english = Bank::builtin();
    let (_, _, err) = run(&["--plain"], "es_MX.UTF-8", "");
    assert!(err.contains(&spanish.def.title), "LANG=es_MX: {err}");
    let (_, _, err) = run(&["--plain", "--lang", "en"], "es_MX.UTF-8", "");
    assert!(err.contains(&english.def.title), "--lang en wins: {err}");
    let (_, _, err) = run(&["--region", "zz"], "es_ES.UTF-8", "");
    assert!(err.contains("región desconocida"), "{err}");
    let (_, _, err) = run(&["--plain"], "fr_FR.UTF-8", "");
    assert!(
        err.contains(&english.def.title),
        "no French bank: English: {err}"
    );
}

#[test]
fn a_changed_translation_is_refused_wherever_it_is_loaded_and_said_in_words() {
    let es = BUILTIN.iter().find(|b| b.lang == "es").unwrap();
    let changed = es.yaml.replacen("tier: emergency", "tier: routine", 1);
    assert_ne!(changed, es.yaml);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("es.yaml");
    std::fs::write(&path, &changed).unwrap();
    let out = selfcheck()
        .arg("--bank")
        .arg(&path)
        .args(["--answers", "tests/answers/quiet.yaml"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("alerts differ"), "{stderr}");
    assert!(stderr.contains("tier routine"), "said in words: {stderr}");
    assert!(stderr.contains("tier emergency"), "said in words: {stderr}");
    for debug in ["Some(", "Routine", "[]", "\""] {
        assert!(
            !stderr.contains(debug),
            "no Rust debug text ({debug}): {stderr}"
        );
    }
}

#[test]
fn a_translation_that_drops_a_number_from_a_counselor_text_is_refused() {
    let english = Bank::builtin();
    let es = BUILTIN.iter().find(|b| b.lang == "es").unwrap();
    let start = es.yaml.find("  crisis_summary:").unwrap();
    let end = start + es.yaml[start..].find("{crisis_reach}").unwrap();
    let changed = format!(
        "{}988{}",
        &es.yaml[..end],
        &es.yaml[end + "{crisis_reach}".len()..]
    );
    let spanish = Bank::load(es.name, &changed).unwrap();
    let err = spanish
        .check_translation_of(&english, es.name, &changed)
        .unwrap_err();
    let differences: Vec<_> = err
        .issues
        .iter()
        .map(|issue| match &issue.problem {
            Problem::Translation { difference, .. } => difference,
            other => panic!("not a translation problem: {other:?}"),
        })
        .collect();
    assert_eq!(
        differences,
        [&Difference::Placeholders {
            text: TextName::Key("counselor.crisis_summary"),
            here: vec!["{emergency}".into()],
            original: vec!["{crisis_reach}".into(), "{emergency}".into()],
        }]
    );
}

#[test]
fn the_spanish_bank_uses_the_clinical_words_the_review_asked_for() {
    let es = BUILTIN.iter().find(|b| b.lang == "es").unwrap().yaml;
    // What a person reads: the bank without its comments.
    let lower: String = es
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
    for word in [
        "temblor",
        "convulsión",
        "palpitaciones",
        "intoxicación",
        "síntomas de abstinencia",
        "ayuda",
    ] {
        assert!(lower.contains(word), "the Spanish bank never says {word:?}");
    }
    assert!(!lower.contains("sacudidas"), "tremors are temblor");
    // A seizure is never an "ataque" that could be read as a panic attack.
    for (at, _) in lower.match_indices("ataque") {
        let rest = &lower[at..];
        assert!(
            rest.starts_with("ataque epiléptico") || rest.starts_with("ataques de pánico"),
            "an `ataque` that is neither epiléptico nor de pánico: {}",
            &rest[..rest.len().min(40)]
        );
    }
}
