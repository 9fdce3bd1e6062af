//! In-process benchmarks: loading and validating banks (the default one, and generated
//! banks of 1,000 to 20,000 questions), and a full scripted session to its rendered
//! summary. `cargo bench --bench bank`; see BENCHMARKS.md.

mod common;

use common::{Bench, Budget, Stats, duration};
use selfcheck::answers::{self, Answer, RawAnswers};
use selfcheck::bank::model::{Kind, RawBank};
use selfcheck::bank::{Bank, DEFAULT_BANK, DEFAULT_BANK_NAME};
use selfcheck::flow;
use selfcheck::prompt::scripted::ScriptedPrompter;
use selfcheck::prompt::{
    ConsentView, GateView, InterruptView, Next, NoteView, PromptResult, Prompter, QuestionView,
    ReadinessView, Reply, ReviewItem, ReviewReply, WelcomeView,
};
use selfcheck::render::{Format, render};
use selfcheck::summary::{self, Extras};
use std::collections::HashMap;

const QUIET: &str = include_str!("../tests/answers/quiet.yaml");
const ALARMING: &str = include_str!("../tests/answers/alarming.yaml");

/// Question counts of the generated valid banks; 10,000 is the target's, 20,000 checks
/// that twice the questions take at most 2.2 times the time.
const VALID_SIZES: [usize; 5] = [1_000, 2_000, 5_000, 10_000, 20_000];
/// Question counts of the generated banks with one error per five questions.
const BROKEN_SIZES: [usize; 4] = [500, 1_000, 2_000, 4_000];

fn main() {
    let Some(mut bench) = Bench::from_args("bank: loading, validation and sessions in-process")
    else {
        return;
    };
    default_bank(&mut bench);
    generated_banks(&mut bench);
    broken_banks(&mut bench);
    sessions(&mut bench);
    bench.finish();
}

fn default_bank(bench: &mut Bench) {
    bench.time("load+validate default bank", Budget::FAST, || {
        Bank::load(DEFAULT_BANK_NAME, DEFAULT_BANK).expect("the default bank is valid")
    });
    parse_passes(bench, "default bank", DEFAULT_BANK, Budget::FAST);
}

/// The two parser passes `Bank::load` makes (untyped, then typed), each alone, so the
/// share left for validation shows.
fn parse_passes(bench: &mut Bench, what: &str, source: &str, budget: Budget) {
    bench.time(&format!("  yaml pass 1 (Value), {what}"), budget, || {
        serde_yaml::from_str::<serde_yaml::Value>(source).expect("parses")
    });
    bench.time(&format!("  yaml pass 2 (RawBank), {what}"), budget, || {
        serde_yaml::from_str::<RawBank>(source).expect("parses")
    });
    // What one pass would cost: the untyped tree (which catches repeated keys), then the
    // typed bank from that tree instead of from the source again.
    bench.time(
        &format!("  what-if: one pass (Value, from_value), {what}"),
        budget,
        || {
            let value = serde_yaml::from_str::<serde_yaml::Value>(source).expect("parses");
            serde_yaml::from_value::<RawBank>(value).expect("a bank")
        },
    );
    // What reading the same bank from JSON costs (a build step could convert the built-in
    // bank; serde_json is a dependency already).
    let value = serde_yaml::from_str::<serde_yaml::Value>(source).expect("parses");
    let json = serde_json::to_string(&value).expect("a bank converts to JSON");
    bench.time(
        &format!("  what-if: same bank as JSON, {what}"),
        budget,
        || serde_json::from_str::<RawBank>(&json).expect("a bank"),
    );
}

