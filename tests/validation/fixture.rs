//! The fixture itself.

use super::*;

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
