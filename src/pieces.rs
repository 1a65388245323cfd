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

/// A stretch of shown text: plain text, or one hidden character (a
/// zero-width or bidi control, a soft hyphen, a control character) that the
/// page shows as a visible marker, since a fact-checker must see hidden
/// edits. The hidden character itself stays in the page (so copying the
/// text copies it); only the marker is drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextRun<'a> {
    /// Text shown as it is.
    Plain(&'a str),
    /// One hidden character.
    Hidden {
        /// The character as in the text.
        text: &'a str,
        /// What it is.
        kind: Hidden,
    },
}

/// A hidden character's short mark and name: `U+202E` → `RLO`,
/// "right-to-left override".
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hidden {
    /// Shown in the marker: "ZWSP", "RLO", "NUL".
    pub abbr: String,
    /// For people: "zero-width space".
    pub name: String,
    /// The code point.
    pub code: u32,
}

impl Hidden {
    /// "zero-width space (U+200B)".
    pub fn label(&self) -> String {
        format!("{} (U+{:04X})", self.name, self.code)
    }
}

const C0: [&str; 32] = [
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR",
    "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC",
    "FS", "GS", "RS", "US",
];

/// Joiners have work to do next to emoji and in Arabic or Indic script
/// ("👩‍👧", Persian ZWNJ); between Latin letters or digits they hide.
fn latin(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_ascii() || ('\u{00c0}'..='\u{024f}').contains(&c))
}

/// What `c` is when it is hidden, given its neighbours; `None` for
/// characters shown as they are (tab, line ends, letters, emoji joiners).
///
/// `'\u{200b}'` → `ZWSP`, "zero-width space"; `'\t'` → `None`.
pub fn hidden_char(c: char, prev: Option<char>, next: Option<char>) -> Option<Hidden> {
    let (abbr, name): (&str, &str) = match c {
        '\t' | '\n' | '\r' => return None,
        '\u{0}'..='\u{1f}' => (C0[c as usize], "control character"),
        '\u{7f}' => ("DEL", "delete control character"),
        '\u{80}'..='\u{9f}' => ("C1", "control character"),
        '\u{ad}' => ("SHY", "soft hyphen"),
        '\u{34f}' => ("CGJ", "combining grapheme joiner"),
        '\u{61c}' => ("ALM", "Arabic letter mark"),
        '\u{180e}' => ("MVS", "Mongolian vowel separator"),
        '\u{200b}' => ("ZWSP", "zero-width space"),
        '\u{200c}' if latin(prev) && latin(next) => ("ZWNJ", "zero-width non-joiner"),
        '\u{200d}' if latin(prev) && latin(next) => ("ZWJ", "zero-width joiner"),
        '\u{200e}' => ("LRM", "left-to-right mark"),
        '\u{200f}' => ("RLM", "right-to-left mark"),
        '\u{202a}' => ("LRE", "left-to-right embedding"),
        '\u{202b}' => ("RLE", "right-to-left embedding"),
        '\u{202c}' => ("PDF", "pop directional formatting"),
        '\u{202d}' => ("LRO", "left-to-right override"),
        '\u{202e}' => ("RLO", "right-to-left override"),
        '\u{2060}' => ("WJ", "word joiner"),
        '\u{2061}'..='\u{2064}' => ("INV", "invisible operator"),
        '\u{2066}' => ("LRI", "left-to-right isolate"),
        '\u{2067}' => ("RLI", "right-to-left isolate"),
        '\u{2068}' => ("FSI", "first strong isolate"),
        '\u{2069}' => ("PDI", "pop directional isolate"),
        '\u{feff}' => ("BOM", "zero-width no-break space"),
        _ => return None,
    };
    Some(Hidden { abbr: abbr.to_string(), name: name.to_string(), code: c as u32 })
}

