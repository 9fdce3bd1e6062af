//! Bank validation: one test per rule, each breaking the minimal fixture in one place and
//! checking both what the error says and where it points (`bank.yaml:LINE:COL: message`);
//! then the shipped bank. (`selfcheck validate` on broken banks: `bad_banks.rs`.)
//!
//! Expected places are written as the line of the fixture text they must point at (found
//! with `line_of`), so the fixture can gain a line without every test changing.

use selfcheck::bank::Bank;
use selfcheck::bank::model::Kind;
use std::path::Path;

const MINIMAL: &str = include_str!("fixtures/minimal.yaml");

/// The YAML parser's own suffix on every parse error.
const FIX_YAML: &str = "; fix the YAML there (see README, \"Writing a bank\")";

const ROLES_RULE: &str =
    "each region needs exactly one emergency, crisis, poison and treatment resource";

/// `source` with `from` replaced by `to`; `from` must occur exactly once, so a test can
/// never pass because its change silently missed.
fn change(source: &str, from: &str, to: &str) -> String {
    assert_eq!(
        source.matches(from).count(),
        1,
        "the text to change must occur exactly once in the bank: {from:?}"
    );
    let changed = source.replacen(from, to, 1);
    assert_ne!(changed, source, "the change did nothing: {from:?}");
    changed
}

/// The minimal fixture with each `(from, to)` change applied in turn.
fn broken(changes: &[(&str, &str)]) -> String {
    changes
        .iter()
        .fold(MINIMAL.to_string(), |source, (from, to)| {
            change(&source, from, to)
        })
}

/// The 1-based number of the `nth` line (0 = first) whose text, trimmed, is `text`.
fn line_of(source: &str, text: &str, nth: usize) -> usize {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| line.trim() == text)
        .nth(nth)
        .unwrap_or_else(|| panic!("no line number {nth} reading {text:?} in the bank"))
        .0
        + 1
}

/// The lines of the error `Bank::load` gives for `source` as `bank.yaml`.
fn errors(source: &str) -> Vec<String> {
    match Bank::load("bank.yaml", source) {
        Ok(bank) => panic!(
            "the bank should not load, but it did ({} questions)",
            bank.len()
        ),
        Err(err) => {
            assert_eq!(err.file, "bank.yaml");
            err.to_string().lines().map(String::from).collect()
        }
    }
}

/// Asserts that `source` fails with exactly these error lines.
#[track_caller]
fn assert_errors(source: &str, expected: &[String]) {
    assert_eq!(errors(source), expected);
}

/// Asserts that `source` fails with this one error line and nothing else.
#[track_caller]
fn assert_error(source: &str, expected: String) {
    assert_errors(source, &[expected]);
}

/// Where the error for question `id` points: its `- id:` line, column 9 in the fixture.
fn at_question(source: &str, id: &str) -> String {
    format!(
        "bank.yaml:{}:9:",
        line_of(source, &format!("- id: {id}"), 0)
    )
}

/// Where the error for section `id` points (its `nth` `- id:` line, column 5).
fn at_section(source: &str, id: &str, nth: usize) -> String {
    format!(
        "bank.yaml:{}:5:",
        line_of(source, &format!("- id: {id}"), nth)
    )
}

/// Where an error about a top-level key points: its line, column 1.
fn at_top(source: &str, key: &str) -> String {
    let line = source
        .lines()
        .position(|line| line.starts_with(&format!("{key}:")))
        .unwrap_or_else(|| panic!("no top-level `{key}:` in the bank"));
    format!("bank.yaml:{}:1:", line + 1)
}

// ---------------------------------------------------------------------------------------
// The fixture itself

#[test]
fn the_minimal_fixture_loads() {
    let bank = Bank::load("minimal.yaml", MINIMAL).unwrap_or_else(|err| panic!("{err}"));
    assert_eq!(bank.len(), 5);
    let kinds: Vec<Kind> = (0..bank.len()).map(|i| bank.question(i).kind).collect();
    assert_eq!(
        kinds,
        [
            Kind::Choice,
            Kind::YesNo,
            Kind::YesNo,
            Kind::Checklist,
            Kind::Text
        ]
    );
    let choices = |id: &str| -> Vec<String> {
        let question = bank.question(bank.index_of(id).expect(id));
        question.choices.iter().map(|c| c.id.clone()).collect()
    };
    // The scale and the yes/no answers are filled in by validation.
    assert_eq!(
        choices("took_more"),
        ["never", "sometimes", "often", "always"]
    );
    assert_eq!(choices("breathing_now"), ["yes", "no", "not_sure"]);
    assert_eq!(choices("missed_dose"), ["yes", "no"]);
    assert_eq!(
        choices("withdrawal_signs"),
        ["anxiety", "tremors", "sweating"]
    );
    assert!(choices("anything_else").is_empty());
    assert_eq!(bank.region_ids(), ["us"]);
    assert_eq!(bank.def.sections.len(), 2);
}

