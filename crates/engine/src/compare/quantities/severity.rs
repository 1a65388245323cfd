//! How badly the hurt of a count are hurt ("55 injured, five of them
//! critically"): a count of the badly hurt is a part of the injured, not
//! another figure of them, and is compared only with counts of the hurt
//! as badly (`[severity]` in `data/words/compare.txt`).

use crate::compare::context::frames::{counts_casualties, EventClass};
use crate::compare::context::Ctx;
use crate::lexicon;
use crate::segment::TokenKind;
use crate::text::ClaimId;

/// How many words after a count of the hurt may say how badly they are
/// hurt ("five *of them critically*").
const SEVERITY_REACH: usize = 4;

/// The word, in the text, that says how badly the hurt counted by claim
/// `id` are hurt, among the few words after it in its clause: "five of
/// them critically" → "critically", "30 people seriously" →
/// "seriously"; not "three serious crimes" (inside the claim), nor "killed
/// 5 and seriously injured 20" (another clause).
pub(super) fn severity_word<'a>(ctx: &Ctx<'a>, v: usize, id: ClaimId) -> Option<&'a str> {
    let doc = &ctx.docs[v];
    let claim = ctx.claim(id);
    let sentence = doc.seg.sentences.get(claim.sentence.0)?;
    let tokens = &doc.seg.tokens;
    let own = crate::segment::token_range(tokens, claim.span);
    let end = sentence.tokens.end.min(tokens.len()).min(own.end + SEVERITY_REACH);
    for t in tokens.get(own.end..end)? {
        if t.kind != TokenKind::Word
            || lexicon::FUNCTION_WORDS_CONJUNCTIONS.contains(t.norm.as_str())
        {
            return None;
        }
        if lexicon::COMPARE_SEVERITY.contains(t.norm.as_str()) {
            return Some(ctx.text(ctx.version(id), t.span));
        }
    }
    None
}

/// The degree a count of the casualties of claim `id` states ("critical",
/// "serious": `data/words/compare.txt`), when it is one of the hurt.
pub(super) fn severity_of(
    ctx: &Ctx,
    v: usize,
    id: ClaimId,
    event: Option<EventClass>,
) -> Option<&'static str> {
    if !event.is_some_and(counts_casualties) {
        return None;
    }
    let word = severity_word(ctx, v, id)?.to_lowercase();
    lexicon::COMPARE_SEVERITY.get(&word)
}

#[cfg(test)]
mod tests {
    use crate::compare::tests::summaries_of;
    use crate::FindingKind;

    /// A storm that hit the port town of Marlow, told twice.
    const MARLOW: &str = "A violent storm hit the port town of Marlow on Friday night, \
                          tearing roofs off houses and sinking boats in the harbour. \
                          Power lines were down across the district and schools stayed \
                          shut on Saturday, the mayor said.";

    #[test]
    fn the_critically_hurt_are_set_against_the_critically_hurt() {
        // Each version lists the dead and the injured, then how many of the
        // injured are in a critical state: those parts differ.
        let a = format!(
            "{MARLOW} Falling walls killed 12 people and injured 40 others, five of them \
             critically, hospital staff said."
        );
        let b = format!(
            "{MARLOW} Doctors counted 12 dead and 40 injured, 15 critically, after walls \
             fell on the crowd."
        );
        let found = summaries_of(&[&a, &b], FindingKind::NumberConflict);
        assert!(found.iter().any(|f| f.contains("five") && f.contains("15")), "{found:?}");
    }

    #[test]
    fn a_degree_in_the_next_clause_is_not_the_counts() {
        // "40 injured and critically ill patients": the 40 are all the
        // injured, not the critically hurt that another version counts.
        let a = format!(
            "{MARLOW} Doctors treated 40 injured and critically ill patients were flown to \
             the capital."
        );
        let b = format!("{MARLOW} Doctors treated 40 injured, 6 of them critically.");
        let found = summaries_of(&[&a, &b], FindingKind::NumberConflict);
        assert!(found.is_empty(), "{found:?}");
    }
}
