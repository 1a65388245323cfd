//! The text model: each version owns its text once; everything else points
//! into it with byte spans that always lie on char boundaries.

use serde::{Deserialize, Serialize};

/// A byte range `start..end` into one version's text, on char boundaries.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given backwards).
    pub fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span { start: end, end: start }
        }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no text.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text under the span; `""` if the span does not fit `text`
    /// (never panics).
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub struct $name(pub usize);

        impl $name {
            /// The index this id stands for.
            pub fn index(self) -> usize {
                self.0
            }
        }
    };
}

typed_id!(
    /// Index of a version in [`crate::Analysis::documents`].
    VersionId
);
typed_id!(
    /// Index of a sentence in its document's [`crate::Document::sentences`].
    SentenceId
);
typed_id!(
    /// Index of a claim in [`crate::Analysis::claims`].
    ClaimId
);
typed_id!(
    /// Index of a fact in [`crate::Analysis::facts`].
    FactId
);

/// The largest char boundary of `text` at or below `i`.
pub fn floor_char_boundary(text: &str, i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    let mut i = i;
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `text` at or above `i`.
pub fn ceil_char_boundary(text: &str, i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    let mut i = i;
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Maps byte offsets of one text to UTF-16 code unit offsets, the unit the
/// browser's DOM uses. Build once per text, then look up in O(log n).
///
/// `"é!"`: byte 2 → UTF-16 offset 1.
#[derive(Debug, Clone)]
pub struct Utf16Index {
    /// (byte offset, utf16 offset) at each non-ASCII char start.
    marks: Vec<(usize, usize)>,
}

impl Utf16Index {
    /// Indexes `text`.
    pub fn new(text: &str) -> Utf16Index {
        let mut marks = Vec::new();
        let mut utf16 = 0;
        for (byte, ch) in text.char_indices() {
            if !ch.is_ascii() {
                marks.push((byte, utf16));
            }
            utf16 += ch.len_utf16();
        }
        Utf16Index { marks }
    }

    /// The UTF-16 offset of byte offset `byte` (which should be a char
    /// boundary; offsets inside a char map to the char's start).
    pub fn utf16(&self, text: &str, byte: usize) -> usize {
        let byte = floor_char_boundary(text, byte);
        match self.marks.partition_point(|&(b, _)| b < byte) {
            0 => byte,
            n => {
                let (b, u) = self.marks[n - 1];
                let ch_len = text[b..].chars().next().map_or(0, |c| c.len_utf16());
                let ch_bytes = text[b..].chars().next().map_or(0, |c| c.len_utf8());
                u + ch_len + (byte - b - ch_bytes)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_surrogate_pairs() {
        let text = "a😀é b";
        let idx = Utf16Index::new(text);
        let expected: Vec<usize> =
            text.char_indices().map(|(b, _)| text[..b].encode_utf16().count()).collect();
        let got: Vec<usize> = text.char_indices().map(|(b, _)| idx.utf16(text, b)).collect();
        assert_eq!(got, expected);
        assert_eq!(idx.utf16(text, text.len()), text.encode_utf16().count());
    }

    #[test]
    fn slicing_out_of_bounds_or_inside_a_char_is_empty() {
        assert_eq!(Span::new(0, 99).slice("abc"), "");
        assert_eq!(Span::new(0, 1).slice("é"), "");
        assert_eq!(Span::new(2, 0), Span::new(0, 2));
    }
}
