//! The counselor summary: one screen in neutral third person, every item marked as the
//! client's self-report. Data first; the renderers only lay it out.

use super::{ChangeWords, NotAnswered, RegionInfo, ResourceLine, Summary};
use crate::agency::Referral;
use crate::bank::fill;
use crate::bank::model::{CounselorText, Region, Tier};
use crate::compare::Changes;
use crate::engine::Session;
use serde::Serialize;
use std::collections::BTreeMap;

/// What a counselor recorded beside the client's answers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CounselorRecord {
    /// Session notes by section index; sections with no note are absent.
    pub notes: BTreeMap<usize, String>,
    /// How ready the client is to talk to a prescriber, 0 to 10; `None` if not given.
    pub readiness: Option<u8>,
    pub next_step: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CounselorSummary {
    pub title: String,
    /// When the session was, `YYYY-MM-DD HH:MM UTC` (set by the caller: no clock here);
    /// with answers from a file, the day that file records, if it does (see `dated`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
    /// With answers from a file: when this summary was made, which is not when the
    /// session was. `None` when the session is happening now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary_made: Option<String>,
    /// The session notes were left out (a report to hand on, by default).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub notes_left_out: bool,
    /// Every item is the client's self-report; not a diagnosis.
    pub self_report: String,
    pub urgency: Tier,
    /// The tier's action in third person, e.g. "The client should ... today."
    pub action: String,
    pub crisis: bool,
    /// What the counselor must do, when suicidal thoughts were reported.
    pub crisis_line: Option<String>,
    /// Answers that raised a today or emergency alert; their labels carry the timing.
    pub red_flags: Vec<Item>,
    /// Red-flag questions the client declined or did not reach: to ask about directly.
    pub declined: Vec<NotAnswered>,
    /// What closes the summary: the action again, after the crisis line when suicidal
    /// thoughts were reported (a long summary scrolls its start away).
    pub closing: Vec<String>,
    /// Every answer, "no" and "prefer not to say" included, grouped by section.
    pub answers: Vec<SectionAnswers>,
    /// The client-facing next steps, as the client's own summary gives them.
    pub shared: Vec<String>,
    /// 0 to 10; `None` when not recorded.
    pub readiness: Option<u8>,
    pub next_step: Option<String>,
    pub resources: Vec<ResourceLine>,
    pub referrals: Vec<Referral>,
    pub region: RegionInfo,
    pub notes: Vec<SessionNote>,
    /// Since the client's earlier check (`--compare`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<Changes>,
    pub privacy: String,
    #[serde(skip)]
    pub words: CounselorWords,
}

#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub section: String,
    pub question: String,
    pub label: String,
    pub answer: String,
    pub tier: Option<Tier>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SectionAnswers {
    pub section: String,
    pub title: String,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SessionNote {
    pub section: String,
    pub title: String,
    pub note: String,
}

/// Headings for the renderers, from the bank.
#[derive(Debug, Clone, Default)]
pub struct CounselorWords {
    pub red_flags: String,
    pub no_red_flags: String,
    pub declined: String,
    pub answers: String,
    pub share: String,
    pub readiness: String,
    pub next_step: String,
    pub notes: String,
    pub not_recorded: String,
    pub session: String,
    /// The session's date from an answers file; `{date}` and `{made}`.
    pub session_recorded: String,
    /// An answers file that records no date; `{made}`.
    pub session_undated: String,
    /// After the readiness: the earlier check's, `{before}` filled in.
    pub readiness_then: String,
    pub resources: String,
    pub referrals: String,
    pub changes: ChangeWords,
}

impl CounselorSummary {
    /// For a report to hand on (for example to a prescriber): the session notes left
    /// out unless the counselor chose to include them, and a privacy line that names no
    /// local file.
    pub fn for_report(mut self, include_notes: bool, privacy: &str) -> Self {
        if !include_notes {
            self.notes.clear();
            self.notes_left_out = true;
        }
        self.privacy = privacy.to_string();
        self
    }
}

/// Where the session's date comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dated {
    /// The session is happening now.
    Now,
    /// The answers come from a file, which records the day of its check, or does not.
    Saved(Option<String>),
}