#[test]
fn the_shipped_bank_loads() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("questions/clonazepam.yaml");
    let source = std::fs::read_to_string(&path).expect("questions/clonazepam.yaml is readable");
    if let Err(err) = Bank::load("questions/clonazepam.yaml", &source) {
        panic!("the shipped bank does not validate:\n{err}");
    }
}

// ---------------------------------------------------------------------------------------
// Unknown keys (rejected by the parser, which knows the place)

#[test]
fn an_unknown_top_level_key_is_rejected_where_it_is_written() {
    let source = broken(&[("locale: en-US\n", "locale: en-US\ncolour: blue\n")]);
    assert_error(
        &source,
        format!(
            "bank.yaml:{}:1: unknown field `colour`, expected one of `id`, `version`, `title`, \
             `locale`, `intro`, `disclaimer`, `ui`, `gate`, `tiers`, `crisis`, `counselor`, `notes`, \
             `safety_net`, `privacy`, `interrupts`, `regions`, `scales`, `sections`, \
             `sources`{FIX_YAML}",
            line_of(&source, "colour: blue", 0)
        ),
    );
}

#[test]
fn an_unknown_key_in_a_question_is_rejected_with_its_path() {
    let source = broken(&[(
        "        label: \"Anything else\"\n",
        "        label: \"Anything else\"\n        hint: \"Optional\"\n",
    )]);
    assert_error(
        &source,
        format!(
            "bank.yaml:{}:9: question `anything_else`: unknown field `hint`, expected one of \
             `id`, `kind`, `text`, `label`, `help`, `not_sure`, `choices`, `scale`, `when`, `or_when`, \
             `unless`, `alerts`{FIX_YAML}",
            line_of(&source, "hint: \"Optional\"", 0)
        ),
    );
}

#[test]
fn an_unknown_key_in_an_alert_is_rejected_with_its_path() {
    let source = broken(&[(
        "            tier: emergency\n",
        "            tier: emergency\n            level: high\n",
    )]);
    assert_error(
        &source,
        format!(
            "bank.yaml:{}:13: question `breathing_now`, alert 1: unknown field `level`, \
             expected one of `if_any`, `when`, `unless`, `tier`, `crisis`, `interrupt`, `notes`{FIX_YAML}",
            line_of(&source, "level: high", 0)
        ),
    );
}

#[test]
fn a_missing_required_key_is_rejected_at_its_mapping() {
    let source = broken(&[("        label: \"Anything else\"\n", "")]);
    assert_error(
        &source,
        format!(
            "{} question `anything_else`: missing field `label`{FIX_YAML}",
            at_question(&source, "anything_else")
        ),
    );
}

// ---------------------------------------------------------------------------------------
// Ids

#[test]
fn a_duplicate_question_id_points_at_the_second_question() {
    let source = broken(&[("- id: anything_else\n", "- id: took_more\n")]);
    assert_error(
        &source,
        format!(
            "bank.yaml:{}:9: question `took_more`: this id is used by another question too; \
             ids must be unique",
            line_of(&source, "- id: took_more", 1)
        ),
    );
}

// A duplicate section id points at the second section, like every other duplicate id.
#[test]
fn a_duplicate_section_id_points_at_the_second_section() {
    let source = broken(&[("  - id: withdrawal\n", "  - id: context\n")]);
    assert_error(
        &source,
        format!(
            "{} section `context`: this id is used by another section too; ids must be unique, rename one",
            at_section(&source, "context", 1)
        ),
    );
}

#[test]
fn a_duplicate_choice_id_is_reported_at_its_question() {
    let source = broken(&[(
        "          - {id: tremors, label: \"Shaking or tremors\"}\n",
        concat!(
            "          - {id: tremors, label: \"Shaking or tremors\"}\n",
            "          - {id: tremors, label: \"Trembling\"}\n",
        ),
    )]);
    assert_error(
        &source,
        format!(
            "{} question `withdrawal_signs`: choice `tremors` is listed twice; choice ids must be unique within a question",
            at_question(&source, "withdrawal_signs")
        ),
    );
}

