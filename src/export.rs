//! The reports a person downloads, written in the worker from the last
//! analysis and the user's triage: Markdown, the JSON report, the claims
//! matrix as CSV. Each leaves dismissed findings out of the findings and
//! says how many there were, marks confirmed ones, counts the versions'
//! cards as the page does ([`crate::model::cards`]), shows values in
//! words ([`crate::model::words`]) and names each version by its file
//! name beside its letter (the letters are what the findings' summaries
//! use).

use crate::model::cards::{cards, Card};
use crate::model::kinds::Label;
use crate::model::{FindingView, Status, ViewModel};
use std::collections::BTreeSet;
use std::fmt::Write;
use storydiff_engine::report::{aligned_text, Report};
use storydiff_engine::Analysis;

/// A byte-order mark: spreadsheets (Excel, LibreOffice) read a CSV that
/// starts with one as UTF-8, so curly quotes and accents survive.
pub const BOM: char = '\u{feff}';

/// What the reports are written from.
pub struct Source<'a> {
    /// The analysis (its versions named by their letters).
    pub analysis: &'a Analysis,
    /// Its view model.
    pub model: &'a ViewModel,
    /// Each version's file name, in order.
    pub names: &'a [String],
    /// Keys of dismissed findings.
    pub dismissed: &'a BTreeSet<String>,
    /// Keys of confirmed findings.
    pub confirmed: &'a BTreeSet<String>,
}

impl Source<'_> {
    fn letter(&self, v: usize) -> &str {
        self.model.documents.get(v).map_or("", |d| d.label.as_str())
    }

    fn name(&self, v: usize) -> &str {
        self.names.get(v).map_or("", String::as_str)
    }

    /// `"A (wire.txt)"`.
    fn called(&self, v: usize) -> String {
        format!("{} ({})", self.letter(v), self.name(v))
    }

    fn kept(&self) -> Vec<(usize, &FindingView)> {
        self.model
            .findings
            .iter()
            .enumerate()
            .filter(|(_, f)| !self.dismissed.contains(&f.key))
            .collect()
    }

    fn dropped(&self) -> Vec<&FindingView> {
        self.model.findings.iter().filter(|f| self.dismissed.contains(&f.key)).collect()
    }

    fn cards(&self) -> Vec<Card> {
        cards(self.model, self.dismissed)
    }
}

/// `"2 findings dismissed as false positives are left out"`.
fn dismissed_line(n: usize) -> String {
    match n {
        0 => "No finding was dismissed.".to_string(),
        1 => "1 finding dismissed as a false positive is left out (listed at the end).".into(),
        n => format!("{n} findings dismissed as false positives are left out (listed at the end)."),
    }
}

fn md_escape(s: &str) -> String {
    s.replace('\n', " ").replace('|', "\\|")
}

/// The report as Markdown: versions, findings (with their evidence, the
/// confirmed ones marked), the versions' cards, dismissed findings, and
/// the aligned sentences.
pub fn markdown(s: &Source) -> String {
    let model = s.model;
    let mut out = String::new();
    let _ = writeln!(out, "# storydiff report\n");
    let _ = writeln!(out, "Versions:");
    for v in 0..model.documents.len() {
        let _ = writeln!(out, "- **{}** `{}`", s.letter(v), s.name(v));
    }
    let judged = match model.reference {
        Some(r) => format!("the reference, {}", s.called(r as usize)),
        None => "the consensus of all versions".to_string(),
    };
    let _ = writeln!(out, "\nJudged against {judged}.\n");
    for d in &model.diagnostics {
        let who = d.version.map(|v| format!("{}: ", s.called(v as usize))).unwrap_or_default();
        let _ = writeln!(out, "> {who}{}", d.message);
    }
    let kept = s.kept();
    let dropped = s.dropped();
    let confirmed = kept.iter().filter(|(_, f)| s.confirmed.contains(&f.key)).count();
    let _ = writeln!(out, "## Findings ({})\n", kept.len());
    let _ = writeln!(out, "{}", dismissed_line(dropped.len()));
    if confirmed > 0 {
        let _ = writeln!(out, "{confirmed} confirmed (marked ✓).");
    }
    out.push('\n');
    if kept.is_empty() {
        let _ = writeln!(out, "No factual differences found.\n");
    }
    for (n, (_, f)) in kept.iter().enumerate() {
        let mark = if s.confirmed.contains(&f.key) { " ✓ confirmed" } else { "" };
        let _ = writeln!(
            out,
            "{}. **{}** ({}){mark} — {}",
            n + 1,
            f.kind.label(),
            f.severity.label(),
            md_escape(&f.summary)
        );
        for e in &f.evidence {
            let text =
                e.range.slice(s.analysis.documents.get(e.version as usize).map_or("", |d| &d.text));
            let value = e.value.as_deref().map(|v| format!(" — {v}")).unwrap_or_default();
            let _ = writeln!(
                out,
                "   - {}: “{}”{value}",
                s.called(e.version as usize),
                md_escape(text)
            );
        }
        if !f.missing_in.is_empty() {
            let missing: Vec<String> = f.missing_in.iter().map(|&v| s.called(v as usize)).collect();
            let _ = writeln!(out, "   - missing in: {}", missing.join(", "));
        }
    }
    let _ = writeln!(out, "\n## Versions\n");
    let _ = writeln!(
        out,
        "| version | facts kept | conflicts | omissions | additions | altered quotes |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|");
    for (v, c) in s.cards().iter().enumerate() {
        let _ = writeln!(
            out,
            "| {} `{}` | {:.0}% | {} | {} | {} | {} |",
            s.letter(v),
            s.name(v),
            c.kept() * 100.0,
            c.conflicts,
            c.omissions,
            c.additions,
            c.altered_quotes
        );
    }
    if !dropped.is_empty() {
        let _ = writeln!(out, "\n## Dismissed findings ({})\n", dropped.len());
        for (n, f) in dropped.iter().enumerate() {
            let _ = writeln!(out, "{}. {} — {}", n + 1, f.kind.label(), md_escape(&f.summary));
        }
    }
    let _ = writeln!(out, "\n## Aligned sentences\n");
    out.push_str(&aligned_text(s.analysis, true));
    out
}

