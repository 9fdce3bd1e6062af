//! The summary as data: what was reported, how soon to talk to a medical professional,
//! the next steps and the resources. Renderers only lay it out; nothing is decided there.

pub mod counselor;

use crate::agency::Referral;
use crate::answers::Answer;
use crate::bank::model::{Kind, Region, Role, Tier, Ui};
use crate::bank::{Bank, fill};
use crate::compare::Changes;
use crate::engine::Session;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub title: String,
    pub disclaimer: String,
    /// The highest tier reached.
    pub urgency: Tier,
    /// The action and time frame of that tier, e.g. "Call 911 now."
    pub headline: String,
    /// True when suicidal thoughts were reported.
    pub crisis: bool,
    /// The action sentences, in order: what the summary leads with.
    pub next_steps: Vec<String>,
    /// Every answer that reported a sign, in bank order.
    pub reported: Vec<Reported>,
    /// Questions answered "prefer not to say": listed, never silently dropped.
    pub not_answered: Vec<NotAnswered>,
    /// Since an earlier check (`--compare`): what is new, no longer reported, changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<Changes>,
    pub resources: Vec<ResourceLine>,
    /// The agency's own referral list, shown after the crisis resources.
    pub referrals: Vec<Referral>,
    pub region: RegionInfo,
    pub safety_net: String,
    /// What happened to the data: nothing saved, or where the person chose to save it.
    pub privacy: String,
    /// Headings and words for renderers, from the bank (so a translation is whole).
    #[serde(skip)]
    pub words: Words,
}