#[test]
fn a_duplicate_interrupt_id_points_at_the_second_interrupt() {
    let source = broken(&[(
        "\nregions:\n",
        concat!(
            "  - id: breathing\n",
            "    title: \"Again\"\n",
            "    message: \"Call {emergency} now.\"\n",
            "\n",
            "regions:\n",
        ),
    )]);
    assert_error(
        &source,
        format!(
            "bank.yaml:{}:5: interrupt `breathing`: this id is used twice; ids must be unique, rename one",
            line_of(&source, "- id: breathing", 1)
        ),
    );
}

#[test]
fn a_duplicate_region_id_points_at_the_second_region() {
    let resources_start = MINIMAL.find("regions:\n").unwrap() + "regions:\n".len();
    let resources_end = MINIMAL.find("\nscales:\n").unwrap();
    let region = &MINIMAL[resources_start..resources_end];
    let source = change(MINIMAL, region, &format!("{region}{region}"));
    assert_error(
        &source,
        format!(
            "bank.yaml:{}:5: region `us`: this id is used twice; ids must be unique, rename one",
            line_of(&source, "- id: us", 1)
        ),
    );
}

#[test]
fn an_invalid_question_id_is_rejected() {
    let source = broken(&[("- id: anything_else\n", "- id: Anything-Else\n")]);
    assert_error(
        &source,
        format!(
            "{} question `Anything-Else`: use lowercase letters, digits and _ in ids, starting with a letter",
            at_question(&source, "Anything-Else")
        ),
    );
}

#[test]
fn a_question_id_must_start_with_a_letter_so_it_never_clashes_with_check() {
    let source = broken(&[("- id: anything_else\n", "- id: _check\n")]);
    assert_error(
        &source,
        format!(
            "{} question `_check`: use lowercase letters, digits and _ in ids, starting with a letter",
            at_question(&source, "_check")
        ),
    );
}

#[test]
fn an_invalid_section_id_is_rejected() {
    let source = broken(&[("  - id: withdrawal\n", "  - id: Withdrawal\n")]);
    assert_error(
        &source,
        format!(
            "{} section `Withdrawal`: use lowercase letters, digits and _ in ids, starting with a letter",
            at_section(&source, "Withdrawal", 0)
        ),
    );
}

#[test]
fn an_invalid_choice_id_is_rejected_at_its_question() {
    let source = broken(&[
        ("{id: sweating,", "{id: sweating-a-lot,"),
        (
            "[anxiety, tremors, sweating]",
            "[anxiety, tremors, sweating-a-lot]",
        ),
    ]);
    assert_error(
        &source,
        format!(
            "{} question `withdrawal_signs`: choice id `sweating-a-lot`: use lowercase letters, \
             digits and _ (and not `skip`, which means prefer not to say)",
            at_question(&source, "withdrawal_signs")
        ),
    );
}

#[test]
fn a_choice_may_not_be_called_skip() {
    let source = broken(&[
        ("{id: sweating,", "{id: skip,"),
        ("[anxiety, tremors, sweating]", "[anxiety, tremors]"),
    ]);
    assert_error(
        &source,
        format!(
            "{} question `withdrawal_signs`: choice id `skip`: use lowercase letters, digits \
             and _ (and not `skip`, which means prefer not to say)",
            at_question(&source, "withdrawal_signs")
        ),
    );
}

#[test]
fn an_invalid_bank_id_is_rejected() {
    let source = broken(&[("\nid: minimal\n", "\nid: Minimal Bank\n")]);
    assert_error(
        &source,
        format!(
            "{} bank id `Minimal Bank`: use lowercase letters, digits and _",
            at_top(&source, "id")
        ),
    );
}

// ---------------------------------------------------------------------------------------
// Conditions (`when`)

const CONDITION: &str = "when: {question: missed_dose, if_any: [\"yes\", \"skip\"]}";

#[test]
fn a_condition_on_an_unknown_question_is_rejected() {
    let source = broken(&[(
        CONDITION,
        "when: {question: missed_doses, if_any: [\"yes\", \"skip\"]}",
    )]);
    assert_error(
        &source,
        format!(
            "{} question `withdrawal_signs`: its condition refers to `missed_doses`, which is \
             not a question of this bank",
            at_question(&source, "withdrawal_signs")
        ),
    );
}

#[test]
fn a_condition_on_a_later_question_is_rejected() {
    let source = broken(&[(
        CONDITION,
        "when: {question: anything_else, if_any: [\"skip\"]}",
    )]);
    assert_error(
        &source,
        format!(
            "{} question `withdrawal_signs`: its condition refers to `anything_else`, which \
             comes later; conditions may refer only to earlier questions",
            at_question(&source, "withdrawal_signs")
        ),
    );
}

