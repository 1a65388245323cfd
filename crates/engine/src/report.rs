//! Stage 6, report: the versioned report DTO — the only serialized form of
//! an analysis, shared by the CLI and the browser's JSON export — and its
//! Markdown and plain-text renderings.
//!
//! Offsets (`start`, `end`) are UTF-8 byte offsets into the document's text.

use crate::compare::{Finding, FindingKind, Severity, Value};
use crate::worddiff::{diff_tokens, ChangeKind, DiffOptions};
use crate::ClaimKind;
use crate::{Analysis, Document, VersionId};
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// The report format version; bump on any incompatible change.
pub const REPORT_VERSION: u32 = 1;

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Always [`REPORT_VERSION`].
    pub version: u32,
    /// The unit of every `start`/`end`: `"utf8-bytes"`.
    pub offsets: String,
    /// The reference document's name, or null for the consensus.
    pub reference: Option<String>,
    /// The versions compared.
    pub documents: Vec<DocumentDto>,
    /// Disagreements, most important first.
    pub findings: Vec<FindingDto>,
    /// Sentence rows across documents.
    pub alignment: Vec<RowDto>,
    /// Per-document summary.
    pub scorecards: Vec<ScorecardDto>,
    /// Odd input, in words.
    pub diagnostics: Vec<DiagnosticDto>,
}

/// One version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentDto {
    /// The file's base name as given.
    pub name: String,
    /// Length of the text in bytes.
    pub bytes: usize,
    /// Paragraphs.
    pub paragraphs: Vec<SpanDto>,
    /// Sentences.
    pub sentences: Vec<SentenceDto>,
}

/// A span of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpanDto {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceDto {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// body, headline, caption or list_item.
    pub role: String,
    /// The sentence's text.
    pub text: String,
}

/// A finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FindingDto {
    /// The finding kind: `"date_conflict"`.
    pub kind: FindingKind,
    /// `"low"`, `"medium"` or `"high"`.
    pub severity: Severity,
    /// One line for people.
    pub summary: String,
    /// The rule that produced it.
    pub rule: String,
    /// Evidence from each version that states the fact.
    pub evidence: Vec<EvidenceDto>,
    /// Names of the documents that lack the fact.
    pub missing_in: Vec<String>,
}

/// One piece of evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceDto {
    /// The document's name.
    pub document: String,
    /// Exactly the document's text at `start..end`.
    pub text: String,
    /// The normalised value this document states.
    pub value: serde_json::Value,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// An alignment row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RowDto {
    /// One cell per document, in document order.
    pub cells: Vec<CellDto>,
}

/// An alignment cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CellDto {
    /// Indices into the document's `sentences` (empty: the document lacks it).
    pub sentences: Vec<usize>,
    /// 0 to 1.
    pub similarity: f32,
    /// True when the document says this at another place in its order.
    pub moved: bool,
}

/// Per-document summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScorecardDto {
    /// The document's name.
    pub document: String,
    /// Share of the reference's facts kept, 0 to 1.
    pub kept: f32,
    /// Conflicting values.
    pub conflicts: usize,
    /// Facts omitted.
    pub omissions: usize,
    /// Facts added.
    pub additions: usize,
    /// Quotes altered.
    pub altered_quotes: usize,
}

/// A diagnostic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiagnosticDto {
    /// The document concerned, if one.
    pub document: Option<String>,
    /// What is odd.
    pub message: String,
}

fn value_json(v: &Option<Value>) -> serde_json::Value {
    match v {
        None => serde_json::Value::Null,
        Some(Value::Number(n)) => serde_json::Number::from_f64(*n)
            .map_or(serde_json::Value::Null, serde_json::Value::Number),
        Some(Value::Text(t)) => serde_json::Value::String(t.clone()),
    }
}

fn name(a: &Analysis, v: VersionId) -> String {
    a.documents.get(v.0).map_or_else(String::new, |d| d.name.clone())
}

