//! Plain mode as a person or a script sees it: the lines written and the answers taken.

use super::input::MAX_LINE;
use super::*;
use crate::bank::Bank;
use std::io::Cursor;

fn ui() -> Ui {
    Bank::builtin().def.ui
}

fn prompter(input: &str) -> PlainPrompter<Cursor<Vec<u8>>, Vec<u8>> {
    PlainPrompter::new(&ui(), Cursor::new(input.as_bytes().to_vec()), Vec::new())
}

fn written(p: PlainPrompter<Cursor<Vec<u8>>, Vec<u8>>) -> String {
    String::from_utf8(p.into_output()).unwrap()
}

fn view(kind: Kind, choices: &[(&str, &str)], can_go_back: bool) -> QuestionView {
    QuestionView {
        id: "q".into(),
        kind,
        text: "Have you missed doses?".into(),
        label: "Missed doses".into(),
        help: Some("Missing doses can cause withdrawal.".into()),
        choices: choices
            .iter()
            .map(|(id, label)| ChoiceView {
                id: id.to_string(),
                label: label.to_string(),
            })
            .collect(),
        default: None,
        progress: "Question 3 of 20 · Use".into(),
        n: 3,
        total: 20,
        can_go_back,
        counselor_notes: None,
        lead: None,
    }
}

fn yes_no() -> QuestionView {
    view(Kind::YesNo, &[("yes", "Yes"), ("no", "No")], true)
}

fn symptoms() -> QuestionView {
    view(
        Kind::Checklist,
        &[("sweating", "Sweating"), ("seizure", "A seizure")],
        false,
    )
}

fn answer(reply: Reply) -> Answer {
    match reply {
        Reply::Answer(answer) => answer,
        Reply::Back => panic!("expected an answer, got back"),
    }
}

#[test]
fn a_question_is_numbered_lines_and_the_choice_is_echoed() {
    let mut p = prompter("2\n");
    let reply = answer(p.ask(&yes_no()).unwrap());
    assert_eq!(reply, Answer::Choice("no".into()));
    let ui = ui();
    let out = written(p);
    let expected = [
        String::new(),
        "Question 3 of 20 · Use".into(),
        "Have you missed doses?".into(),
        format!("{}: Missing doses can cause withdrawal.", ui.why_we_ask),
        "  1. Yes".into(),
        "  2. No".into(),
        format!("  3. {}", ui.prefer_not_to_say),
        format!(
            "{} {}",
            ui.plain_choice_hint
                .replace("{first}", "1")
                .replace("{last}", "3"),
            ui.plain_back_hint.replace("{key}", &ui.plain_back_key)
        ),
        ui.plain_echo.replace("{answer}", "No"),
    ]
    .join("\n")
        + "\n";
    assert_eq!(out, expected);
}

#[test]
fn a_section_header_is_written_once_before_its_first_question() {
    let lead = |again| Lead {
        note: Some(GivenNote {
            prompt: "Session note for Start".into(),
            text: "A note.".into(),
        }),
        section: SectionView {
            title: "Use".into(),
            intro: "In the past 3 months.".into(),
        },
        again,
    };
    let opening = QuestionView {
        lead: Some(lead(false)),
        ..yes_no()
    };
    let mut p = prompter("2\n");
    p.ask(&opening).unwrap();
    let out = written(p);
    assert!(
        out.starts_with("\nUse\nIn the past 3 months.\n\nQuestion 3 of 20 · Use\n"),
        "{out}"
    );
    assert!(
        !out.contains("A note."),
        "the note was written as it was given"
    );
    // Coming back after going back: every line was written once already.
    let coming_back = QuestionView {
        lead: Some(lead(true)),
        ..yes_no()
    };
    let mut p = prompter("2\n");
    p.ask(&coming_back).unwrap();
    let again = written(p);
    assert!(again.starts_with("\nQuestion 3 of 20 · Use\n"), "{again}");
}