#[test]
fn a_condition_on_the_question_itself_is_rejected() {
    let source = broken(&[(
        CONDITION,
        "when: {question: withdrawal_signs, if_any: [anxiety]}",
    )]);
    assert_error(
        &source,
        format!(
            "{} question `withdrawal_signs`: its condition refers to itself; refer to an \
             earlier question",
            at_question(&source, "withdrawal_signs")
        ),
    );
}

#[test]
fn a_condition_on_a_text_question_is_rejected() {
    // A new last question, asked only after the text question.
    let source = format!(
        "{MINIMAL}{}",
        concat!(
            "      - id: talked_to_prescriber\n",
            "        kind: yes_no\n",
            "        when: {question: anything_else, if_any: [\"skip\"]}\n",
            "        text: \"Have you talked with your prescriber about this?\"\n",
            "        label: \"Talked with prescriber\"\n",
        )
    );
    assert_error(
        &source,
        format!(
            "{} question `talked_to_prescriber`: its condition refers to `anything_else`, a \
             text question; conditions need a yes_no, choice or checklist question",
            at_question(&source, "talked_to_prescriber")
        ),
    );
}

#[test]
fn a_condition_naming_an_answer_the_question_does_not_have_is_rejected() {
    let source = broken(&[(
        CONDITION,
        "when: {question: missed_dose, if_any: [\"yes\", \"not_sure\"]}",
    )]);
    assert_error(
        &source,
        format!(
            "{} question `withdrawal_signs`: its condition names `not_sure`, which is not an \
             answer of `missed_dose` (answers: yes, no, skip)",
            at_question(&source, "withdrawal_signs")
        ),
    );
}

#[test]
fn a_condition_with_an_empty_if_any_is_rejected() {
    let source = broken(&[(CONDITION, "when: {question: missed_dose, if_any: []}")]);
    assert_error(
        &source,
        format!(
            "{} question `withdrawal_signs`: its condition has an empty `if_any`",
            at_question(&source, "withdrawal_signs")
        ),
    );
}

// ---------------------------------------------------------------------------------------
// Alerts

#[test]
fn an_alert_with_an_unknown_tier_is_a_parse_error_with_its_place() {
    let source = broken(&[("            tier: soon\n", "            tier: urgent\n")]);
    assert_error(
        &source,
        format!(
            "bank.yaml:{}:19: question `took_more`, alert 1: `tier`: unknown variant \
             `urgent`, expected one of `routine`, `soon`, `today`, `emergency`{FIX_YAML}",
            line_of(&source, "tier: urgent", 0)
        ),
    );
}

#[test]
fn an_alert_naming_an_unknown_answer_is_rejected() {
    let source = broken(&[("if_any: [often, always]", "if_any: [often, allways]")]);
    assert_error(
        &source,
        format!(
            "{} question `took_more`: an alert names `allways`, which is not one of its answers \
             (never, sometimes, often, always)",
            at_question(&source, "took_more")
        ),
    );
}

#[test]
fn an_alert_naming_an_unknown_interrupt_is_rejected() {
    let source = broken(&[(
        "            interrupt: breathing\n",
        "            interrupt: slow_breathing\n",
    )]);
    assert_error(
        &source,
        format!(
            "{} question `breathing_now`: its alert names interrupt `slow_breathing`, which is \
             not under `interrupts`",
            at_question(&source, "breathing_now")
        ),
    );
}

#[test]
fn an_alert_naming_an_unknown_note_is_rejected() {
    let source = broken(&[(
        "            tier: soon\n            notes: [taper]\n",
        "            tier: soon\n            notes: [taper, tapering]\n",
    )]);
    assert_error(
        &source,
        format!(
            "{} question `took_more`: its alert names note `tapering`, which is not under `notes`",
            at_question(&source, "took_more")
        ),
    );
}

#[test]
fn a_yes_alert_must_be_raised_by_not_sure_too() {
    let source = broken(&[("if_any: [\"yes\", \"not_sure\"]", "if_any: [\"yes\"]")]);
    assert_error(
        &source,
        format!(
            "{} question `breathing_now`: an alert raised by `yes` must be raised by `not_sure` \
             too (\"Not sure\" on a red flag counts as yes)",
            at_question(&source, "breathing_now")
        ),
    );
}

#[test]
fn an_alert_with_an_empty_if_any_is_rejected() {
    let source = broken(&[("if_any: [often, always]", "if_any: []")]);
    assert_error(
        &source,
        format!(
            "{} question `took_more`: an alert has an empty `if_any`",
            at_question(&source, "took_more")
        ),
    );
}

