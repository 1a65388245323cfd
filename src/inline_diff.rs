//! The pairwise diff as pieces of text to show: the new text with the old
//! text's deleted words and the new text's inserted words marked inline.

use storydiff_engine::segment::tokenize;
use storydiff_engine::worddiff::{diff_tokens, ChangeKind, DiffOptions};

/// What a piece of the inline diff is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PieceKind {
    /// Text both versions share (after normalisation), shown as in the new one.
    Same,
    /// Words only in the old version.
    Deleted,
    /// Words only in the new version.
    Inserted,
}

/// A run of text with one fate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Same, deleted or inserted.
    pub kind: PieceKind,
    /// The text, cut from the old version for deletions and from the new one
    /// otherwise.
    pub text: String,
}

/// The word diff of `old` → `new` as consecutive pieces that spell out the
/// new text, with the deleted runs of the old text placed where they were.
/// Whitespace and (unless `options.punctuation`) punctuation between words
/// come from the new text.
///
/// `"on March 15."` → `"on March 14."`: `Same "on March "`, `Deleted "15"`,
/// `Inserted "14"`, `Same "."`.
pub fn inline_diff(old: &str, new: &str, options: DiffOptions) -> Vec<Piece> {
    let changes = diff_tokens(&tokenize(old), &tokenize(new), options);
    let mut pieces: Vec<Piece> = Vec::new();
    let mut push = |kind: PieceKind, text: &str| {
        if text.is_empty() {
            return;
        }
        match pieces.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(text),
            _ => pieces.push(Piece { kind, text: text.to_string() }),
        }
    };
    // `pos` is how far into `new` the pieces have spelt it out.
    let mut pos = 0;
    let same_until = |pos: &mut usize, end: usize, push: &mut dyn FnMut(PieceKind, &str)| {
        if end > *pos {
            push(PieceKind::Same, new.get(*pos..end).unwrap_or(""));
            *pos = end;
        }
    };
    for change in changes {
        match change.kind {
            ChangeKind::Equal => same_until(&mut pos, change.new.end, &mut push),
            ChangeKind::Delete => {
                same_until(&mut pos, change.new.start, &mut push);
                push(PieceKind::Deleted, change.old.slice(old));
            }
            ChangeKind::Insert => {
                same_until(&mut pos, change.new.start, &mut push);
                push(PieceKind::Inserted, change.new.slice(new));
                pos = pos.max(change.new.end);
            }
        }
    }
    same_until(&mut pos, new.len(), &mut push);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Same` as is, `[-deleted-]`, `{+inserted+}`.
    fn check(old: &str, new: &str, punctuation: bool) -> String {
        inline_diff(old, new, DiffOptions { punctuation })
            .into_iter()
            .map(|p| match p.kind {
                PieceKind::Same => p.text,
                PieceKind::Deleted => format!("[-{}-]", p.text),
                PieceKind::Inserted => format!("{{+{}+}}", p.text),
            })
            .collect()
    }

    #[test]
    fn pieces_spell_out_the_new_text() {
        assert_eq!(check("on March 15.", "on March 14.", false), "on March [-15-]{+14+}.");
        assert_eq!(check("Six were hurt", "6 were hurt badly", false), "6 were hurt {+badly+}");
        assert_eq!(check("a b c", "a c", false), "a [-b-]c");
        assert_eq!(check("x a", "a", false), "[-x-]a");
        assert_eq!(check("", "", false), "");
        assert_eq!(check("gone", "", false), "[-gone-]");
        assert_eq!(check("", "new", false), "{+new+}");
    }

    #[test]
    fn punctuation_is_a_change_only_when_asked() {
        assert_eq!(
            check("He said: “yes, now.”", "He said \"yes now\".", false),
            "He said \"yes now\"."
        );
        let shown = check("yes, now", "yes now", true);
        assert_eq!(shown, "yes [-,-]now");
    }

    #[test]
    fn multibyte_text_never_splits_a_char() {
        assert_eq!(
            check("Zoë ate 🍎 today", "Zoë ate 🍐 today", true),
            "Zoë ate [-🍎-]{+🍐+} today"
        );
    }
}
