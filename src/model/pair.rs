//! The pairwise diff of two versions as pieces to show: the new text spelt
//! out, with the old text's deleted words placed where they were, and text
//! that moved shown as moved — once where it now is, and as a marker where
//! it was — instead of as a deletion plus an insertion.

use super::Range;
use serde::{Deserialize, Serialize};
use storydiff_engine::moves::{find_moves, MoveOptions, MovedBlock};
use storydiff_engine::worddiff::{diff_texts, ChangeKind, DiffOptions, TextDiff, WordChange};
use storydiff_engine::Span;

/// A run of text with one fate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Piece {
    /// Text both versions share, as the new one writes it.
    Same(Range),
    /// Words only in the old version (a range of the old text).
    Deleted(Range),
    /// Words only in the new version.
    Inserted(Range),
    /// Where moved text used to be: a range of the old text.
    MovedAway {
        /// The move, shared with its [`Piece::MovedHere`].
        id: u32,
        /// The text, in the old version.
        old: Range,
    },
    /// Where moved text now is: a range of the new text.
    MovedHere {
        /// The move, shared with its [`Piece::MovedAway`].
        id: u32,
        /// The text, in the new version.
        new: Range,
    },
}

/// The diff of two versions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PairDiff {
    /// The pieces, in the new text's order (the one-text view).
    pub pieces: Vec<Piece>,
    /// Both texts as runs, for the two-pane view.
    pub sides: Sides,
    /// Words deleted (not counting moved ones).
    pub deleted: u32,
    /// Words inserted (not counting moved ones).
    pub inserted: u32,
    /// Words moved.
    pub moved: u32,
    /// Blocks moved.
    pub moves: u32,
}

/// The diff of `old` → `new`. Whitespace and (unless `options.punctuation`)
/// punctuation between words come from the new text.
///
/// `"on March 15."` → `"on March 14."`: `Same "on March "`, `Deleted "15"`,
/// `Inserted "14"`, `Same "."`.
pub fn pair_diff(old: &str, new: &str, options: DiffOptions) -> PairDiff {
    let TextDiff { old_tokens, new_tokens, changes } = diff_texts(old, new, options);
    let moves = find_moves(&old_tokens, &new_tokens, &changes, MoveOptions::default());
    let sides = sides(old, new, &changes, &moves);
    let mut out = Builder { new, old, pieces: Vec::new(), pos: 0 };
    for change in &changes {
        match change.kind {
            ChangeKind::Equal => out.same_until(change.new.end),
            ChangeKind::Delete => {
                out.same_until(change.new.start);
                out.deleted(change.old, &moves);
            }
            ChangeKind::Insert => {
                out.same_until(change.new.start);
                out.inserted(change.new, &moves);
            }
        }
    }
    out.same_until(new.len());
    let words = |text: &str, r: Range| {
        r.slice(text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count() as u32
    };
    let mut diff = PairDiff { moves: moves.len() as u32, sides, ..PairDiff::default() };
    for p in &out.pieces {
        match *p {
            Piece::Deleted(r) => diff.deleted += words(old, r),
            Piece::Inserted(r) => diff.inserted += words(new, r),
            Piece::MovedHere { new: r, .. } => diff.moved += words(new, r),
            Piece::Same(_) | Piece::MovedAway { .. } => {}
        }
    }
    diff.pieces = out.pieces;
    diff
}

struct Builder<'a> {
    new: &'a str,
    old: &'a str,
    pieces: Vec<Piece>,
    /// How far into `new` the pieces have spelt it out.
    pos: usize,
}