/// The JSON report (the CLI's contract, `"version": 1`) with the
/// versions' file names, each document's `label` (the letter the
/// summaries use), findings without the dismissed ones (each with its
/// `key`, confirmed ones with `"review": "confirmed"`), the dismissed ones
/// under `dismissed_findings`, a `triage` count, and the scorecards as
/// the page counts them.
pub fn json(s: &Source) -> String {
    let mut named = s.analysis.clone();
    for (d, name) in named.documents.iter_mut().zip(s.names) {
        d.name.clone_from(name);
    }
    let report = Report::new(&named);
    let Ok(mut value) = serde_json::to_value(&report) else { return report.to_json() };
    let model = s.model;
    if let Some(docs) = value.get_mut("documents").and_then(|d| d.as_array_mut()) {
        for (v, d) in docs.iter_mut().enumerate() {
            if let Some(o) = d.as_object_mut() {
                o.insert("label".into(), s.letter(v).into());
            }
        }
    }
    let findings = value.get_mut("findings").and_then(|f| f.as_array_mut()).map(std::mem::take);
    let mut kept = Vec::new();
    let mut dropped = Vec::new();
    for (mut f, view) in findings.unwrap_or_default().into_iter().zip(&model.findings) {
        if let Some(o) = f.as_object_mut() {
            o.insert("key".into(), view.key.clone().into());
            if s.confirmed.contains(&view.key) {
                o.insert("review".into(), "confirmed".into());
            }
        }
        if s.dismissed.contains(&view.key) {
            dropped.push(f);
        } else {
            kept.push(f);
        }
    }
    let counts = serde_json::json!({
        "dismissed": dropped.len(),
        "confirmed": model.findings.iter().filter(|f| s.confirmed.contains(&f.key) && !s.dismissed.contains(&f.key)).count(),
    });
    let cards = s.cards();
    if let Some(o) = value.as_object_mut() {
        o.insert("findings".into(), kept.into());
        o.insert("dismissed_findings".into(), dropped.into());
        o.insert("triage".into(), counts);
        if let Some(scores) = o.get_mut("scorecards").and_then(|x| x.as_array_mut()) {
            for (score, c) in scores.iter_mut().zip(&cards) {
                if let Some(sc) = score.as_object_mut() {
                    sc.insert("kept".into(), ((c.kept() * 1000.0).round() / 1000.0).into());
                    sc.insert("conflicts".into(), c.conflicts.into());
                    sc.insert("omissions".into(), c.omissions.into());
                    sc.insert("additions".into(), c.additions.into());
                    sc.insert("altered_quotes".into(), c.altered_quotes.into());
                }
            }
        }
    }
    serde_json::to_string_pretty(&value).unwrap_or_else(|_| report.to_json())
}