#[test]
fn the_last_number_is_prefer_not_to_say() {
    let mut p = prompter("3\n");
    assert_eq!(answer(p.ask(&yes_no()).unwrap()), Answer::Skipped);
    let echo = ui().plain_echo.replace("{answer}", &ui().prefer_not_to_say);
    assert!(written(p).ends_with(&format!("{echo}\n")));
}

#[test]
fn the_back_key_goes_back_only_when_there_is_somewhere_to_go() {
    let key = ui().plain_back_key;
    let mut p = prompter(&format!(" {} \n", key.to_uppercase()));
    assert!(matches!(p.ask(&yes_no()).unwrap(), Reply::Back));
    assert!(!written(p).contains("Your answer"));

    let first = QuestionView {
        can_go_back: false,
        ..yes_no()
    };
    let mut p = prompter(&format!("{key}\n1\n"));
    assert_eq!(answer(p.ask(&first).unwrap()), Answer::Choice("yes".into()));
    let out = written(p);
    assert!(out.contains(&ui().plain_first_question), "{out}");
    assert!(!out.contains(&ui().plain_invalid), "{out}");
    assert!(!out.contains(&ui().plain_back_hint.replace("{key}", &key)));
}

#[test]
fn an_invalid_reply_is_said_to_be_so_and_asked_again() {
    let mut p = prompter("yes\n0\n4\n1.\n");
    assert_eq!(
        answer(p.ask(&yes_no()).unwrap()),
        Answer::Choice("yes".into())
    );
    let out = written(p);
    assert_eq!(out.matches(&ui().plain_invalid).count(), 3, "{out}");
    assert_eq!(
        out.matches("  1. Yes").count(),
        1,
        "the list is not redrawn"
    );
}

#[test]
fn the_end_of_input_is_input_ended_at_any_prompt() {
    let mut p = prompter("");
    assert!(matches!(p.ask(&yes_no()), Err(PromptError::InputEnded)));
    let mut p = prompter("9\n");
    assert!(matches!(p.ask(&symptoms()), Err(PromptError::InputEnded)));
    let mut p = prompter("");
    assert!(matches!(
        p.readiness(&ReadinessView {
            prompt: "How ready?".into(),
            prefer_not_to_say: "Prefer not to say".into(),
        }),
        Err(PromptError::InputEnded)
    ));
}

#[test]
fn a_checklist_takes_numbers_separated_by_spaces_or_commas() {
    let mut p = prompter("2, 1 2\n");
    assert_eq!(
        answer(p.ask(&symptoms()).unwrap()),
        Answer::Checklist(vec!["sweating".into(), "seizure".into()])
    );
    let out = written(p);
    let hint = ui()
        .plain_checklist_numbers
        .replace("{first}", "1")
        .replace("{last}", "4");
    assert!(out.contains(&wrap(&hint, WIDTH, "", "")), "{out}");
    assert!(out.contains(&ui().plain_echo.replace("{answer}", "Sweating, A seizure")));
}

#[test]
fn a_checklist_answers_only_by_a_number_none_of_these_included() {
    // An empty line is not an answer: "None of these" is a number of its own.
    let mut p = prompter("\n3\n");
    assert_eq!(
        answer(p.ask(&symptoms()).unwrap()),
        Answer::Checklist(vec![])
    );
    let out = written(p);
    assert!(
        out.contains(&format!("  3. {}", ui().nothing_selected)),
        "{out}"
    );
    // Nothing was typed, so nothing was wrong: it is told again how to answer.
    assert!(!out.contains(&ui().plain_invalid), "{out}");
    // (The hint is wrapped: its start stands for it.)
    let hint = ui()
        .plain_checklist_numbers
        .replace("{first}", "1")
        .replace("{last}", "4");
    let start: String = hint.chars().take(40).collect();
    assert_eq!(out.matches(&start).count(), 2, "{out}");
    assert!(out.contains(&ui().plain_echo.replace("{answer}", &ui().nothing_selected)));
    let mut p = prompter("4\n");
    assert_eq!(answer(p.ask(&symptoms()).unwrap()), Answer::Skipped);
    let mut p = prompter("1 x\n1\n");
    assert_eq!(
        answer(p.ask(&symptoms()).unwrap()),
        Answer::Checklist(vec!["sweating".into()])
    );
}