impl Builder<'_> {
    fn push(&mut self, piece: Piece) {
        let empty = match piece {
            Piece::Same(r) | Piece::Deleted(r) | Piece::Inserted(r) => r.start >= r.end,
            Piece::MovedAway { old, .. } => old.start >= old.end,
            Piece::MovedHere { new, .. } => new.start >= new.end,
        };
        if empty {
            return;
        }
        // Adjacent runs of one fate merge.
        match (self.pieces.last_mut(), piece) {
            (Some(Piece::Same(a)), Piece::Same(b))
            | (Some(Piece::Inserted(a)), Piece::Inserted(b))
                if a.end == b.start =>
            {
                a.end = b.end
            }
            _ => self.pieces.push(piece),
        }
    }

    fn same_until(&mut self, end: usize) {
        if end > self.pos {
            self.push(Piece::Same(Range::new(self.pos, end)));
            self.pos = end;
        }
    }

    /// A deleted run of the old text, moved blocks inside it marked.
    fn deleted(&mut self, span: Span, moves: &[MovedBlock]) {
        if !moves.iter().any(|m| span.contains(m.old)) {
            self.push(Piece::Deleted(Range::new(span.start, span.end)));
            return;
        }
        let mut at = span.start;
        for (id, m) in moves.iter().enumerate().filter(|(_, m)| span.contains(m.old)) {
            self.deleted_words(at, m.old.start);
            self.push(Piece::MovedAway { id: id as u32, old: Range::new(m.old.start, m.old.end) });
            at = m.old.end;
        }
        self.deleted_words(at, span.end);
    }

    /// Old text between moved blocks: deleted if it holds a word (a lone
    /// comma left between two moves is not worth showing).
    fn deleted_words(&mut self, start: usize, end: usize) {
        let (_, words, _) = trim(self.old, start, end);
        if words.slice(self.old).chars().any(char::is_alphanumeric) {
            self.push(Piece::Deleted(words));
        }
    }

    /// An inserted run of the new text, moved blocks inside it marked.
    fn inserted(&mut self, span: Span, moves: &[MovedBlock]) {
        let mut inside: Vec<(usize, &MovedBlock)> =
            moves.iter().enumerate().filter(|(_, m)| span.contains(m.new)).collect();
        if inside.is_empty() {
            self.push(Piece::Inserted(Range::new(span.start, span.end)));
            self.pos = self.pos.max(span.end);
            return;
        }
        inside.sort_by_key(|(_, m)| m.new.start);
        let mut at = span.start;
        for (id, m) in inside {
            self.inserted_words(at, m.new.start);
            self.push(Piece::MovedHere { id: id as u32, new: Range::new(m.new.start, m.new.end) });
            at = m.new.end;
        }
        self.inserted_words(at, span.end);
        self.pos = self.pos.max(span.end);
    }

    /// New text between moved blocks: inserted if it holds a word, else
    /// shared punctuation.
    fn inserted_words(&mut self, start: usize, end: usize) {
        let (lead, words, trail) = trim(self.new, start, end);
        if words.slice(self.new).chars().any(char::is_alphanumeric) {
            self.push(Piece::Same(lead));
            self.push(Piece::Inserted(words));
            self.push(Piece::Same(trail));
        } else {
            self.push(Piece::Same(Range::new(start, end.max(start))));
        }
    }
}

/// `start..end` of `text` as leading whitespace, the rest, trailing
/// whitespace.
fn trim(text: &str, start: usize, end: usize) -> (Range, Range, Range) {
    let s = text.get(start..end.max(start)).unwrap_or("");
    let a = start + (s.len() - s.trim_start().len());
    let b = (start + s.trim_end().len()).max(a);
    (Range::new(start, a), Range::new(a, b), Range::new(b, end.max(b)))
}