/// The claims matrix as CSV for spreadsheets: a byte-order mark, then one
/// row per fact — its label, its kind in words, each version's wording,
/// value (in words) and status — and the review of its finding
/// (dismissed or confirmed), the column's heading counting them.
pub fn csv(s: &Source) -> String {
    let model = s.model;
    let review_of = |fact: &crate::model::FactView| -> &'static str {
        let Some(f) = fact.finding.and_then(|i| model.findings.get(i as usize)) else { return "" };
        if s.dismissed.contains(&f.key) {
            "dismissed"
        } else if s.confirmed.contains(&f.key) {
            "confirmed"
        } else {
            ""
        }
    };
    let dismissed = model.facts.iter().filter(|f| review_of(f) == "dismissed").count();
    let confirmed = model.facts.iter().filter(|f| review_of(f) == "confirmed").count();
    let mut out = String::from(BOM);
    let mut header = vec!["fact".to_string(), "kind".to_string()];
    for v in 0..model.documents.len() {
        let name = s.name(v);
        header.push(name.to_string());
        header.push(format!("{name} value"));
        header.push(format!("{name} status"));
    }
    header.push(format!("review ({dismissed} dismissed, {confirmed} confirmed)"));
    storydiff_workspace::csv::row(&mut out, &header);
    for fact in &model.facts {
        let mut cells = vec![fact.label.clone(), fact.kind.label().to_string()];
        for v in 0..model.documents.len() {
            let text = s.analysis.documents.get(v).map_or("", |d| d.text.as_str());
            let mut wording: Vec<&str> = Vec::new();
            for &c in fact.claims.get(v).into_iter().flatten() {
                if let Some(claim) = model.claims.get(c as usize) {
                    let w = claim.range.slice(text);
                    if !w.is_empty() && !wording.contains(&w) {
                        wording.push(w);
                    }
                }
            }
            cells.push(wording.join(" | "));
            cells.push(fact.values.get(v).cloned().flatten().unwrap_or_default());
            cells.push(
                match fact.status.get(v).copied().unwrap_or(Status::Missing) {
                    Status::Same => "same",
                    Status::Different => "different",
                    Status::Missing => "missing",
                }
                .to_string(),
            );
        }
        cells.push(review_of(fact).to_string());
        storydiff_workspace::csv::row(&mut out, &cells);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::cards::tests::stories;
    use crate::model::FindingKind;

    /// Forms the engine compares with that people should never read: TIMEX3
    /// codes, currency codes, snake_case names of kinds.
    const INTERNAL: &[&str] = &[
        r"XXXX",
        r"\bP\d+(\.\d+)?[YMWDHE]\b",
        r"\bPT\d",
        r"\b\d{4}-W\d\d",
        r"\b[A-Z]+_REF\b",
        r"\d{4}-\d\d-\d\dT",
        r"\bUSD \d",
        r"\b[a-z]+_[a-z]+(_[a-z]+)*\b",
    ];

    /// The text as a person reads it: runs of white space as one space.
    fn flat(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// Words quoted in `summary` (“…”), clipped ones without their "…".
    fn quoted(summary: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = summary;
        while let Some(start) = rest.find('“') {
            let after = &rest[start + '“'.len_utf8()..];
            let Some(end) = after.find('”') else { break };
            out.push(after[..end].to_string());
            rest = &after[end..];
        }
        out
    }

    fn check_words(
        story: &str,
        what: &str,
        text: &str,
        names: &[String],
        problems: &mut Vec<String>,
    ) {
        // The versions' file names are the user's words.
        let mut text = text.to_string();
        for n in names {
            text = text.replace(n.as_str(), "");
        }
        let text = text.as_str();
        for pattern in INTERNAL {
            let re = regex_lite(pattern);
            if let Some(m) = re(text) {
                problems.push(format!("{story}: {what}: “{m}” in “{}”", clip(text)));
            }
        }
    }

    fn clip(s: &str) -> String {
        s.chars().take(160).collect()
    }

    /// A small matcher for the patterns above (the app has no regex crate):
    /// returns the first match.
    fn regex_lite(pattern: &str) -> impl Fn(&str) -> Option<String> + '_ {
        move |text: &str| crate::export::tests::find(pattern, text)
    }

    /// Finds `pattern` (the few constructs INTERNAL uses) in `text`.
    pub(super) fn find(pattern: &str, text: &str) -> Option<String> {
        let words: Vec<&str> = text
            .split(|c: char| {
                c.is_whitespace()
                    || matches!(c, ',' | ';' | '(' | ')' | '“' | '”' | '"' | ':' | '.' | '—')
            })
            .filter(|w| !w.is_empty() && w.is_ascii())
            .collect();
        let is_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        match pattern {
            r"XXXX" => text.contains("XXXX").then(|| "XXXX".to_string()),
            r"\bP\d+(\.\d+)?[YMWDHE]\b" => words
                .iter()
                .find(|w| {
                    w.len() >= 3
                        && w.starts_with('P')
                        && w[1..w.len() - 1].chars().all(|c| c.is_ascii_digit() || c == '.')
                        && w[1..].starts_with(|c: char| c.is_ascii_digit())
                        && w.ends_with(['Y', 'M', 'W', 'D', 'H', 'E'])
                })
                .map(|w| w.to_string()),
            r"\bPT\d" => words
                .iter()
                .find(|w| w.starts_with("PT") && w[2..].starts_with(|c: char| c.is_ascii_digit()))
                .map(|w| w.to_string()),
            r"\b\d{4}-W\d\d" => words
                .iter()
                .find(|w| w.len() >= 8 && is_digits(&w[..4]) && w[4..].starts_with("-W"))
                .map(|w| w.to_string()),
            r"\b[A-Z]+_REF\b" => words.iter().find(|w| w.ends_with("_REF")).map(|w| w.to_string()),
            r"\d{4}-\d\d-\d\dT" => words
                .iter()
                .find(|w| {
                    w.len() >= 11 && is_digits(&w[..4]) && &w[4..5] == "-" && &w[10..11] == "T"
                })
                .map(|w| w.to_string()),
            r"\bUSD \d" => text
                .find("USD ")
                .filter(|&i| text[i + 4..].starts_with(|c: char| c.is_ascii_digit()))
                .map(|_| "USD".to_string()),
            r"\b[a-z]+_[a-z]+(_[a-z]+)*\b" => words
                .iter()
                .find(|w| {
                    w.contains('_')
                        && w.split('_')
                            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase()))
                })
                .map(|w| w.to_string()),
            _ => None,
        }
    }

    #[test]
    fn no_engine_internal_form_reaches_the_page_or_an_export() {
        let mut problems = Vec::new();
        for (story, ws) in stories() {
            let texts: Vec<String> = ws.versions.iter().map(|v| flat(&v.text)).collect();
            let (analysis, model, names) = crate::model::build::analyse(ws);
            // What the page shows.
            for f in &model.findings {
                check_words(&story, "summary", &f.summary, &names, &mut problems);
                // Quoted words are the texts' own words (not stems or keys).
                for q in quoted(&f.summary) {
                    let q = flat(q.trim_end_matches('…'));
                    let q = q.trim_start_matches('…').trim();
                    if !q.is_empty()
                        && !texts.iter().any(|t| q.split(" … ").all(|part| t.contains(part.trim())))
                    {
                        problems.push(format!(
                            "{story}: not the texts' words: “{q}” in “{}”",
                            f.summary
                        ));
                    }
                }
                // Names and sources as the texts write them.
                if matches!(
                    f.kind,
                    FindingKind::SourceChanged
                        | FindingKind::NameConflict
                        | FindingKind::QuoteSpeakerChanged
                ) {
                    let body = f.summary.rsplit_once("”: ").map_or(f.summary.as_str(), |(_, b)| b);
                    let body = body.rsplit_once(": ").map_or(body, |(_, b)| b);
                    for part in body.split("; ") {
                        let Some((who, _)) = part.rsplit_once(" in ") else { continue };
                        for one in who.split(" and ") {
                            if one != "no source" && !texts.iter().any(|t| t.contains(one)) {
                                problems.push(format!(
                                    "{story}: “{one}” is not written so: {}",
                                    f.summary
                                ));
                            }
                        }
                    }
                }
                for e in &f.evidence {
                    if let Some(v) = &e.value {
                        check_words(&story, "value", v, &names, &mut problems);
                    }
                }
            }
            for fact in &model.facts {
                check_words(&story, "fact label", &fact.label, &names, &mut problems);
                for v in fact.values.iter().flatten() {
                    check_words(&story, "fact value", v, &names, &mut problems);
                }
                if let Some(rest) = fact.label.strip_prefix("Number of ") {
                    if ["count", "person", "co"].contains(&rest) {
                        problems.push(format!("{story}: label “{}”", fact.label));
                    }
                }
            }
            // What the exports say.
            let none = BTreeSet::new();
            let source = Source {
                analysis: &analysis,
                model: &model,
                names: &names,
                dismissed: &none,
                confirmed: &none,
            };
            let md = markdown(&source);
            let md = md.split("\n## Aligned sentences").next().unwrap_or_default();
            check_words(&story, "Markdown", md, &names, &mut problems);
            check_words(&story, "CSV", &csv(&source), &names, &mut problems);
            let json: serde_json::Value = serde_json::from_str(&json(&source)).unwrap();
            for f in json["findings"].as_array().into_iter().flatten() {
                check_words(
                    &story,
                    "JSON summary",
                    f["summary"].as_str().unwrap_or(""),
                    &names,
                    &mut problems,
                );
            }
        }
        problems.sort();
        problems.dedup();
        assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    }
}
