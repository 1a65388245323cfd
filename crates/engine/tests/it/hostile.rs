//! Hostile and odd input through the whole pipeline: empty versions, one
//! version, 50 versions, a 5 MB version, a 200 KB sentence without
//! punctuation, 10,000 quote marks, unbalanced quotes, NUL and control
//! characters, bidi overrides and zero-width characters, emoji with ZWJ,
//! CJK, Arabic, CRLF. Each case: `analyze` returns, every span is in bounds
//! and on char boundaries, and the result is sane for that case. No timing
//! asserts: a quadratic blow-up shows as a test that does not finish.

use storydiff_engine::moves::{find_moves, MoveOptions};
use storydiff_engine::report::Report;
use storydiff_engine::worddiff::{diff_tokens, DiffOptions};
use storydiff_engine::{analyze, Analysis, FindingKind, Options, Span, Version};

fn on_boundaries(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// Analyses `versions` and checks every span the analysis holds: paragraphs,
/// sentences, tokens, claims, evidence (whose report text is the text at
/// its span), the alignment covering each version's sentences once, and
/// the word diff and moves of the first version against every other.
fn analyse_soundly(versions: &[Version]) -> Analysis {
    let a = analyze(versions, &Options::default());
    assert_eq!(a.documents.len(), versions.len());
    for d in &a.documents {
        let t = &d.text;
        for p in &d.seg.paragraphs {
            assert!(on_boundaries(t, p.span), "paragraph {:?} in {}", p.span, d.name);
        }
        for s in &d.seg.sentences {
            assert!(on_boundaries(t, s.span), "sentence {:?} in {}", s.span, d.name);
        }
        for tok in &d.seg.tokens {
            assert!(on_boundaries(t, tok.span), "token {:?} in {}", tok.span, d.name);
        }
    }
    for c in &a.claims {
        let text = &a.documents[c.version.0].text;
        assert!(on_boundaries(text, c.claim.span), "claim {:?}", c.claim);
    }
    for f in &a.findings {
        for e in &f.evidence {
            assert!(on_boundaries(&a.documents[e.version.0].text, e.span), "evidence of {f:?}");
        }
    }
    for (v, d) in a.documents.iter().enumerate() {
        let mut seen: Vec<usize> = a
            .alignment
            .rows
            .iter()
            .flat_map(|r| r.cells[v].sentences.iter().map(|s| s.0))
            .collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..d.seg.sentences.len()).collect::<Vec<_>>(), "{}", d.name);
    }
    let report = Report::new(&a);
    for f in &report.findings {
        for e in &f.evidence {
            let d = a.documents.iter().find(|d| d.name == e.document).expect("evidence document");
            assert_eq!(d.text.get(e.start..e.end), Some(e.text.as_str()));
        }
    }
    let _ = report.to_json();
    let _ = storydiff_engine::report::to_markdown(&a);
    if let Some(first) = a.documents.first() {
        for other in a.documents.iter().skip(1).take(3) {
            for punctuation in [false, true] {
                let changes =
                    diff_tokens(&first.seg.tokens, &other.seg.tokens, DiffOptions { punctuation });
                for c in &changes {
                    assert!(on_boundaries(&first.text, c.old) && on_boundaries(&other.text, c.new));
                }
                let moves = find_moves(
                    &first.seg.tokens,
                    &other.seg.tokens,
                    &changes,
                    MoveOptions::default(),
                );
                for m in &moves {
                    assert!(on_boundaries(&first.text, m.old) && on_boundaries(&other.text, m.new));
                }
            }
        }
    }
    a
}

fn v(name: &str, text: impl Into<String>) -> Version {
    Version::new(name, text)
}

/// The findings as `kind: summary` lines, for comparing two analyses.
fn findings(a: &Analysis) -> Vec<String> {
    a.findings.iter().map(|f| format!("{:?}: {}", f.kind, f.summary)).collect()
}

const WIRE: &str = "KYIV, Ukraine (AP) — Russian drones struck the port of Odesa overnight, \
killing six people, including a 3-year-old girl, officials said on Tuesday.\n\n\
“We will rebuild,” Mayor Hennadiy Trukhanov said. More than 40,000 residents were left \
without power, according to the regional governor, Oleh Kiper.\n\n\
The attack came a day after talks in Istanbul ended without agreement.";

const REWRITE: &str = "Russian drones hit Odesa overnight and killed seven people, among them a \
3-year-old girl, officials said on Wednesday.\n\n\
\"We will rebuild,\" said Mayor Hennadiy Trukhanov. Over 40,000 residents lost power, \
Oleh Kiper, the regional governor, said.\n\n\
The strike followed talks in Istanbul that ended without agreement.";

#[test]
fn empty_versions_are_diagnosed_and_the_rest_still_analysed() {
    let a = analyse_soundly(&[]);
    assert!(a.findings.is_empty() && !a.diagnostics.is_empty());
    let a = analyse_soundly(&[v("a", ""), v("b", "")]);
    assert_eq!(a.diagnostics.iter().filter(|d| d.message.contains("empty")).count(), 2);
    assert!(a.findings.is_empty());
    let a = analyse_soundly(&[v("a", ""), v("b", WIRE), v("c", REWRITE), v("d", " \n\t\r\n ")]);
    assert_eq!(a.diagnostics.iter().filter(|d| d.message.contains("empty")).count(), 2);
    assert!(!a.findings.is_empty(), "the two real versions are still compared");
}