/// The change each piece belongs to (`None` for shared text), numbered in
/// reading order as [`Sides`] numbers them: a deletion and the insertion
/// that replaces it are one change, a moved block is one change where it
/// was and where it is. Returns the numbers and how many changes there are.
pub fn piece_changes(pieces: &[Piece]) -> (Vec<Option<u32>>, u32) {
    let mut count = 0u32;
    let mut open: Option<u32> = None;
    let mut moves: Vec<(u32, u32)> = Vec::new();
    let mut out = Vec::with_capacity(pieces.len());
    for p in pieces {
        let change = match *p {
            Piece::Same(_) => {
                open = None;
                None
            }
            Piece::Deleted(_) | Piece::Inserted(_) => Some(*open.get_or_insert_with(|| {
                count += 1;
                count - 1
            })),
            Piece::MovedAway { id, .. } | Piece::MovedHere { id, .. } => {
                open = None;
                Some(match moves.iter().find(|(m, _)| *m == id) {
                    Some(&(_, c)) => c,
                    None => {
                        count += 1;
                        moves.push((id, count - 1));
                        count - 1
                    }
                })
            }
        };
        out.push(change);
    }
    (out, count)
}

/// A run of one version's text in the two-pane view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Run {
    /// Text both versions share (in this version's own wording and spacing).
    Same(Range),
    /// Words only this version has: a change, numbered in reading order.
    Changed {
        /// The text.
        range: Range,
        /// The change (both panes mark it with the same number).
        change: u32,
    },
    /// Where the other version has words this one lacks: a mark, so that
    /// every change has a place in both panes.
    Gap {
        /// The change.
        change: u32,
    },
    /// Text that moved: the same passage in the other pane has this `id`.
    Moved {
        /// The text.
        range: Range,
        /// The move, shared with the other pane's run.
        id: u32,
        /// The change (both panes mark it with the same number).
        change: u32,
    },
}

/// Both texts of a pair as runs, for two panes side by side: each pane
/// spells out its own text exactly (its spacing, its punctuation), with
/// the changes numbered the same in both.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sides {
    /// The old text's runs.
    pub old: Vec<Run>,
    /// The new text's runs.
    pub new: Vec<Run>,
    /// How many changes (replacements, deletions, insertions, moves).
    pub changes: u32,
}

/// Puts runs one after another, merging neighbours of one kind, skipping
/// empty ones, and filling what lies between with shared text.
struct RunsOf<'a> {
    text: &'a str,
    runs: Vec<Run>,
    pos: usize,
}

impl<'a> RunsOf<'a> {
    fn new(text: &'a str) -> Self {
        RunsOf { text, runs: Vec::new(), pos: 0 }
    }

    fn same_until(&mut self, end: usize) {
        let end = end.min(self.text.len());
        if end > self.pos {
            match self.runs.last_mut() {
                Some(Run::Same(r)) if r.end as usize == self.pos => r.end = end as u32,
                _ => self.runs.push(Run::Same(Range::new(self.pos, end))),
            }
            self.pos = end;
        }
    }

    fn changed(&mut self, start: usize, end: usize, change: u32) {
        self.same_until(start);
        if end <= self.pos {
            return;
        }
        match self.runs.last_mut() {
            Some(Run::Changed { range, change: c })
                if *c == change && range.end as usize == self.pos =>
            {
                range.end = end as u32
            }
            _ => self.runs.push(Run::Changed { range: Range::new(self.pos, end), change }),
        }
        self.pos = end;
    }

    fn gap(&mut self, at: usize, change: u32) {
        self.same_until(at);
        self.runs.push(Run::Gap { change });
    }

    fn moved(&mut self, start: usize, end: usize, id: u32, change: u32) {
        self.same_until(start);
        if end > self.pos {
            self.runs.push(Run::Moved { range: Range::new(self.pos, end), id, change });
            self.pos = end;
        }
    }

    fn finish(mut self) -> Vec<Run> {
        let len = self.text.len();
        self.same_until(len);
        self.runs
    }
}

