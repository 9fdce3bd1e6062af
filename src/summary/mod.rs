//! The summary as data: what was reported, how soon to talk to a medical professional,
//! the next steps and the resources. Renderers only lay it out; nothing is decided there.

pub mod counselor;

use crate::agency::Referral;
use crate::answers::Answer;
use crate::bank::model::{CounselorText, Note, Region, Role, Tier, Ui};
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
    /// The action sentences, in order: what the summary leads with. What must happen
    /// right now (crisis support, poison help, not staying alone) comes first.
    pub next_steps: Vec<String>,
    /// Why: the answers that set the tier ("Because you reported: ...").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub because: Option<String>,
    /// How many questions were not answered, and the red flags among them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skipped: Option<String>,
    /// After an early stop: the check is incomplete, with what was not asked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incomplete: Option<String>,
    /// The last line: the action again (a long summary scrolls its start away), with
    /// the crisis line when crisis support is shown.
    pub closing: String,
    /// Every answer that reported a sign, in bank order.
    pub reported: Vec<Reported>,
    /// Questions answered "prefer not to say": listed, never silently dropped.
    pub not_answered: Vec<NotAnswered>,
    /// Red-flag questions that were shown and not answered, or never reached.
    pub red_flags_not_answered: Vec<NotAnswered>,
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    fn from_ui(ui: &Ui, changes: Option<&Changes>, nothing_reported: String) -> Words {
        Words {
            what_to_do: ui.what_to_do.clone(),
            reported_heading: ui.reported_heading.clone(),
            nothing_reported,
            skipped_heading: ui.skipped_heading.clone(),
            resources_heading: ui.resources_heading.clone(),
            referrals_heading: ui.referrals_heading.clone(),
            changes: ChangeWords::new(ui, changes, &ui.since_last_check, &ui.no_changes),
        }
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

/// Said after "quit" when what was answered before it already calls for action today
/// or sooner, or for crisis support: quitting must not leave a "call 911 now" behind
/// with the screen that said it. `None` for the lower tiers, where the quit message
/// alone is enough. In counselor mode it speaks to the counselor, as the counselor's
/// prompts do: the emergency prompt or the tier in third person, and the crisis prompt
/// (the organization's protocol, not leaving the client alone).
pub fn parting(
    session: &Session,
    region: &Region,
    counselor: Option<&CounselorText>,
) -> Option<String> {
    let def = &session.bank().def;
    let urgency = session.urgency();
    let crisis = session.crisis();
    if urgency < Tier::Today && !crisis {
        return None;
    }
    let (mut action, crisis_words, lead) = match counselor {
        Some(c) => (
            if urgency == Tier::Emergency {
                c.emergency_prompt.clone()
            } else {
                c.tiers.get(urgency).clone()
            },
            &c.crisis_prompt,
            &c.quit_reminder,
        ),
        None => (
            def.tiers.get(urgency).headline.clone(),
            &def.crisis.line,
            &def.ui.quit_reminder,
        ),
    };
    if crisis {
        action.push(' ');
        action.push_str(crisis_words);
    }
    let action = fill(&action, region);
    Some(if lead.is_empty() {
        action
    } else {
        lead.replace("{action}", &action)
    })
}

/// Builds the summary of a session for a region's resources.
pub fn build(session: &Session, region: &Region, extras: Extras) -> Summary {
    let bank = session.bank();
    let def = &bank.def;
    let ui = &def.ui;
    let urgency = session.urgency();
    let crisis = session.crisis();

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
    let mut red_flags_not_answered = Vec::new();
    for (index, answer) in session.answered() {
        let question = bank.question(index);
        let section = bank.section_of(index);
        if *answer == Answer::Skipped {
            let item = NotAnswered {
                section: section.id.clone(),
                question: question.id.clone(),
                label: question.label.clone(),
            };
            if question.is_red_flag() {
                red_flags_not_answered.push(item.clone());
            }
            not_answered.push(item);
            continue;
        }
        let Some(words) = question.reported_words(answer) else {
            continue;
        };
        reported.push(Reported {
            section: section.id.clone(),
            section_title: section.title.clone(),
            question: question.id.clone(),
            label: question.label.clone(),
            answer: words,
            tier: session.tier_of(index),
        });
    }
    let unasked = session.unasked();
    let not_reached: Vec<NotAnswered> = unasked
        .iter()
        .map(|&index| bank.question(index))
        .filter(|q| q.is_red_flag())
        .map(|q| NotAnswered {
            section: String::new(),
            question: q.id.clone(),
            label: q.label.clone(),
        })
        .collect();

    let headline = fill(&def.tiers.get(urgency).headline, region);
    let crisis_line = crisis.then(|| fill(&def.crisis.line, region));
    let next_steps = next_steps(session, region, &headline, crisis_line.as_deref());

    let because = (urgency > Tier::Routine || reported.iter().any(|r| r.tier.is_some()))
        .then(|| {
            reported
                .iter()
                .filter(|r| r.tier == Some(urgency))
                .map(|r| format!("{} ({})", r.label, because_words(session, r, urgency)))
                .collect::<Vec<_>>()
        })
        .filter(|items| !items.is_empty())
        .map(|items| ui.because.replace("{items}", &items.join("; ")));
    let labels = |items: &[NotAnswered]| {
        items
            .iter()
            .map(|i| i.label.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let skipped = (!not_answered.is_empty()).then(|| {
        let mut line = ui
            .skipped_count
            .replace("{n}", &not_answered.len().to_string());
        if !red_flags_not_answered.is_empty() {
            line.push(' ');
            line.push_str(&fill(
                &ui.skipped_red_flags
                    .replace("{items}", &labels(&red_flags_not_answered)),
                region,
            ));
        }
        line
    });
    let incomplete = (!unasked.is_empty()).then(|| {
        let mut line = ui.incomplete.replace("{n}", &unasked.len().to_string());
        if !not_reached.is_empty() {
            line.push(' ');
            line.push_str(&fill(
                &ui.incomplete_red_flags
                    .replace("{items}", &labels(&not_reached)),
                region,
            ));
        }
        line
    });
    red_flags_not_answered.extend(not_reached);
    let closing = match &crisis_line {
        Some(line) => format!("{headline} {line}"),
        None => headline.clone(),
    };
    let answered_any = session.answered().any(|(_, a)| *a != Answer::Skipped);
    let nothing_reported = if !answered_any && !session.gate_emergency {
        ui.nothing_answered.clone()
    } else if not_answered.is_empty() && unasked.is_empty() {
        ui.nothing_reported.clone()
    } else {
        ui.nothing_reported_in_answered.clone()
    };

    Summary {
        title: ui.summary_title.clone(),
        disclaimer: def.disclaimer.clone(),
        urgency,
        headline,
        crisis,
        next_steps,
        because,
        skipped,
        incomplete,
        closing,
        reported,
        not_answered,
        red_flags_not_answered,
        changes: extras.changes.cloned(),
        resources: resource_lines(region, crisis),
        referrals: extras.referrals.to_vec(),
        region: RegionInfo {
            id: region.id.clone(),
            name: region.name.clone(),
            last_checked: region.last_checked.clone(),
        },
        safety_net: fill(&def.safety_net, region),
        privacy: privacy_line(bank, extras.saved),
        words: Words::from_ui(ui, extras.changes, nothing_reported),
    }
}

/// The words of a reported answer that set the tier: for a checklist, only the items
/// that raised it ("Thoughts of ending your life", not every side effect checked).
fn because_words(session: &Session, reported: &Reported, urgency: Tier) -> String {
    let bank = session.bank();
    let Some(index) = bank.index_of(&reported.question) else {
        return reported.answer.clone();
    };
    let question = bank.question(index);
    let Some(Answer::Checklist(checked)) = session.answer_of(index) else {
        return reported.answer.clone();
    };
    let raising: Vec<&str> = session
        .raised()
        .iter()
        .filter(|r| r.question == index && r.alert.tier == urgency)
        .flat_map(|r| r.alert.if_any.iter().map(String::as_str))
        .filter(|id| checked.iter().any(|c| c == id))
        .collect();
    let labels = question.labels(&raising);
    if labels.is_empty() {
        reported.answer.clone()
    } else {
        labels.join(", ")
    }
}

/// The action sentences in order. Crisis support, then what must happen right now
/// (notes marked `now`), then the tier's headline and detail, then the other notes;
/// when 911 is the action, it comes before everything.
fn next_steps(
    session: &Session,
    region: &Region,
    headline: &str,
    crisis_line: Option<&str>,
) -> Vec<String> {
    let bank = session.bank();
    let def = &bank.def;
    let urgency = session.urgency();
    // Each note once, those raised by the most urgent answers first (bank order within
    // a tier), leaving out notes that do not fit this person.
    let fits = |note: &Note| {
        let competes_with_911 = note.hide_in_emergency && urgency == Tier::Emergency;
        !competes_with_911 && !session.any_holds(&note.unless)
    };
    let mut notes: Vec<(Tier, &str)> = Vec::new();
    for raised in session.raised() {
        for note in &raised.alert.notes {
            match notes.iter_mut().find(|(_, id)| id == note) {
                Some((tier, _)) => *tier = (*tier).max(raised.alert.tier),
                None if fits(bank.note(note)) => {
                    notes.push((raised.alert.tier, note));
                }
                None => {}
            }
        }
    }
    notes.sort_by_key(|(tier, _)| std::cmp::Reverse(*tier));
    let note_ids = notes.into_iter().map(|(_, id)| id);
    let (now, later): (Vec<&str>, Vec<&str>) = note_ids.partition(|id| bank.note(id).now);
    let note_text = |id: &&str| fill(&bank.note(id).text, region);
    let crisis_message = crisis_line.map(|_| fill(&def.crisis.message, region));

    let mut steps = Vec::new();
    if urgency == Tier::Emergency {
        // The first line carries the crisis line too, when there is one.
        steps.push(match crisis_line {
            Some(line) => format!("{headline} {line}"),
            None => headline.to_string(),
        });
        steps.extend(crisis_message);
        steps.extend(now.iter().map(note_text));
    } else {
        steps.extend(crisis_message);
        steps.extend(now.iter().map(note_text));
        steps.push(headline.to_string());
    }
    let detail = &def.tiers.get(urgency).detail;
    if !detail.trim().is_empty() {
        steps.push(fill(detail, region));
    }
    steps.extend(later.iter().map(note_text));
    steps
}
