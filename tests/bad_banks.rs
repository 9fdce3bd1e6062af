//! Broken banks and what `selfcheck` says about them.
//!
//! Most are the minimal fixture with one edit, made here (`CASES`), so a new required
//! key means editing one fixture, not a copy per case; the message each gets, in
//! English and in Spanish, is snapshotted once (`tests/snapshots/bad_banks__*.snap`).
//! Files that are no copy of a bank (odd YAML shapes, depth, size) stay in
//! `tests/bad_banks/`, each with the exact output of `selfcheck validate` beside it.

use assert_cmd::Command;
use selfcheck::bank::Bank;
use selfcheck::messages::Lang;
use std::path::Path;

const MINIMAL: &str = include_str!("fixtures/minimal.yaml");

/// A broken bank: its name, and the text of the minimal fixture to replace (it must
/// occur there exactly once) with what.
struct Case {
    name: &'static str,
    from: &'static str,
    to: &'static str,
}

const POISON_RESOURCE: &str = "      - role: poison
        name: \"Poison Help\"
        number: \"1-800-222-1222\"
        reach: \"call 1-800-222-1222\"
        contact: \"Call 1-800-222-1222\"
        for: \"You may have taken too much and you are awake and breathing.\"
";

const CASES: &[Case] = &[
    // Two questions have the id `took_more`.
    Case {
        name: "duplicate-id",
        from: "      - id: anything_else\n",
        to: "      - id: took_more\n",
    },
    Case {
        name: "empty-section",
        from: "  - id: withdrawal\n",
        to: "  - id: later\n    title: \"Later\"\n    intro: \"More questions.\"\n    \
             questions: []\n  - id: withdrawal\n",
    },
    // A bank id that is a number: refused at its line.
    Case {
        name: "id-number",
        from: "id: minimal\n",
        to: "id: 12345\n",
    },
    // A label that is a number: refused at its line, with the question and field.
    Case {
        name: "label-number",
        from: "label: \"Took more than prescribed, past 3 months\"",
        to: "label: 42",
    },
    // A condition on a question asked later.
    Case {
        name: "later-condition",
        from: "when: {question: missed_dose, if_any: [\"yes\", \"skip\"]}",
        to: "when: {question: anything_else, if_any: [\"skip\"]}",
    },
    // The region `us` has no `poison` resource.
    Case {
        name: "missing-role",
        from: POISON_RESOURCE,
        to: "",
    },
    // A raw ESC byte (not the escape \e) in a section intro: refused at its place.
    Case {
        name: "raw-escape",
        from: "intro: \"These questions are about the past 7 days.\"",
        to: "intro: \"These questions \u{1b}[2J are about the past 7 days.\"",
    },
    // A title with no value (~): refused at its line, naming the field.
    Case {
        name: "title-empty",
        from: "title: \"Clonazepam (Klonopin) self-check (test bank)\"",
        to: "title: ~",
    },
    // An alert names an interrupt that is not under `interrupts`.
    Case {
        name: "unknown-interrupt",
        from: "interrupt: breathing\n",
        to: "interrupt: slow_breathing\n",
    },
    // A question has a key the format does not know (`hint`).
    Case {
        name: "unknown-key",
        from: "        label: \"Anything else\"\n",
        to: "        label: \"Anything else\"\n        hint: \"Optional\"\n",
    },
    // An alert names a tier that does not exist (`urgent`).
    Case {
        name: "unknown-tier",
        from: "            tier: soon\n",
        to: "            tier: urgent\n",
    },
];

impl Case {
    /// The minimal fixture with this case's edit.
    fn source(&self) -> String {
        assert_eq!(
            MINIMAL.matches(self.from).count(),
            1,
            "{}: the text to change must occur exactly once in the fixture: {:?}",
            self.name,
            self.from
        );
        MINIMAL.replacen(self.from, self.to, 1)
    }
}

#[test]
fn each_broken_bank_is_refused_with_its_place_in_english_and_spanish() {
    assert!(
        Bank::load("minimal.yaml", MINIMAL).is_ok(),
        "the fixture loads"
    );
    for case in CASES {
        let file = format!("{}.yaml", case.name);
        let err = match Bank::load(&file, &case.source()) {
            Ok(_) => panic!("{}: the bank should not load, but it did", case.name),
            Err(err) => err,
        };
        let said = format!(
            "English:\n{}\nSpanish:\n{}",
            err.render(Lang::En),
            err.render(Lang::Es)
        );
        insta::assert_snapshot!(case.name, said);
    }
}

// ---------------------------------------------------------------------------------------
// `selfcheck validate` on files

fn selfcheck() -> Command {
    let mut cmd = Command::cargo_bin("selfcheck").expect("the selfcheck binary is built");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    cmd
}

