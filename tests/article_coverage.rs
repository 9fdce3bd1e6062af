//! Every sign in the source article's five lists is asked about in the shipped bank.
//! The article's lists are held here, in the project's own data, so dropping a sign from
//! the bank fails this test (nothing reads ../shared).

mod common;

use selfcheck::bank::Bank;

/// (article wording, section id, question id, choice id or "" for the whole question,
/// a word the question or choice must say so a relabelled item is still about the sign).
type Sign = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const MISUSE: &[Sign] = &[
    (
        "taking Klonopin at the same time as other substances",
        "context",
        "substances_past_3_months",
        "",
        "same day",
    ),
    (
        "increased tolerance to Klonopin",
        "needing_more",
        "needs_more",
        "",
        "need more",
    ),
    (
        "neglect of friends and family",
        "needing_more",
        "neglected_people",
        "",
        "friends or family",
    ),
    (
        "neglect of personal responsibilities",
        "needing_more",
        "neglected_duties",
        "",
        "work, at school or at home",
    ),
    (
        "withdrawal symptoms when attempting to stop using Klonopin",
        "needing_more",
        "unwell_when_stopping",
        "",
        "tried to stop",
    ),
    (
        "irritability when unable to access Klonopin",
        "needing_more",
        "irritable_without",
        "",
        "irritable",
    ),
    (
        "inability to stop taking Klonopin",
        "needing_more",
        "could_not_stop",
        "",
        "could not",
    ),
];

const COMMON: &[Sign] = &[
    (
        "a headache",
        "common_side_effects",
        "common_effects",
        "headache",
        "headache",
    ),
    (
        "nasal congestion",
        "common_side_effects",
        "common_effects",
        "nasal_congestion",
        "nasal congestion",
    ),
    (
        "shakiness",
        "common_side_effects",
        "common_effects",
        "shakiness",
        "shakiness",
    ),
    (
        "poor coordination",
        "common_side_effects",
        "common_effects",
        "poor_coordination",
        "poor coordination",
    ),
    (
        "loss of appetite (listed twice)",
        "common_side_effects",
        "common_effects",
        "loss_of_appetite",
        "loss of appetite",
    ),
    (
        "tiredness",
        "common_side_effects",
        "common_effects",
        "tiredness",
        "tiredness",
    ),
    (
        "fever",
        "common_side_effects",
        "common_effects",
        "fever",
        "fever",
    ),
    (
        "irritability",
        "common_side_effects",
        "common_effects",
        "irritability",
        "irritability",
    ),
    (
        "extreme fatigue",
        "common_side_effects",
        "common_effects",
        "extreme_fatigue",
        "extreme fatigue",
    ),
    (
        "trembling",
        "common_side_effects",
        "common_effects",
        "trembling",
        "trembling",
    ),
    (
        "weakness",
        "common_side_effects",
        "common_effects",
        "weakness",
        "weakness",
    ),
];

const DANGEROUS: &[Sign] = &[
    (
        "diarrhea",
        "dangerous_side_effects",
        "dangerous_effects",
        "diarrhea",
        "diarrhea",
    ),
    (
        "forgetfulness",
        "dangerous_side_effects",
        "dangerous_effects",
        "forgetfulness",
        "forgetfulness",
    ),
    (
        "bloody urine",
        "dangerous_side_effects",
        "dangerous_effects",
        "bloody_urine",
        "bloody urine",
    ),
    (
        "painful urination",
        "dangerous_side_effects",
        "dangerous_effects",
        "painful_urination",
        "painful urination",
    ),
    (
        "lower back or side pain",
        "dangerous_side_effects",
        "dangerous_effects",
        "back_or_side_pain",
        "lower back or side pain",
    ),
    (
        "mood shifts",
        "dangerous_side_effects",
        "dangerous_effects",
        "mood_shifts",
        "mood shifts",
    ),
    (
        "nausea",
        "dangerous_side_effects",
        "dangerous_effects",
        "nausea",
        "nausea",
    ),
    (
        "muscle pain",
        "dangerous_side_effects",
        "dangerous_effects",
        "muscle_pain",
        "muscle pain",
    ),
    (
        "slurred speech",
        "dangerous_side_effects",
        "dangerous_effects",
        "slurred_speech",
        "slurred speech",
    ),
    (
        "dizziness",
        "dangerous_side_effects",
        "dangerous_effects",
        "dizziness",
        "dizziness",
    ),
    (
        "difficulty sleeping",
        "dangerous_side_effects",
        "dangerous_effects",
        "difficulty_sleeping",
        "difficulty sleeping",
    ),
    (
        "irregular heartbeat",
        "dangerous_side_effects",
        "dangerous_effects",
        "irregular_heartbeat",
        "irregular heartbeat",
    ),
    (
        "muscle tightness",
        "dangerous_side_effects",
        "dangerous_effects",
        "muscle_tightness",
        "muscle tightness",
    ),
    (
        "suicidal thoughts",
        "dangerous_side_effects",
        "dangerous_effects",
        "suicidal_thoughts",
        "ending your life",
    ),
    (
        "chest tightness",
        "dangerous_side_effects",
        "dangerous_effects",
        "chest_tightness",
        "chest tightness",
    ),
];

