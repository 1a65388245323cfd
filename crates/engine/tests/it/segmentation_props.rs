//! Invariants of segmentation on arbitrary text: spans in bounds and on char
//! boundaries; sentences in order, disjoint and inside their paragraph;
//! every non-whitespace character in exactly one sentence; tokens in order,
//! disjoint and inside their sentence; each token's `norm` in lower case
//! (callers such as compare/outcomes read it without lowering it again);
//! no panic, whatever the input.

use proptest::prelude::*;
use storydiff_engine::segment::{segment, token_range, Segmentation};
use storydiff_engine::Span;

/// Pieces of news text and of the text that breaks segmenters.
const PIECES: &[&str] = &[
    "The",
    "he",
    "said",
    "Smith",
    "officials",
    "iPhone",
    "U.S.",
    "U.N.",
    "Mr.",
    "Dec.",
    "Gov.",
    "a.m.",
    "p.m.",
    "J.",
    "No.",
    "Inc.",
    "etc.",
    "www.",
    "4.5%",
    "$1.2",
    "9:30",
    "40,000",
    "40\u{202f}000",
    "7-2",
    "three-year-old",
    "n't",
    "'s",
    "O'Brien",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\r\n\r\n",
    ".",
    "!",
    "?",
    "...",
    "\u{2026}",
    "?!",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "'",
    "\u{2019}",
    "`",
    "``",
    "''",
    "(",
    ")",
    "[",
    "]",
    "\u{2014}",
    "\u{2013}",
    "-",
    "--",
    "- ",
    "* ",
    "\u{2022} ",
    "1. ",
    "2) ",
    "(3) ",
    "(AP Photo/Jane Doe)",
    "(AP)",
    ",",
    ";",
    ":",
    "MOSCOW (AP) \u{2014} ",
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{200e}",
    "\u{202b}",
    "\u{202e}",
    "\u{2066}",
    "\u{feff}",
    "\u{ad}",
    "\u{301}",
    "\u{308}",
    "e\u{301}",
    "\u{0}",
    "\u{7}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{b}",
    "\u{c}",
    "\u{2028}",
    "\u{2029}",
    "\u{a0}",
    "\u{3000}",
    "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}",
    "\u{1f1fa}\u{1f1e6}",
    "\u{1f44d}\u{1f3fd}",
    "\u{fe0f}",
    "\u{20e3}",
    "\u{e0067}",
    "\u{5e9}\u{5dc}\u{5d5}\u{5dd}",
    "\u{645}\u{631}\u{62d}\u{628}\u{627}",
    "\u{928}\u{92e}\u{938}\u{94d}\u{924}\u{947}",
    "\u{4f60}\u{597d}\u{3002}",
    "\u{ff01}",
    "\u{df}",
    "\u{130}",
    "\u{1c5}",
    "\u{fb01}",
    "\u{ff34}",
    "\u{10ffff}",
    "\u{fffd}",
    "\u{e000}",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
}

fn texts() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => pieces(),
        2 => any::<String>(),
        1 => "\\PC{0,200}",
        1 => prop::collection::vec(prop_oneof![Just(' '), Just('\n'), Just('.'), Just('"'), any::<char>()], 0..200)
            .prop_map(|v| v.into_iter().collect::<String>()),
    ]
}