/// Each `tests/bad_banks/NAME.yaml` fails `selfcheck validate` with exit code 2 and
/// exactly the stderr in `NAME.expected`. All files are checked before failing.
#[test]
fn validate_reports_each_bad_bank_exactly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_banks");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/bad_banks exists")
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    let banks: Vec<&str> = names
        .iter()
        .filter_map(|name| name.strip_suffix(".yaml"))
        .collect();
    assert!(banks.len() >= 4, "too few bad banks: {banks:?}");
    for name in &names {
        let stem = name
            .strip_suffix(".yaml")
            .or_else(|| name.strip_suffix(".expected"))
            .unwrap_or_else(|| panic!("tests/bad_banks/{name}: only .yaml and .expected files"));
        assert!(
            names.contains(&format!("{stem}.yaml")) && names.contains(&format!("{stem}.expected")),
            "tests/bad_banks/{stem}: needs both {stem}.yaml and {stem}.expected"
        );
    }

    let mut failures = Vec::new();
    for bank in banks {
        let path = format!("tests/bad_banks/{bank}.yaml");
        let expected = std::fs::read_to_string(dir.join(format!("{bank}.expected"))).unwrap();
        let output = selfcheck().args(["validate", &path]).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        if output.status.code() != Some(2) || stderr != expected || !output.stdout.is_empty() {
            failures.push(format!(
                "selfcheck validate {path}: exit {:?}\n--- expected stderr\n{expected}\
                 --- actual stderr\n{stderr}--- stdout\n{}",
                output.status.code(),
                String::from_utf8_lossy(&output.stdout)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn validate_accepts_the_minimal_fixture() {
    selfcheck()
        .args(["validate", "tests/fixtures/minimal.yaml"])
        .assert()
        .code(0)
        .stdout("")
        .stderr("tests/fixtures/minimal.yaml: ok (5 questions)\n");
}

#[test]
fn validate_accepts_the_shipped_bank() {
    selfcheck()
        .args(["validate", "questions/clonazepam.yaml"])
        .assert()
        .code(0)
        .stdout("")
        .stderr(predicates::str::starts_with(
            "questions/clonazepam.yaml: ok (",
        ));
}

#[test]
fn validate_checks_every_file_and_fails_if_any_is_bad() {
    let expected = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_banks/not-yaml.expected"),
    )
    .unwrap();
    selfcheck()
        .args([
            "validate",
            "tests/bad_banks/not-yaml.yaml",
            "tests/fixtures/minimal.yaml",
        ])
        .assert()
        .code(2)
        .stderr(format!(
            "tests/fixtures/minimal.yaml: ok (5 questions)\n{expected}"
        ));
}

/// The problem's words follow `--lang`, and the locale when there is no `--lang`; the
/// parser's own detail stays in its English, inside a Spanish sentence.
#[test]
fn validate_says_the_problem_in_spanish_under_lang_es_or_a_spanish_locale() {
    let spanish = "tests/bad_banks/not-yaml.yaml:2:18: aquí el archivo no es YAML válido (el \
                   lector de YAML dice, en inglés: «mapping values are not allowed in this \
                   context»); corrija el YAML ahí (vea el README, \"Writing a bank\")\n";
    selfcheck()
        .args(["validate", "--lang", "es", "tests/bad_banks/not-yaml.yaml"])
        .assert()
        .code(2)
        .stderr(predicates::str::ends_with(spanish));
    selfcheck()
        .env("LANG", "es_MX.UTF-8")
        .args(["validate", "tests/bad_banks/deep-nesting.yaml"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "tests/bad_banks/deep-nesting.yaml:3:75: `[` y `{` se anidan aquí más de 64 niveles",
        ));
}

/// A Spanish session (a Spanish locale: `--lang` picks a built-in bank, so it does not
/// go with `--bank`) given a bank that does not load says why in Spanish.
#[test]
fn a_spanish_session_with_a_broken_bank_says_why_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let bank = dir.path().join("bank.yaml");
    let case = CASES
        .iter()
        .find(|c| c.name == "unknown-interrupt")
        .unwrap();
    let source = case.source();
    std::fs::write(&bank, &source).unwrap();
    let bank = bank.display().to_string();
    let line = 1 + source
        .lines()
        .position(|line| line == "      - id: breathing_now")
        .unwrap();
    selfcheck()
        .env("LANG", "es_ES.UTF-8")
        .args(["--bank", &bank, "--answers", "tests/answers/quiet.yaml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains(format!(
            "{bank}:{line}:9: pregunta `breathing_now`: su alerta nombra la interrupción \
             `slow_breathing`, que no está en `interrupts`"
        )));
}
