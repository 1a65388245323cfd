//! The kinds the views show, mirrored from the engine's enums. The
//! conversions match exhaustively, so a kind added to the engine stops the
//! build here, and every `match` on these enums in the views then points at
//! what must learn it.

use serde::{Deserialize, Serialize};
use storydiff_engine as engine;

/// The kinds of finding (see `storydiff_engine::FindingKind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum FindingKind {
    DateConflict,
    NumberConflict,
    NameConflict,
    RoleChanged,
    QuoteAltered,
    QuoteSpeakerChanged,
    QuoteMissing,
    SourceChanged,
    PassageOmitted,
    DetailOmitted,
    PassageAdded,
    LoadedLanguage,
    SelfContradiction,
    OutcomeChanged,
}

impl From<engine::FindingKind> for FindingKind {
    fn from(k: engine::FindingKind) -> FindingKind {
        use engine::FindingKind as E;
        match k {
            E::DateConflict => FindingKind::DateConflict,
            E::NumberConflict => FindingKind::NumberConflict,
            E::NameConflict => FindingKind::NameConflict,
            E::RoleChanged => FindingKind::RoleChanged,
            E::QuoteAltered => FindingKind::QuoteAltered,
            E::QuoteSpeakerChanged => FindingKind::QuoteSpeakerChanged,
            E::QuoteMissing => FindingKind::QuoteMissing,
            E::SourceChanged => FindingKind::SourceChanged,
            E::PassageOmitted => FindingKind::PassageOmitted,
            E::DetailOmitted => FindingKind::DetailOmitted,
            E::PassageAdded => FindingKind::PassageAdded,
            E::LoadedLanguage => FindingKind::LoadedLanguage,
            E::SelfContradiction => FindingKind::SelfContradiction,
            E::OutcomeChanged => FindingKind::OutcomeChanged,
        }
    }
}

impl FindingKind {
    /// Every kind, in the order filters list them.
    pub const ALL: [FindingKind; 14] = [
        FindingKind::DateConflict,
        FindingKind::NumberConflict,
        FindingKind::OutcomeChanged,
        FindingKind::NameConflict,
        FindingKind::RoleChanged,
        FindingKind::QuoteAltered,
        FindingKind::QuoteSpeakerChanged,
        FindingKind::QuoteMissing,
        FindingKind::SourceChanged,
        FindingKind::PassageOmitted,
        FindingKind::DetailOmitted,
        FindingKind::PassageAdded,
        FindingKind::LoadedLanguage,
        FindingKind::SelfContradiction,
    ];

    /// Words for people: `DateConflict` → "Date differs".
    pub fn label(self) -> &'static str {
        match self {
            FindingKind::DateConflict => "Date differs",
            FindingKind::NumberConflict => "Number differs",
            FindingKind::NameConflict => "Name differs",
            FindingKind::RoleChanged => "Role or title differs",
            FindingKind::QuoteAltered => "Quote altered",
            FindingKind::QuoteSpeakerChanged => "Quote given to another speaker",
            FindingKind::QuoteMissing => "Quote in some versions only",
            FindingKind::SourceChanged => "Source differs",
            FindingKind::PassageOmitted => "Passage omitted",
            FindingKind::DetailOmitted => "Detail omitted",
            FindingKind::PassageAdded => "Passage added",
            FindingKind::LoadedLanguage => "Loaded language",
            FindingKind::SelfContradiction => "Contradicts itself",
            FindingKind::OutcomeChanged => "Outcome differs",
        }
    }

    /// A stable identifier (for form values and test hooks): "date_conflict".
    pub fn id(self) -> &'static str {
        match self {
            FindingKind::DateConflict => "date_conflict",
            FindingKind::NumberConflict => "number_conflict",
            FindingKind::NameConflict => "name_conflict",
            FindingKind::RoleChanged => "role_changed",
            FindingKind::QuoteAltered => "quote_altered",
            FindingKind::QuoteSpeakerChanged => "quote_speaker_changed",
            FindingKind::QuoteMissing => "quote_missing",
            FindingKind::SourceChanged => "source_changed",
            FindingKind::PassageOmitted => "passage_omitted",
            FindingKind::DetailOmitted => "detail_omitted",
            FindingKind::PassageAdded => "passage_added",
            FindingKind::LoadedLanguage => "loaded_language",
            FindingKind::SelfContradiction => "self_contradiction",
            FindingKind::OutcomeChanged => "outcome_changed",
        }
    }

    /// The kind with identifier `id`.
    pub fn from_id(id: &str) -> Option<FindingKind> {
        FindingKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// The kinds of claim (see `storydiff_engine::ClaimKind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum ClaimKind {
    Quote,
    Statement,
    Quantity,
    Time,
    Person,
    Place,
    Organization,
    Attribution,
    Loaded,
}

impl From<engine::ClaimKind> for ClaimKind {
    fn from(k: engine::ClaimKind) -> ClaimKind {
        use engine::ClaimKind as E;
        match k {
            E::Quote => ClaimKind::Quote,
            E::Statement => ClaimKind::Statement,
            E::Quantity => ClaimKind::Quantity,
            E::Time => ClaimKind::Time,
            E::Person => ClaimKind::Person,
            E::Place => ClaimKind::Place,
            E::Organization => ClaimKind::Organization,
            E::Attribution => ClaimKind::Attribution,
            E::Loaded => ClaimKind::Loaded,
        }
    }
}

impl ClaimKind {
    /// Words for people: `Time` → "Date or time".
    pub fn label(self) -> &'static str {
        match self {
            ClaimKind::Quote => "Quote",
            ClaimKind::Statement => "Reported statement",
            ClaimKind::Quantity => "Number",
            ClaimKind::Time => "Date or time",
            ClaimKind::Person => "Person and role",
            ClaimKind::Place => "Place",
            ClaimKind::Organization => "Organisation",
            ClaimKind::Attribution => "Source",
            ClaimKind::Loaded => "Loaded word",
        }
    }

    /// CSS class suffix: "quote", "quantity", …
    pub fn id(self) -> &'static str {
        match self {
            ClaimKind::Quote => "quote",
            ClaimKind::Statement => "statement",
            ClaimKind::Quantity => "quantity",
            ClaimKind::Time => "time",
            ClaimKind::Person => "person",
            ClaimKind::Place => "place",
            ClaimKind::Organization => "organization",
            ClaimKind::Attribution => "attribution",
            ClaimKind::Loaded => "loaded",
        }
    }
}

/// How much a finding matters (see `storydiff_engine::Severity`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl From<engine::Severity> for Severity {
    fn from(s: engine::Severity) -> Severity {
        match s {
            engine::Severity::Low => Severity::Low,
            engine::Severity::Medium => Severity::Medium,
            engine::Severity::High => Severity::High,
        }
    }
}

impl Severity {
    /// "High", "Medium", "Low".
    pub fn label(self) -> &'static str {
        match self {
            Severity::High => "High",
            Severity::Medium => "Medium",
            Severity::Low => "Low",
        }
    }

    /// A shape per severity, so that colour is never the only cue:
    /// ▲ high, ◆ medium, ● low.
    pub fn icon(self) -> &'static str {
        match self {
            Severity::High => "▲",
            Severity::Medium => "◆",
            Severity::Low => "●",
        }
    }

    /// CSS class suffix.
    pub fn id(self) -> &'static str {
        match self {
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
        }
    }
}