/// The two panes of a diff: each side in its own text. A deletion and the
/// insertion that replaces it are one change; a moved block is one change,
/// marked where it was and where it is; a change with words on one side
/// only gets a [`Run::Gap`] on the other.
fn sides(old: &str, new: &str, changes: &[WordChange], moves: &[MovedBlock]) -> Sides {
    let mut left = RunsOf::new(old);
    let mut right = RunsOf::new(new);
    let mut count = 0u32;
    // The change a move was given when first met (from either side).
    let mut move_change: Vec<Option<u32>> = vec![None; moves.len()];
    let mut open: Option<Open> = None;
    let close = |open: &mut Option<Open>, left: &mut RunsOf, right: &mut RunsOf| {
        if let Some(o) = open.take() {
            if !o.new {
                right.gap(o.new_at, o.change);
            }
            if !o.old {
                left.gap(o.old_at, o.change);
            }
        }
    };
    for c in changes {
        if c.kind == ChangeKind::Equal {
            close(&mut open, &mut left, &mut right);
            left.same_until(c.old.end);
            right.same_until(c.new.end);
            continue;
        }
        let is_old = c.kind == ChangeKind::Delete;
        let span = if is_old { c.old } else { c.new };
        let mut inside: Vec<(usize, &MovedBlock)> = moves
            .iter()
            .enumerate()
            .filter(|(_, m)| span.contains(if is_old { m.old } else { m.new }))
            .collect();
        inside.sort_by_key(|(_, m)| if is_old { m.old.start } else { m.new.start });
        let mut at = span.start;
        let side = if is_old { &mut left } else { &mut right };
        for (id, m) in inside {
            let block = if is_old { m.old } else { m.new };
            add_words(side, at, block.start, is_old, c, &mut open, &mut count);
            let change = *move_change[id].get_or_insert_with(|| {
                count += 1;
                count - 1
            });
            side.moved(block.start, block.end, id as u32, change);
            at = block.end;
        }
        add_words(side, at, span.end, is_old, c, &mut open, &mut count);
    }
    close(&mut open, &mut left, &mut right);
    Sides { old: left.finish(), new: right.finish(), changes: count }
}

/// The change being written: its number, whether each side has words in
/// it, and where each side is.
struct Open {
    change: u32,
    old: bool,
    new: bool,
    old_at: usize,
    new_at: usize,
}

/// `side`'s words `from..to` of the change `c` belongs to, if they hold a
/// word; a change is opened for them if none is.
fn add_words(
    side: &mut RunsOf,
    from: usize,
    to: usize,
    is_old: bool,
    c: &WordChange,
    open: &mut Option<Open>,
    count: &mut u32,
) {
    if to <= from || !has_word(side.text, from, to) {
        return;
    }
    let o = open.get_or_insert_with(|| {
        *count += 1;
        Open {
            change: *count - 1,
            old: false,
            new: false,
            old_at: c.old.start,
            new_at: c.new.start,
        }
    });
    if is_old {
        o.old = true;
    } else {
        o.new = true;
    }
    side.changed(from, to, o.change);
}

