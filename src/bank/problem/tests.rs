//! Every kind of bank problem in words, English and Spanish, pinned once in a snapshot:
//! tests elsewhere assert the kind and the place, and this is where the words are read.

use super::*;
use crate::yaml::{Expected, FieldProblem, Found, Owner};

fn question(problem: QuestionProblem) -> Problem {
    Problem::Question {
        id: "took_more".into(),
        problem,
    }
}

fn strings(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

fn field(problem: FieldProblem) -> Problem {
    let owner = Owner::Numbered {
        within: Some(("question".into(), "took_more".into())),
        what: "alert".into(),
        number: 1,
    };
    Problem::Yaml(YamlKind::Field {
        field: Box::new(FieldName {
            owner: Some(owner),
            keys: strings(&["tier"]),
        }),
        problem,
    })
}

fn one_of_each() -> Vec<Problem> {
    let mut all = vec![
        Problem::Yaml(YamlKind::Parser(
            "mapping values are not allowed in this context".into(),
        )),
        Problem::Yaml(YamlKind::AliasesExpandTooMuch),
        Problem::Yaml(YamlKind::NestedTooDeep),
        Problem::Yaml(YamlKind::FlowTooDeep { max: 64 }),
        Problem::Yaml(YamlKind::ControlCharacter { code: 0x1b }),
        Problem::Yaml(YamlKind::DuplicateKey {
            key: "taper".into(),
        }),
        field(FieldProblem::WrongType {
            found: Found::Number("42".into()),
            expected: Expected::Text,
        }),
        field(FieldProblem::WrongType {
            found: Found::Empty,
            expected: Expected::List,
        }),
        field(FieldProblem::UnknownKey {
            key: "level".into(),
            allowed: strings(&["if_any", "tier"]),
        }),
        field(FieldProblem::MissingKey { key: "tier".into() }),
        field(FieldProblem::UnknownWord {
            word: "urgent".into(),
            allowed: strings(&["routine", "soon", "today", "emergency"]),
        }),
        field(FieldProblem::Serde("invalid length 0".into())),
        Problem::Json("EOF while parsing a value at line 1 column 0".into()),
        Problem::BankId {
            id: "Minimal Bank".into(),
        },
        Problem::PlainBackKey { key: "1".into() },
        Problem::DuplicateInterrupt {
            id: "breathing".into(),
        },
        Problem::NoRegions,
        Problem::DuplicateRegion { id: "us".into() },
        Problem::RegionRole {
            region: "us".into(),
            role: Role::Poison,
            found: 0,
        },
        Problem::RegionRole {
            region: "us".into(),
            role: Role::Crisis,
            found: 2,
        },
        Problem::ShortScale {
            scale: "yes_only".into(),
        },
        Problem::NoSections,
        Problem::ComparedFreeText {
            id: "missed".into(),
        },
    ];
    for problem in [
        SectionProblem::BadId,
        SectionProblem::DuplicateId,
        SectionProblem::NoQuestions,
    ] {
        all.push(Problem::Section {
            id: "later".into(),
            problem,
        });
    }
    let choice = || "tremors".to_string();
    for problem in [
        QuestionProblem::BadId,
        QuestionProblem::DuplicateId,
        QuestionProblem::NeedsTextAndLabel,
        QuestionProblem::YesNoTakesNoChoices,
        QuestionProblem::ScaleOnChecklist,
        QuestionProblem::ChoicesAndScale,
        QuestionProblem::UnknownScale {
            scale: "how_often".into(),
        },
        QuestionProblem::NeedsChoices {
            kind: Kind::Checklist,
        },
        QuestionProblem::TextTakesNoChoices,
        QuestionProblem::TextRaisesNoAlerts,
        QuestionProblem::NotSureOnlyOnYesNo,
        QuestionProblem::BadChoiceId { choice: choice() },
        QuestionProblem::ChoiceTwice { choice: choice() },
        QuestionProblem::ChoiceNeedsLabel { choice: choice() },
        QuestionProblem::OrWhenWithoutWhen,
        QuestionProblem::AlertEmptyIfAny,
        QuestionProblem::AlertUnknownAnswer {
            value: "allways".into(),
            answers: strings(&["never", "often"]),
        },
        QuestionProblem::AlertYesWithoutNotSure,
        QuestionProblem::UnknownInterrupt {
            interrupt: "slow_breathing".into(),
        },
        QuestionProblem::UnknownNote {
            note: "tapering".into(),
        },
    ] {
        all.push(question(problem));
    }
    let later = || "anything_else".to_string();
    let conditions = [
        ConditionProblem::RefersToText { question: later() },
        ConditionProblem::UnknownAnswer {
            value: "maybe".into(),
            question: "missed_dose".into(),
            answers: strings(&["yes", "no"]),
        },
        ConditionProblem::RefersToItself,
        ConditionProblem::RefersToLater { question: later() },
        ConditionProblem::NotAQuestion {
            question: "stopped".into(),
        },
        ConditionProblem::EmptyIfAny,
    ];
    for problem in &conditions {
        all.push(question(QuestionProblem::Condition {
            field: ConditionField::When,
            problem: problem.clone(),
        }));
    }
    for field in [
        ConditionField::Unless,
        ConditionField::OrWhen,
        ConditionField::AlertWhen,
        ConditionField::AlertUnless,
    ] {
        all.push(question(QuestionProblem::Condition {
            field,
            problem: ConditionProblem::RefersToLater { question: later() },
        }));
    }
    all.push(Problem::NoteUnless {
        note: "taper".into(),
        problem: ConditionProblem::NotAQuestion {
            question: "stopped".into(),
        },
    });
    let progress = || FieldName {
        owner: None,
        keys: strings(&["ui", "progress"]),
    };
    for (problem, allowed) in [
        (PlaceholderProblem::CloseWithoutOpen, vec![]),
        (
            PlaceholderProblem::NeverClosed {
                start: "{n of {total}".into(),
            },
            strings(&["{n}", "{total}"]),
        ),
        (
            PlaceholderProblem::Unknown {
                placeholder: "{count}".into(),
            },
            strings(&["{n}", "{total}"]),
        ),
    ] {
        all.push(Problem::Placeholder {
            field: progress(),
            problem,
            allowed,
        });
    }
    let condition = |question: &str, if_any: &[&str]| ConditionShape {
        question: question.into(),
        if_any: strings(if_any),
    };
    let alert = AlertShape {
        if_any: strings(&["yes", "not_sure"]),
        tier: Tier::Emergency,
        crisis: true,
        interrupt: Some("breathing".into()),
        notes: strings(&["taper"]),
        when: vec![condition("missed_dose", &["yes"])],
        unless: vec![
            condition("took_more", &["never"]),
            condition("stopped", &["yes"]),
        ],
    };
    let question_difference = |aspect, here, original| Difference::Question {
        id: "breathing_now".into(),
        aspect,
        here,
        original,
    };
    let word = |w: &str| Shape::Word(w.into());
    let differences = [
        Difference::Identity {
            id: "clonazepam".into(),
            version: 2,
            original_id: "clonazepam".into(),
            original_version: 1,
        },
        Difference::Questions {
            here: strings(&["context/took_more", "context/breathing_now"]),
        },
        Difference::Interrupts {
            here: strings(&["breathing (emergency)"]),
            original: strings(&["breathing (emergency, poison)"]),
        },
        Difference::NoteSettings,
        Difference::NoteIds,
        Difference::Scales,
        Difference::Regions,
        Difference::GateOrCrisisResources,
        Difference::CounselorWords,
        Difference::Placeholders {
            text: TextName::Key("counselor.crisis_summary"),
            here: strings(&["{emergency}"]),
            original: strings(&["{crisis_reach}", "{emergency}"]),
        },
        Difference::Placeholders {
            text: TextName::QuestionText("breathing_now".into()),
            here: vec![],
            original: strings(&["{emergency}"]),
        },
        question_difference(Aspect::Kind, word("choice"), word("yes_no")),
        question_difference(Aspect::NotSure, word("false"), word("true")),
        question_difference(Aspect::Scale, Shape::Nothing, word("frequency")),
        question_difference(
            Aspect::Choices,
            Shape::Choices(vec![("yes".into(), false), ("no".into(), true)]),
            Shape::Choices(vec![("yes".into(), false)]),
        ),
        question_difference(
            Aspect::When,
            Shape::Conditions(vec![condition("missed_dose", &["yes", "skip"])]),
            Shape::Nothing,
        ),
        question_difference(Aspect::Unless, Shape::Nothing, Shape::Nothing),
        question_difference(
            Aspect::OrWhen,
            Shape::Nothing,
            Shape::Conditions(vec![condition("missed_dose", &["yes"])]),
        ),
        question_difference(Aspect::Alerts, Shape::Alerts(vec![alert]), Shape::Nothing),
    ];
    for difference in differences {
        all.push(Problem::Translation {
            original: "clonazepam".into(),
            difference,
        });
    }
    all
}

#[test]
fn every_kind_of_problem_is_said_in_english_and_in_spanish() {
    let said: Vec<String> = one_of_each()
        .iter()
        .map(|p| format!("en: {}\nes: {}", p.describe(Lang::En), p.describe(Lang::Es)))
        .collect();
    insta::assert_snapshot!(said.join("\n\n"));
}

#[test]
fn a_bank_error_says_each_problem_on_its_own_line_after_its_place() {
    let err = BankError {
        file: "bank.yaml".into(),
        issues: vec![
            Issue::at(Some((3, 9)), Problem::NoSections),
            Issue::at(None, Problem::NoRegions),
        ],
    };
    assert_eq!(
        err.render(Lang::En),
        "bank.yaml:3:9: sections: a bank needs at least one section\n\
         bank.yaml: regions: a bank needs at least one region with its resources"
    );
    assert_eq!(
        err.render(Lang::Es),
        "bank.yaml:3:9: sections: un banco necesita al menos una sección\n\
         bank.yaml: regions: un banco necesita al menos una región con sus recursos"
    );
}
