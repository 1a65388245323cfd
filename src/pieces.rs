//! Cutting a stretch of text into the pieces the reading view shows: each
//! piece knows whether its words are a change against the row's base, which
//! claim it belongs to, and whether it is evidence of the selected finding;
//! words the base has and this version lacks come as pieces of their own.
//! Pure functions of offsets, so they are tested natively.

use crate::model::{Change, Range};

/// One piece of a cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment {
    /// Text of this version.
    Text {
        /// Where.
        range: Range,
        /// Words the base lacks.
        inserted: bool,
        /// The innermost claim covering it (index into the model's claims).
        claim: Option<u32>,
        /// Part of the selected finding's evidence.
        evidence: bool,
    },
    /// Words of the base this version lacks (a range of the base's text).
    Deleted(Range),
}

/// The pieces of `cell` (a range of one version's text). `claims` are
/// `(claim index, range)` of this version, `evidence` ranges of it; all may
/// reach outside the cell and are clipped.
///
/// `"on March 14"` with `14` inserted and `15` deleted before it →
/// `Text "on March "`, `Deleted 15`, `Text "14" (inserted)`.
pub fn cell_segments(
    cell: Range,
    changes: &[Change],
    claims: &[(u32, Range)],
    evidence: &[Range],
) -> Vec<Segment> {
    let clip = |r: Range| Range { start: r.start.max(cell.start), end: r.end.min(cell.end) };
    let inserted: Vec<Range> = changes
        .iter()
        .filter_map(|c| match c {
            Change::Inserted(r) => Some(clip(*r)),
            Change::Deleted { .. } => None,
        })
        .filter(|r| r.start < r.end)
        .collect();
    let mut deleted: Vec<(u32, Range)> = changes
        .iter()
        .filter_map(|c| match *c {
            Change::Deleted { at, base } => Some((at.clamp(cell.start, cell.end), base)),
            Change::Inserted(_) => None,
        })
        .collect();
    deleted.sort_by_key(|d| d.0);
    let claims: Vec<(u32, Range)> =
        claims.iter().map(|&(i, r)| (i, clip(r))).filter(|(_, r)| r.start < r.end).collect();
    let evidence: Vec<Range> =
        evidence.iter().map(|&r| clip(r)).filter(|r| r.start < r.end).collect();

    let mut cuts: Vec<u32> = vec![cell.start, cell.end];
    for r in inserted.iter().chain(evidence.iter()).chain(claims.iter().map(|(_, r)| r)) {
        cuts.push(r.start);
        cuts.push(r.end);
    }
    cuts.extend(deleted.iter().map(|d| d.0));
    cuts.sort_unstable();
    cuts.dedup();

    let mut out = Vec::new();
    let mut next_deleted = deleted.iter().peekable();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        while let Some(d) = next_deleted.next_if(|d| d.0 <= a) {
            out.push(Segment::Deleted(d.1));
        }
        let piece = Range { start: a, end: b };
        let covers = |r: &Range| r.start <= a && b <= r.end;
        out.push(Segment::Text {
            range: piece,
            inserted: inserted.iter().any(covers),
            claim: claims
                .iter()
                .filter(|(_, r)| covers(r))
                .min_by_key(|(_, r)| r.end - r.start)
                .map(|(i, _)| *i),
            evidence: evidence.iter().any(covers),
        });
    }
    out.extend(next_deleted.map(|d| Segment::Deleted(d.1)));
    out
}

/// Consecutive segments grouped by claim: each group is one element in the
/// page (a claim is one focusable thing even when a change cuts it).
pub fn group_by_claim(segments: Vec<Segment>) -> Vec<(Option<u32>, Vec<Segment>)> {
    let mut groups: Vec<(Option<u32>, Vec<Segment>)> = Vec::new();
    for s in segments {
        // Left-out words stay inside the claim they interrupt.
        let joins = |c: Option<u32>| match s {
            Segment::Text { claim, .. } => c == claim && claim.is_some(),
            Segment::Deleted(_) => true,
        };
        match groups.last_mut() {
            Some((c, list)) if joins(*c) => list.push(s),
            _ => {
                let claim = match s {
                    Segment::Text { claim, .. } => claim,
                    Segment::Deleted(_) => None,
                };
                groups.push((claim, vec![s]))
            }
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(start: u32, end: u32) -> Range {
        Range { start, end }
    }

    /// `[+inserted+]`, `[-deleted-]`, `{claim#i …}`, `<<evidence>>`.
    fn check(
        text: &str,
        base: &str,
        changes: &[Change],
        claims: &[(u32, Range)],
        evidence: &[Range],
    ) -> String {
        let cell = r(0, text.len() as u32);
        group_by_claim(cell_segments(cell, changes, claims, evidence))
            .into_iter()
            .map(|(claim, segs)| {
                let inner: String = segs
                    .into_iter()
                    .map(|s| match s {
                        Segment::Deleted(b) => format!("[-{}-]", b.slice(base)),
                        Segment::Text { range, inserted, evidence, .. } => {
                            let t = range.slice(text).to_string();
                            let t = if inserted { format!("[+{t}+]") } else { t };
                            if evidence {
                                format!("<<{t}>>")
                            } else {
                                t
                            }
                        }
                    })
                    .collect();
                match claim {
                    Some(i) => format!("{{claim#{i} {inner}}}"),
                    None => inner,
                }
            })
            .collect()
    }

    #[test]
    fn changes_claims_and_evidence_combine() {
        let base = "hurt on March 15";
        let text = "injured on March 14";
        let changes = [
            Change::Deleted { at: 0, base: r(0, 4) },
            Change::Inserted(r(0, 7)),
            Change::Deleted { at: 17, base: r(14, 16) },
            Change::Inserted(r(17, 19)),
        ];
        assert_eq!(
            check(text, base, &changes, &[(3, r(11, 19))], &[r(17, 19)]),
            "[-hurt-][+injured+] on {claim#3 March [-15-]<<[+14+]>>}"
        );
    }

    #[test]
    fn the_innermost_claim_wins_and_claims_outside_are_clipped() {
        let text = "He said Putin left.";
        let claims = [(0, r(0, 40)), (1, r(8, 13))];
        assert_eq!(
            check(text, "", &[], &claims, &[]),
            "{claim#0 He said }{claim#1 Putin}{claim#0  left.}"
        );
    }

    #[test]
    fn deletions_at_the_end_and_empty_cells() {
        assert_eq!(
            check("a b", "a b c", &[Change::Deleted { at: 3, base: r(4, 5) }], &[], &[]),
            "a b[-c-]"
        );
        assert!(cell_segments(r(5, 5), &[], &[], &[]).is_empty());
    }
}