const OVERDOSE: &[Sign] = &[
    (
        "loss of muscle coordination",
        "right_now",
        "overdose_signs",
        "loss_of_muscle_coordination",
        "loss of muscle coordination",
    ),
    (
        "confusion",
        "right_now",
        "overdose_signs",
        "confusion",
        "confusion",
    ),
    ("coma", "right_now", "overdose_signs", "coma", "coma"),
    (
        "fainting",
        "right_now",
        "overdose_signs",
        "fainting",
        "fainting",
    ),
    (
        "muscle weakness",
        "right_now",
        "overdose_signs",
        "muscle_weakness",
        "muscle weakness",
    ),
    (
        "slowed reflexes",
        "right_now",
        "overdose_signs",
        "slowed_reflexes",
        "slowed reflexes",
    ),
    (
        "slurred speech",
        "right_now",
        "overdose_signs",
        "slurred_speech",
        "slurred speech",
    ),
    (
        "drowsiness",
        "right_now",
        "overdose_signs",
        "drowsiness",
        "drowsiness",
    ),
    (
        "loss of consciousness",
        "right_now",
        "overdose_signs",
        "loss_of_consciousness",
        "loss of consciousness",
    ),
];

const WITHDRAWAL: &[Sign] = &[
    (
        "anxiety",
        "withdrawal",
        "withdrawal_symptoms",
        "anxiety",
        "anxiety",
    ),
    (
        "panic attacks",
        "withdrawal",
        "withdrawal_symptoms",
        "panic_attacks",
        "panic attacks",
    ),
    (
        "tremors",
        "withdrawal",
        "withdrawal_symptoms",
        "tremors",
        "tremors",
    ),
    (
        "irritability",
        "withdrawal",
        "withdrawal_symptoms",
        "irritability",
        "irritability",
    ),
    (
        "dizziness",
        "withdrawal",
        "withdrawal_symptoms",
        "dizziness",
        "dizziness",
    ),
    (
        "seizure",
        "withdrawal",
        "withdrawal_symptoms",
        "seizure",
        "seizure",
    ),
    (
        "mood changes",
        "withdrawal",
        "withdrawal_symptoms",
        "mood_changes",
        "mood changes",
    ),
    (
        "stomach cramps",
        "withdrawal",
        "withdrawal_symptoms",
        "stomach_cramps",
        "stomach cramps",
    ),
    (
        "sweating",
        "withdrawal",
        "withdrawal_symptoms",
        "sweating",
        "sweating",
    ),
    (
        "hallucinations",
        "withdrawal",
        "withdrawal_symptoms",
        "hallucinations",
        "hallucinations",
    ),
    (
        "headaches",
        "withdrawal",
        "withdrawal_symptoms",
        "headaches",
        "headaches",
    ),
    (
        "suicidal thought",
        "withdrawal",
        "withdrawal_symptoms",
        "suicidal_thoughts",
        "ending your life",
    ),
    (
        "depression",
        "withdrawal",
        "withdrawal_symptoms",
        "depression",
        "depression",
    ),
];