/// True when `text[start..end]` holds a letter or digit.
fn has_word(text: &str, start: usize, end: usize) -> bool {
    text.get(start..end).is_some_and(|s| s.chars().any(char::is_alphanumeric))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Same` as is, `[-deleted-]`, `{+inserted+}`, `<moved#id>` where moved
    /// text was, `{>moved#id: text<}` where it is.
    fn check(old: &str, new: &str, punctuation: bool) -> String {
        pair_diff(old, new, DiffOptions { punctuation })
            .pieces
            .into_iter()
            .map(|p| match p {
                Piece::Same(r) => r.slice(new).to_string(),
                Piece::Deleted(r) => format!("[-{}-]", r.slice(old)),
                Piece::Inserted(r) => format!("{{+{}+}}", r.slice(new)),
                Piece::MovedAway { id, .. } => format!("<moved#{id}>"),
                Piece::MovedHere { id, new: r } => format!("{{>moved#{id}: {}<}}", r.slice(new)),
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
        assert_eq!(check("yes, now", "yes now", true), "yes [-,-]now");
    }

    #[test]
    fn multibyte_text_never_splits_a_char() {
        assert_eq!(
            check("Zoë ate 🍎 today", "Zoë ate 🍐 today", true),
            "Zoë ate [-🍎-]{+🍐+} today"
        );
    }

    #[test]
    fn moved_sentences_are_moves_not_deletions() {
        let old = "The mayor resigned on Friday after the vote. Six people were hurt in the \
                   fire downtown. Police are investigating the cause.";
        let new = "Six people were hurt in the fire downtown. Police are investigating the \
                   cause. The mayor resigned on Friday after the vote.";
        assert_eq!(
            check(old, new, false),
            "<moved#0>Six people were hurt in the fire downtown. Police are investigating the \
             cause. {>moved#0: The mayor resigned on Friday after the vote<}."
        );
        let diff = pair_diff(old, new, DiffOptions::default());
        assert_eq!((diff.deleted, diff.inserted, diff.moved, diff.moves), (0, 0, 8, 1));
    }

    #[test]
    fn a_moved_and_edited_passage_shows_both() {
        let old = "Intro words stay here. The council voted seven to two on Tuesday to approve \
                   it. Closing words stay here too, and there are many more of them than the \
                   council's sentence has.";
        let new = "Intro words stay here. Closing words stay here too, and there are many more \
                   of them than the council's sentence has. The council voted seven to two on \
                   Wednesday to approve it.";
        let got = check(old, new, false);
        assert!(got.contains("<moved#0>[-Tuesday to approve it-]"), "{got}");
        assert!(
            got.contains("{>moved#0: The council voted seven to two on<} {+Wednesday"),
            "{got}"
        );
    }

    /// Each pane as text: `[-…-#n]` / `{+…+#n}` for changes, `^n` for a
    /// gap, `<…#n>` for moved text.
    fn panes(old: &str, new: &str) -> (String, String, u32) {
        let sides = pair_diff(old, new, DiffOptions::default()).sides;
        let show = |runs: &[Run], text: &str, old: bool| {
            runs.iter()
                .map(|r| match *r {
                    Run::Same(x) => x.slice(text).to_string(),
                    Run::Changed { range, change } if old => {
                        format!("[-{}-#{change}]", range.slice(text))
                    }
                    Run::Changed { range, change } => {
                        format!("{{+{}+#{change}}}", range.slice(text))
                    }
                    Run::Gap { change } => format!("^{change}"),
                    Run::Moved { range, change, .. } => format!("<{}#{change}>", range.slice(text)),
                })
                .collect::<String>()
        };
        (show(&sides.old, old, true), show(&sides.new, new, false), sides.changes)
    }

    #[test]
    fn each_pane_spells_its_own_text_with_changes_numbered_alike() {
        let (old, new, n) = panes("A Michigan man was hurt.", "A man was injured.");
        assert_eq!(old, "A [-Michigan-#0] man was [-hurt-#1].");
        assert_eq!(new, "A ^0man was {+injured+#1}.");
        assert_eq!(n, 2);
        let (old, new, _) = panes("Six  people, hurt.", "Six people hurt today.");
        assert_eq!(old, "Six  people, hurt^0.", "the old pane keeps its own spacing");
        assert_eq!(new, "Six people hurt {+today+#0}.");
    }

    #[test]
    fn a_moved_passage_is_one_change_in_both_panes() {
        let old = "The mayor resigned on Friday after the vote. Six people were hurt in the \
                   fire downtown. Police are investigating the cause.";
        let new = "Six people were hurt in the fire downtown. Police are investigating the \
                   cause. The mayor resigned on Friday after the vote.";
        let (o, n, count) = panes(old, new);
        assert_eq!(count, 1);
        assert!(o.starts_with("<The mayor resigned on Friday after the vote#0>"), "{o}");
        assert!(n.contains("<The mayor resigned on Friday after the vote#0>"), "{n}");
    }
}