impl Report {
    /// Builds the report of an analysis.
    pub fn new(a: &Analysis) -> Report {
        let role = |r: crate::SentenceRole| {
            serde_json::to_value(r)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default()
        };
        Report {
            version: REPORT_VERSION,
            offsets: "utf8-bytes".into(),
            reference: a.reference.map(|r| name(a, r)),
            documents: a
                .documents
                .iter()
                .map(|d| DocumentDto {
                    name: d.name.clone(),
                    bytes: d.text.len(),
                    paragraphs: d
                        .seg
                        .paragraphs
                        .iter()
                        .map(|p| SpanDto { start: p.span.start, end: p.span.end })
                        .collect(),
                    sentences: d
                        .seg
                        .sentences
                        .iter()
                        .map(|s| SentenceDto {
                            start: s.span.start,
                            end: s.span.end,
                            role: role(s.role),
                            text: s.span.slice(&d.text).to_string(),
                        })
                        .collect(),
                })
                .collect(),
            findings: a.findings.iter().map(|f| finding_dto(a, f)).collect(),
            alignment: a
                .alignment
                .rows
                .iter()
                .map(|r| RowDto {
                    cells: r
                        .cells
                        .iter()
                        .map(|c| CellDto {
                            sentences: c.sentences.iter().map(|s| s.0).collect(),
                            similarity: (c.similarity * 1000.0).round() / 1000.0,
                            moved: c.moved,
                        })
                        .collect(),
                })
                .collect(),
            scorecards: a
                .scorecards
                .iter()
                .enumerate()
                .map(|(i, s)| ScorecardDto {
                    document: name(a, VersionId(i)),
                    kept: (s.kept * 1000.0).round() / 1000.0,
                    conflicts: s.conflicts,
                    omissions: s.omissions,
                    additions: s.additions,
                    altered_quotes: s.altered_quotes,
                })
                .collect(),
            diagnostics: a
                .diagnostics
                .iter()
                .map(|d| DiagnosticDto {
                    document: d.version.map(|v| name(a, v)),
                    message: d.message.clone(),
                })
                .collect(),
        }
    }

    /// The report as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }
}

fn finding_dto(a: &Analysis, f: &Finding) -> FindingDto {
    FindingDto {
        kind: f.kind,
        severity: f.severity,
        summary: f.summary.clone(),
        rule: f.rule.to_string(),
        evidence: f
            .evidence
            .iter()
            .map(|e| {
                let text = a.documents.get(e.version.0).map_or("", |d| e.span.slice(&d.text));
                EvidenceDto {
                    document: name(a, e.version),
                    text: text.to_string(),
                    value: value_json(&e.value),
                    start: e.span.start,
                    end: e.span.end,
                }
            })
            .collect(),
        missing_in: f.missing_in.iter().map(|&v| name(a, v)).collect(),
    }
}

/// A heading (none when the report has one section) and its numbered findings.
type Section<'r> = (Option<String>, Vec<(usize, &'r FindingDto)>);

/// The findings as a person reads them: disagreements first, most
/// important first; then what versions add or leave out, under the version
/// it is about (the one or few that give it, else the first that lacks
/// it). Each finding keeps its rank number.
fn sections(r: &Report) -> Vec<Section<'_>> {
    let n = r.documents.len();
    let numbered: Vec<(usize, &FindingDto)> = r.findings.iter().enumerate().collect();
    let (presence, rest): (Vec<_>, Vec<_>) =
        numbered.into_iter().partition(|(_, f)| f.kind.is_presence());
    if presence.is_empty() {
        return vec![(None, rest)];
    }
    let mut out: Vec<Section<'_>> = Vec::new();
    if !rest.is_empty() {
        out.push((Some("Where the versions disagree".to_string()), rest));
    }
    let about = |f: &FindingDto| -> String {
        let givers: Vec<&str> = {
            let mut g: Vec<&str> = f.evidence.iter().map(|e| e.document.as_str()).collect();
            g.dedup();
            g
        };
        if givers.len() * 2 <= n || f.missing_in.is_empty() {
            givers.first().copied().unwrap_or_default().to_string()
        } else {
            f.missing_in.first().cloned().unwrap_or_default()
        }
    };
    for d in &r.documents {
        let group: Vec<(usize, &FindingDto)> =
            presence.iter().copied().filter(|(_, f)| about(f) == d.name).collect();
        if !group.is_empty() {
            out.push((Some(format!("What only some versions tell: {}", d.name)), group));
        }
    }
    out
}