#[test]
fn prefer_not_to_say_with_a_sign_is_said_to_go_alone_not_dropped() {
    let mut p = prompter("4 2\n2\n");
    assert_eq!(
        answer(p.ask(&symptoms()).unwrap()),
        Answer::Checklist(vec!["seizure".into()])
    );
    let out = written(p);
    let alone = ui()
        .plain_goes_alone
        .replace("{item}", &ui().prefer_not_to_say);
    assert!(out.contains(&wrap(&alone, WIDTH, "", "")), "{out}");
}

#[test]
fn text_is_read_as_typed_without_control_characters() {
    let text = view(Kind::Text, &[], false);
    let mut p = prompter("I feel \u{1b}[31mtired\r\n");
    assert_eq!(
        answer(p.ask(&text).unwrap()),
        Answer::Text("I feel [31mtired".into())
    );
    let out = written(p);
    assert!(out.contains(&ui().text_hint));
    assert!(!out.contains('\u{1b}'));
    let mut p = prompter("\n");
    assert_eq!(answer(p.ask(&text).unwrap()), Answer::Text(String::new()));
    assert!(written(p).contains(&ui().plain_echo.replace("{answer}", &ui().nothing_added)));
}

#[test]
fn an_over_long_line_is_one_reply() {
    let text = view(Kind::Text, &[], false);
    let long = "x".repeat(MAX_LINE + 10);
    let mut p = prompter(&format!("{long}\n2\n"));
    let Answer::Text(got) = answer(p.ask(&text).unwrap()) else {
        panic!("text expected");
    };
    assert_eq!(got.len(), MAX_LINE);
    assert_eq!(
        answer(p.ask(&yes_no()).unwrap()),
        Answer::Choice("no".into())
    );
}

#[test]
fn long_text_is_wrapped_and_list_items_hang_under_their_label() {
    let mut v = yes_no();
    v.text = "word ".repeat(40);
    v.choices[0].label = "long ".repeat(30);
    let mut p = prompter("1\n");
    p.ask(&v).unwrap();
    let out = written(p);
    for line in out.lines() {
        assert!(console::measure_text_width(line) <= WIDTH, "{line}");
    }
    assert!(out.contains("\n  1. long long"));
    assert!(out.contains("\n     long long"));
}

#[test]
fn an_interrupt_is_plain_lines_then_three_numbered_choices() {
    let view = InterruptView {
        id: "seizure".into(),
        title: "A seizure is an emergency".into(),
        message: "Call 911 now.".into(),
        tier: Tier::Emergency,
        resources: vec![ResourceView {
            name: "Emergency".into(),
            contact: "911".into(),
        }],
        counselor_prompt: Some("Call 911 now with the client.".into()),
    };
    // The flow gives the counselor's instruction once, with the first message.
    let second = InterruptView {
        counselor_prompt: None,
        ..view.clone()
    };
    let mut p = prompter("2\n");
    assert_eq!(p.interrupt(&[view, second]).unwrap(), Next::Summary);
    let out = written(p);
    let ui = ui();
    assert_eq!(out.matches("A seizure is an emergency").count(), 2);
    assert_eq!(out.matches("Call 911 now with the client.").count(), 1);
    assert!(out.contains("Emergency: 911"));
    assert!(out.contains(&format!(
        "{}\n  1. {}\n  2. {}\n  3. {}\n",
        ui.after_interrupt, ui.continue_, ui.go_to_summary, ui.quit
    )));
    assert!(out.contains(&ui.plain_echo.replace("{answer}", &ui.go_to_summary)));
    assert!(!out.contains(&ui.plain_back_hint.replace("{key}", &ui.plain_back_key)));
}

