//! The clinical vignette suite (issue 8): realistic people written as answers files in
//! `tests/vignettes/`, each with what the content guide expects its summary to say.
//!
//! Each file starts with a comment block: who the person is, then its expectations, one a
//! line, written from the guide (never from the program's output):
//!
//! ```text
//! # expect-tier: today              routine | soon | today | emergency
//! # expect-crisis: false            true when the crisis line must be shown
//! # region: uk                      optional: us (default), uk, ca, au
//! # must-say: even if you feel fine the text summary says it (any case, any wrapping)
//! # must-not-say: text 116 123      the text summary never says it
//! # must-lead: Do not stay alone    a JSON next step says it, and that step is the first
//! #                                 one or comes before the tier's headline
//! # must-close: 988                 the JSON closing line (the summary's last line) says it
//! # must-act: NHS 111               one of the JSON next steps (what to do) says it, not
//! #                                 only the resource list
//! # known-disagreement: ...         the program disagrees with the guide here; the lead
//! #                                 decides. Still checked: it fails loudly, never skipped.
//! ```
//!
//! Every vignette is run twice (`--format json` and `--format text`); every failure of
//! every file is collected and reported together.

mod common;

use common::selfcheck;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const DIR: &str = "tests/vignettes";
const MIN_VIGNETTES: usize = 25;
const TIERS: [&str; 4] = ["routine", "soon", "today", "emergency"];
const REGIONS: [&str; 4] = ["us", "uk", "ca", "au"];

#[derive(Debug, Default)]
struct Vignette {
    name: String,
    path: PathBuf,
    tier: String,
    crisis: bool,
    region: String,
    must_say: Vec<String>,
    must_not_say: Vec<String>,
    must_lead: Vec<String>,
    must_close: Vec<String>,
    must_act: Vec<String>,
    known_disagreement: Vec<String>,
}

/// Lowercase, with every run of whitespace (including a wrapped line's break and indent)
/// made one space, so a phrase is found however the text renderer wrapped it.
fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn contains(haystack: &str, needle: &str) -> bool {
    norm(haystack).contains(&norm(needle))
}

/// Reads the expectations from the file's header comments.
fn parse(path: &Path) -> Result<Vignette, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let mut v = Vignette {
        name: path.file_name().unwrap().to_string_lossy().into_owned(),
        path: path.to_path_buf(),
        region: "us".to_string(),
        ..Vignette::default()
    };
    let (mut tier, mut crisis) = (None, None);
    for (n, line) in text.lines().enumerate() {
        let Some(comment) = line.trim_start().strip_prefix('#') else {
            continue;
        };
        let Some((key, value)) = comment.trim().split_once(':') else {
            continue;
        };
        let (key, value) = (key.trim(), value.trim().to_string());
        let at = |msg: &str| format!("line {}: {msg}", n + 1);
        match key {
            "expect-tier" => {
                if !TIERS.contains(&value.as_str()) {
                    return Err(at(&format!("unknown tier `{value}`")));
                }
                tier = Some(value);
            }
            "expect-crisis" => {
                crisis = Some(match value.as_str() {
                    "true" => true,
                    "false" => false,
                    _ => {
                        return Err(at(&format!(
                            "expect-crisis must be true or false, not `{value}`"
                        )));
                    }
                });
            }
            "region" => {
                // allow a trailing note after the region id
                let id = value.split_whitespace().next().unwrap_or("").to_string();
                if !REGIONS.contains(&id.as_str()) {
                    return Err(at(&format!("unknown region `{value}`")));
                }
                v.region = id;
            }
            "must-say" | "must-not-say" | "must-lead" | "must-close" | "must-act"
                if value.is_empty() =>
            {
                return Err(at(&format!("`{key}` needs a phrase")));
            }
            "must-say" => v.must_say.push(value),
            "must-not-say" => v.must_not_say.push(value),
            "must-lead" => v.must_lead.push(value),
            "must-close" => v.must_close.push(value),
            "must-act" => v.must_act.push(value),
            "known-disagreement" => v.known_disagreement.push(value),
            k if k.starts_with("expect") || k.starts_with("must") || k.starts_with("known") => {
                return Err(at(&format!("unknown expectation `{k}`")));
            }
            _ => continue,
        }
    }
    v.tier = tier.ok_or("no `# expect-tier:` line")?;
    v.crisis = crisis.ok_or("no `# expect-crisis:` line")?;
    Ok(v)
}