fn generated_banks(bench: &mut Bench) {
    let mut medians = Vec::new();
    for size in VALID_SIZES {
        let source = generated_bank(size, false);
        let name = format!("load+validate generated {size:>6} questions");
        if !bench.wants(&name) {
            continue;
        }
        let bank = Bank::load("generated.yaml", &source).unwrap_or_else(|err| {
            panic!("the generated bank of {size} questions is valid:\n{err}")
        });
        assert_eq!(bank.len(), size);
        let budget = if size <= 2_000 {
            Budget::FAST
        } else {
            Budget::SLOW
        };
        println!("  ({size} questions: {} KiB of YAML)", source.len() / 1024);
        let stats = bench.time(&name, budget, || {
            Bank::load("generated.yaml", &source).expect("valid")
        });
        if size == 10_000 {
            parse_passes(bench, "10,000 questions", &source, Budget::SLOW);
        }
        if let Some(stats) = stats {
            medians.push((size, stats));
        }
    }
    growth(bench, "validation", &medians);
    if let Some((_, stats)) = medians.iter().find(|(size, _)| *size == 10_000) {
        let median = stats.median();
        bench.verdict(
            "10,000-question bank validated < 50 ms",
            &format!("median {}, p95 {}", duration(median), duration(stats.p95())),
            median < 0.050,
        );
    }
    if let (Some((_, a)), Some((_, b))) = (
        medians.iter().find(|(s, _)| *s == 10_000),
        medians.iter().find(|(s, _)| *s == 20_000),
    ) {
        let ratio = b.median() / a.median();
        bench.verdict(
            "linear: 20,000 vs 10,000 questions <= 2.2x",
            &format!("{ratio:.2}x"),
            ratio <= 2.2,
        );
    }
}

/// Banks with an error every five questions: each error is placed with `yaml::locate`,
/// which scans the source, so this shows how error reporting grows.
fn broken_banks(bench: &mut Bench) {
    let mut medians = Vec::new();
    for size in BROKEN_SIZES {
        let name = format!("load+validate {size:>5} questions, {:>4} errors", size / 5);
        if !bench.wants(&name) {
            continue;
        }
        let source = generated_bank(size, true);
        let err = Bank::load("broken.yaml", &source).expect_err("the broken bank is refused");
        assert_eq!(err.issues.len(), size / 5, "one error per five questions");
        let budget = if size <= 1_000 {
            Budget::FAST
        } else {
            Budget::SLOW
        };
        if let Some(stats) = bench.time(&name, budget, || {
            Bank::load("broken.yaml", &source).expect_err("refused")
        }) {
            medians.push((size, stats));
        }
    }
    growth(bench, "validation with errors", &medians);
}

/// Prints the time per question at each size, and the ratio between successive sizes.
fn growth(bench: &Bench, what: &str, medians: &[(usize, Stats)]) {
    if medians.len() < 2 {
        return;
    }
    println!("  growth of {what} (median):");
    for pair in medians.windows(2) {
        let ((a, sa), (b, sb)) = (&pair[0], &pair[1]);
        println!(
            "    {a:>6} -> {b:>6} questions: x{:.2} questions, x{:.2} time ({} -> {} per question)",
            *b as f64 / *a as f64,
            sb.median() / sa.median(),
            duration(sa.median() / *a as f64),
            duration(sb.median() / *b as f64),
        );
    }
    let _ = bench;
}

fn sessions(bench: &mut Bench) {
    let bank = Bank::builtin();
    for (name, answers) in [("quiet", QUIET), ("alarming", ALARMING)] {
        bench.time(
            &format!("session {name}: answers -> summary -> text"),
            Budget::FAST,
            || scripted_session(&bank, answers),
        );
    }
    let stats = bench.time("session quiet, bank load included", Budget::FAST, || {
        let bank = Bank::load(DEFAULT_BANK_NAME, DEFAULT_BANK).expect("valid");
        scripted_session(&bank, QUIET)
    });
    if let Some(stats) = stats {
        println!(
            "  (in-process share of the 5 ms process target: median {})",
            duration(stats.median())
        );
    }

    // The flow engine on large banks: every question is answered, so this shows how the
    // engine's per-question work grows with the bank.
    let mut medians = Vec::new();
    for size in [500, 1_000, 2_000] {
        let name = format!("session on generated {size:>5} questions");
        if !bench.wants(&name) {
            continue;
        }
        let bank = Bank::load("generated.yaml", &generated_bank(size, false)).expect("valid");
        if let Some(stats) = bench.time(&name, Budget::SLOW, || {
            let outcome = flow::run(&bank, bank.default_region(), None, &mut Everything)
                .expect("the session runs");
            let summary =
                summary::build(&outcome.session, bank.default_region(), Extras::default());
            render(&summary, Format::Text)
        }) {
            medians.push((size, stats));
        }
    }
    growth(bench, "a session's run", &medians);
}

