//! A version that agrees adds support, never doubt: adding an exact copy of
//! any version must keep every conflict the versions showed without it.
//!
//! The rules link claims across versions; a looser link can join two facts
//! through the copy, make a group ambiguous and silence its conflict (a
//! rule was merged and taken out for that: the seed's "Date of the meeting"
//! vanished when one seed version was pasted twice). Checked on every
//! written-for-test story, one copy per version, and on the 20 ECB+ events,
//! a copy of each event's first and last article.

use storydiff_engine::compare::{Finding, FindingKind};
use storydiff_engine::{analyze, Options, Version};

/// Findings that say versions state a fact differently (not presence, not
/// loaded words): these must survive an agreeing copy.
fn is_conflict(kind: FindingKind) -> bool {
    !kind.is_presence() && kind != FindingKind::LoadedLanguage
}

fn all_findings(versions: &[Version]) -> Vec<Finding> {
    let options = Options { max_findings: None, ..Options::default() };
    analyze(versions, &options).findings
}

/// `after` shows `before`'s conflict: same kind, and all of its evidence
/// (version and span) among the new finding's.
fn still_shown(before: &Finding, after: &[Finding]) -> bool {
    after.iter().any(|f| {
        f.kind == before.kind
            && before
                .evidence
                .iter()
                .all(|e| f.evidence.iter().any(|g| g.version == e.version && g.span == e.span))
    })
}

/// What is lost from `versions`' conflicts when version `copied` is added
/// again at the end, one line per lost finding.
fn lost_with_copy(label: &str, versions: &[Version], copied: usize) -> Vec<String> {
    let before = all_findings(versions);
    let mut more = versions.to_vec();
    let original = &versions[copied];
    more.push(Version::new(format!("copy of {}", original.name), original.text.clone()));
    let after = all_findings(&more);
    before
        .iter()
        .filter(|f| is_conflict(f.kind) && !still_shown(f, &after))
        .map(|f| format!("{label} + copy of {}: lost \"{}\"", original.name, f.summary))
        .collect()
}

#[test]
fn a_copy_of_a_story_version_keeps_every_conflict() {
    let mut lost = Vec::new();
    let stories =
        ["seed", "court-ruling", "company-earnings", "sports-result", "wildfire", "city-budget"];
    for story in stories {
        let versions = crate::common::story(story);
        assert!(versions.len() >= 2, "{story}: no versions");
        for copied in 0..versions.len() {
            lost.extend(lost_with_copy(story, &versions, copied));
        }
    }
    assert!(lost.is_empty(), "{}", lost.join("\n"));
}

#[test]
fn a_copy_of_a_real_article_keeps_every_conflict() {
    let events = crate::common::ecbplus_events();
    assert_eq!(events.len(), 20, "20 events in the corpus");
    let mut lost = Vec::new();
    for (event, versions) in &events {
        let last = versions.len() - 1;
        for copied in [0, last] {
            lost.extend(lost_with_copy(event, versions, copied));
        }
    }
    assert!(lost.is_empty(), "{}", lost.join("\n"));
}