/// Runs the program on the vignette; its standard output, or why it failed.
fn run(v: &Vignette, format: &str) -> Result<String, String> {
    let out = selfcheck()
        .arg("--answers")
        .arg(&v.path)
        .args(["--format", format, "--region", &v.region])
        .output()
        .map_err(|e| format!("--format {format}: could not run: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "--format {format}: exit {:?}: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("--format {format}: not UTF-8: {e}"))
}

/// Every way the program's summary differs from the vignette's expectations.
fn check(v: &Vignette) -> Vec<String> {
    let mut problems = Vec::new();
    let json = match run(v, "json") {
        Ok(s) => s,
        Err(e) => return vec![e],
    };
    let text = match run(v, "text") {
        Ok(s) => s,
        Err(e) => return vec![e],
    };
    let summary: serde_json::Value = match serde_json::from_str(&json) {
        Ok(s) => s,
        Err(e) => return vec![format!("the JSON summary does not parse: {e}")],
    };

    let urgency = summary["urgency"].as_str().unwrap_or("(missing)");
    if urgency != v.tier {
        problems.push(format!("tier: expected {}, got {urgency}", v.tier));
    }
    match summary["crisis"].as_bool() {
        Some(c) if c == v.crisis => {}
        got => problems.push(format!("crisis: expected {}, got {got:?}", v.crisis)),
    }

    for phrase in &v.must_say {
        if !contains(&text, phrase) {
            problems.push(format!("must say \"{phrase}\": not in the text summary"));
        }
    }
    for phrase in &v.must_not_say {
        if contains(&text, phrase) {
            let line = text
                .lines()
                .find(|l| contains(l, phrase))
                .map(|l| format!(" (for example: `{}`)", l.trim()))
                .unwrap_or_default();
            problems.push(format!(
                "must not say \"{phrase}\": the text summary says it{line}"
            ));
        }
    }

    let headline = summary["headline"].as_str().unwrap_or("");
    let steps: Vec<&str> = summary["next_steps"]
        .as_array()
        .map(|a| a.iter().filter_map(|s| s.as_str()).collect())
        .unwrap_or_default();
    // With crisis set, the emergency headline step also carries the crisis line, so
    // the headline's step is the one that is, or starts with, the headline.
    let headline_at = steps
        .iter()
        .position(|s| !headline.is_empty() && norm(s).starts_with(&norm(headline)));
    for phrase in &v.must_lead {
        match steps.iter().position(|s| contains(s, phrase)) {
            None => problems.push(format!(
                "must lead with \"{phrase}\": in no next step (next steps: {steps:?})"
            )),
            Some(0) => {}
            Some(i) if headline_at.is_some_and(|h| i < h) => {}
            Some(i) => problems.push(format!(
                "must lead with \"{phrase}\": it is next step {} of {}, after the headline \
                 \"{headline}\" (step {})",
                i + 1,
                steps.len(),
                headline_at.map_or("none".to_string(), |h| (h + 1).to_string())
            )),
        }
    }
    for phrase in &v.must_act {
        if !steps.iter().any(|step| contains(step, phrase)) {
            problems.push(format!(
                "must say \"{phrase}\" in what to do next: no next step says it"
            ));
        }
    }
    let closing = summary["closing"].as_str().unwrap_or("");
    for phrase in &v.must_close {
        if !contains(closing, phrase) {
            problems.push(format!(
                "must close with \"{phrase}\": the closing line is \"{closing}\""
            ));
        }
    }
    problems
}

fn vignettes() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_vignette_gets_what_the_content_guide_says() {
    let files = vignettes();
    assert!(
        files.len() >= MIN_VIGNETTES,
        "the vignette suite needs at least {MIN_VIGNETTES} people in {DIR}/; it has {}",
        files.len()
    );

    let mut report = String::new();
    let (mut failed, mut disagreements) = (0, 0);
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let v = match parse(path) {
            Ok(v) => v,
            Err(e) => {
                failed += 1;
                writeln!(report, "\n{DIR}/{name}: the header is wrong: {e}").unwrap();
                continue;
            }
        };
        let problems = check(&v);
        let known = !v.known_disagreement.is_empty();
        if problems.is_empty() && !known {
            continue;
        }
        failed += 1;
        let expected = format!(
            "expected {}, crisis {}, region {}",
            v.tier, v.crisis, v.region
        );
        if problems.is_empty() {
            writeln!(
                report,
                "\n{DIR}/{}: marked known-disagreement, but it now gets what the guide says \
                 ({expected}): remove the `# known-disagreement:` line(s)",
                v.name
            )
            .unwrap();
            continue;
        }
        if known {
            disagreements += 1;
        }
        writeln!(report, "\n{DIR}/{} ({expected}):", v.name).unwrap();
        for note in &v.known_disagreement {
            writeln!(report, "  KNOWN DISAGREEMENT (the lead decides): {note}").unwrap();
        }
        for p in &problems {
            writeln!(report, "  - {p}").unwrap();
        }
    }
    assert!(
        failed == 0,
        "{failed} of {} vignettes do not get what the content guide says \
         ({disagreements} of them marked known-disagreement):\n{report}",
        files.len()
    );
}

#[test]
fn the_header_parser_reads_every_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.yaml");
    std::fs::write(
        &path,
        "# Someone.\n# Note: not a key\n# expect-tier: soon\n# expect-crisis: true\n\
         # region: uk   (Leeds)\n# must-say: a\n# must-not-say: b\n# must-lead: c\n\
         # must-close: d\n# known-disagreement: e\nprescribed: skip\n",
    )
    .unwrap();
    let v = parse(&path).unwrap();
    assert_eq!(
        (v.tier.as_str(), v.crisis, v.region.as_str()),
        ("soon", true, "uk")
    );
    assert_eq!(
        (
            v.must_say,
            v.must_not_say,
            v.must_lead,
            v.must_close,
            v.known_disagreement
        ),
        (
            vec!["a".into()],
            vec!["b".into()],
            vec!["c".into()],
            vec!["d".into()],
            vec!["e".into()]
        )
    );

    std::fs::write(
        &path,
        "# expect-tier: soon\n# expect-crisis: false\n# must-sai: x\n",
    )
    .unwrap();
    assert!(parse(&path).unwrap_err().contains("must-sai"));
    std::fs::write(&path, "# expect-crisis: false\n").unwrap();
    assert!(parse(&path).unwrap_err().contains("expect-tier"));
    assert!(contains("Call or text\n    988 now", "call or TEXT 988"));
}
