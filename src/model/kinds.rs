//! The words and icons people see for the engine's kinds. The kinds
//! themselves are the engine's enums (they serialise and list themselves,
//! `FindingKind::ALL`); only what is shown lives here, in exhaustive
//! matches, so that a kind added to the engine stops the build here until
//! it is given its words.

pub use storydiff_engine::{ClaimKind, FindingKind, Severity};

/// What a person reads for a kind: [`Label::label`].
pub trait Label: Copy {
    /// Words for people: `DateConflict` → "Date differs".
    fn label(self) -> &'static str;
}

impl Label for FindingKind {
    fn label(self) -> &'static str {
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
}

impl Label for ClaimKind {
    fn label(self) -> &'static str {
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
}

impl Label for Severity {
    fn label(self) -> &'static str {
        match self {
            Severity::High => "High",
            Severity::Medium => "Medium",
            Severity::Low => "Low",
        }
    }
}

/// A shape per severity, so that colour is never the only cue:
/// ▲ high, ◆ medium, ● low.
pub fn severity_icon(severity: Severity) -> &'static str {
    match severity {
        Severity::High => "▲",
        Severity::Medium => "◆",
        Severity::Low => "●",
    }
}

/// The finding kind whose engine name is `id` (`"date_conflict"`), as
/// form values and the address carry it.
pub fn finding_kind(id: &str) -> Option<FindingKind> {
    FindingKind::ALL.iter().copied().find(|k| k.as_str() == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_words() {
        let mut seen = std::collections::BTreeSet::new();
        for &k in FindingKind::ALL {
            assert!(seen.insert(k.label()), "{k:?} shares its label");
            assert_eq!(finding_kind(k.as_str()), Some(k));
        }
        let claims: std::collections::BTreeSet<_> =
            ClaimKind::ALL.iter().map(|k| k.label()).collect();
        assert_eq!(claims.len(), ClaimKind::ALL.len());
        assert_eq!(Severity::ALL.iter().map(|&s| severity_icon(s)).collect::<String>(), "●◆▲");
    }
}
