//! Roles attached to people: pending surnames resolved to the people they
//! name, titles and appositives before or after a name, roles given to
//! several people at once ("X and Y, respectively").

use super::*;

impl Finder<'_> {
    /// Decides the pending candidates once the strongly cued people are known.
    pub(super) fn resolve_pending(&mut self) {
        let lx = lexicon();
        let mut known_last: HashMap<String, usize> = HashMap::default();
        let mut known_first: HashMap<String, usize> = HashMap::default();
        let mut known_full: HashMap<String, usize> = HashMap::default();
        for p in &self.persons {
            if let (Some(f), Some(l)) = (p.key.first(), p.key.last()) {
                if p.key.len() >= 2 {
                    *known_last.entry(l.clone()).or_default() += 1;
                    *known_first.entry(f.clone()).or_default() += 1;
                }
                known_full.insert(p.key.join(" "), 1);
            }
        }
        let pending = std::mem::take(&mut self.pending);
        let text = self.doc.text.as_str();
        // The short forms of the organisations named: "great basin lithium"
        // → "Great Basin Lithium Co.".
        let mut org_names: HashMap<String, String> = HashMap::default();
        for (span, place, entity) in &self.names {
            if *place {
                continue;
            }
            let ws: Vec<String> =
                span.slice(text).split_whitespace().take(8).map(lexicon::fold).collect();
            for n in 2..ws.len() {
                org_names.entry(ws[..n].join(" ")).or_insert_with(|| entity.clone());
            }
        }
        // Two-word names taken without a cue ("Adaeze Okonkwo made 38
        // saves") make their parts known to a lone "said Okonkwo",
        // whichever comes first.
        let mut fallback_parts: HashMap<String, usize> = HashMap::default();
        for p in pending.iter().filter(|p| p.fallback_ok && !p.locative && !p.place) {
            let key = key_of(&self.words.words[p.start..p.end]);
            if key.len() >= 2 && !org_names.contains_key(&key.join(" ")) {
                for part in [key.first(), key.last()].into_iter().flatten() {
                    fallback_parts.insert(part.clone(), 1);
                }
            }
        }
        // Fallback names (no cue) are people only when they are not places.
        for p in &pending {
            let key = key_of(&self.words.words[p.start..p.end]);
            let joined = key.join(" ");
            let known = known_full.contains_key(&joined)
                || (key.len() == 1
                    && (known_last.contains_key(&key[0])
                        || known_first.contains_key(&key[0])
                        || (p.speaker && fallback_parts.contains_key(&key[0]))))
                || (key.len() >= 2
                    && known_last.contains_key(key.last().map_or("", |s| s.as_str()))
                    && !p.headline);
            let si = self.w(p.start).sentence;
            if !known && p.end - p.start >= 2 {
                // "Peter Capaldi Takes Over": a known name inside a longer run.
                if let Some((a, b)) = self.known_inside(p.start, p.end, &known_full, &known_last) {
                    self.add_person(a, b, si);
                    continue;
                }
            }
            if known && !p.place {
                self.add_person(p.start, p.end, si);
            } else if p.headline {
            } else if let Some(org) = org_names.get(&joined).filter(|_| !p.locative && !p.place) {
                // "Great Basin Lithium's vice president" after (or before)
                // "Great Basin Lithium Co.": the short form of the company.
                let org = org.clone();
                self.push_name(p.start, p.end, false);
                if let Some(last) = self.names.last_mut() {
                    last.2 = org;
                }
            } else if p.locative || p.place {
                // "in Game 7", "on Route 66": a name with a number is no place.
                let numbered = self.words.words.get(p.end).is_some_and(|w| w.kind == Kind::Number);
                if !numbered || p.place {
                    self.push_name(p.start, p.end, true);
                }
            } else if p.fallback_ok {
                self.add_person(p.start, p.end, si);
            } else if p.end == p.start + 1 {
                let w = self.w(p.start);
                let acronym = w.all_caps
                    && w.lower.len() <= 6
                    && !is_plain_acronym(&w.lower)
                    && lx.role_head(&w.lower).is_none();
                if acronym || lx.org_head(&w.lower) {
                    self.push_name(p.start, p.end, false);
                }
            }
        }
    }

    /// The longest known name (or a known surname) inside words `a..b`.
    pub(super) fn known_inside(
        &self,
        a: usize,
        b: usize,
        full: &HashMap<String, usize>,
        last: &HashMap<String, usize>,
    ) -> Option<(usize, usize)> {
        for len in (1..(b - a)).rev() {
            for s in a..=(b - len) {
                let key = key_of(&self.words.words[s..s + len]).join(" ");
                if full.contains_key(&key) && (len >= 2 || last.contains_key(&key)) {
                    return Some((s, s + len));
                }
            }
        }
        None
    }

    /// Roles before the name, in appositives, and coordinated appositives.
    pub(super) fn attach_roles(&mut self) {
        let text = self.doc.text.as_str();
        let words = &self.words.words;
        let n = self.persons.len();
        let ends: lexicon::FnvHashSet<usize> = self.persons.iter().map(|p| p.end).collect();
        for pi in 0..n {
            let (start, end) = (self.persons[pi].start, self.persons[pi].end);
            let si = words[start].sentence;
            let (s0, s1) = self.sentence_range(si);
            let mut roles = Vec::new();
            // Titles inside the chunk and role words before it.
            let mut core_start = start;
            while core_start > s0 && is_honorific(&words[core_start - 1].lower) {
                core_start -= 1;
            }
            if let Some(r) = pre_role_start(words, s0, core_start) {
                if let Some(role) = make_role(text, words, r, core_start) {
                    roles.push(role);
                }
            } else if core_start >= s0 + 2 && words[core_start - 1].is(",") {
                // "Ukraine's lead negotiator, Rustem Umerov".
                let head = core_start - 2;
                if is_role_head(&words[head]) && !is_honorific(&words[head].lower) {
                    let owner = ends.contains(&(head + 1));
                    if !owner {
                        if let Some(r) = pre_role_start(words, s0, head + 1) {
                            if let Some(role) = make_role(text, words, r, head + 1) {
                                roles.push(role);
                            }
                        }
                    }
                }
            }
            // Appositive: "Oleh Kiper, head of the regional military administration".
            // After "A and B," the phrase belongs to the pair (see below).
            let mut e = end;
            let coordinated =
                start > s0 && words[start - 1].lower == "and" && ends.contains(&(start - 1));
            if coordinated {
                e = usize::MAX;
            }
            if words.get(e).is_some_and(|w| w.kind == Kind::Possessive) {
                e = usize::MAX;
            }
            if e < s1 && words[e].is(",") {
                let from = e + 1;
                for (a, b) in appositive_roles(words, from, s1) {
                    // "Captain Jack Harkness, John Barrowman": a name, not a role.
                    if ends.contains(&b) {
                        continue;
                    }
                    if let Some(role) = make_role(text, words, a, b) {
                        roles.push(role);
                    }
                }
            }
            self.persons[pi].roles = roles;
        }
        self.coordinated_roles();
    }

    /// "Steve Witkoff and Jared Kushner, identified as Trump's special envoy
    /// and son-in-law" → one role each, in order.
    pub(super) fn coordinated_roles(&mut self) {
        let text = self.doc.text.as_str();
        let words = &self.words.words;
        let n = self.persons.len();
        let mut i = 0;
        while i < n {
            // A list of people joined by "," / "and".
            let mut group = vec![i];
            let mut j = i;
            while j + 1 < n {
                let gap = &words[self.persons[j].end..self.persons[j + 1].start];
                let joined = !gap.is_empty()
                    && gap.len() <= 2
                    && gap.iter().all(|w| w.is(",") || w.lower == "and")
                    && gap.last().is_some_and(|w| w.lower == "and" || w.is(","));
                if joined {
                    group.push(j + 1);
                    j += 1;
                } else {
                    break;
                }
            }
            if group.len() >= 2 {
                let last = &self.persons[*group.last().unwrap_or(&i)];
                let si = words[last.start].sentence;
                let (_, s1) = self.sentence_range(si);
                let mut k = last.end;
                if k < s1 && words[k].is(",") {
                    k += 1;
                    // Lead-ins: "identified as", "who are", "both".
                    let lead: &[&[&str]] = &[
                        &["identified", "as"],
                        &["described", "as"],
                        &["named", "as"],
                        &["known", "as"],
                        &["who", "are"],
                        &["who", "were"],
                        &["respectively"],
                    ];
                    for l in lead {
                        if words
                            .get(k..k + l.len())
                            .is_some_and(|ws| ws.iter().zip(l.iter()).all(|(w, x)| w.lower == *x))
                        {
                            k += l.len();
                            break;
                        }
                    }
                    // The role list up to the clause end.
                    let mut end = k;
                    while end < s1 && !matches!(words[end].kind, Kind::Punct | Kind::Quote)
                        || (end < s1
                            && words[end].is(",")
                            && words
                                .get(end + 1)
                                .is_some_and(|w| w.lower != "respectively" && is_role_head(w)))
                    {
                        end += 1;
                    }
                    let mut parts = Vec::new();
                    let mut ps = k;
                    for (m, w) in words.iter().enumerate().take(end).skip(k) {
                        if w.lower == "and" || w.is(",") {
                            parts.push((ps, m));
                            ps = m + 1;
                        }
                    }
                    parts.push((ps, end));
                    parts.retain(|&(a, b)| a < b);
                    let all_roles =
                        parts.iter().all(|&(a, b)| words[a..b].last().is_some_and(is_role_head));
                    if parts.len() == group.len() && all_roles {
                        for (g, &(a, b)) in group.iter().zip(parts.iter()) {
                            if let Some(role) = make_role(text, words, a, b) {
                                self.persons[*g].roles.push(role);
                            }
                        }
                    }
                }
            }
            i = j + 1;
        }
    }
}
