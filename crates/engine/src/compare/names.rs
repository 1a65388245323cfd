//! Matching people's names across versions: "Putin" = "Vladimir Putin" =
//! "Putin's"; roles compared by meaning, not wording.

/// The cross-version key of a person: the surname, lower case.
///
/// `"Vladimir Putin"` → `"putin"`; `"Putin’s"` → `"putin"`.
pub(crate) fn person_key(name: &str) -> String {
    let last = name
        .split_whitespace()
        .rev()
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_matches(|c: char| !c.is_alphanumeric())
        })
        .find(|w| !w.is_empty() && !matches!(w.to_lowercase().as_str(), "jr" | "sr" | "ii" | "iii"))
        .unwrap_or("");
    last.to_lowercase()
}

/// True when two names can be the same person: same surname, and first
/// names (when both give one) equal or one an initial of the other.
pub(crate) fn same_person(a: &str, b: &str) -> bool {
    // "Peter Capaldi Cast": a headline's word glued to a full name.
    let words = |s: &str| s.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>();
    let (wa, wb) = (words(a), words(b));
    let (short, long) = if wa.len() <= wb.len() { (&wa, &wb) } else { (&wb, &wa) };
    if short.len() >= 2 && long.starts_with(short) {
        return true;
    }
    let (ka, kb) = (person_key(a), person_key(b));
    if ka.is_empty() || kb.is_empty() {
        return false;
    }
    if ka != kb {
        // One person whose name a version misspells ("Castellanos" /
        // "Castellano") is still one speaker; the spelling is its own finding.
        let close = ka.chars().count() >= 5
            && ka.chars().next() == kb.chars().next()
            && levenshtein(&ka, &kb) <= 2;
        let first = |s: &str| s.split_whitespace().next().map(str::to_lowercase);
        if !(close
            && a.split_whitespace().count() >= 2
            && b.split_whitespace().count() >= 2
            && first(a) == first(b))
        {
            return false;
        }
    }
    let first =
        |s: &str| s.split_whitespace().next().map(|w| w.trim_end_matches('.').to_lowercase());
    let (fa, fb) = (first(a), first(b));
    let (wa, wb) = (a.split_whitespace().count(), b.split_whitespace().count());
    if wa < 2 || wb < 2 {
        return true;
    }
    match (fa, fb) {
        (Some(x), Some(y)) => x == y || x.starts_with(&y) || y.starts_with(&x),
        _ => true,
    }
}

/// Role words that say too little to compare ("U.S. officials").
pub(crate) fn is_generic_role(key: &str) -> bool {
    let key = key.trim();
    key.is_empty() || crate::lexicon::COMPARE_GENERIC_ROLES.contains(key)
}

/// Splits a role key into its status modifier and the rest:
/// `"former president"` → `(Some("former"), "president")`;
/// `"ex-president"` → `(Some("former"), "president")`.
pub(crate) fn split_status(key: &str) -> (Option<&'static str>, String) {
    let mut status = None;
    let mut rest: Vec<&str> = Vec::new();
    for word in key.split_whitespace() {
        let (head, tail) = match word.split_once('-') {
            Some((h, t)) if h == "ex" || word.ends_with("-elect") => (h, t),
            _ => (word, ""),
        };
        let lookup = if word.ends_with("-elect") { "elect" } else { head };
        match crate::lexicon::COMPARE_ROLE_STATUS.get(lookup) {
            Some(canon) if status.is_none() => {
                status = Some(canon);
                let keep = if word.ends_with("-elect") { head } else { tail };
                if !keep.is_empty() {
                    rest.push(keep);
                }
            }
            _ => rest.push(word),
        }
    }
    (status, rest.join(" "))
}

fn canonical_word(w: &str) -> &str {
    match w {
        "chief" | "head" | "leader" | "director" | "boss" | "lead" | "top" | "principal" => "head",
        "adviser" | "advisor" => "advisor",
        "spokesman" | "spokeswoman" | "spokesperson" => "spokesperson",
        "administration" | "admin" => "administration",
        "lawyer" | "attorney" | "counsel" => "lawyer",
        "executive" => "executive",
        "ceo" => "executive",
        _ => w,
    }
}

fn content_words(s: &str) -> Vec<&str> {
    s.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| {
            !w.is_empty() && !matches!(*w, "of" | "the" | "a" | "an" | "for" | "and" | "to" | "in")
        })
        .map(canonical_word)
        .collect()
}