#[test]
fn a_text_question_cannot_raise_alerts() {
    let source = broken(&[(
        "        label: \"Anything else\"\n",
        concat!(
            "        label: \"Anything else\"\n",
            "        alerts:\n",
            "          - if_any: [\"skip\"]\n",
            "            tier: routine\n",
        ),
    )]);
    assert_error(
        &source,
        format!(
            "{} question `anything_else`: a text question cannot raise alerts",
            at_question(&source, "anything_else")
        ),
    );
}

// ---------------------------------------------------------------------------------------
// Choices and scales

const TOOK_MORE_ALERT: &str = concat!(
    "        alerts:\n",
    "          - if_any: [often, always]\n",
    "            tier: soon\n",
    "            notes: [taper]\n",
);

#[test]
fn a_choice_question_without_choices_is_rejected() {
    let source = broken(&[("        scale: frequency\n", ""), (TOOK_MORE_ALERT, "")]);
    assert_error(
        &source,
        format!(
            "{} question `took_more`: a choice question needs `choices` (or a `scale`)",
            at_question(&source, "took_more")
        ),
    );
}

#[test]
fn a_checklist_question_without_choices_is_rejected() {
    let start = MINIMAL
        .find("        choices:\n          - {id: anxiety")
        .unwrap();
    let end = MINIMAL.find("      - id: anything_else\n").unwrap();
    let source = change(MINIMAL, &MINIMAL[start..end], "");
    assert_error(
        &source,
        format!(
            "{} question `withdrawal_signs`: a checklist question needs `choices` (or a `scale`)",
            at_question(&source, "withdrawal_signs")
        ),
    );
}

#[test]
fn a_yes_no_question_takes_no_choices() {
    let source = broken(&[(
        "        not_sure: true\n",
        "        not_sure: true\n        choices:\n          - {id: maybe, label: \"Maybe\"}\n",
    )]);
    assert_error(
        &source,
        format!(
            "{} question `breathing_now`: a yes_no question takes no `choices` or `scale`; its \
             answers are yes and no",
            at_question(&source, "breathing_now")
        ),
    );
}

#[test]
fn not_sure_is_for_yes_no_questions_only() {
    let source = broken(&[(
        "        kind: checklist\n",
        "        kind: checklist\n        not_sure: true\n",
    )]);
    assert_error(
        &source,
        format!(
            "{} question `withdrawal_signs`: `not_sure` is for yes_no questions; add a choice \
             instead",
            at_question(&source, "withdrawal_signs")
        ),
    );
}

// Only the unknown scale is reported, not every answer its alerts name.
#[test]
fn an_unknown_scale_is_rejected() {
    let source = broken(&[("scale: frequency", "scale: how_often")]);
    let expected = format!(
        "{} question `took_more`: scale `how_often` is not defined under `scales`",
        at_question(&source, "took_more")
    );
    let errors = errors(&source);
    assert!(errors.contains(&expected), "{errors:#?}");
    assert_eq!(
        errors,
        [expected],
        "only the unknown scale should be reported"
    );
}

#[test]
fn a_scale_and_choices_together_are_rejected() {
    let source = broken(&[(
        "        scale: frequency\n",
        concat!(
            "        scale: frequency\n",
            "        choices:\n",
            "          - {id: often, label: \"Often\"}\n",
            "          - {id: always, label: \"Always\"}\n",
        ),
    )]);
    assert_error(
        &source,
        format!(
            "{} question `took_more`: has both `choices` and `scale`; keep one",
            at_question(&source, "took_more")
        ),
    );
}

#[test]
fn a_scale_is_for_choice_questions_only() {
    let start = MINIMAL
        .find("        choices:\n          - {id: anxiety")
        .unwrap();
    let end = MINIMAL.find("      - id: anything_else\n").unwrap();
    let source = change(MINIMAL, &MINIMAL[start..end], "        scale: frequency\n");
    assert_error(
        &source,
        format!(
            "{} question `withdrawal_signs`: `scale` is for choice questions only",
            at_question(&source, "withdrawal_signs")
        ),
    );
}

#[test]
fn a_scale_needs_two_choices() {
    let source = broken(&[(
        "scales:\n",
        "scales:\n  yes_only:\n    - {id: agree, label: \"Agree\"}\n",
    )]);
    assert_error(
        &source,
        format!(
            "{} scale `yes_only`: a scale needs at least two choices",
            at_top(&source, "scales")
        ),
    );
}

