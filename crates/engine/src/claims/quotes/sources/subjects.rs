//! Who a source is: noun phrases before and after a speech verb, the
//! subject of a sentence, "according to X", "X, a spokesman for Y", he/she
//! resolved to the last person of that gender.

use super::*;

impl Sources<'_> {
    /// Resolves the words `a..b` as a source: a person (via mentions and
    /// pronouns) or a described source ("city officials").
    pub(super) fn resolve(&self, a: usize, b: usize) -> Option<Source> {
        let ws = self.ws();
        if a >= b || b > ws.len() {
            return None;
        }
        let span = self.span_of(a, b);
        // A person mention at the phrase's end.
        if let Some(mi) = self.person_at[b - 1] {
            let m = &self.mentions[mi];
            if m.end == b {
                // "Witkoff and Kushner": both people.
                let mut names = vec![m.entity.clone()];
                let mut s = m.np_start.min(a.max(m.np_start));
                let mut k = m.np_start;
                while k >= 2 && k - 2 >= a && ws[k - 1].lower == "and" {
                    match self.person_at[k - 2] {
                        Some(oi) if self.mentions[oi].end == k - 1 => {
                            names.insert(0, self.mentions[oi].entity.clone());
                            s = self.mentions[oi].np_start;
                            k = s;
                        }
                        _ => break,
                    }
                }
                let start = s.max(a);
                let key = names.join(" and ");
                return Some(Source { span: self.span_of(start, b), name: key.clone(), key });
            }
        }
        // A pronoun.
        if let Some(g) = pronoun_gender(&ws[a].lower).filter(|_| b == a + 1) {
            let mi = self.resolve_pronoun(a, g)?;
            let e = self.mentions[mi].entity.clone();
            return Some(Source { span, name: e.clone(), key: e });
        }
        // A described source: its head must name one.
        let lx = lexicon();
        let head = &ws[b - 1];
        let named_org = self.name_at[b - 1]
            || (head.cap && matches!(lx.gazetted(&head.lower), Some(Gazetted::Org)));
        let ok = is_source_noun(&head.lower)
            || lx.role_head(&head.lower).is_some()
            || lx.is_plural_role(&head.lower)
            || named_org;
        if !ok {
            return None;
        }
        Some(self.described(a, b))
    }

    /// A source named by a cue that only sources take ("according to the
    /// league"): any noun phrase but a pronoun or a plan followed.
    pub(super) fn resolve_cited(&self, a: usize, b: usize) -> Option<Source> {
        if let Some(s) = self.resolve(a, b) {
            return Some(s);
        }
        let ws = self.ws();
        let head = ws.get(b.checked_sub(1)?)?;
        let plain_words = (a..b).filter(|&k| ws[k].is_word() && !self.name_at[k]).count();
        let noun = plain_words <= 4
            && head.is_word()
            && !is_function_word(&head.lower)
            && pronoun_gender(&head.lower).is_none()
            && !crate::lexicon::SOURCES_NOT_CITED.contains(&head.lower)
            // Object pronouns: "according to it".
            && !matches!(head.lower.as_str(), "him" | "them" | "it");
        noun.then(|| self.described(a, b))
    }

    /// The words `a..b` kept as a described source: the key drops leading
    /// determiners and a trailing "in/of/from/at …" ("officials in Kherson"
    /// → "officials"), except inside an organisation's name ("the Nevada
    /// Department of Wildlife" → "nevada department of wildlife").
    pub(super) fn described(&self, a: usize, b: usize) -> Source {
        let ws = self.ws();
        let span = self.span_of(a, b);
        let mut start = a;
        while start + 1 < b && ws[start].is_word() && is_determiner(&ws[start].lower) {
            start += 1;
        }
        let in_name = |k: usize| self.name_at[k] && k > start && self.name_at[k - 1];
        let end = (start + 1..b)
            .find(|&k| matches!(ws[k].lower.as_str(), "in" | "of" | "from" | "at") && !in_name(k))
            .unwrap_or(b);
        let key = lower_words(&ws[start..end]).join(" ").replace(" 's", "'s");
        let name = span.slice(&self.doc.text).to_string();
        Source { span, name, key }
    }

    /// The source cited by the noun phrase at word `j` (after "according
    /// to", "surveyed by"); data named by where it comes from counts as
    /// that source: "data from the Census Bureau" → the Census Bureau.
    pub(super) fn cited_after(&self, j: usize, s1: usize) -> Option<Source> {
        let ws = self.ws();
        let (a, b) = self.np_after(j, s1)?;
        let head = ws[b - 1].lower.as_str();
        let data = matches!(
            head,
            "data" | "figures" | "statistics" | "numbers" | "estimates" | "records" | "survey"
        ) || (b == a + 1 && head == "a");
        if data {
            let by = match ws.get(b).map(|w| w.lower.as_str()) {
                Some("from" | "by" | "of") => Some(b + 1),
                Some("compiled" | "released" | "published" | "collected" | "gathered")
                    if ws.get(b + 1).is_some_and(|w| w.lower == "by") =>
                {
                    Some(b + 2)
                }
                _ => None,
            };
            if let Some(src) = by.and_then(|k| self.np_after(k, s1)) {
                if let Some(s) = self.resolve_cited(src.0, src.1) {
                    return Some(s);
                }
            }
        }
        self.resolve_cited(a, b)
    }

    /// The person a "he"/"she" at word `at` refers to: the latest subject of
    /// the same gender in this or the previous sentences, else the latest
    /// mention of that gender.
    pub(super) fn resolve_pronoun(&self, at: usize, g: Gender) -> Option<usize> {
        let ws = self.ws();
        let si = ws.get(at)?.sentence;
        let floor_sentence = si.saturating_sub(4);
        let compatible = |m: &Mention| m.gender == g || m.gender == Gender::Unknown;
        let end = self.mentions.partition_point(|m| m.start < at);
        let recent = self.mentions[..end]
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, m)| ws[m.start].sentence >= floor_sentence);
        let mut any = None;
        let mut subject = None;
        for (i, m) in recent {
            if !compatible(m) {
                continue;
            }
            if any.is_none() {
                any = Some(i);
            }
            if m.subject {
                subject = Some(i);
                break;
            }
        }
        subject.or(any)
    }

    /// The noun phrase ending right before word `v` (skipping auxiliaries
    /// and adverbs), not before `floor`.
    pub(super) fn np_before(&self, v: usize, floor: usize) -> Option<(usize, usize)> {
        let ws = self.ws();
        let mut j = v;
        while j > floor
            && ws[j - 1].is_word()
            && is_aux_or_adverb(&ws[j - 1].lower)
            && !ws[j - 1].cap
        {
            j -= 1;
        }
        // "Trump, on Wednesday, expressed": skip a parenthetical time.
        let end = j;
        if end <= floor {
            return None;
        }
        if let Some(mi) = self.person_at[end - 1] {
            let m = &self.mentions[mi];
            if m.end == end {
                // "Herbert Flynn of Fort Coffee said": a person of a place or
                // a body speaks, whatever the tagger took the place for.
                let s = m.np_start;
                if s >= floor + 2 && matches!(ws[s - 1].lower.as_str(), "of" | "from") {
                    if let Some(oi) = self.person_at[s - 2] {
                        let o = &self.mentions[oi];
                        if o.end == s - 1 {
                            return Some((o.np_start.max(floor), o.end));
                        }
                    }
                }
                // "Witkoff and Kushner reported": the pair.
                let mut s = m.np_start;
                while s >= floor + 2 && ws[s - 1].lower == "and" {
                    match self.person_at[s - 2] {
                        Some(oi) if self.mentions[oi].end == s - 1 => {
                            s = self.mentions[oi].np_start
                        }
                        _ => break,
                    }
                }
                return Some((s.max(floor), end));
            }
        }
        if pronoun_gender(&ws[end - 1].lower).is_some()
            || matches!(ws[end - 1].lower.as_str(), "they" | "it" | "we" | "i")
        {
            return Some((end - 1, end));
        }
        let mut a = end;
        while a > floor && end - a < 8 {
            let w = &ws[a - 1];
            // "Reports indicate": a plural noun spelled like a verb can be the head.
            let noun_like_verb = w.cap || (a == end && w.lower.ends_with('s'));
            let inner = w.kind == Kind::Possessive
                || w.lower == "-"
                || (w.is_word()
                    && !is_function_word(&w.lower)
                    && (noun_like_verb || lexicon().speech_verb(&w.lower).is_none()))
                || (w.is_word() && is_determiner(&w.lower))
                || w.kind == Kind::Number;
            // "Authorities in Kherson reported": a place after a source noun.
            let pp = w.is_word()
                && matches!(w.lower.as_str(), "in" | "of" | "from" | "at")
                && a >= floor + 2
                && (is_source_noun(&ws[a - 2].lower) || lexicon().is_plural_role(&ws[a - 2].lower));
            if !inner && !pp {
                break;
            }
            a -= 1;
            if w.is_word()
                && matches!(w.lower.as_str(), "a" | "an" | "the" | "his" | "her" | "their" | "its")
            {
                break;
            }
        }
        (a < end).then_some((a, end))
    }

    /// The noun phrase starting at word `j` (after "according to", "by",
    /// or an inverted "said").
    pub(super) fn np_after(&self, j: usize, ceil: usize) -> Option<(usize, usize)> {
        let ws = self.ws();
        if j >= ceil {
            return None;
        }
        let skip_det = usize::from(matches!(ws[j].lower.as_str(), "the" | "a" | "an"));
        for k in [j, j + skip_det] {
            if let Some(m) = self.starts_at.get(&k).map(|&i| &self.mentions[i]) {
                // "said Flynn's father, Herbert Flynn": the father speaks,
                // by the name after the comma if one follows; else the
                // phrase is read whole ("the mayor's office").
                if ws.get(m.end).is_some_and(|w| w.kind == Kind::Possessive) {
                    let comma = (m.end + 1..ceil.min(m.end + 5))
                        .find(|&b| ws[b].kind == Kind::Punct)
                        .filter(|&b| ws[b].lower == ",");
                    match comma.and_then(|b| self.starts_at.get(&(b + 1)).map(|&i| (b + 1, i))) {
                        Some((start, i)) => return Some((start, self.mentions[i].end)),
                        None => break,
                    }
                }
                let mut end = m.end;
                // "Witkoff and Kushner".
                while ws.get(end).is_some_and(|w| w.lower == "and") {
                    match self.starts_at.get(&(end + 1)).map(|&i| &self.mentions[i]) {
                        Some(o) => end = o.end,
                        None => break,
                    }
                }
                return Some((j, end));
            }
        }
        let mut b = j;
        while b < ceil && b - j < 10 {
            let w = &ws[b];
            // "the U.S. Fish and Wildlife Service": not cut inside a name.
            let in_name = b > j && self.name_at[b] && self.name_at[b - 1];
            let stop = !in_name && matches!(w.kind, Kind::Punct | Kind::Quote)
                || (w.is_word()
                    && b > j
                    && matches!(
                        w.lower.as_str(),
                        "on" | "in"
                            | "at"
                            | "during"
                            | "after"
                            | "before"
                            | "about"
                            | "that"
                            | "who"
                            | "which"
                            | "when"
                            | "while"
                            | "because"
                            | "as"
                            | "for"
                            | "to"
                            | "with"
                            | "from"
                            | "and"
                    ));
            // "surveyed by FactSet was 52 cents": a verb ends the phrase.
            let verb = b > j
                && w.is_word()
                && !w.cap
                && (is_aux_or_adverb(&w.lower)
                    || lexicon().speech_verb(&w.lower).is_some()
                    // "polled by Reuters expected": a name ends before a
                    // lower-case word other than a connector.
                    || (w.lower.ends_with("ed") && {
                        let p = &ws[b - 1];
                        p.is_word() && !is_function_word(&p.lower) && !p.lower.ends_with("ly")
                    }));
            let stop = (stop || verb) && !in_name;
            if stop {
                break;
            }
            b += 1;
        }
        (b > j).then_some((j, b))
    }

    /// The subject of a clause: the first person (or he/she) at a clause
    /// start in sentence `si`, before word `before`.
    pub(super) fn sentence_subject(&self, si: usize, before: usize) -> Option<Source> {
        let ws = self.ws();
        let (s0, _) = self.sentence_range(si);
        for k in s0..before {
            if let Some(mi) = self.person_at[k] {
                let m = &self.mentions[mi];
                if m.subject {
                    return self.resolve(m.np_start.max(s0), m.end);
                }
            }
            if pronoun_gender(&ws[k].lower).is_some()
                && clause_start(ws, k)
                && ws[k].lower != "her"
                && ws[k].lower != "him"
            {
                return self.resolve(k, k + 1);
            }
        }
        None
    }

    /// Who speaks with verb `v`: its subject, the antecedent of "who", the
    /// main clause's subject for "…, stating", or the inverted "said X".
    pub(super) fn subject_of(&self, v: usize, s0: usize, s1: usize) -> Option<Source> {
        let ws = self.ws();
        let si = ws[v].sentence;
        let mut p = v;
        while p > s0 && ws[p - 1].is_word() && is_aux_or_adverb(&ws[p - 1].lower) && !ws[p - 1].cap
        {
            p -= 1;
        }
        let prev = p.checked_sub(1).filter(|&x| x >= s0).map(|x| &ws[x]);
        if prev.is_some_and(|w| matches!(w.lower.as_str(), "who" | "which")) {
            // "Tass quoted Putin, who stated" → Putin.
            let mut k = p - 1;
            if k > s0 && ws[k - 1].is(",") {
                k -= 1;
            }
            let (a, b) = self.np_before(k, s0)?;
            return self.resolve(a, b);
        }
        let participle = ws[v].lower.ends_with("ing");
        if participle {
            if let Some(mi) = prev.and_then(|_| self.person_at[p - 1]) {
                let m = &self.mentions[mi];
                if m.end == p {
                    return self.resolve(m.np_start.max(s0), m.end);
                }
            }
        }
        let joined = prev.is_none_or(|w| {
            w.is(",") || matches!(w.lower.as_str(), "and" | "but" | "while" | "yet")
        });
        if (participle || prev.is_some_and(|w| matches!(w.lower.as_str(), "and" | "but" | "yet")))
            && joined
        {
            return self.sentence_subject(si, v);
        }
        let after_quote = prev.is_some_and(|w| w.kind == Kind::Quote)
            || (prev.is_some_and(|w| w.is(","))
                && p >= 2
                && p - 2 >= s0
                && ws[p - 2].kind == Kind::Quote);
        let that_follows = ws.get(v + 1).is_some_and(|w| w.lower == "that");
        if (prev.is_none() || after_quote) && !that_follows {
            // Inverted: `," said Warren`.
            let (a, b) = self.np_after(v + 1, s1)?;
            return self.resolve(a, b);
        }
        if prev.is_some_and(|w| w.is(",")) {
            // "Six were hurt, said the company.": the subject ends the
            // sentence ("…, told AFP" names the listener).
            let tell = lexicon()
                .speech_verb(&ws[v].lower)
                .is_some_and(|x| matches!(x.lemma, "tell" | "ask" | "inform" | "brief" | "quote"));
            let np = self.np_after(v + 1, s1).filter(|&(a, _)| {
                !tell && (!is_function_word(&ws[a].lower) || is_determiner(&ws[a].lower))
            });
            if let Some((a, b)) = np {
                let at_end = ws[b..s1].iter().all(|w| matches!(w.kind, Kind::Punct | Kind::Quote));
                if at_end && b - a <= 6 {
                    if let Some(s) = self.resolve(a, b) {
                        return Some(s);
                    }
                }
            }
        }
        if prev.is_some_and(|w| w.is(",")) && p >= 2 {
            // "the director, John Ging, said": the name set off by commas.
            if let Some(mi) = self.person_at[p - 2] {
                let m = &self.mentions[mi];
                if m.end == p - 1 && m.np_start > s0 && ws[m.np_start - 1].is(",") {
                    return self.resolve(m.np_start, m.end);
                }
            }
        }
        if prev.is_some_and(|w| w.is(",")) {
            // "Trump, on Wednesday, expressed": skip the parenthetical — the
            // one that opens like one ("The goalie, a Regina, Saskatchewan,
            // native who …, said": not at "Saskatchewan").
            let opens = |k: usize| {
                ws.get(k + 1).is_some_and(|w| {
                    w.kind == Kind::Number
                        || (w.is_word()
                            && !w.cap
                            && (is_determiner(&w.lower)
                                || w.lower.ends_with("ing")
                                || matches!(
                                    w.lower.as_str(),
                                    "who"
                                        | "whose"
                                        | "which"
                                        | "in"
                                        | "on"
                                        | "at"
                                        | "after"
                                        | "before"
                                        | "during"
                                        | "for"
                                        | "with"
                                        | "like"
                                        | "according"
                                        | "as"
                                )))
                })
            };
            // (Within a bounded window, so that a huge sentence stays linear.)
            let mut commas = (s0.max(p.saturating_sub(60))..p - 1)
                .rev()
                .take_while(|&k| !self.in_quote[k])
                .filter(|&k| ws[k].is(","));
            let last = commas.clone().next()?;
            let k = commas.find(|&k| opens(k)).unwrap_or(last);
            let (a, b) = self.np_before(k, s0)?;
            return self.resolve(a, b);
        }
        let (a, b) = self.np_before(p, s0)?;
        self.resolve(a, b)
    }
}