#[test]
fn one_version_is_diagnosed_with_no_findings() {
    let a = analyse_soundly(&[v("only.txt", WIRE)]);
    assert!(a.diagnostics.iter().any(|d| d.message.contains("at least two")));
    assert!(a.findings.is_empty());
    assert!(!a.claims.is_empty(), "its claims are still extracted");
}

#[test]
fn fifty_versions_are_all_analysed() {
    let versions: Vec<Version> = (0..50)
        .map(|i| {
            let text = if i % 2 == 0 { WIRE.to_string() } else { REWRITE.to_string() };
            v(&format!("v{i:02}.txt"), text)
        })
        .collect();
    let a = analyse_soundly(&versions);
    assert_eq!(a.scorecards.len(), 50);
    // Half the versions tell it one way, half the other: the same findings
    // as between one version of each, not one per pair of versions.
    let pair = analyse_soundly(&versions[..2]);
    let kinds = |a: &Analysis| a.findings.iter().map(|f| f.kind).collect::<Vec<_>>();
    assert_eq!(kinds(&a), kinds(&pair), "{:#?}", findings(&a));
}

/// News-like text of about `bytes` bytes: varied sentences with numbers,
/// dates, quotes and names, so that every extractor has work.
fn big_story(bytes: usize, seed: u64) -> String {
    let names = ["Maria Lopez", "the mayor", "Chief Ahmed Khan", "officials", "the ministry"];
    let nouns = ["residents", "drones", "people", "homes", "schools", "votes"];
    let days = ["Monday", "Tuesday", "Dec. 8", "March 15, 2024", "the previous day"];
    let mut x = seed;
    let mut out = String::with_capacity(bytes + 200);
    let mut k = 0usize;
    while out.len() < bytes {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let r = (x >> 33) as usize;
        let sentence = match r % 4 {
            0 => format!(
                "{} said {} {} were affected on {}. ",
                names[r % 5],
                r % 9000,
                nouns[r % 6],
                days[r % 5]
            ),
            1 => {
                format!("“We counted {} {},” {} said. ", r % 500, nouns[(r >> 3) % 6], names[r % 5])
            }
            2 => {
                format!("According to {}, the storm hit on {}. ", names[(r >> 2) % 5], days[r % 5])
            }
            _ => format!("Paragraph {k} goes on about the budget and the council vote. "),
        };
        out.push_str(&sentence);
        k += 1;
        if k.is_multiple_of(6) {
            out.push_str("\n\n");
        }
    }
    out
}

#[test]
fn a_five_megabyte_version_is_analysed() {
    let big = big_story(5_000_000, 7);
    assert!(big.len() >= 5_000_000);
    let a = analyse_soundly(&[v("big.txt", big), v("wire.txt", WIRE)]);
    assert!(a.documents[0].seg.sentences.len() > 50_000);
    assert!(a.claims.len() > 10_000);
}

#[test]
fn a_200_kb_sentence_without_punctuation_is_analysed() {
    let words = ["council", "voted", "six", "people", "mayor", "budget", "storm", "power"];
    let mut long = String::new();
    let mut i = 0usize;
    while long.len() < 200_000 {
        long.push_str(words[(i * 7 + i / 8) % words.len()]);
        long.push(' ');
        i += 1;
    }
    // A second version with a few words changed, and one with none of it.
    let changed = long.replacen("budget", "deficit", 40);
    let a = analyse_soundly(&[v("a", long.clone()), v("b", changed), v("c", WIRE)]);
    assert_eq!(a.documents[0].seg.sentences.len(), 1);
    // The long sentences are one row.
    assert!(a
        .alignment
        .rows
        .iter()
        .any(|r| !r.cells[0].sentences.is_empty() && !r.cells[1].sentences.is_empty()));
}

#[test]
fn ten_thousand_quote_marks_straight_and_curly() {
    let straight = "\"".repeat(10_000);
    let curly = "“”".repeat(5_000);
    let mixed: String = (0..10_000).map(|i| ['"', '“', '”', '‘', '’', '«', '»'][i % 7]).collect();
    let spaced: String = (0..10_000).map(|i| if i % 2 == 0 { "\" " } else { "“x” " }).collect();
    let a = analyse_soundly(&[
        v("straight", straight),
        v("curly", curly),
        v("mixed", mixed),
        v("spaced", spaced),
    ]);
    // Marks with nothing between them quote nothing.
    let mut kinds: Vec<String> = a
        .findings
        .iter()
        .map(|f| format!("{:?} {}", f.kind, f.summary.chars().take(60).collect::<String>()))
        .collect();
    kinds.dedup();
    assert!(a.findings.len() < 50, "{} {:#?}", a.findings.len(), &kinds[..kinds.len().min(20)]);
}

