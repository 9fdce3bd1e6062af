//! What a file given to `validate` is when it is plainly not a bank: a referral list
//! (`--resources`) or an answers file (`--answers`), said so instead of listing every
//! bank key it lacks.

use crate::bank::Bank;
use crate::error::OtherFile;
use crate::yaml::{self, Value};

/// Every top-level key of a bank (`RawBank`'s fields): a file with any of them is read
/// as a bank, so a broken bank is told what is wrong with it.
const BANK_KEYS: [&str; 19] = [
    "id",
    "version",
    "title",
    "locale",
    "intro",
    "disclaimer",
    "ui",
    "gate",
    "tiers",
    "crisis",
    "counselor",
    "notes",
    "safety_net",
    "privacy",
    "interrupts",
    "regions",
    "scales",
    "sections",
    "sources",
];

/// What `source` plainly is, if it is a mapping with no bank key: a referral list when
/// it has `resources`; an answers file when it has `_check`, or, written by hand
/// without one, when most of its keys are question ids of the built-in bank, or every
/// key could be a question id and every value an answer (a word, a list, `{text: ...}`).
pub(super) fn other_kind_of_file(source: &str) -> Option<OtherFile> {
    let Ok(Value::Mapping(map)) = yaml::read_value(source) else {
        return None;
    };
    let keys: Vec<&str> = map.keys().filter_map(Value::as_str).collect();
    let has = |key: &str| keys.contains(&key);
    if map.is_empty() || BANK_KEYS.iter().any(|key| has(key)) {
        return None;
    }
    if has("resources") {
        return Some(OtherFile::Resources);
    }
    if has(crate::answers::CHECK_KEY) {
        return Some(OtherFile::Answers);
    }
    let builtin = Bank::builtin();
    let question_ids = keys
        .iter()
        .filter(|id| builtin.index_of(id).is_some())
        .count();
    let answer_like = keys.len() == map.len()
        && keys.iter().all(|key| crate::bank::valid_id(key))
        && map.values().all(|value| match value {
            Value::Mapping(text) => text.len() == 1 && text.contains_key("text"),
            Value::Tagged(_) => false,
            _ => true,
        });
    (question_ids * 2 > map.len() || answer_like).then_some(OtherFile::Answers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bank_key_is_a_key_of_the_built_in_bank_and_the_other_way_round() {
        let source = include_str!("../../questions/clonazepam.yaml");
        let Ok(Value::Mapping(bank)) = yaml::read_value(source) else {
            panic!("the built-in bank is a mapping");
        };
        for key in bank.keys().filter_map(Value::as_str) {
            assert!(BANK_KEYS.contains(&key), "{key} is a bank key");
        }
        // The keys every bank must have are among them.
        for key in ["id", "version", "ui", "sections", "regions"] {
            assert!(bank.contains_key(key), "{key}");
        }
    }

    #[test]
    fn answers_files_are_recognised_with_or_without_their_header() {
        let answers = Some(OtherFile::Answers);
        let quiet = include_str!("../../tests/answers/quiet.yaml");
        assert_eq!(other_kind_of_file(quiet), answers);
        let header = format!("_check: {{date: 2026-11-26, bank: clonazepam, version: 1}}\n{quiet}");
        assert_eq!(other_kind_of_file(&header), answers);
        // Ids of no bank, but answers in form: a word, a list, free text.
        let by_hand = "colour: blue\nsigns: [a, b]\nnote: {text: skip}\n";
        assert_eq!(other_kind_of_file(by_hand), answers);
        // Mostly question ids, with one value no answer is.
        let odd = "prescribed: prescribed_now\nhow_taken: as_prescribed\nextra: {a: 1}\n";
        assert_eq!(other_kind_of_file(odd), answers);
    }

    #[test]
    fn a_broken_bank_or_an_unknown_mapping_is_read_as_a_bank() {
        for source in [
            "id: x\nsurprise: true\n",
            "sections: []\nprescribed: prescribed_now\n",
            "title: Mine\n",
            "colour: {red: 1}\nshape: {round: 2}\n",
            "- a list\n",
            "not: [valid\n",
            "\"Not An Id\": 1\n",
        ] {
            assert_eq!(other_kind_of_file(source), None, "{source}");
        }
        let resources = "resources:\n  - name: A\n";
        assert_eq!(other_kind_of_file(resources), Some(OtherFile::Resources));
    }
}