impl CounselorSummary {
    /// Dates the session, `now` being `YYYY-MM-DD HH:MM UTC`. Answers read from a file
    /// are dated by that file, never by today: a report made from last month's answers
    /// must not read as a session held today.
    pub fn dated(mut self, dated: &Dated, now: &str) -> Self {
        match dated {
            Dated::Now => {
                self.session = Some(now.to_string());
                self.summary_made = None;
            }
            Dated::Saved(day) => {
                self.session = day.clone();
                self.summary_made = Some(now.to_string());
            }
        }
        self
    }

    /// The line that says where the session was saved, naming every file at once and
    /// in neutral words (it is read by the counselor, not the client).
    pub fn saved_to(mut self, files: &[String], words: &CounselorText) -> Self {
        if !files.is_empty() {
            self.privacy = words.saved_to.replace("{files}", &files.join(", "));
        }
        self
    }
}

/// Builds the counselor summary from the session, what the counselor recorded, and the
/// client's own summary (for the shared next steps, resources and privacy line).
pub fn build(
    session: &Session,
    record: &CounselorRecord,
    words: &CounselorText,
    client: &Summary,
    region: &Region,
) -> CounselorSummary {
    let bank = session.bank();

    let mut answers: Vec<SectionAnswers> = Vec::new();
    let mut red_flags = Vec::new();
    if session.gate_emergency {
        let gate = &bank.def.gate;
        red_flags.push(Item {
            section: "gate".into(),
            question: "gate".into(),
            label: bank.def.ui.gate_label.clone(),
            answer: gate.yes.clone(),
            tier: Some(Tier::Emergency),
        });
    }
    for (index, answer) in session.answered() {
        let section = bank.section_of(index);
        let question = bank.question(index);
        let item = Item {
            section: section.id.clone(),
            question: question.id.clone(),
            label: question.label.clone(),
            answer: question.words(answer, &bank.def.ui),
            tier: session.tier_of(index),
        };
        if item.tier.is_some_and(|t| t >= Tier::Today) {
            red_flags.push(item.clone());
        }
        match answers.last_mut() {
            Some(group) if group.section == section.id => group.items.push(item),
            _ => answers.push(SectionAnswers {
                section: section.id.clone(),
                title: section.title.clone(),
                items: vec![item],
            }),
        }
    }

    let notes = record
        .notes
        .iter()
        .map(|(&index, note)| {
            let section = &bank.def.sections[index];
            SessionNote {
                section: section.id.clone(),
                title: section.title.clone(),
                note: note.clone(),
            }
        })
        .collect();

    let ui = &bank.def.ui;
    let action = fill(words.tiers.get(client.urgency), region);
    let crisis_line = client.crisis.then(|| fill(&words.crisis_summary, region));
    CounselorSummary {
        title: words.summary_title.clone(),
        session: None,
        summary_made: None,
        notes_left_out: false,
        self_report: words.self_report.clone(),
        urgency: client.urgency,
        action: action.clone(),
        crisis: client.crisis,
        crisis_line: crisis_line.clone(),
        red_flags,
        declined: client.red_flags_not_answered.clone(),
        closing: crisis_line
            .iter()
            .cloned()
            .chain([action.clone()])
            .collect(),
        answers,
        shared: client.next_steps.clone(),
        readiness: record.readiness,
        next_step: (!record.next_step.is_empty()).then(|| record.next_step.clone()),
        resources: client.resources.clone(),
        referrals: client.referrals.clone(),
        region: client.region.clone(),
        notes,
        changes: client.changes.clone(),
        privacy: client.privacy.clone(),
        words: CounselorWords {
            red_flags: words.red_flags_heading.clone(),
            no_red_flags: words.no_red_flags.clone(),
            declined: words.declined_heading.clone(),
            answers: words.answers_heading.clone(),
            share: words.share_heading.clone(),
            readiness: words.readiness_heading.clone(),
            next_step: words.next_step_heading.clone(),
            notes: words.notes_heading.clone(),
            not_recorded: words.not_recorded.clone(),
            session: words.session_heading.clone(),
            session_recorded: words.session_recorded.clone(),
            session_undated: words.session_undated.clone(),
            readiness_then: words.readiness_then.clone(),
            resources: ui.resources_heading.clone(),
            referrals: ui.referrals_heading.clone(),
            changes: ChangeWords::new(
                ui,
                client.changes.as_ref(),
                &words.since_last_check,
                &words.no_changes,
            ),
        },
    }
}