#[test]
fn unbalanced_quotes_stay_within_their_paragraph() {
    let a_text = "The mayor said: “We will rebuild the port.\n\nSix people were hurt on Tuesday.";
    let b_text = "The mayor said: \"We will rebuild the port.\n\nSix people were hurt on Tuesday.";
    let c_text = "The mayor said: We will rebuild the port.” And ” again ” \"\n\nSix people were hurt on Tuesday.";
    let a = analyse_soundly(&[v("a", a_text), v("b", b_text), v("c", c_text)]);
    // An unclosed quote does not swallow the next paragraph's number.
    let quotes: Vec<&str> = a
        .claims
        .iter()
        .filter(|c| c.claim.kind() == storydiff_engine::ClaimKind::Quote)
        .map(|c| c.claim.span.slice(&a.documents[c.version.0].text))
        .collect();
    assert!(quotes.iter().all(|q| !q.contains("Six people")), "{quotes:?}");
    assert!(
        !a.findings.iter().any(|f| f.kind == FindingKind::NumberConflict),
        "{:#?}",
        findings(&a)
    );
}

#[test]
fn nul_and_control_characters() {
    let controls: String =
        (0u8..32).map(char::from).chain((0x7f..0xa0).filter_map(char::from_u32)).collect();
    let a_text =
        format!("Six people\0 were hurt on Tuesday.{controls} Police said.\u{1b}[31m red\u{7}");
    let b_text = "Six people were hurt on Tuesday. Police said. red";
    let nuls = "\0".repeat(10_000);
    let a = analyse_soundly(&[v("a", a_text), v("b", b_text), v("nuls", nuls)]);
    assert!(
        !a.findings.iter().any(|f| f.kind == FindingKind::NumberConflict),
        "{:#?}",
        findings(&a)
    );
}

#[test]
fn bidi_overrides_and_zero_width_characters_do_not_invent_conflicts() {
    // A zero-width space inside a number or a name, a bidi override around
    // a date, a BOM, a soft hyphen: the same facts as the clean text.
    let clean = "Putin said on March 15, 2024 that 1,200 people were evacuated from Odesa.";
    let hidden = "\u{feff}Pu\u{200b}tin said on \u{202e}March 15\u{202c}, 2024 that 1,2\u{200b}00 \
                  peo\u{ad}ple were evac\u{200d}uated from \u{2066}Odesa\u{2069}.";
    let a = analyse_soundly(&[v("clean", clean), v("hidden", hidden)]);
    // The texts differ only in hidden characters: nothing to report.
    assert_eq!(findings(&a), Vec::<String>::new());
    // Right-to-left marks and isolates everywhere, and nothing else.
    let marks: String = "\u{200b}\u{200c}\u{200d}\u{200e}\u{200f}\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}\u{2060}\u{2066}\u{2067}\u{2068}\u{2069}\u{feff}\u{61c}"
        .repeat(2_000);
    analyse_soundly(&[v("marks", marks), v("clean", clean)]);
}

#[test]
fn emoji_with_zwj_cjk_and_arabic() {
    let emoji =
        "👩‍👩‍👧‍👦 Six people 🏳️‍🌈 were hurt on Tuesday 👨🏽‍🚒, officials said. 🇺🇦🇺🇦 e\u{301}\u{301}\u{301}";
    let cjk = "东京电力公司周二表示，六人受伤。“我们会重建，”市长说。二〇二四年三月十五日。";
    let arabic =
        "قال المسؤولون إن ستة أشخاص أصيبوا يوم الثلاثاء. «سنعيد البناء»، قال العمدة. ١٢٣٤ شخصا.";
    let a =
        analyse_soundly(&[v("emoji", emoji), v("cjk", cjk), v("arabic", arabic), v("wire", WIRE)]);
    assert!(!a.documents[1].seg.sentences.is_empty() && !a.documents[2].seg.sentences.is_empty());
    let mixed = format!("{emoji}\n\n{cjk}\n\n{arabic}\n\n{WIRE}");
    analyse_soundly(&[v("mixed", mixed), v("rewrite", REWRITE)]);
}

#[test]
fn crlf_text_gives_the_same_findings_as_lf_text() {
    let lf = analyse_soundly(&[v("a", WIRE), v("b", REWRITE)]);
    let crlf = analyse_soundly(&[
        v("a", WIRE.replace('\n', "\r\n")),
        v("b", REWRITE.replace('\n', "\r\n")),
    ]);
    assert!(!lf.findings.is_empty());
    assert_eq!(findings(&crlf), findings(&lf));
    assert_eq!(
        crlf.documents.iter().map(|d| d.seg.paragraphs.len()).collect::<Vec<_>>(),
        lf.documents.iter().map(|d| d.seg.paragraphs.len()).collect::<Vec<_>>()
    );
    // Old Mac line ends and a mix of all three.
    let cr =
        analyse_soundly(&[v("a", WIRE.replace('\n', "\r")), v("b", REWRITE.replace('\n', "\r\n"))]);
    assert_eq!(findings(&cr), findings(&lf));
}