/// Could `c` be hidden? A cheap test before the real one.
fn maybe_hidden(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{7f}'..='\u{9f}' | '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{180e}'
            | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

/// `text[range]` cut into plain runs and hidden characters (neighbours
/// looked up in the whole `text`). A range off char boundaries gives no
/// runs.
///
/// `"6\u{200b}00"` → `Plain "6"`, `Hidden ZWSP`, `Plain "00"`.
pub fn text_runs(text: &str, range: Range) -> Vec<TextRun<'_>> {
    let (start, end) = (range.start as usize, range.end as usize);
    let Some(piece) = text.get(start..end) else { return Vec::new() };
    if !piece.chars().any(maybe_hidden) {
        return if piece.is_empty() { Vec::new() } else { vec![TextRun::Plain(piece)] };
    }
    let mut out = Vec::new();
    let mut plain_from = 0;
    let mut prev = text[..start].chars().next_back();
    let mut chars = piece.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n).or_else(|| text[end..].chars().next());
        if let Some(kind) = maybe_hidden(c).then(|| hidden_char(c, prev, next)).flatten() {
            if plain_from < i {
                out.push(TextRun::Plain(&piece[plain_from..i]));
            }
            out.push(TextRun::Hidden { text: &piece[i..i + c.len_utf8()], kind });
            plain_from = i + c.len_utf8();
        }
        prev = Some(c);
    }
    if plain_from < piece.len() {
        out.push(TextRun::Plain(&piece[plain_from..]));
    }
    out
}

/// The hidden characters of a text, counted by kind (in order of first
/// appearance).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HiddenCount {
    /// (name, count).
    pub kinds: Vec<(String, usize)>,
}

impl HiddenCount {
    /// Counts the hidden characters of `text`.
    pub fn of(text: &str) -> HiddenCount {
        let mut kinds: Vec<(String, usize)> = Vec::new();
        if !text.chars().any(maybe_hidden) {
            return HiddenCount { kinds };
        }
        let mut prev = None;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if let Some(h) =
                maybe_hidden(c).then(|| hidden_char(c, prev, chars.peek().copied())).flatten()
            {
                let name = if h.code < 0xa0 && h.abbr != "C1" {
                    format!("{} {}", h.abbr, h.name)
                } else {
                    h.name
                };
                match kinds.iter_mut().find(|(n, _)| *n == name) {
                    Some(k) => k.1 += 1,
                    None => kinds.push((name, 1)),
                }
            }
            prev = Some(c);
        }
        HiddenCount { kinds }
    }

    /// How many in all.
    pub fn total(&self) -> usize {
        self.kinds.iter().map(|k| k.1).sum()
    }

    /// `"3 hidden characters (zero-width space ×2, right-to-left
    /// override)"`; `""` for none.
    pub fn describe(&self) -> String {
        let total = self.total();
        if total == 0 {
            return String::new();
        }
        let list: Vec<String> = self
            .kinds
            .iter()
            .map(|(n, c)| if *c > 1 { format!("{n} ×{c}") } else { n.clone() })
            .collect();
        let noun = if total == 1 { "hidden character" } else { "hidden characters" };
        format!("{total} {noun} ({})", list.join(", "))
    }
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

    fn runs(text: &str) -> String {
        text_runs(text, r(0, text.len() as u32))
            .into_iter()
            .map(|run| match run {
                TextRun::Plain(t) => t.to_string(),
                TextRun::Hidden { kind, .. } => format!("[{}]", kind.abbr),
            })
            .collect()
    }

    #[test]
    fn hidden_characters_become_markers_and_the_rest_stays() {
        assert_eq!(runs("6\u{200b}00 \u{202e}cba\u{202c}"), "6[ZWSP]00 [RLO]cba[PDF]");
        assert_eq!(runs("a\0b\u{7}\r\n\tc\u{ad}d\u{feff}"), "a[NUL]b[BEL]\r\n\tc[SHY]d[BOM]");
        // Joiners in emoji and Persian do their job; between Latin letters they hide.
        assert_eq!(
            runs("👩\u{200d}👧 می\u{200c}خواهم Tr\u{200d}ump"),
            "👩\u{200d}👧 می\u{200c}خواهم Tr[ZWJ]ump"
        );
        assert_eq!(runs("plain"), "plain");
        assert!(text_runs("abc", r(1, 9)).is_empty());
        // Neighbours come from the whole text.
        let text = "Tr\u{200d}ump";
        let parts: Vec<TextRun> = text_runs(text, r(2, 5));
        assert!(matches!(parts[0], TextRun::Hidden { .. }));
    }

    #[test]
    fn hidden_characters_are_counted_by_kind() {
        let c = HiddenCount::of("a\u{200b}b\u{202e}c\u{200b}");
        assert_eq!(
            c.describe(),
            "3 hidden characters (zero-width space ×2, right-to-left override)"
        );
        assert_eq!(HiddenCount::of("x\0").describe(), "1 hidden character (NUL control character)");
        assert_eq!(HiddenCount::of("line\r\nend\t").describe(), "");
    }
}