/// The report as Markdown: findings, scorecards, then the aligned text.
pub fn to_markdown(a: &Analysis) -> String {
    let r = Report::new(a);
    let mut out = String::new();
    let _ = writeln!(out, "# storydiff report\n");
    let names: Vec<&str> = r.documents.iter().map(|d| d.name.as_str()).collect();
    let _ = writeln!(
        out,
        "Versions: {}",
        names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
    );
    let _ = writeln!(
        out,
        "Reference: {}\n",
        r.reference
            .as_deref()
            .map_or("consensus of all versions".to_string(), |n| format!("`{n}`"))
    );
    for d in &r.diagnostics {
        let _ = writeln!(
            out,
            "> {}{}",
            d.document.as_deref().map(|n| format!("{n}: ")).unwrap_or_default(),
            d.message
        );
    }
    let _ = writeln!(out, "## Findings ({})\n", r.findings.len());
    if r.findings.is_empty() {
        let _ = writeln!(out, "No factual differences found.\n");
    }
    for (heading, group) in sections(&r) {
        if let Some(h) = heading {
            let _ = writeln!(out, "\n### {}\n", md_escape(&h));
        }
        for (i, f) in group {
            let _ = writeln!(
                out,
                "{}. **{}** ({}, {}) — {}",
                i + 1,
                f.kind.as_str().replace('_', " "),
                f.severity,
                f.rule,
                md_escape(&f.summary)
            );
            for e in &f.evidence {
                let _ = writeln!(out, "   - `{}`: “{}”", e.document, md_escape(&e.text));
            }
            if !f.missing_in.is_empty() {
                let _ = writeln!(
                    out,
                    "   - missing in: {}",
                    f.missing_in.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
                );
            }
        }
    }
    let _ = writeln!(out, "\n## Versions\n");
    let _ =
        writeln!(out, "| version | kept | conflicts | omissions | additions | altered quotes |");
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|");
    for s in &r.scorecards {
        let _ = writeln!(
            out,
            "| `{}` | {:.0}% | {} | {} | {} | {} |",
            s.document,
            s.kept * 100.0,
            s.conflicts,
            s.omissions,
            s.additions,
            s.altered_quotes
        );
    }
    let _ = writeln!(out, "\n## Aligned sentences\n");
    out.push_str(&aligned_text(a, true));
    out
}

/// The report as plain text for a terminal.
pub fn to_text(a: &Analysis) -> String {
    let r = Report::new(a);
    let mut out = String::new();
    let _ =
        writeln!(out, "storydiff: {} versions, {} findings", r.documents.len(), r.findings.len());
    for d in &r.diagnostics {
        let _ = writeln!(
            out,
            "note: {}{}",
            d.document.as_deref().map(|n| format!("{n}: ")).unwrap_or_default(),
            d.message
        );
    }
    for (heading, group) in sections(&r) {
        if let Some(h) = heading {
            let _ = writeln!(out, "\n{h}");
        }
        for (i, f) in group {
            let _ = writeln!(out, "\n{:>3}. [{}] {} ({})", i + 1, f.severity, f.summary, f.kind);
            for e in &f.evidence {
                let _ = writeln!(out, "     {}: {}", e.document, e.text);
            }
            if !f.missing_in.is_empty() {
                let _ = writeln!(out, "     missing in: {}", f.missing_in.join(", "));
            }
        }
    }
    let _ = writeln!(out, "\nAligned sentences:");
    out.push_str(&aligned_text(a, false));
    out
}

fn md_escape(s: &str) -> String {
    s.replace('\n', " ").replace('|', "\\|")
}