/// What the content guide adds to the article: asked about too.
const ADDED: &[Sign] = &[
    (
        "prescribed to you?",
        "context",
        "prescribed",
        "",
        "prescribed",
    ),
    (
        "taken as prescribed?",
        "context",
        "how_taken",
        "as_prescribed",
        "as prescribed",
    ),
    (
        "planning to stop, or run out?",
        "context",
        "stopping_plans",
        "run_out",
        "run out",
    ),
    (
        "with alcohol or opioids (boxed warning)",
        "context",
        "mixed_past_day",
        "",
        "alcohol, an opioid",
    ),
    (
        "what it is prescribed for (seizures: a stop risks seizures)",
        "context",
        "prescribed_for",
        "seizures",
        "seizures",
    ),
    (
        "how often and for how long",
        "context",
        "how_long",
        "most_days_month",
        "a month or more",
    ),
    (
        "how a dose changed: a planned taper",
        "withdrawal",
        "dose_change",
        "planned_taper",
        "prescriber's plan",
    ),
    (
        "how a dose changed: missed doses or ran out",
        "withdrawal",
        "dose_change",
        "ran_out",
        "ran out",
    ),
    (
        "how a dose changed: stopped or cut down suddenly on one's own",
        "withdrawal",
        "dose_change",
        "stopped_suddenly",
        "on my own",
    ),
    (
        "stopped already",
        "context",
        "stopping_plans",
        "stopped",
        "already stopped",
    ),
    (
        "prescribed sleep medicine or gabapentin, kept apart from alcohol",
        "context",
        "substances_past_3_months",
        "prescribed_sedatives",
        "prescribed to me",
    ),
    (
        "pregnancy or breastfeeding",
        "context",
        "pregnancy",
        "",
        "breastfeeding",
    ),
    (
        "age 65 or over with falls or a hit to the head",
        "context",
        "fall",
        "hit_head",
        "hit my head",
    ),
    (
        "the current daily dose, in the person's own words",
        "context",
        "current_dose",
        "",
        "own words",
    ),
    (
        "slowed or stopped breathing, cannot be woken (label)",
        "right_now",
        "breathing_now",
        "",
        "breathing",
    ),
];

fn check(bank: &Bank, list: &str, signs: &[Sign]) -> Vec<String> {
    let mut missing = Vec::new();
    for &(article, section, question, choice, word) in signs {
        let Some(index) = bank.index_of(question) else {
            missing.push(format!("{list}: \"{article}\": no question `{question}`"));
            continue;
        };
        if bank.section_of(index).id != section {
            missing.push(format!(
                "{list}: \"{article}\": `{question}` is not in section `{section}`"
            ));
        }
        let q = bank.question(index);
        let words = if choice.is_empty() {
            q.text.clone()
        } else {
            match q.choices.iter().find(|c| c.id == choice) {
                Some(c) => c.label.clone(),
                None => {
                    missing.push(format!(
                        "{list}: \"{article}\": `{question}` has no choice `{choice}`"
                    ));
                    continue;
                }
            }
        };
        let words = words
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if !words.contains(word) {
            missing.push(format!(
                "{list}: \"{article}\": `{question}` {choice} does not say \"{word}\": {words}"
            ));
        }
    }
    missing
}

#[test]
fn the_shipped_bank_asks_about_every_sign_in_the_article_and_the_label() {
    let bank = Bank::builtin();
    let lists = [
        ("misuse", MISUSE),
        ("common side effects", COMMON),
        ("dangerous side effects", DANGEROUS),
        ("overdose", OVERDOSE),
        ("withdrawal", WITHDRAWAL),
        ("added by the content guide", ADDED),
    ];
    let missing: Vec<String> = lists
        .iter()
        .flat_map(|(name, signs)| check(&bank, name, signs))
        .collect();
    assert!(
        missing.is_empty(),
        "signs not asked about:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_article_lists_are_held_whole() {
    // The article's lists have 7, 12 (loss of appetite twice), 15, 9 and 13 items.
    assert_eq!(MISUSE.len(), 7);
    assert_eq!(COMMON.len(), 11);
    assert_eq!(DANGEROUS.len(), 15);
    assert_eq!(OVERDOSE.len(), 9);
    assert_eq!(WITHDRAWAL.len(), 13);
}

#[test]
fn every_question_names_its_time_frame() {
    let frames = ["right now", "in the past", "in the last", "at any time"];
    common::assert_time_frames(&Bank::builtin(), &frames);
}

#[test]
fn the_built_in_banks_read_from_json_are_their_yaml() {
    // Start-up reads the JSON the build made; it must be the very bank the YAML says.
    for builtin in selfcheck::bank::BUILTIN {
        let from_json = builtin.load().unwrap();
        let from_yaml = Bank::load(builtin.name, builtin.yaml).unwrap();
        assert_eq!(
            format!("{:?}", from_json.def),
            format!("{:?}", from_yaml.def),
            "{}",
            builtin.name
        );
    }
}
