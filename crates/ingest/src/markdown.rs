//! Markdown → plain text, keeping paragraphs: the markup (headings' `#`,
//! emphasis, links' targets, list markers, quote marks, fences, tables'
//! rules, reference definitions, front matter) goes, the words stay.
//!
//! A careful line-based stripper rather than a CommonMark parser:
//! pulldown-cmark adds 71 KB gzip to the release .wasm (measured) for
//! structure we throw away. Every scan is linear; nothing recurses.

use crate::entities;

/// Converts Markdown to text; paragraphs (and headings, list items, table
/// rows, code blocks) are separated by one blank line, soft-wrapped lines
/// are joined.
///
/// `"# Storm\n\nSix *people* were\nhurt, [officials](http://x) said."` →
/// `"Storm\n\nSix people were hurt, officials said."`.
pub fn to_text(markdown: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let mut fence: Option<(char, usize, Vec<&str>)> = None;
    let flush = |para: &mut Vec<&str>, out: &mut Vec<String>| {
        if !para.is_empty() {
            let text = inline(&para.join(" "));
            if !text.trim().is_empty() {
                out.push(text.trim().to_string());
            }
            para.clear();
        }
    };
    let mut lines = markdown.lines().peekable();
    // YAML front matter: metadata, not the story.
    if lines.peek().map(|l| l.trim_end()) == Some("---") {
        let rest: Vec<&str> = markdown.lines().skip(1).take(100).collect();
        if let Some(end) = rest.iter().position(|l| matches!(l.trim_end(), "---" | "...")) {
            for _ in 0..end + 2 {
                lines.next();
            }
        }
    }
    for raw in lines {
        if let Some((ch, len, body)) = &mut fence {
            let t = raw.trim_start();
            if t.starts_with(&ch.to_string().repeat(*len))
                && t.trim_start_matches(*ch).trim().is_empty()
            {
                out.extend(code_block(body));
                fence = None;
            } else {
                body.push(raw);
            }
            continue;
        }
        let mut line = raw.trim_start();
        // Block quotes: drop the marks, keep the words.
        while let Some(rest) = line.strip_prefix('>') {
            line = rest.trim_start();
        }
        let indent = raw.len() - raw.trim_start().len();
        if line.is_empty() {
            flush(&mut para, &mut out);
            continue;
        }
        if indent < 4 {
            if let Some(ch) = ['`', '~'].into_iter().find(|c| line.starts_with(*c)) {
                let len = line.chars().take_while(|c| *c == ch).count();
                if len >= 3 && !(ch == '`' && line[len..].contains('`')) {
                    flush(&mut para, &mut out);
                    fence = Some((ch, len, Vec::new()));
                    continue;
                }
            }
        }
        if let Some(level) = atx_heading(line) {
            flush(&mut para, &mut out);
            let text = line[level..].trim().trim_end_matches('#').trim_end();
            para.push(text);
            flush(&mut para, &mut out);
            continue;
        }
        if is_rule(line, '=') && !para.is_empty() {
            flush(&mut para, &mut out);
            continue;
        }
        if is_rule(line, '-') && !para.is_empty() && !line.contains(' ') {
            flush(&mut para, &mut out);
            continue;
        }
        if is_thematic_break(line) {
            flush(&mut para, &mut out);
            continue;
        }
        if is_reference_definition(line) {
            continue;
        }
        if line.starts_with('|') || (line.contains(" | ") && para.is_empty()) {
            flush(&mut para, &mut out);
            if !is_table_rule(line) {
                let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
                para.push(line);
                para.clear();
                let row = inline(&cells.join(" | "));
                if !row.trim().is_empty() {
                    out.push(row.trim().to_string());
                }
            }
            continue;
        }
        if let Some(marker) = list_marker(line) {
            flush(&mut para, &mut out);
            line = line[marker..].trim_start();
            if let Some(rest) = line.strip_prefix("[ ] ").or_else(|| line.strip_prefix("[x] ")) {
                line = rest;
            }
        }
        para.push(line.trim_end());
    }
    if let Some((_, _, body)) = fence {
        out.extend(code_block(&body));
    }
    flush(&mut para, &mut out);
    out.join("\n\n")
}