/// The alignment as readable text: one block per row, one line per version,
/// with word changes against the row's first version marked `[-old-]`
/// `{+new+}`, `(moved)` and `(missing)`. Used by snapshots and reports.
pub fn aligned_text(a: &Analysis, markdown: bool) -> String {
    let mut out = String::new();
    for (ri, row) in a.alignment.rows.iter().enumerate() {
        let _ = writeln!(out, "{}row {}", if markdown { "### " } else { "--- " }, ri + 1);
        let base =
            row.cells.iter().enumerate().find(|(_, c)| !c.sentences.is_empty()).map(|(i, _)| i);
        for (v, cell) in row.cells.iter().enumerate() {
            let doc = &a.documents[v];
            let prefix =
                if markdown { format!("- `{}`", doc.name) } else { format!("  {}", doc.name) };
            if cell.sentences.is_empty() {
                let _ = writeln!(out, "{prefix}: (missing)");
                continue;
            }
            let body = match base {
                Some(b) if b != v => diff_cells(&a.documents[b], &row.cells[b], doc, cell),
                _ => cell_text(doc, cell),
            };
            let _ = writeln!(
                out,
                "{prefix}{}: {}",
                if cell.moved { " (moved)" } else { "" },
                md_escape(&body)
            );
        }
        out.push('\n');
    }
    out
}

fn cell_span(doc: &Document, cell: &crate::Cell) -> crate::Span {
    let first = cell
        .sentences
        .first()
        .and_then(|s| doc.seg.sentences.get(s.0))
        .map(|s| s.span)
        .unwrap_or_default();
    let last = cell
        .sentences
        .last()
        .and_then(|s| doc.seg.sentences.get(s.0))
        .map(|s| s.span)
        .unwrap_or_default();
    first.cover(last)
}

fn cell_text(doc: &Document, cell: &crate::Cell) -> String {
    cell_span(doc, cell).slice(&doc.text).to_string()
}

/// A cell's text against its row's base, changes marked: `"A [-Michigan-]
/// man"` — each deleted run keeps the spacing it had in the base text, so
/// words never run together at a change.
fn diff_cells(
    old_doc: &Document,
    old: &crate::Cell,
    new_doc: &Document,
    new: &crate::Cell,
) -> String {
    let os = cell_span(old_doc, old);
    let ns = cell_span(new_doc, new);
    let ot = &old_doc.seg.tokens[crate::segment::token_range(&old_doc.seg.tokens, os)];
    let nt = &new_doc.seg.tokens[crate::segment::token_range(&new_doc.seg.tokens, ns)];
    let spaced = |text: &str, at: usize, before: bool| {
        let c = if before { text[..at].chars().next_back() } else { text[at..].chars().next() };
        c.is_some_and(char::is_whitespace)
    };
    let mut out = String::new();
    // Set after a deletion that the base text followed with a space.
    let mut space_after = false;
    let push = |out: &mut String, piece: &str, space_after: &mut bool| {
        if std::mem::take(space_after)
            && !piece.starts_with(char::is_whitespace)
            && !piece.is_empty()
            && !out.ends_with(char::is_whitespace)
        {
            out.push(' ');
        }
        out.push_str(piece);
    };
    let mut last = ns.start;
    for c in diff_tokens(ot, nt, DiffOptions::default()) {
        match c.kind {
            ChangeKind::Equal => {
                push(
                    &mut out,
                    crate::Span::new(last, c.new.end).slice(&new_doc.text),
                    &mut space_after,
                );
                last = c.new.end;
            }
            ChangeKind::Insert => {
                push(
                    &mut out,
                    crate::Span::new(last, c.new.start).slice(&new_doc.text),
                    &mut space_after,
                );
                let _ = write!(out, "{{+{}+}}", c.new.slice(&new_doc.text));
                last = c.new.end;
            }
            ChangeKind::Delete => {
                push(
                    &mut out,
                    crate::Span::new(last, c.new.start).slice(&new_doc.text),
                    &mut space_after,
                );
                if spaced(&old_doc.text, c.old.start, true)
                    && !out.is_empty()
                    && !out.ends_with(char::is_whitespace)
                {
                    out.push(' ');
                }
                let _ = write!(out, "[-{}-]", c.old.slice(&old_doc.text));
                space_after = spaced(&old_doc.text, c.old.end, false);
                last = c.new.start.max(last);
            }
        }
    }
    push(&mut out, crate::Span::new(last, ns.end).slice(&new_doc.text), &mut space_after);
    out
}