// ---------------------------------------------------------------------------------------
// Sections

#[test]
fn an_empty_section_is_rejected() {
    let source = broken(&[(
        "  - id: withdrawal\n",
        concat!(
            "  - id: later\n",
            "    title: \"Later\"\n",
            "    intro: \"More questions.\"\n",
            "    questions: []\n",
            "  - id: withdrawal\n",
        ),
    )]);
    assert_error(
        &source,
        format!(
            "{} section `later`: has no questions; add one or remove the section",
            at_section(&source, "later", 0)
        ),
    );
}

#[test]
fn a_section_without_a_questions_key_is_empty_too() {
    let source = broken(&[(
        "  - id: withdrawal\n",
        concat!(
            "  - id: later\n",
            "    title: \"Later\"\n",
            "    intro: \"More questions.\"\n",
            "  - id: withdrawal\n",
        ),
    )]);
    assert_error(
        &source,
        format!(
            "{} section `later`: has no questions; add one or remove the section",
            at_section(&source, "later", 0)
        ),
    );
}

#[test]
fn a_bank_without_sections_is_rejected() {
    let start = MINIMAL.find("\nsections:\n").unwrap() + 1;
    let source = change(MINIMAL, &MINIMAL[start..], "sections: []\n");
    assert_error(
        &source,
        format!(
            "{} sections: a bank needs at least one section",
            at_top(&source, "sections")
        ),
    );
}

// ---------------------------------------------------------------------------------------
// Regions, tiers, notes, placeholders

const POISON: &str = concat!(
    "      - role: poison\n",
    "        name: \"Poison Help\"\n",
    "        number: \"1-800-222-1222\"\n",
    "        reach: \"call 1-800-222-1222\"\n",
    "        contact: \"Call 1-800-222-1222\"\n",
    "        for: \"You may have taken too much and you are awake and breathing.\"\n",
);

#[test]
fn a_region_missing_a_role_is_rejected() {
    let source = broken(&[(POISON, "")]);
    assert_error(
        &source,
        format!(
            "bank.yaml:{}:5: region `us` has no `poison` resource; {ROLES_RULE}",
            line_of(&source, "- id: us", 0)
        ),
    );
}

#[test]
fn a_region_with_a_role_twice_is_rejected() {
    let source = broken(&[(POISON, &format!("{POISON}{POISON}"))]);
    assert_error(
        &source,
        format!(
            "bank.yaml:{}:5: region `us` has more than one `poison` resource; {ROLES_RULE}",
            line_of(&source, "- id: us", 0)
        ),
    );
}

#[test]
fn a_bank_without_regions_is_rejected() {
    let start = MINIMAL.find("\nregions:\n").unwrap() + 1;
    let end = MINIMAL.find("\nscales:\n").unwrap() + 1;
    let source = change(MINIMAL, &MINIMAL[start..end], "regions: []\n");
    assert_error(
        &source,
        format!(
            "{} regions: a bank needs at least one region with its resources",
            at_top(&source, "regions")
        ),
    );
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
    assert_eq!(format!("bank.yaml:{tiers}:1:"), at_top(&source, "tiers"));
    assert_error(
        &source,
        format!(
            "bank.yaml:{}:3: `tiers`: missing field `soon`{FIX_YAML}",
            tiers + 1
        ),
    );
}

/// `bank.yaml:LINE:COL:` for the first line that starts (trimmed) with `start`, at the
/// column where its text starts.
fn at_line(source: &str, start: &str) -> String {
    let (i, line) = source
        .lines()
        .enumerate()
        .find(|(_, line)| line.trim_start().starts_with(start))
        .unwrap_or_else(|| panic!("no line starting with {start:?} in the bank"));
    let column = line.len() - line.trim_start().len() + 1;
    format!("bank.yaml:{}:{column}:", i + 1)
}

const ROLES: &str = "{emergency}, {crisis}, {poison}, {treatment}, {emergency_reach}, {crisis_reach}, \
     {poison_reach}, {treatment_reach}, {after_hours}";

#[test]
fn an_unknown_placeholder_in_a_message_is_rejected() {
    let source = broken(&[("Call or text {crisis} now", "Call or text {lifeline} now")]);
    assert_error(
        &source,
        format!(
            "{} `crisis.message`: unknown placeholder `{{lifeline}}`; use one of {ROLES}",
            at_line(&source, "message: \"Call or text {lifeline}")
        ),
    );
}

