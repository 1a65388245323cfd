//! Mentions of one person linked to the fullest name, definite descriptions
//! ("the former president") resolved, and the claims emitted.

use super::*;

impl Finder<'_> {
    /// Groups mentions into entities; returns each entity's display name and
    /// sets nothing on the mentions (their index is found by `entity_of`).
    pub(super) fn link(&mut self) -> Entities {
        let mut ents = Entities::default();
        // Fullest forms: names not contained in a longer name.
        let mut fulls: Vec<(Vec<String>, usize)> = Vec::new();
        for (pi, p) in self.persons.iter().enumerate() {
            if p.description || p.key.is_empty() {
                continue;
            }
            if !fulls.iter().any(|(k, _)| k == &p.key) {
                fulls.push((p.key.clone(), pi));
            }
        }
        let contained = |short: &[String], long: &[String]| -> bool {
            short.len() < long.len()
                && (long.ends_with(short)
                    || (short.len() == 1 && long.first() == short.first())
                    || long.windows(short.len()).any(|w| w == short))
        };
        let maximal: Vec<usize> = (0..fulls.len())
            .filter(|&a| !fulls.iter().any(|(k, _)| contained(&fulls[a].0, k)))
            .collect();
        for &m in &maximal {
            let (key, pi) = &fulls[m];
            // Display form: the mention's words without honorifics, from a
            // mention not in capitals if one exists.
            let display_pi = self
                .persons
                .iter()
                .position(|p| {
                    &p.key == key
                        && !self.words.words[p.start..p.end]
                            .iter()
                            .all(|w| w.all_caps || !w.is_word())
                })
                .unwrap_or(*pi);
            let p = &self.persons[display_pi];
            let span = Span::new(
                self.words.words[p.start].span.start,
                self.words.words[p.end - 1].span.end,
            );
            ents.names.push(span.slice(&self.doc.text).to_string());
            ents.keys.push(key.clone());
        }
        // Each mention → the candidate entity mentioned most recently.
        let mut last_seen: Vec<Option<usize>> = vec![None; ents.keys.len()];
        ents.of_person = vec![None; self.persons.len()];
        for (pi, p) in self.persons.iter().enumerate() {
            if p.key.is_empty() {
                continue;
            }
            let cands: Vec<usize> = (0..ents.keys.len())
                .filter(|&e| ents.keys[e] == p.key || contained(&p.key, &ents.keys[e]))
                .collect();
            let best = cands
                .iter()
                .copied()
                .max_by_key(|&e| {
                    // A lone word is a surname before it is a first word:
                    // "Coburn" → "Pip Coburn", not "Coburn Ventures".
                    let surname = ents.keys[e].ends_with(&p.key);
                    (ents.keys[e] == p.key, surname, last_seen[e].map_or(0, |x| x + 1))
                })
                .or(None);
            if let Some(e) = best {
                last_seen[e] = Some(pi);
                ents.of_person[pi] = Some(e);
            }
        }
        ents
    }

    /// Definite descriptions that refer back: "the former president said".
    pub(super) fn descriptions(&mut self, ents: &Entities) {
        let lx = lexicon();
        let words = &self.words.words;
        let text = self.doc.text.as_str();
        let mut found = Vec::new();
        let mut covered = vec![false; words.len()];
        let mut ends = lexicon::FnvHashSet::default();
        for p in &self.persons {
            ends.insert(p.end);
            for c in covered.iter_mut().take(p.end).skip(p.start) {
                *c = true;
            }
        }
        #[derive(Default, Clone)]
        struct State {
            roles: Vec<Role>,
            last: Option<usize>,
            /// (sentence, word) of the latest mention as a subject.
            last_subject: Option<(usize, usize)>,
        }
        let mut state: Vec<State> = vec![State::default(); ents.keys.len()];
        let mut cursor = 0;
        for i in 0..words.len() {
            if words[i].lower != "the" {
                continue;
            }
            let si = words[i].sentence;
            let (_, s1) = self.sentence_range(si);
            // the [modifiers] head
            let mut k = i + 1;
            while k < s1 && k < i + 5 && !is_role_head(&words[k]) {
                let w = &words[k];
                let ok = w.is_word()
                    && (lx.demonym(&w.lower)
                        || lx.role_modifier(&w.lower)
                        || lx.meaning_changing(&w.lower)
                        || matches!(lx.gazetted(&w.lower), Some(Gazetted::Country(_)))
                        || w.lower.ends_with("-installed")
                        || w.lower.ends_with("-appointed")
                        || w.lower.ends_with("-backed"));
                if !ok {
                    break;
                }
                k += 1;
            }
            if k >= s1 || !is_role_head(&words[k]) {
                continue;
            }
            let head = &words[k];
            if !referring_head(&head.lower) {
                continue;
            }
            // Followed by a name: a title, not a description.
            let next = words.get(k + 1).filter(|w| w.sentence == si);
            if next.is_some_and(|w| (w.is_word() && w.cap) || w.lower == "of" || is_role_head(w)) {
                continue;
            }
            // An appositive of a named person: "Vladimir Saldo, the … leader".
            if i >= 2 && words[i - 1].is(",") && ends.contains(&(i - 1)) {
                continue;
            }
            if covered[i..=k].iter().any(|c| *c) {
                continue;
            }
            let speech_after = next.is_some_and(|w| lx.speech_verb(&w.lower).is_some());
            let desc_words = &words[i + 1..=k];
            let head_lower = roles::role_key(std::slice::from_ref(head));
            let demonyms: Vec<&str> = desc_words
                .iter()
                .filter(|w| lx.demonym(&w.lower))
                .map(|w| w.lower.as_str())
                .collect();
            // Take in the people mentioned before the description.
            while cursor < self.persons.len() && self.persons[cursor].start < i {
                let p = &self.persons[cursor];
                if let Some(e) = ents.of_person.get(cursor).copied().flatten() {
                    let st = &mut state[e];
                    // Each role once: a person named a thousand times with
                    // a title must not make every description slower.
                    for r in &p.roles {
                        if !st.roles.iter().any(|x| x.key == r.key && x.text == r.text) {
                            st.roles.push(r.clone());
                        }
                    }
                    st.last = Some(p.start);
                    if p.subject {
                        st.last_subject = Some((words[p.start].sentence, p.start));
                    }
                }
                cursor += 1;
            }
            // Rank the entities seen so far.
            let mut best: Option<(u8, usize, usize)> = None; // (score, last mention, entity)
            for (e, st) in state.iter().enumerate() {
                let Some(last) = st.last else { continue };
                let head_match = st
                    .roles
                    .iter()
                    .any(|r| r.key.split(' ').next_back() == Some(head_lower.as_str()));
                let has_dem = |r: &Role, d: &str| r.text.split(' ').any(|t| t == d);
                let dem_match = !demonyms.is_empty()
                    && st.roles.iter().any(|r| demonyms.iter().any(|d| has_dem(r, d)));
                let dem_conflict = !demonyms.is_empty()
                    && !dem_match
                    && st.roles.iter().any(|r| r.text.split(' ').any(|t| lx.demonym(t)));
                if dem_conflict {
                    continue;
                }
                let subject = st.last_subject.is_some_and(|(s, _)| s + 3 >= si);
                let score = match (head_match, dem_match, subject) {
                    (true, _, true) => 6,
                    (true, true, false) => 5,
                    (true, false, false) => 4,
                    (false, true, true) => 3,
                    (false, true, false) => 2,
                    (false, false, true) if speech_after => 1,
                    _ => 0,
                };
                if score == 0 {
                    continue;
                }
                // Among subjects, the latest subject wins ("Trump …, stating
                // that … Putin …. “…,” the former president said" → Trump).
                let recency = if subject { st.last_subject.map_or(last, |(_, w)| w) } else { last };
                if best.is_none_or(|(s, l, _)| (score, recency) > (s, l)) {
                    best = Some((score, recency, e));
                }
            }
            if let Some((_, _, e)) = best {
                if let Some(role) = make_role(text, words, i + 1, k + 1) {
                    found.push((i, k + 1, e, role));
                }
            }
        }
        for (start, end, e, role) in found {
            let key = ents.keys.get(e).cloned().unwrap_or_default();
            let si = words[start].sentence;
            let subject = self.is_subject(start, si);
            self.persons.push(Person {
                start: start + 1,
                end,
                roles: vec![role],
                key,
                refers_to: Some(e),
                subject,
                description: true,
            });
        }
    }

    pub(super) fn emit(&self, ents: &Entities) -> Vec<Claim> {
        let text = self.doc.text.as_str();
        let words = &self.words.words;
        let mut out = Vec::new();
        for (pi, p) in self.persons.iter().enumerate() {
            let (Some(a), Some(b)) =
                (words.get(p.start), p.end.checked_sub(1).and_then(|e| words.get(e)))
            else {
                continue;
            };
            let span = Span::new(a.span.start, b.span.end);
            let name = span.slice(text).to_string();
            let entity = p
                .refers_to
                .or_else(|| ents.of_person.get(pi).copied().flatten())
                .and_then(|e| ents.names.get(e).cloned())
                .unwrap_or_else(|| name.clone());
            let sentence = SentenceId(a.sentence);
            out.push(Claim {
                span,
                sentence,
                data: ClaimData::Person(PersonMention { name, entity, roles: p.roles.clone() }),
            });
        }
        // Places and organisations, not overlapping people.
        let mut seen: Vec<Span> = out.iter().map(|c| c.span).collect();
        seen.sort();
        let mut names = self.names.clone();
        names.sort_by_key(|n| (n.0.start, std::cmp::Reverse(n.0.end)));
        let mut last_end = 0;
        for (span, place, entity) in names {
            if span.start < last_end || seen.iter().any(|s| s.overlaps(span)) {
                continue;
            }
            last_end = span.end;
            let sentence = self.doc.sentence_at(span.start).unwrap_or(SentenceId(0));
            let mention = NameMention { name: span.slice(text).to_string(), entity };
            let data =
                if place { ClaimData::Place(mention) } else { ClaimData::Organization(mention) };
            out.push(Claim { span, sentence, data });
        }
        out
    }
}