/// The claims of each version: what `storydiff claims` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimsReport {
    /// Always [`REPORT_VERSION`].
    pub version: u32,
    /// The unit of every `start`/`end`: `"utf8-bytes"`.
    pub offsets: String,
    /// One entry per version.
    pub documents: Vec<DocumentClaimsDto>,
}

/// The claims of one version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentClaimsDto {
    /// The file's base name.
    pub name: String,
    /// The claims in text order.
    pub claims: Vec<ClaimDto>,
}

/// One claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimDto {
    /// quote, statement, quantity, time, person, place, organization,
    /// attribution or loaded.
    pub kind: ClaimKind,
    /// Exactly the text at `start..end`.
    pub text: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The normalised value used for comparison.
    pub value: serde_json::Value,
    /// For times: DATE, TIME, DURATION or SET.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub timex_type: Option<String>,
    /// Kind-specific detail (speaker, counted noun, roles, …).
    pub detail: serde_json::Value,
}

/// The normalised value of a claim, as in the findings' evidence.
pub fn claim_value(data: &crate::ClaimData) -> serde_json::Value {
    use crate::ClaimData as D;
    match data {
        D::Quote(q) => q.normalized.clone().into(),
        D::Statement(s) => s.speaker.name.clone().into(),
        D::Quantity(q) => value_json(&Some(crate::compare::quantity_value(q))),
        D::Time(t) => t.value.clone().into(),
        D::Person(p) => p.entity.clone().into(),
        D::Place(p) | D::Organization(p) => p.entity.clone().into(),
        D::Attribution(a) => a.key.clone().into(),
        D::Loaded(l) => l.lemma.clone().into(),
    }
}

impl ClaimsReport {
    /// The claims of an analysis.
    pub fn new(a: &Analysis) -> ClaimsReport {
        let mut documents: Vec<DocumentClaimsDto> = a
            .documents
            .iter()
            .map(|d| DocumentClaimsDto { name: d.name.clone(), claims: Vec::new() })
            .collect();
        for vc in &a.claims {
            let Some(doc) = a.documents.get(vc.version.0) else { continue };
            let c = &vc.claim;
            let timex_type = match &c.data {
                crate::ClaimData::Time(t) => {
                    serde_json::to_value(t.ty).ok().and_then(|v| v.as_str().map(String::from))
                }
                _ => None,
            };
            let mut detail = serde_json::to_value(&c.data).unwrap_or(serde_json::Value::Null);
            if let Some(obj) = detail.as_object_mut() {
                obj.remove("kind");
            }
            documents[vc.version.0].claims.push(ClaimDto {
                kind: c.kind(),
                text: c.span.slice(&doc.text).to_string(),
                start: c.span.start,
                end: c.span.end,
                value: claim_value(&c.data),
                timex_type,
                detail,
            });
        }
        ClaimsReport { version: REPORT_VERSION, offsets: "utf8-bytes".into(), documents }
    }

    /// Pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// One line per claim: `name  start-end  kind  "text" → value`.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for d in &self.documents {
            let _ = writeln!(out, "{} ({} claims)", d.name, d.claims.len());
            for c in &d.claims {
                let ty = c.timex_type.as_deref().map(|t| format!(" {t}")).unwrap_or_default();
                let _ = writeln!(
                    out,
                    "  {:>6}-{:<6} {:<12} {:?} → {}{ty}",
                    c.start, c.end, c.kind, c.text, c.value
                );
            }
        }
        out
    }
}
