use crate::components::reading::shown_str;
use crate::model::Range;
use leptos::prelude::*;

/// Characters of context kept on each side of the evidence.
const CONTEXT_CHARS: usize = 140;

/// The sentence around a piece of evidence, with the evidence marked and
/// hidden characters shown (an override in the quote cannot reorder it).
#[component]
pub fn EvidenceQuote(
    /// The version's text.
    text: String,
    /// The sentence(s) around the evidence.
    context: Range,
    /// The evidence.
    range: Range,
) -> impl IntoView {
    let (before, mark, after) = clip_context(&text, context, range);
    let whole = before.trim().is_empty() && after.trim().is_empty();
    view! {
        <span class="context">
            {shown_str(&before)}
            <mark class="evidence-mark" class:whole=whole>{shown_str(&mark)}</mark>
            {shown_str(&after)}
        </span>
    }
}

/// The text before, at and after `range` inside `context`, the sides cut to
/// [`CONTEXT_CHARS`] at word boundaries with an ellipsis.
///
/// `"Six people were hurt on Friday."`, evidence `"Six"` →
/// `("", "Six", " people were hurt on Friday.")`.
pub fn clip_context(text: &str, context: Range, range: Range) -> (String, String, String) {
    let get = |a: u32, b: u32| text.get(a as usize..b as usize).unwrap_or("");
    let start = context.start.min(range.start);
    let end = context.end.max(range.end);
    let before = get(start, range.start);
    let after = get(range.end, end);
    let before = match before.char_indices().rev().nth(CONTEXT_CHARS) {
        Some((i, _)) => {
            let cut = before[i..].find(' ').map_or(i, |s| i + s + 1);
            format!("…{}", &before[cut..])
        }
        None => before.to_string(),
    };
    let after = match after.char_indices().nth(CONTEXT_CHARS) {
        Some((i, _)) => {
            let cut = after[..i].rfind(' ').unwrap_or(i);
            format!("{}…", &after[..cut])
        }
        None => after.to_string(),
    };
    (before, get(range.start, range.end).to_string(), after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_cut_at_words() {
        let text = "Six people were hurt on Friday.";
        let r = |s, e| Range { start: s, end: e };
        assert_eq!(
            clip_context(text, r(0, 31), r(0, 3)),
            ("".into(), "Six".into(), " people were hurt on Friday.".into())
        );
        let long = format!("{} middle {}", "word ".repeat(60), "tail ".repeat(60));
        let at = long.find("middle").unwrap() as u32;
        let (b, m, a) = clip_context(&long, r(0, long.len() as u32), r(at, at + 6));
        assert_eq!(m, "middle");
        assert!(b.starts_with('…') && b.chars().count() <= CONTEXT_CHARS + 1, "{b}");
        assert!(a.ends_with('…') && a.chars().count() <= CONTEXT_CHARS + 1, "{a}");
        assert_eq!(
            clip_context("é", r(0, 9), r(0, 1)),
            (String::new(), String::new(), String::new())
        );
    }
}
