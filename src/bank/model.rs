//! The question bank as it is written in YAML. These types mirror the file exactly
//! (unknown keys are rejected); `validate` turns them into a checked `Bank`.

use serde::Deserialize;
use std::collections::BTreeMap;

mod words;

pub use words::{CounselorText, Ui};

/// How soon to talk to a medical professional, from least to most urgent.
/// The derive order is the urgency order: `Tier::Emergency` is the maximum.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Routine,
    Soon,
    Today,
    Emergency,
}

impl Tier {
    pub const ALL: [Tier; 4] = [Tier::Routine, Tier::Soon, Tier::Today, Tier::Emergency];

    pub fn id(self) -> &'static str {
        match self {
            Tier::Routine => "routine",
            Tier::Soon => "soon",
            Tier::Today => "today",
            Tier::Emergency => "emergency",
        }
    }
}

/// Something written once for each tier. A struct rather than a map, so that a tier left
/// out of the bank is a parse error at its place, like any other missing key.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tiers<T> {
    pub emergency: T,
    pub today: T,
    pub soon: T,
    pub routine: T,
}

impl<T> Tiers<T> {
    pub fn get(&self, tier: Tier) -> &T {
        match tier {
            Tier::Emergency => &self.emergency,
            Tier::Today => &self.today,
            Tier::Soon => &self.soon,
            Tier::Routine => &self.routine,
        }
    }

    /// Each tier with its text, from least to most urgent (`Tier::ALL`).
    pub fn iter(&self) -> impl Iterator<Item = (Tier, &T)> {
        Tier::ALL.into_iter().map(|tier| (tier, self.get(tier)))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    YesNo,
    Choice,
    Checklist,
    Text,
}

impl Kind {
    pub fn id(self) -> &'static str {
        match self {
            Kind::YesNo => "yes_no",
            Kind::Choice => "choice",
            Kind::Checklist => "checklist",
            Kind::Text => "text",
        }
    }
}

/// The role a resource plays; every region must have one of each.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Emergency,
    Crisis,
    Poison,
    Treatment,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Emergency, Role::Crisis, Role::Poison, Role::Treatment];

    pub fn id(self) -> &'static str {
        match self {
            Role::Emergency => "emergency",
            Role::Crisis => "crisis",
            Role::Poison => "poison",
            Role::Treatment => "treatment",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBank {
    pub id: String,
    pub version: u32,
    pub title: String,
    pub locale: String,
    pub intro: String,
    pub disclaimer: String,
    pub ui: Ui,
    pub gate: Gate,
    pub tiers: Tiers<TierText>,
    pub crisis: CrisisText,
    /// Needed for `--counselor`; a bank without it cannot run counselor sessions.
    #[serde(default)]
    pub counselor: Option<CounselorText>,
    #[serde(default)]
    pub notes: BTreeMap<String, Note>,
    pub safety_net: String,
    pub privacy: String,
    #[serde(default)]
    pub interrupts: Vec<Interrupt>,
    pub regions: Vec<Region>,
    #[serde(default)]
    pub scales: BTreeMap<String, Vec<Choice>>,
    pub sections: Vec<Section>,
    /// Where the bank's content comes from; shown in the README, not in the flow.
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gate {
    pub title: String,
    pub text: String,
    pub yes: String,
    pub no: String,
    /// Shown when the answer is yes; placeholders like `{emergency}` are filled in.
    pub message: String,
    pub resources: Vec<Role>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierText {
    /// The action and its time frame, e.g. "Call 911 now."
    pub headline: String,
    #[serde(default)]
    pub detail: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrisisText {
    pub message: String,
    /// One short sentence with the crisis line, added to the summary's first line when
    /// 911 comes first, and to its closing line.
    pub line: String,
    pub resources: Vec<Role>,
}

/// A next-step sentence that alerts add to the summary.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub text: String,
    /// Something to do right now (call poison help, do not stay alone): it leads the
    /// summary, before the tier's headline.
    #[serde(default)]
    pub now: bool,
    /// Left out when 911 is the action: a note that points to care today or to a
    /// helpline must not compete with it.
    #[serde(default)]
    pub hide_in_emergency: bool,
    /// Left out when any of these holds: for a note that does not fit someone (the
    /// "do not stop suddenly" note for a person who already stopped).
    #[serde(default)]
    pub unless: Vec<Condition>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interrupt {
    pub id: String,
    pub title: String,
    pub message: String,
    #[serde(default)]
    pub resources: Vec<Role>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub name: String,
    pub last_checked: String,
    /// Where to turn today when the prescriber's office is closed, as a phrase that can
    /// follow "If your prescriber's office is closed,": what `{after_hours}` becomes.
    pub after_hours: String,
    pub resources: Vec<Resource>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub role: Role,
    pub name: String,
    /// The short number that `{role}` placeholders in messages are replaced with.
    pub number: String,
    /// How to reach it, as a phrase that can follow a colon ("call or text 988";
    /// "call 116 123"): what `{role_reach}` placeholders are replaced with. A number that
    /// takes calls only must never read "call or text".
    pub reach: String,
    pub contact: String,
    #[serde(rename = "for")]
    pub for_: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub label: String,
    /// A "nothing to report" answer, such as "Never"; not listed as a sign in the summary.
    #[serde(default)]
    pub neutral: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub intro: String,
    #[serde(default)]
    pub counselor_notes: Option<String>,
    #[serde(default)]
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    pub text: String,
    /// A few words naming what was asked, for the summary.
    pub label: String,
    #[serde(default)]
    pub help: Option<String>,
    /// yes_no only: offer "Not sure" too (it must raise what "yes" raises).
    #[serde(default)]
    pub not_sure: bool,
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// choice only: use a scale from `scales` instead of listing choices.
    #[serde(default)]
    pub scale: Option<String>,
    #[serde(default)]
    pub when: Option<Condition>,
    /// Also asked when any of these holds (with `when`: asked when either does), for a
    /// follow-up that two earlier questions can open.
    #[serde(default)]
    pub or_when: Vec<Condition>,
    /// Not asked when an earlier answer is one of these: for a follow-up the person may
    /// have answered already in an earlier section.
    #[serde(default)]
    pub unless: Option<Condition>,
    #[serde(default)]
    pub alerts: Vec<Alert>,
}

/// Ask a question only when an earlier answer is one of `if_any`
/// (for a checklist: when any of them was checked). `skip` stands for "prefer not to say".
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub question: String,
    pub if_any: Vec<String>,
}

/// What an answer raises: raised when the answer is one of `if_any`
/// (for a checklist: when any of them was checked), in its context: every `when`
/// condition holds and no `unless` condition does. A condition on a question that was
/// not asked does not hold, so `unless` is the safe way to lower a tier: the higher
/// tier stays when the context is unknown.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alert {
    pub if_any: Vec<String>,
    /// Conditions on earlier answers that must all hold.
    #[serde(default)]
    pub when: Vec<Condition>,
    /// Conditions on earlier answers of which none may hold.
    #[serde(default)]
    pub unless: Vec<Condition>,
    pub tier: Tier,
    #[serde(default)]
    pub crisis: bool,
    /// An interrupt shown at once, by id (each interrupt is shown once a session).
    #[serde(default)]
    pub interrupt: Option<String>,
    /// Ids of `notes` added to the summary's next steps.
    #[serde(default)]
    pub notes: Vec<String>,
}