/// What `selfcheck --answers FILE` does once the bank is loaded: read the answers, run
/// the flow with the scripted prompter, build the summary and render it as text.
fn scripted_session(bank: &Bank, answers_yaml: &str) -> String {
    let raw: RawAnswers = answers::parse_file(answers_yaml)
        .expect("the answers parse")
        .answers;
    let answers = answers::from_raw(bank, &raw).expect("the answers fit the bank");
    let by_id: HashMap<String, Answer> = answers
        .into_iter()
        .map(|(index, answer)| (bank.question(index).id.clone(), answer))
        .collect();
    let region = bank.default_region();
    let outcome = flow::run(bank, region, None, &mut ScriptedPrompter::new(by_id))
        .expect("the scripted session runs");
    let summary = summary::build(&outcome.session, region, Extras::default());
    render(&summary, Format::Text)
}

/// Answers every question of any bank, opening as many follow-ups as it can: yes to
/// yes/no, the last choice, the first two checklist items, and a line of text.
struct Everything;

impl Prompter for Everything {
    fn welcome(&mut self, _: &WelcomeView) -> PromptResult<()> {
        Ok(())
    }

    fn gate(&mut self, _: &GateView) -> PromptResult<bool> {
        Ok(false)
    }

    fn ask(&mut self, view: &QuestionView) -> PromptResult<Reply> {
        let id = |i: usize| view.choices[i].id.clone();
        Ok(Reply::Answer(match view.kind {
            Kind::YesNo => Answer::Choice("yes".into()),
            Kind::Choice => Answer::Choice(id(view.choices.len() - 1)),
            Kind::Checklist => Answer::Checklist((0..view.choices.len().min(2)).map(id).collect()),
            Kind::Text => Answer::Text("Something more to say.".into()),
        }))
    }

    fn interrupt(&mut self, _: &[InterruptView]) -> PromptResult<Next> {
        Ok(Next::Continue)
    }

    fn review(&mut self, _: &[ReviewItem]) -> PromptResult<ReviewReply> {
        Ok(ReviewReply::Done)
    }

    fn consent(&mut self, _: &ConsentView) -> PromptResult<bool> {
        Ok(true)
    }

    fn note(&mut self, _: &NoteView) -> PromptResult<String> {
        Ok(String::new())
    }

    fn readiness(&mut self, _: &ReadinessView) -> PromptResult<Option<u8>> {
        Ok(None)
    }
}

/// Groups of five questions per section.
const GROUPS_PER_SECTION: usize = 10;