/// True when two role keys can describe the same role: same status and
/// one's words contained in the other's (after synonyms).
///
/// `"special envoy"` ~ `"envoy"`; `"head of the regional military
/// administration"` ~ `"regional military administration chief"`;
/// `"former president"` ≁ `"president"`; `"senior advisor"` ≁ `"son-in-law"`.
pub(crate) fn roles_compatible(a: &str, b: &str) -> bool {
    let (sa, ra) = split_status(a);
    let (sb, rb) = split_status(b);
    if sa != sb {
        return false;
    }
    if ra == rb {
        return true;
    }
    let wa = content_words(&ra);
    let wb = content_words(&rb);
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    let (small, large) = if wa.len() <= wb.len() { (&wa, &wb) } else { (&wb, &wa) };
    small.iter().all(|w| large.contains(w))
}

/// Expands the common title acronyms: `"ceo"` → `"chief executive
/// officer"`, so that "CEO" and "chief executive" compare as one role.
pub(crate) fn expand_role(key: &str) -> String {
    key.split_whitespace()
        .map(|w| match w.trim_matches('.') {
            "ceo" => "chief executive officer",
            "cfo" => "chief financial officer",
            "coo" => "chief operating officer",
            "cto" => "chief technology officer",
            "gov" => "governor",
            "sen" => "senator",
            "rep" => "representative",
            "gen" => "general",
            "lt" => "lieutenant",
            "sgt" => "sergeant",
            "atty" => "attorney",
            "pres" => "president",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Edit distance, for spotting names spelled differently.
pub(crate) fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// True when `a` and `b` are at most `k` edits apart (`levenshtein(a, b)
/// <= k`), for long texts: only the diagonal band such a distance can
/// reach is worked out, and the work stops once the band is past `k`, so
/// two 5,000-letter quotes cost their length times `k`, not its square.
pub(crate) fn within_edits(a: &str, b: &str, k: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > k {
        return false;
    }
    // Distances are capped at `far`: a cell off the band is at least that.
    let far = k + 1;
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j.min(far)).collect();
    let mut cur = vec![far; b.len() + 1];
    for i in 1..=a.len() {
        let (lo, hi) = (i.saturating_sub(k).max(1), (i + k).min(b.len()));
        cur[0] = i.min(far);
        cur[lo - 1] = if lo == 1 { cur[0] } else { far };
        let mut least = cur[lo - 1];
        for j in lo..=hi {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost).min(far);
            least = least.min(cur[j]);
        }
        if let Some(next) = cur.get_mut(hi + 1) {
            *next = far;
        }
        if least > k {
            return false;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] <= k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_link_short_and_long() {
        assert!(same_person("Putin", "Vladimir Putin"));
        assert!(same_person("Putin’s", "Vladimir Putin"));
        assert!(!same_person("Vladimir Putin", "Vladimir Saldo"));
        assert!(!same_person("Oleksandr Vilkul", "Oleksandr Prokudin"));
        assert!(same_person("Miriam Castellanos", "Miriam Castellano"));
        assert!(!same_person("Miriam Castellanos", "Maria Castellano"));
        assert!(same_person("Peter Capaldi", "Peter Capaldi Cast"));
        assert!(!same_person("Peter Capaldi", "Peter Davison"));
    }

    #[test]
    fn within_edits_is_levenshtein_at_most_k() {
        // Every pair of short words over a small alphabet, and a long pair.
        let words: Vec<String> = (0..400u32)
            .map(|n| {
                let len = n % 7;
                (0..len).map(|i| ['a', 'b', 'é'][((n / 7 + i * 5) % 3) as usize]).collect()
            })
            .collect();
        for a in &words {
            for b in words.iter().step_by(7) {
                for k in 0..4 {
                    assert_eq!(within_edits(a, b, k), levenshtein(a, b) <= k, "{a} {b} {k}");
                }
            }
        }
        let long = "the quick brown fox jumps over the lazy dog ".repeat(20);
        let typo = long.replacen("fox", "fax", 2).replacen("lazy", "lazzy", 1);
        for k in 0..5 {
            assert_eq!(within_edits(&long, &typo, k), levenshtein(&long, &typo) <= k);
        }
    }

    #[test]
    fn roles_compare_by_meaning() {
        assert!(roles_compatible("special envoy", "envoy"));
        assert!(roles_compatible(
            "head of the regional military administration",
            "regional military administration chief"
        ));
        assert!(!roles_compatible("former president", "president"));
        assert!(!roles_compatible("senior advisor", "son-in-law"));
        assert!(roles_compatible("ex-president", "former president"));
        assert!(roles_compatible("president-elect", "president elect"));
        assert!(!roles_compatible("deputy mayor", "mayor"));
        assert!(!roles_compatible("chief financial officer", "chief operating officer"));
        assert!(!roles_compatible("alternate captain", "captain"));
        assert!(roles_compatible(&expand_role("ceo"), "chief executive"));
        assert!(roles_compatible("lawyer", "attorney"));
        assert_eq!(split_status("former president"), (Some("former"), "president".to_string()));
    }
}