fn on_boundaries(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// Checks every invariant; returns the first broken one.
fn check_invariants(text: &str, seg: &Segmentation) -> Result<(), String> {
    for p in &seg.paragraphs {
        if !on_boundaries(text, p.span) || p.span.is_empty() {
            return Err(format!("paragraph span {:?}", p.span));
        }
    }
    for s in &seg.sentences {
        if !on_boundaries(text, s.span) || s.span.is_empty() {
            return Err(format!("sentence span {:?}", s.span));
        }
        let body = s.span.slice(text);
        if body.trim() != body {
            return Err(format!("sentence {:?} is not trimmed", body));
        }
    }
    for t in &seg.tokens {
        if !on_boundaries(text, t.span) || t.span.is_empty() {
            return Err(format!("token span {:?}", t.span));
        }
        if t.norm.to_lowercase() != t.norm {
            return Err(format!("token norm {:?} is not in lower case", t.norm));
        }
    }
    // Paragraphs: in order, disjoint, their sentence ranges tile the sentences.
    let mut next_sentence = 0;
    for (i, p) in seg.paragraphs.iter().enumerate() {
        if i > 0 && seg.paragraphs[i - 1].span.end > p.span.start {
            return Err(format!("paragraphs {} and {i} overlap or are out of order", i - 1));
        }
        if p.sentences.start != next_sentence || p.sentences.is_empty() {
            return Err(format!("paragraph {i} has sentences {:?}", p.sentences));
        }
        next_sentence = p.sentences.end;
    }
    if next_sentence != seg.sentences.len() {
        return Err("some sentences are in no paragraph".into());
    }
    // Sentences: in order, disjoint, inside their paragraph.
    for (i, s) in seg.sentences.iter().enumerate() {
        if i > 0 && seg.sentences[i - 1].span.end > s.span.start {
            return Err(format!("sentences {} and {i} overlap or are out of order", i - 1));
        }
        let Some(p) = seg.paragraphs.get(s.paragraph) else {
            return Err(format!("sentence {i} names paragraph {}", s.paragraph));
        };
        if !p.span.contains(s.span) || !p.sentences.contains(&i) {
            return Err(format!("sentence {i} is not inside paragraph {}", s.paragraph));
        }
    }
    // Coverage: each non-whitespace char in exactly one sentence.
    let mut k = 0;
    for (at, c) in text.char_indices() {
        while k < seg.sentences.len() && seg.sentences[k].span.end <= at {
            k += 1;
        }
        let inside = seg.sentences.get(k).is_some_and(|s| s.span.start <= at);
        if !inside && !c.is_whitespace() {
            return Err(format!("{c:?} at {at} lies in no sentence"));
        }
    }
    // Tokens: in order, disjoint, each in its sentence, all in some sentence.
    for (i, pair) in seg.tokens.windows(2).enumerate() {
        if pair[0].span.end > pair[1].span.start {
            return Err(format!("tokens {i} and {} overlap or are out of order", i + 1));
        }
    }
    let mut next_token = 0;
    for (i, s) in seg.sentences.iter().enumerate() {
        if s.tokens != token_range(&seg.tokens, s.span) {
            return Err(format!("sentence {i} has tokens {:?}", s.tokens));
        }
        if s.tokens.start != next_token {
            return Err(format!("tokens {next_token}..{} lie in no sentence", s.tokens.start));
        }
        if seg.tokens[s.tokens.clone()].iter().any(|t| !s.span.contains(t.span)) {
            return Err(format!("a token of sentence {i} sticks out of it"));
        }
        next_token = s.tokens.end;
    }
    if next_token != seg.tokens.len() {
        return Err("the last tokens lie in no sentence".into());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn segmentation_invariants_hold(text in texts()) {
        let seg = segment(&text);
        if let Err(e) = check_invariants(&text, &seg) {
            prop_assert!(false, "{e} in {text:?}");
        }
    }

    #[test]
    fn crlf_segments_like_lf(text in pieces()) {
        let lf: String = text.chars().filter(|&c| c != '\r').collect();
        let crlf = lf.replace('\n', "\r\n");
        let a = segment(&lf);
        let b = segment(&crlf);
        let render = |t: &str, s: &Segmentation| -> Vec<(String, usize)> {
            s.sentences.iter().map(|x| (x.span.slice(t).replace('\r', ""), x.paragraph)).collect()
        };
        prop_assert_eq!(render(&lf, &a), render(&crlf, &b));
        let roles = |s: &Segmentation| s.sentences.iter().map(|x| x.role).collect::<Vec<_>>();
        prop_assert_eq!(roles(&a), roles(&b));
    }
}

#[test]
fn invariants_hold_on_hostile_texts() {
    let long_line = "word ".repeat(40_000);
    let texts = [
        String::new(),
        "\u{0}".repeat(1000),
        "\"".repeat(10_000),
        "\u{201c}".repeat(10_000),
        "'s".repeat(5_000),
        "U.S.".repeat(5_000),
        ". ".repeat(10_000),
        "A. ".repeat(10_000),
        "1. ".repeat(10_000),
        "- x\n".repeat(5_000),
        "(".repeat(5_000) + &")".repeat(5_000),
        "\u{1f468}\u{200d}".repeat(5_000),
        "e\u{301}".repeat(5_000),
        "\u{200b}".repeat(5_000),
        "\r".repeat(5_000),
        "\r\n\r\n".repeat(5_000),
        long_line,
    ];
    for text in &texts {
        let seg = segment(text);
        if let Err(e) = check_invariants(text, &seg) {
            panic!("{e} in a text starting {:?}", text.chars().take(20).collect::<String>());
        }
    }
}