#[test]
fn an_unknown_placeholder_in_a_tier_is_rejected() {
    let source = broken(&[(
        "headline: \"Call {emergency} now.\"",
        "headline: \"Call {ambulance} now.\"",
    )]);
    assert_error(
        &source,
        format!(
            "{} `tiers.emergency.headline`: unknown placeholder `{{ambulance}}`; use one of {ROLES}",
            at_line(&source, "headline: \"Call {ambulance}")
        ),
    );
}

#[test]
fn a_placeholder_left_open_is_rejected_at_its_line() {
    let source = broken(&[(
        "headline: \"Call {emergency} now.\"",
        "headline: \"Call {emergency now.\"",
    )]);
    assert_error(
        &source,
        format!(
            "{} `tiers.emergency.headline`: `{{emergency now.` opens a placeholder with `{{` and \
             never closes it; use one of {ROLES}",
            at_line(&source, "headline: \"Call {emergency now")
        ),
    );
}

#[test]
fn an_unknown_placeholder_in_the_progress_line_is_rejected() {
    let source = broken(&[("Question {n} of {total}", "Question {n} of {count}")]);
    assert_error(
        &source,
        format!(
            "{} `ui.progress`: unknown placeholder `{{count}}`; use one of {{n}}, {{total}}, \
             {{section}}",
            at_line(&source, "progress: ")
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
    let none = "this text takes no placeholders; write the words out";
    assert_errors(
        &source,
        &[
            format!(
                "{} `privacy`: unknown placeholder `{{unknown}}`; {none}",
                at_line(&source, "privacy:")
            ),
            format!(
                "{} `ui.not_sure`: unknown placeholder `{{emergency}}`; {none}",
                at_line(&source, "not_sure: \"Not sure {")
            ),
            format!(
                "{} choice `anxiety`: `label`: unknown placeholder `{{crisis}}`; {none}",
                at_line(&source, "- {id: anxiety")
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
    let errors = match Bank::load("bank.yaml", &source) {
        Ok(_) => panic!("a question's help with the placeholder `{{ambulance}}` was accepted"),
        Err(err) => err.to_string(),
    };
    assert!(errors.contains("`{ambulance}`"), "{errors}");
    assert!(errors.contains("breathing_now"), "{errors}");
}

// `notes`, `scales` and `tiers` are maps: a key written twice is an error, not a silent replacement.
#[test]
fn a_note_written_twice_is_rejected() {
    let source = broken(&[(
        "notes:\n  taper:\n",
        "notes:\n  taper: {text: \"Talk with your prescriber before any change.\"}\n  taper:\n",
    )]);
    let errors = match Bank::load("bank.yaml", &source) {
        Ok(_) => panic!("a bank with the note `taper` written twice was accepted"),
        Err(err) => err.to_string(),
    };
    assert!(errors.contains("taper"), "{errors}");
    // Somewhere in the `notes` mapping (the parser knows no finer place for a map).
    let notes = line_of(&source, "notes:", 0);
    let second = line_of(&source, "taper:", 0);
    let line: usize = errors.split(':').nth(1).unwrap().parse().unwrap();
    assert!((notes..=second).contains(&line), "{errors}");
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
    match Bank::load("bank.yaml", &source) {
        Ok(_) => panic!("a bank with the scale `frequency` written twice was accepted"),
        Err(err) => assert!(err.to_string().contains("frequency"), "{err}"),
    }
}

#[test]
fn a_tier_written_twice_is_rejected() {
    let source = broken(&[(
        "  soon:\n",
        "  today:\n    headline: \"Call your doctor.\"\n  soon:\n",
    )]);
    match Bank::load("bank.yaml", &source) {
        Ok(_) => panic!("a bank with the tier `today` written twice was accepted"),
        Err(err) => assert!(err.to_string().contains("today"), "{err}"),
    }
}

// ---------------------------------------------------------------------------------------
// YAML errors, and several problems at once

#[test]
fn a_yaml_syntax_error_is_reported_where_the_parser_found_it() {
    let source = broken(&[(
        "        label: \"Anything else\"\n",
        "        label: \"Anything else\": really\n",
    )]);
    let line = line_of(&source, "label: \"Anything else\": really", 0);
    // The column of the second `:`.
    let column = "        label: \"Anything else\"".len() + 1;
    assert_error(
        &source,
        format!(
            "bank.yaml:{line}:{column}: mapping values are not allowed in this context{FIX_YAML}"
        ),
    );
}

#[test]
fn a_tab_in_the_indentation_is_a_yaml_error() {
    let source = broken(&[("    title: \"Withdrawal\"\n", "\ttitle: \"Withdrawal\"\n")]);
    assert_error(
        &source,
        format!(
            "bank.yaml:{}:1: found a tab character that violates indentation{FIX_YAML}",
            line_of(&source, "title: \"Withdrawal\"", 0)
        ),
    );
}

#[test]
fn several_problems_are_reported_together_in_file_order() {
    let source = broken(&[
        (POISON, ""),
        (
            "            interrupt: breathing\n",
            "            interrupt: slow_breathing\n",
        ),
        ("- id: anything_else\n", "- id: took_more\n"),
        (
            CONDITION,
            "when: {question: missed_dose, if_any: [\"maybe\"]}",
        ),
    ]);
    assert_errors(
        &source,
        &[
            format!(
                "bank.yaml:{}:5: region `us` has no `poison` resource; {ROLES_RULE}",
                line_of(&source, "- id: us", 0)
            ),
            format!(
                "{} question `breathing_now`: its alert names interrupt `slow_breathing`, which \
                 is not under `interrupts`",
                at_question(&source, "breathing_now")
            ),
            format!(
                "{} question `withdrawal_signs`: its condition names `maybe`, which is not an \
                 answer of `missed_dose` (answers: yes, no, skip)",
                at_question(&source, "withdrawal_signs")
            ),
            format!(
                "bank.yaml:{}:9: question `took_more`: this id is used by another question too; \
                 ids must be unique",
                line_of(&source, "- id: took_more", 1)
            ),
        ],
    );
}

#[test]
fn an_unless_referring_to_a_later_question_is_rejected() {
    let source = broken(&[(
        "        when: {question: missed_dose, if_any: [\"yes\", \"skip\"]}\n",
        "        when: {question: missed_dose, if_any: [\"yes\", \"skip\"]}\n        unless: {question: anything_else, if_any: [\"yes\"]}\n",
    )]);
    let errors = Bank::load("bank.yaml", &source).unwrap_err().to_string();
    assert!(
        errors.contains(
            "question `withdrawal_signs`: its `unless` refers to `anything_else`, which comes later"
        ),
        "{errors}"
    );
}

// ---------------------------------------------------------------------------------------
// An alert's context (`when`, `unless`) and a note's `unless`

const SIGNS_ALERT: &str =
    "          - if_any: [anxiety, tremors, sweating]\n            tier: today\n";

#[test]
fn an_alert_in_the_context_of_an_earlier_answer_is_accepted() {
    let source = broken(&[(
        SIGNS_ALERT,
        "          - if_any: [anxiety, tremors, sweating]\n            unless: [{question: took_more, if_any: [often]}]\n            when: [{question: missed_dose, if_any: [\"yes\"]}]\n            tier: today\n",
    )]);
    let bank = Bank::load("bank.yaml", &source).unwrap();
    let alert = &bank
        .question(bank.index_of("withdrawal_signs").unwrap())
        .alerts[0];
    assert_eq!(alert.when[0].question, "missed_dose");
    assert_eq!(alert.unless[0].question, "took_more");
}

#[test]
fn an_alert_context_on_a_later_question_is_rejected_with_its_place() {
    let source = broken(&[(
        SIGNS_ALERT,
        "          - if_any: [anxiety, tremors, sweating]\n            when: [{question: anything_else, if_any: [\"yes\"]}]\n            tier: today\n",
    )]);
    assert_error(
        &source,
        format!(
            "{} question `withdrawal_signs`: its alert's `when` refers to `anything_else`, \
             which comes later; conditions may refer only to earlier questions",
            at_question(&source, "withdrawal_signs")
        ),
    );
}

#[test]
fn an_alert_context_naming_an_answer_the_question_lacks_is_rejected() {
    let source = broken(&[(
        SIGNS_ALERT,
        "          - if_any: [anxiety, tremors, sweating]\n            unless: [{question: took_more, if_any: [planned]}]\n            tier: today\n",
    )]);
    assert_error(
        &source,
        format!(
            "{} question `withdrawal_signs`: its alert's `unless` names `planned`, which is not \
             an answer of `took_more` (answers: never, sometimes, often, always, skip)",
            at_question(&source, "withdrawal_signs")
        ),
    );
}

#[test]
fn a_note_unless_on_an_unknown_question_is_rejected_at_the_notes() {
    let source = broken(&[(
        "notes:\n  taper:\n",
        "notes:\n  taper:\n    unless: [{question: stopped, if_any: [\"yes\"]}]\n",
    )]);
    assert_error(
        &source,
        format!(
            "{} note `taper`: its `unless` refers to `stopped`, which is not a question of \
             this bank",
            at_top(&source, "notes")
        ),
    );
}
