//! Markdown → plain text, keeping paragraphs, on pulldown-cmark (a
//! CommonMark parser with the GitHub extensions: tables, strikethrough,
//! front matter). The markup goes (headings' `#`, emphasis, links'
//! targets, list markers, quote marks, fences, tables' rules, reference
//! definitions, front matter, raw HTML tags), the words stay.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Converts Markdown to text; paragraphs (and headings, list items, table
/// rows, code blocks) are separated by one blank line, soft-wrapped lines
/// are joined.
///
/// `"# Storm\n\nSix *people* were\nhurt, [officials](http://x) said."` →
/// `"Storm\n\nSix people were hurt, officials said."`.
pub fn to_text(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_FOOTNOTES;
    let mut out = Blocks::default();
    let mut code: Option<String> = None;
    let mut in_metadata = false;
    let mut cells_in_row = 0usize;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => in_metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_metadata = false,
            Event::Start(Tag::CodeBlock(_)) => {
                out.end_block();
                code = Some(String::new());
            }
            Event::End(TagEnd::CodeBlock) => {
                let block = crate::tidy_preformatted(&code.take().unwrap_or_default());
                out.push(&block);
                out.end_block();
            }
            Event::Start(Tag::TableHead | Tag::TableRow) => {
                out.end_block();
                cells_in_row = 0;
            }
            Event::Start(Tag::TableCell) => {
                if cells_in_row > 0 {
                    out.push(" | ");
                }
                cells_in_row += 1;
            }
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::BlockQuote(_)
                | Tag::List(_)
                | Tag::Item
                | Tag::Table(_)
                | Tag::FootnoteDefinition(_)
                | Tag::HtmlBlock,
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::List(_)
                | TagEnd::Item
                | TagEnd::Table
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::FootnoteDefinition
                | TagEnd::HtmlBlock,
            )
            | Event::Rule => out.end_block(),
            Event::Text(text) | Event::Code(text) if !in_metadata => match &mut code {
                Some(code) => code.push_str(&text),
                None => out.push(&text),
            },
            Event::SoftBreak => out.push(" "),
            Event::HardBreak => out.push("\n"),
            // Tags, comments, footnote marks, task boxes: not the story's words.
            _ => {}
        }
    }
    out.finish()
}

/// Text gathered block by block: a block's text is trimmed, empty blocks
/// vanish, one blank line separates the others.
#[derive(Default)]
struct Blocks {
    out: String,
    block: String,
}

impl Blocks {
    fn push(&mut self, text: &str) {
        self.block.push_str(text);
    }

    fn end_block(&mut self) {
        let block = self.block.trim();
        if !block.is_empty() {
            if !self.out.is_empty() {
                self.out.push_str("\n\n");
            }
            self.out.push_str(block);
        }
        self.block.clear();
    }

    fn finish(mut self) -> String {
        self.end_block();
        self.out
    }
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