#[test]
fn the_review_is_numbered_from_0_for_done() {
    let items = vec![
        ReviewItem {
            question: 4,
            section: "Use".into(),
            label: "Missed doses".into(),
            answer: "No".into(),
        },
        ReviewItem {
            question: 7,
            section: "Use".into(),
            label: "Symptoms".into(),
            answer: "None of these".into(),
        },
    ];
    let ui = ui();
    let mut p = prompter("2\n");
    assert_eq!(p.review(&items).unwrap(), ReviewReply::Change(7));
    let out = written(p);
    assert!(out.contains(&format!(
        "  0. {}\n  1. Missed doses: No\n  2. Symptoms: None of these\n",
        ui.review_done
    )));
    let mut p = prompter("0\n");
    assert_eq!(p.review(&items).unwrap(), ReviewReply::Done);
}

#[test]
fn gate_consent_note_and_readiness_are_numbered_lines_too() {
    let gate = GateView {
        title: "Before we start".into(),
        text: "Is anyone in danger right now?".into(),
        yes: "Yes, right now".into(),
        no: "No".into(),
    };
    let mut p = prompter("3\n1\n");
    assert!(p.gate(&gate).unwrap());
    assert!(written(p).contains("  1. Yes, right now\n  2. No\n"));

    let consent = ConsentView {
        title: "Before we start".into(),
        script: "We ask everyone these questions.".into(),
        yes: "The client agrees".into(),
        no: "The client does not agree".into(),
    };
    let mut p = prompter("2\n");
    assert!(!p.consent(&consent).unwrap());

    let note = NoteView {
        prompt: "Session note".into(),
        hint: "Type and press Enter.".into(),
    };
    let mut p = prompter("Talked about tapering\n");
    assert_eq!(p.note(&note).unwrap(), "Talked about tapering");

    let readiness = ReadinessView {
        prompt: "How ready?".into(),
        prefer_not_to_say: "Prefer not to say".into(),
    };
    let mut p = prompter("7\n");
    assert_eq!(p.readiness(&readiness).unwrap(), Some(7));
    let out = written(p);
    assert!(out.contains("\n   0\n   1\n"), "{out}");
    assert!(out.contains("\n  10\n  11. Prefer not to say\n"), "{out}");
    let mut p = prompter("11\n");
    assert_eq!(p.readiness(&readiness).unwrap(), None);
}

#[test]
fn plain_mode_is_wanted_by_flag_accessible_or_a_dumb_terminal() {
    let os = |s: &'static str| Some(OsStr::new(s));
    assert!(wanted(true, None, os("xterm")));
    assert!(wanted(false, os("1"), os("xterm")));
    assert!(wanted(false, os("yes"), None));
    assert!(!wanted(false, os("0"), os("xterm")));
    assert!(!wanted(false, os(""), os("xterm-256color")));
    assert!(wanted(false, None, os("dumb")));
    assert!(!wanted(false, None, None));
}

fn gate() -> GateView {
    GateView {
        title: "Before we start".into(),
        text: "Is anyone in danger right now?".into(),
        yes: "Yes, right now".into(),
        no: "No".into(),
    }
}

/// The hint under a list numbered from `first` to `last`.
fn choice_hint(first: usize, last: usize) -> String {
    ui().plain_choice_hint
        .replace("{first}", &first.to_string())
        .replace("{last}", &last.to_string())
}

