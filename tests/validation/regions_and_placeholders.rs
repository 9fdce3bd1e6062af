//! Regions, tiers, notes, placeholders.

use super::*;

#[test]
fn a_region_missing_a_role_is_rejected() {
    let source = broken(&[(POISON, "")]);
    assert_problem(
        &source,
        (line_of(&source, "- id: us", 0), 5),
        Problem::RegionRole {
            region: "us".into(),
            role: Role::Poison,
            found: 0,
        },
    );
}

#[test]
fn a_region_with_a_role_twice_is_rejected() {
    let source = broken(&[(POISON, &format!("{POISON}{POISON}"))]);
    assert_problem(
        &source,
        (line_of(&source, "- id: us", 0), 5),
        Problem::RegionRole {
            region: "us".into(),
            role: Role::Poison,
            found: 2,
        },
    );
}

#[test]
fn a_bank_without_regions_is_rejected() {
    let start = MINIMAL.find("\nregions:\n").unwrap() + 1;
    let end = MINIMAL.find("\nscales:\n").unwrap() + 1;
    let source = change(MINIMAL, &MINIMAL[start..end], "regions: []\n");
    assert_problem(&source, at_top(&source, "regions"), Problem::NoRegions);
}

#[test]
fn a_missing_tier_is_rejected() {
    let source = broken(&[(
        "  soon:\n    headline: \"Make an appointment with your prescriber in the next few days.\"\n",
        "",
    )]);
    // A tier is a key of the `tiers` mapping like any other: a missing one is reported at
    // the mapping (its first entry), as every missing key is.
    let tiers = line_of(&source, "tiers:", 0);
    assert_eq!((tiers, 1), at_top(&source, "tiers"));
    assert_problem(
        &source,
        (tiers + 1, 3),
        yaml_field(
            None,
            &["tiers"],
            FieldProblem::MissingKey { key: "soon".into() },
        ),
    );
}

#[test]
fn an_unknown_placeholder_in_a_message_is_rejected() {
    let source = broken(&[("Call or text {crisis} now", "Call or text {lifeline} now")]);
    assert_problem(
        &source,
        at_line(&source, "message: \"Call or text {lifeline}"),
        unknown_placeholder(None, &["crisis", "message"], "{lifeline}", REGION_WORDS),
    );
}

#[test]
fn an_unknown_placeholder_in_a_tier_is_rejected() {
    let source = broken(&[(
        "headline: \"Call {emergency} now.\"",
        "headline: \"Call {ambulance} now.\"",
    )]);
    assert_problem(
        &source,
        at_line(&source, "headline: \"Call {ambulance}"),
        unknown_placeholder(
            None,
            &["tiers", "emergency", "headline"],
            "{ambulance}",
            REGION_WORDS,
        ),
    );
}

#[test]
fn a_placeholder_left_open_is_rejected_at_its_line() {
    let source = broken(&[(
        "headline: \"Call {emergency} now.\"",
        "headline: \"Call {emergency now.\"",
    )]);
    assert_problem(
        &source,
        at_line(&source, "headline: \"Call {emergency now"),
        Problem::Placeholder {
            field: FieldName {
                owner: None,
                keys: strings(&["tiers", "emergency", "headline"]),
            },
            problem: PlaceholderProblem::NeverClosed {
                start: "{emergency now.".into(),
            },
            allowed: strings(REGION_WORDS),
        },
    );
}

#[test]
fn an_unknown_placeholder_in_the_progress_line_is_rejected() {
    let source = broken(&[("Question {n} of {total}", "Question {n} of {count}")]);
    assert_problem(
        &source,
        at_line(&source, "progress: "),
        unknown_placeholder(
            None,
            &["ui", "progress"],
            "{count}",
            &["{n}", "{total}", "{section}"],
        ),
    );
}

// Texts that are shown as written take no placeholders: privacy, labels, ui words.
#[test]
fn a_placeholder_in_a_text_shown_as_written_is_rejected() {
    let source = broken(&[
        (
            "privacy: \"Nothing you entered has been saved or sent.\"",
            "privacy: \"Nothing you entered has been saved or sent. {unknown}\"",
        ),
        ("label: \"Anxiety\"", "label: \"Anxiety {crisis}\""),
        (
            "not_sure: \"Not sure\"",
            "not_sure: \"Not sure {emergency}\"",
        ),
    ]);
    assert_problems(
        &source,
        &[
            (
                at_line(&source, "privacy:"),
                unknown_placeholder(None, &["privacy"], "{unknown}", &[]),
            ),
            (
                at_line(&source, "not_sure: \"Not sure {"),
                unknown_placeholder(None, &["ui", "not_sure"], "{emergency}", &[]),
            ),
            (
                at_line(&source, "- {id: anxiety"),
                unknown_placeholder(named("choice", "anxiety"), &["label"], "{crisis}", &[]),
            ),
        ],
    );
}

// Question text and help are filled with the region's numbers, so their placeholders are checked.
#[test]
fn an_unknown_placeholder_in_a_question_text_is_rejected() {
    let source = broken(&[(
        "help: \"This is the most dangerous sign of overdose.\"",
        "help: \"This is the most dangerous sign of overdose: call {ambulance}.\"",
    )]);
    assert_problem(
        &source,
        at_line(&source, "help: "),
        unknown_placeholder(
            named("question", "breathing_now"),
            &["help"],
            "{ambulance}",
            REGION_WORDS,
        ),
    );
}

// `notes`, `scales` and `tiers` are maps: a key written twice is an error, not a silent replacement.
#[test]
fn a_note_written_twice_is_rejected() {
    let source = broken(&[(
        "notes:\n  taper:\n",
        "notes:\n  taper: {text: \"Talk with your prescriber before any change.\"}\n  taper:\n",
    )]);
    // Somewhere in the `notes` mapping (the parser knows no finer place for a map).
    let notes = line_of(&source, "notes:", 0);
    let second = line_of(&source, "taper:", 0);
    let found = problems(&source);
    let [((line, _), problem)] = found.as_slice() else {
        panic!("one problem expected: {found:?}")
    };
    assert_eq!(
        *problem,
        Problem::Yaml(YamlKind::DuplicateKey {
            key: "taper".into()
        })
    );
    assert!((notes..=second).contains(line), "{found:?}");
}

#[test]
fn a_scale_written_twice_is_rejected() {
    let source = broken(&[(
        "scales:\n",
        concat!(
            "scales:\n",
            "  frequency:\n",
            "    - {id: rarely, label: \"Rarely\"}\n",
            "    - {id: daily, label: \"Every day\"}\n",
        ),
    )]);
    let found = problems(&source);
    assert!(
        matches!(
            found.as_slice(),
            [(_, Problem::Yaml(YamlKind::DuplicateKey { key }))] if key == "frequency"
        ),
        "{found:?}"
    );
}

#[test]
fn a_tier_written_twice_is_rejected() {
    let source = broken(&[(
        "  soon:\n",
        "  today:\n    headline: \"Call your doctor.\"\n  soon:\n",
    )]);
    let found = problems(&source);
    assert!(
        matches!(
            found.as_slice(),
            [(_, Problem::Yaml(YamlKind::DuplicateKey { key }))] if key == "today"
        ),
        "{found:?}"
    );
}