#[derive(Debug, Clone, Serialize)]
pub struct Reported {
    pub section: String,
    pub section_title: String,
    pub question: String,
    pub label: String,
    /// The person's answer, in the words they chose.
    pub answer: String,
    /// The most urgent tier this answer raised, if any.
    pub tier: Option<Tier>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NotAnswered {
    pub section: String,
    pub question: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ResourceLine {
    pub role: Role,
    pub name: String,
    pub contact: String,
    #[serde(rename = "for")]
    pub for_: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RegionInfo {
    pub id: String,
    pub name: String,
    pub last_checked: String,
}

#[derive(Debug, Clone, Default)]
pub struct Words {
    pub what_to_do: String,
    pub reported_heading: String,
    pub nothing_reported: String,
    pub skipped_heading: String,
    pub resources_heading: String,
    pub referrals_heading: String,
    pub changes: ChangeWords,
}

/// The words of the "since your last check" part.
#[derive(Debug, Clone, Default)]
pub struct ChangeWords {
    /// With `{date}` filled in.
    pub since: String,
    pub new: String,
    pub resolved: String,
    pub changed: String,
    pub no_changes: String,
    pub added: String,
    pub removed: String,
}

impl ChangeWords {
    /// The person's words; `since` and `no_changes` may be given in the third person.
    pub fn new(ui: &Ui, changes: Option<&Changes>, since: &str, no_changes: &str) -> ChangeWords {
        let date = changes
            .and_then(|c| c.since.as_deref())
            .unwrap_or(&ui.date_unknown);
        ChangeWords {
            since: since.replace("{date}", date),
            new: ui.new_heading.clone(),
            resolved: ui.resolved_heading.clone(),
            changed: ui.changed_heading.clone(),
            no_changes: no_changes.to_string(),
            added: ui.added_questions.clone(),
            removed: ui.removed_questions.clone(),
        }
    }
}

impl Words {
    fn from_ui(ui: &Ui, changes: Option<&Changes>) -> Words {
        Words {
            what_to_do: ui.what_to_do.clone(),
            reported_heading: ui.reported_heading.clone(),
            nothing_reported: ui.nothing_reported.clone(),
            skipped_heading: ui.skipped_heading.clone(),
            resources_heading: ui.resources_heading.clone(),
            referrals_heading: ui.referrals_heading.clone(),
            changes: ChangeWords::new(ui, changes, &ui.since_last_check, &ui.no_changes),
        }
    }
}

/// The words of an answer: choice labels, or the text as typed. `None` when the answer
/// reports nothing (a neutral choice, nothing checked, empty text, or skipped).
pub fn answer_words(bank: &Bank, index: usize, answer: &Answer) -> Option<String> {
    let question = bank.question(index);
    let label_of = |id: &str| {
        question
            .choices
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.label.clone())
            .unwrap_or_else(|| id.to_string())
    };
    match answer {
        Answer::Skipped => None,
        Answer::Choice(id) => {
            let neutral = question.choices.iter().any(|c| &c.id == id && c.neutral);
            (!neutral).then(|| label_of(id))
        }
        Answer::Checklist(ids) => {
            let signs: Vec<String> = ids
                .iter()
                .filter(|id| !question.choices.iter().any(|c| &c.id == *id && c.neutral))
                .map(|id| label_of(id))
                .collect();
            (!signs.is_empty()).then(|| signs.join(", "))
        }
        Answer::Text(text) => (question.kind == Kind::Text && !text.trim().is_empty())
            .then(|| text.trim().to_string()),
    }
}

/// What the summary says beyond the answers: the agency's referrals, and the files the
/// person chose to save it to.
#[derive(Debug, Clone, Copy, Default)]
pub struct Extras<'a> {
    pub referrals: &'a [Referral],
    /// What changed since an earlier check (`--compare`).
    pub changes: Option<&'a Changes>,
    /// Paths of the files written at the person's request, as they should read them.
    pub saved: &'a [String],
}

/// The privacy line: "nothing saved", or exactly where the person chose to save.
pub fn privacy_line(bank: &Bank, saved: &[String]) -> String {
    if saved.is_empty() {
        return bank.def.privacy.clone();
    }
    saved
        .iter()
        .map(|path| bank.def.ui.saved_to.replace("{path}", path))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The resources of a region in the order to show them: crisis support first when
/// suicidal thoughts were reported.
pub fn resource_lines(region: &Region, crisis: bool) -> Vec<ResourceLine> {
    let mut roles = Role::ALL.to_vec();
    if crisis {
        roles.retain(|r| *r != Role::Crisis);
        roles.insert(0, Role::Crisis);
    }
    roles
        .iter()
        .filter_map(|role| region.resources.iter().find(|r| r.role == *role))
        .map(|r| ResourceLine {
            role: r.role,
            name: r.name.clone(),
            contact: r.contact.clone(),
            for_: fill(&r.for_, region),
        })
        .collect()
}

/// Builds the summary of a session for a region's resources.
pub fn build(session: &Session, region: &Region, extras: Extras) -> Summary {
    let bank = session.bank();
    let def = &bank.def;
    let urgency = session.urgency();
    let crisis = session.crisis();
    let raised = session.raised();

    let mut reported = Vec::new();
    if session.gate_emergency {
        reported.push(Reported {
            section: "gate".into(),
            section_title: def.gate.title.clone(),
            question: "gate".into(),
            label: def.ui.gate_label.clone(),
            answer: def.gate.yes.clone(),
            tier: Some(Tier::Emergency),
        });
    }
    let mut not_answered = Vec::new();
    for (index, answer) in session.answered() {
        let question = bank.question(index);
        let section = bank.section_of(index);
        if *answer == Answer::Skipped {
            not_answered.push(NotAnswered {
                section: section.id.clone(),
                question: question.id.clone(),
                label: question.label.clone(),
            });
            continue;
        }
        let Some(words) = answer_words(bank, index, answer) else {
            continue;
        };
        reported.push(Reported {
            section: section.id.clone(),
            section_title: section.title.clone(),
            question: question.id.clone(),
            label: question.label.clone(),
            answer: words,
            tier: raised
                .iter()
                .filter(|r| r.question == index)
                .map(|r| r.alert.tier)
                .max(),
        });
    }

    let tier_text = &def.tiers[&urgency];
    let headline = fill(&tier_text.headline, region);
    let crisis_message = crisis.then(|| fill(&def.crisis.message, region));
    let mut next_steps = Vec::new();
    // Crisis support comes first, unless calling 911 is more urgent still.
    if urgency != Tier::Emergency {
        next_steps.extend(crisis_message.clone());
    }
    next_steps.push(headline.clone());
    if urgency == Tier::Emergency {
        next_steps.extend(crisis_message);
    }
    if !tier_text.detail.trim().is_empty() {
        next_steps.push(fill(&tier_text.detail, region));
    }
    let mut notes: Vec<&str> = Vec::new();
    for note in raised.iter().flat_map(|r| &r.alert.notes) {
        if !notes.contains(&note.as_str()) {
            notes.push(note);
        }
    }
    next_steps.extend(notes.iter().map(|id| fill(&def.notes[*id], region)));

    let resources = resource_lines(region, crisis);

    Summary {
        title: def.ui.summary_title.clone(),
        disclaimer: def.disclaimer.clone(),
        urgency,
        headline,
        crisis,
        next_steps,
        reported,
        not_answered,
        changes: extras.changes.cloned(),
        resources,
        referrals: extras.referrals.to_vec(),
        region: RegionInfo {
            id: region.id.clone(),
            name: region.name.clone(),
            last_checked: region.last_checked.clone(),
        },
        safety_net: fill(&def.safety_net, region),
        privacy: privacy_line(bank, extras.saved),
        words: Words::from_ui(&def.ui, extras.changes),
    }
}

/// The words of any answer, neutral ones included, for the review screen and reports:
/// "No", "Never", "None of these", "Prefer not to say".
pub fn display_answer(bank: &Bank, index: usize, answer: &Answer) -> String {
    let choices = &bank.question(index).choices;
    answer.words(
        |id| {
            choices
                .iter()
                .find(|c| c.id == id)
                .map(|c| c.label.as_str())
        },
        &bank.def.ui,
    )
}