#[test]
fn an_empty_line_is_told_how_to_answer_not_that_it_is_not_a_choice() {
    let mut p = prompter("\n  \n1\n");
    assert_eq!(
        answer(p.ask(&yes_no()).unwrap()),
        Answer::Choice("yes".into())
    );
    let out = written(p);
    assert!(!out.contains(&ui().plain_invalid), "{out}");
    let hint = format!(
        "{} {}",
        choice_hint(1, 3),
        ui().plain_back_hint.replace("{key}", &ui().plain_back_key)
    );
    assert_eq!(
        out.matches(&hint).count(),
        3,
        "once, then once a line: {out}"
    );

    let mut p = prompter("\n1\n");
    let picked = answer(p.ask(&symptoms()).unwrap());
    assert_eq!(picked, Answer::Checklist(vec!["sweating".into()]));
    assert!(!written(p).contains(&ui().plain_invalid));
}

#[test]
fn the_back_key_or_an_empty_line_at_the_gate_says_what_is_true() {
    let key = ui().plain_back_key;
    let mut p = prompter(&format!("{key}\n\n2\n"));
    assert!(!p.gate(&gate()).unwrap());
    let out = written(p);
    let ui = ui();
    assert!(!out.contains(&ui.plain_invalid), "{out}");
    assert!(!out.contains(&ui.plain_first_question), "{out}");
    assert_eq!(
        out.matches(&ui.plain_back_before_questions).count(),
        1,
        "{out}"
    );
    // The hint under the list, after the back key, and after the empty line.
    assert_eq!(out.matches(&choice_hint(1, 2)).count(), 3, "{out}");
}

#[test]
fn the_back_key_at_the_review_says_how_to_change_an_answer_or_finish() {
    let items = vec![ReviewItem {
        question: 4,
        section: "Use".into(),
        label: "Missed doses".into(),
        answer: "No".into(),
    }];
    let key = ui().plain_back_key;
    let mut p = prompter(&format!("{key}\n0\n"));
    assert_eq!(p.review(&items).unwrap(), ReviewReply::Done);
    let out = written(p);
    assert!(!out.contains(&ui().plain_invalid), "{out}");
    assert!(out.contains(&ui().plain_review_back), "{out}");
}

#[test]
fn the_back_key_at_a_red_flag_message_says_there_is_no_going_back_from_it() {
    let view = InterruptView {
        id: "seizure".into(),
        title: "A seizure is an emergency".into(),
        message: "Call 911 now.".into(),
        tier: Tier::Emergency,
        resources: Vec::new(),
        counselor_prompt: None,
    };
    let key = ui().plain_back_key;
    let mut p = prompter(&format!("{key}\n1\n"));
    assert_eq!(p.interrupt(&[view]).unwrap(), Next::Continue);
    let out = written(p);
    assert!(!out.contains(&ui().plain_invalid), "{out}");
    assert!(out.contains(&ui().plain_no_back), "{out}");
}

#[test]
fn a_question_asked_again_says_its_answer_before_the_choices() {
    let ui = ui();
    let again = QuestionView {
        default: Some(Answer::Choice("no".into())),
        ..yes_no()
    };
    let mut p = prompter("1\n");
    p.ask(&again).unwrap();
    let out = written(p);
    let was = ui.plain_answer_was.replace("{answer}", "No");
    let said = out.find(&was).unwrap_or_else(|| panic!("{out}"));
    assert!(said < out.find("  1. Yes").unwrap(), "{out}");

    let checked = QuestionView {
        default: Some(Answer::Checklist(vec!["sweating".into(), "seizure".into()])),
        ..symptoms()
    };
    let mut p = prompter("1\n");
    p.ask(&checked).unwrap();
    let out = written(p);
    assert!(
        out.contains(
            &ui.plain_answer_was
                .replace("{answer}", "Sweating, A seizure")
        ),
        "{out}"
    );

    // Asked for the first time: nothing to say.
    let mut p = prompter("1\n");
    p.ask(&yes_no()).unwrap();
    let first = ui.plain_answer_was.replace("{answer}", "");
    assert!(!written(p).contains(first.trim()));
}