/// A bank of `questions` questions (a multiple of five) as YAML: the default bank's
/// header (ui, gate, tiers, interrupts, notes, regions, scales) with generated sections
/// in place of its own. Every group of five has one question of each kind, conditions
/// on earlier questions (within the group and on the group before), alerts with tiers,
/// interrupts, notes and crisis, help texts and placeholders, so validation does all its
/// work. With `broken`, every group's first alert names a note that does not exist: one
/// error per five questions.
fn generated_bank(questions: usize, broken: bool) -> String {
    assert!(questions % 5 == 0, "questions come in groups of five");
    let default = Bank::builtin();
    let interrupts: Vec<&str> = default
        .def
        .interrupts
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    let notes: Vec<&str> = default.def.notes.keys().map(String::as_str).collect();
    let (scale, scale_choices) = default
        .def
        .scales
        .iter()
        .next()
        .expect("the default bank has a scale");
    let last_of_scale = &scale_choices.last().expect("a scale has choices").id;
    assert!(!interrupts.is_empty() && notes.len() >= 2);

    let start = DEFAULT_BANK
        .find("\nsections:")
        .expect("the default bank has `sections:` at the top level")
        + 1;
    // The default bank's own sections end at the next top-level key (`sources:`), if any.
    let end = DEFAULT_BANK[start..]
        .match_indices('\n')
        .map(|(at, _)| start + at + 1)
        .find(|&line| {
            DEFAULT_BANK[line..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_lowercase())
        })
        .unwrap_or(DEFAULT_BANK.len());
    let mut out = String::with_capacity(questions * 1_300 + DEFAULT_BANK.len());
    out.push_str(&DEFAULT_BANK[..start]);
    out.push_str("sections:\n");

    let groups = questions / 5;
    for g in 0..groups {
        if g % GROUPS_PER_SECTION == 0 {
            let s = g / GROUPS_PER_SECTION;
            out.push_str(&format!(
                r#"  - id: generated_{s}
    title: "Generated section {s}"
    intro: >-
      These questions are about the past 7 days. If anything here is severe,
      call {{emergency}}.
    counselor_notes: >-
      Generated notes for the counselor, section {s}. Keep a calm, curious tone.
    questions:
"#
            ));
        }
        let interrupt = interrupts[g % interrupts.len()];
        let crisis_interrupt = interrupts[(g + 1) % interrupts.len()];
        let note_a = notes[g % notes.len()];
        let note_b = notes[(g + 1) % notes.len()];
        let first_notes = if broken {
            format!("[{note_a}, no_such_note_{g}]")
        } else {
            format!("[{note_a}, {note_b}]")
        };
        let checklist_when = if g > 0 {
            format!(
                "\n        when: {{question: g{}_yes_no, if_any: [\"yes\", \"not_sure\", \"skip\"]}}",
                g - 1
            )
        } else {
            String::new()
        };
        out.push_str(&format!(
            r#"      - id: g{g}_yes_no
        kind: yes_no
        not_sure: true
        text: >-
          In the past 7 days, have you had generated sign number {g}? If it is
          happening now and it is severe, call {{emergency}}.
        label: "Generated sign {g}"
        help: "We ask because generated sign {g} can matter. Poison Help: {{poison}}."
        alerts:
          - if_any: ["yes", "not_sure"]
            tier: today
            interrupt: {interrupt}
            notes: {first_notes}
      - id: g{g}_choice
        kind: choice
        when: {{question: g{g}_yes_no, if_any: ["yes", "not_sure", "skip"]}}
        text: "In the past 7 days, how often did generated sign {g} happen?"
        label: "How often, sign {g}"
        choices:
          - {{id: never, label: "Never", neutral: true}}
          - {{id: once, label: "Once"}}
          - {{id: several_times, label: "Several times"}}
          - {{id: every_day, label: "Every day"}}
        alerts:
          - if_any: [every_day]
            tier: soon
            notes: [{note_b}]
      - id: g{g}_scale
        kind: choice
        scale: {scale}
        when: {{question: g{g}_choice, if_any: [once, several_times, every_day]}}
        text: "In the past 7 days, how much did generated sign {g} get in the way?"
        label: "In the way, sign {g}"
        alerts:
          - if_any: [{last_of_scale}, "skip"]
            tier: soon
      - id: g{g}_checklist
        kind: checklist{checklist_when}
        text: "In the past 7 days, which of these went with sign {g}? Check all that apply."
        label: "Went with sign {g}"
        help: "If you have thoughts of suicide, call or text {{crisis}}."
        choices:
          - {{id: first, label: "The first generated item"}}
          - {{id: second, label: "The second generated item"}}
          - {{id: third, label: "The third generated item"}}
          - {{id: fourth, label: "The fourth generated item"}}
          - {{id: fifth, label: "The fifth generated item"}}
          - {{id: none_of_these, label: "None of these", neutral: true}}
        alerts:
          - if_any: [first, second]
            tier: emergency
            crisis: true
            interrupt: {crisis_interrupt}
            notes: [{note_a}]
          - if_any: [third, "skip"]
            tier: today
      - id: g{g}_text
        kind: text
        when: {{question: g{g}_checklist, if_any: [first, second, third, fourth, fifth, "skip"]}}
        text: "In the past 7 days, is there anything else about sign {g} you want to add?"
        label: "More about sign {g}"
"#
        ));
    }
    out.push_str(&DEFAULT_BANK[end..]);
    out
}