/// A fenced block's lines, without blank lines around them.
fn code_block(body: &[&str]) -> Option<String> {
    let block = crate::tidy_preformatted(&body.join("\n"));
    (!block.is_empty()).then_some(block)
}

/// `"## Title"` → `Some(2)` (bytes of marks); `"#hashtag"` → `None`.
fn atx_heading(line: &str) -> Option<usize> {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    let after = line.as_bytes().get(level);
    ((1..=6).contains(&level) && after.is_none_or(|b| *b == b' ' || *b == b'\t')).then_some(level)
}

fn is_rule(line: &str, ch: char) -> bool {
    let t = line.trim_end();
    !t.is_empty() && t.chars().all(|c| c == ch)
}

/// `"***"`, `"- - -"`, `"___"`.
fn is_thematic_break(line: &str) -> bool {
    ['*', '-', '_'].into_iter().any(|ch| {
        line.chars().filter(|c| *c == ch).count() >= 3
            && line.chars().all(|c| c == ch || c == ' ' || c == '\t')
    })
}

/// `"[1]: http://example.com "Title""`.
fn is_reference_definition(line: &str) -> bool {
    line.starts_with('[') && line.find("]:").is_some_and(|i| i > 1 && !line[1..i].contains(']'))
}

/// `"|---|:--:|"`, `"--- | ---"`.
fn is_table_rule(line: &str) -> bool {
    line.contains('-') && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// Bytes taken by a list marker: `"- a"` → 2, `"12. a"` → 4, `"1) a"` → 3.
fn list_marker(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    if matches!(b.first(), Some(b'-' | b'*' | b'+')) && matches!(b.get(1), Some(b' ' | b'\t')) {
        return Some(2);
    }
    let digits = b.iter().take(9).take_while(|c| c.is_ascii_digit()).count();
    if digits > 0
        && matches!(b.get(digits), Some(b'.' | b')'))
        && matches!(b.get(digits + 1), Some(b' ' | b'\t'))
    {
        return Some(digits + 2);
    }
    None
}

/// The next position of `byte` at or after `from`, cached so that repeated
/// look-ups while scanning forward stay linear.
struct Next {
    byte: u8,
    at: Option<usize>,
    /// Searched from here and found nothing: nothing after it either.
    none_from: usize,
}

impl Next {
    fn new(byte: u8) -> Next {
        Next { byte, at: None, none_from: usize::MAX }
    }

    fn find(&mut self, s: &[u8], from: usize) -> Option<usize> {
        match self.at {
            Some(at) if at >= from => return Some(at),
            None if from >= self.none_from => return None,
            _ => {}
        }
        self.at =
            s.get(from..).and_then(|r| r.iter().position(|&b| b == self.byte)).map(|i| from + i);
        if self.at.is_none() {
            self.none_from = from;
        }
        self.at
    }
}

/// Inline markup → text: code spans, links and images (their text),
/// autolinks, HTML tags, emphasis marks, backslash escapes, references.
/// `"**Six** [hurt](x) `a*b`"` → `"Six hurt a*b"`.
fn inline(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut plain = String::new();
    let (mut close_bracket, mut close_paren, mut tick, mut gt) =
        (Next::new(b']'), Next::new(b')'), Next::new(b'`'), Next::new(b'>'));
    let mut i = 0;
    let flush_plain = |plain: &mut String, out: &mut String| {
        entities::decode_into(plain, out);
        plain.clear();
    };
    while i < b.len() {
        let c = b[i];
        match c {
            b'\\' if b.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                plain.push(b[i + 1] as char);
                i += 2;
            }
            b'`' => {
                let run = b[i..].iter().take_while(|&&x| x == b'`').count();
                match tick.find(b, i + run) {
                    Some(end) => {
                        flush_plain(&mut plain, &mut out);
                        out.push_str(s[i + run..end].trim());
                        i = end + b[end..].iter().take_while(|&&x| x == b'`').count();
                    }
                    None => {
                        plain.push_str(&s[i..i + run]);
                        i += run;
                    }
                }
            }
            b'!' | b'[' => {
                let open = if c == b'!' { i + 1 } else { i };
                if b.get(open) != Some(&b'[') {
                    plain.push('!');
                    i += 1;
                    continue;
                }
                let Some(close) = close_bracket.find(b, open + 1).filter(|&e| e - open <= 2000)
                else {
                    plain.push_str(&s[i..open + 1]);
                    i = open + 1;
                    continue;
                };
                let text = &s[open + 1..close];
                match b.get(close + 1) {
                    Some(b'(') => {
                        match close_paren.find(b, close + 2).filter(|&e| e - close <= 2000) {
                            Some(end) => {
                                plain.push_str(text);
                                i = end + 1;
                            }
                            None => {
                                plain.push_str(text);
                                i = close + 1;
                            }
                        }
                    }
                    Some(b'[') => {
                        let end = close_bracket.find(b, close + 2).filter(|&e| e - close <= 200);
                        plain.push_str(text);
                        i = end.map_or(close + 1, |e| e + 1);
                    }
                    _ => {
                        // A bracket that is no link: keep as written.
                        plain.push_str(&s[i..close + 1]);
                        i = close + 1;
                    }
                }
            }
            b'<' => {
                let next = b.get(i + 1).copied().unwrap_or(b' ');
                let end = gt.find(b, i + 1).filter(|&e| e - i <= 2000);
                match end {
                    Some(end) if next.is_ascii_alphabetic() || next == b'/' || next == b'!' => {
                        let inner = &s[i + 1..end];
                        if inner.contains("://") || inner.starts_with("mailto:") {
                            plain.push_str(inner);
                        }
                        i = end + 1;
                    }
                    _ => {
                        plain.push('<');
                        i += 1;
                    }
                }
            }
            b'*' | b'_' | b'~' => {
                let run = b[i..].iter().take_while(|&&x| x == c).count();
                let before = s[..i].chars().next_back();
                let after = s[i + run..].chars().next();
                let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
                let flanking = !space(before) || !space(after);
                let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
                let intraword = word(before) && word(after);
                let is_mark =
                    flanking && (c == b'*' || (c == b'_' && !intraword) || (c == b'~' && run == 2));
                if !is_mark {
                    plain.push_str(&s[i..i + run]);
                }
                i += run;
            }
            _ => {
                let len = s[i..].chars().next().map_or(1, char::len_utf8);
                plain.push_str(&s[i..i + len]);
                i += len;
            }
        }
    }
    flush_plain(&mut plain, &mut out);
    // Marks removed next to spaces can leave doubled spaces.
    let mut text = String::with_capacity(out.len());
    let mut space = false;
    for ch in out.chars() {
        if ch == ' ' {
            if !space {
                text.push(' ');
            }
            space = true;
        } else {
            text.push(ch);
            space = false;
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_stay_and_markup_goes() {
        let md = "---\ntitle: x\n---\n# Storm hits coast #\n\nSix *people* were\nhurt, \
                  [officials](http://x \"t\") said.\n\n> \u{201c}It was **bad**,\u{201d} she said.\n\n\
                  Setext\n======\n\n* one\n* two\n  continued\n1. three\n\n***\n\n```rust\nlet a_b = *c;\n```\n\n\
                  | a | b |\n|---|---|\n| 1 | 2 |\n\n[officials]: http://x\n![a chart](c.png) \\*not em\\* snake_case 2 * 3 ~~gone~~ `a*b` <b>x</b> <http://y.z> &amp;";
        assert_eq!(
            to_text(md),
            "Storm hits coast\n\nSix people were hurt, officials said.\n\n\u{201c}It was bad,\u{201d} she said.\n\n\
             Setext\n\none\n\ntwo continued\n\nthree\n\nlet a_b = *c;\n\na | b\n\n1 | 2\n\n\
             a chart *not em* snake_case 2 * 3 gone a*b x http://y.z &"
        );
    }

    #[test]
    fn unclosed_markup_is_kept_as_text() {
        assert_eq!(to_text("[not a link and `tick and <tag"), "[not a link and `tick and <tag");
        assert_eq!(to_text("```\nunclosed fence\n\nstill code"), "unclosed fence\n\nstill code");
        assert_eq!(to_text("#hashtag and #1"), "#hashtag and #1");
    }

    #[test]
    fn hostile_runs_stay_linear() {
        let many =
            "[".repeat(200_000) + &"`".repeat(3) + &"*_".repeat(100_000) + &"<a".repeat(100_000);
        let text = to_text(&many);
        assert!(text.starts_with("[[[["));
    }
}
