//! The public extraction record (`shared/spec/extraction-json.md`).
//!
//! Field names are the contract with scoring scripts, notebooks and other clients.
//! Add fields freely; never rename or drop one.

use serde::{Deserialize, Serialize};

/// One document's extraction: what `rasid extract --format json` prints per line.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub document: RecordDocument,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
    pub dates: Vec<DateMention>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordDocument {
    pub id: String,
    pub path: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Country,
    Organization,
    Location,
    Other,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Country => "country",
            EntityKind::Organization => "organization",
            EntityKind::Location => "location",
            EntityKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Document-local id, e.g. `e3`.
    pub id: String,
    pub kind: EntityKind,
    /// Canonical Arabic name.
    pub name: String,
    pub name_en: Option<String>,
    /// ISO 3166-1 alpha-3 of the country the entity belongs to.
    pub country: Option<String>,
    /// Role or title as stated, normalised.
    pub role: Option<String>,
    /// CAMEO actor code (e.g. `RUSGOV`) when known; an addition to the spec.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Entity id of the speaker, or null.
    pub speaker: Option<String>,
    /// Reporting verb as written (قال، أكد، أضاف ...).
    pub verb: String,
    /// True for quoted words, false for reported speech.
    pub direct: bool,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventActor {
    pub entity: Option<String>,
    /// CAMEO actor code, e.g. `RUSGOV`.
    pub code: Option<String>,
    pub country: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Done,
    Planned,
    Intended,
    Negated,
    Hypothetical,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Done => "done",
            Mode::Planned => "planned",
            Mode::Intended => "intended",
            Mode::Negated => "negated",
            Mode::Hypothetical => "hypothetical",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SentenceSpan {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub source: Option<EventActor>,
    pub target: Option<EventActor>,
    /// CAMEO event code as a string, e.g. `043`.
    pub cameo: String,
    /// PLOVER event type, e.g. `CONSULT`.
    pub plover: String,
    /// 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    pub goldstein: f32,
    pub mode: Mode,
    pub date: Option<String>,
    pub location: Option<String>,
    pub trigger: Mention,
    pub sentence: SentenceSpan,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    pub text: String,
    /// ISO 8601 as precise as the text: `2020`, `2020-01`, `2020-01-19`, `2020-H2`.
    pub value: String,
    pub start: usize,
    pub end: usize,
}
