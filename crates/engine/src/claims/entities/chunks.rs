//! Names from capitalised runs: each sentence cut into chunks of name
//! words, a chunk told apart into people, places and organisations
//! (gazetteer, given names, titles, "X, <state>"), names joined by "and".

use super::*;

impl Finder<'_> {
    pub(super) fn sentence_chunks(&mut self, si: usize) {
        let lx = lexicon();
        let (s0, s1) = self.sentence_range(si);
        let headline = self.is_headline(si);
        self.gaz = (s0..s1).map(|i| self.gazetteer_at(i, s1)).collect();
        self.gaz_base = s0;
        let mut i = s0;
        while i < s1 {
            let gaz = self.gaz[i - s0];
            if gaz.is_none() && !self.name_word(i, headline) {
                i += 1;
                continue;
            }
            // Collect the chunk's units.
            let mut units = Vec::new();
            let mut j = i;
            // An "of" after an organisation head was crossed: "Department
            // of Conservation and Natural Resources".
            let mut org_of = false;
            loop {
                if j >= s1 {
                    break;
                }
                if let Some((end, g)) = self.gaz[j - self.gaz_base] {
                    units.push(Unit { start: j, end, gaz: Some(g) });
                    j = end;
                } else if self.name_word(j, headline) {
                    units.push(Unit { start: j, end: j + 1, gaz: None });
                    j += 1;
                } else {
                    break;
                }
                // Connectors: "Bank of America", "Osama bin Laden"; "of" only
                // after an organisation, place or title word ("University of
                // Texas", "Secretary of State"), not "Simpson of Fort Coffee".
                if j + 1 >= s1 {
                    break;
                }
                let of_ok = self.w(j).lower != "of" || {
                    let p = &self.w(j - 1).lower;
                    lx.org_head(p)
                        || is_facility_head(p)
                        || lx.role_head(p).is_some()
                        || matches!(
                            p.as_str(),
                            "republic"
                                | "kingdom"
                                | "state"
                                | "states"
                                | "sea"
                                | "gulf"
                                | "isle"
                                | "duke"
                                | "duchess"
                                | "prince"
                                | "princess"
                                | "earl"
                                | "bay"
                                | "city"
                                | "district"
                                | "church"
                                | "saints"
                        )
                };
                if of_ok && j + 1 < s1 && is_connector(&self.w(j).lower) && !self.w(j).cap {
                    let next =
                        if self.w(j + 1).lower == "the" && j + 2 < s1 { j + 2 } else { j + 1 };
                    if self.name_word(next, headline) {
                        if self.w(j).lower == "of" && lx.org_head(&self.w(j - 1).lower) {
                            org_of = true;
                        }
                        j = next;
                        continue;
                    }
                }
                if self.w(j).lower == "and" && self.org_and(i, &units, j, s1, org_of, headline) {
                    j += 1;
                    continue;
                }
            }
            if units.is_empty() {
                i += 1;
                continue;
            }
            self.chunk(si, s0, &units, headline);
            i = j.max(i + 1);
        }
    }

    /// Does the "and" at word `j` join two parts of one organisation name?
    /// `the U.S. Fish and Wildlife Service` (the words after it end in an
    /// organisation head) and `Department of Health and Human Services`
    /// (inside the "of" part of one) do; `Apple and Samsung` does not.
    pub(super) fn org_and(
        &self,
        i: usize,
        units: &[Unit],
        j: usize,
        s1: usize,
        org_of: bool,
        headline: bool,
    ) -> bool {
        let lx = lexicon();
        // The capitalised run after "and".
        let mut e = j + 1;
        while e < s1
            && e < j + 5
            && self.name_word(e, headline)
            && self.gaz[e - self.gaz_base].is_none()
        {
            e += 1;
        }
        if e == j + 1 || self.w(j + 1).all_caps || lx.given_name(&self.w(j + 1).lower).is_some() {
            return false;
        }
        if org_of {
            return true;
        }
        let ends_in_head = lx.org_head(&self.w(e - 1).lower);
        // Before "and": one or two plain words, after "the" or a place.
        let plain: Vec<&Unit> = units.iter().filter(|u| u.gaz.is_none()).collect();
        let lead_in = units.first().is_some_and(|u| u.gaz.is_some())
            || (i > 0
                && self.w(i - 1).lower == "the"
                && self.w(i - 1).sentence == self.w(i).sentence);
        ends_in_head
            && lead_in
            && (1..=2).contains(&plain.len())
            && units.iter().all(|u| u.gaz.is_none() || u.start == i)
            && plain.iter().all(|u| !lx.org_head(&self.w(u.start).lower))
    }

    /// True when word `i` is at a clause start: the start of its sentence,
    /// or after an opening quote, bracket, dash or colon.
    pub(super) fn at_sentence_start(&self, i: usize, s0: usize) -> bool {
        let mut k = i;
        while k > s0 {
            let p = self.w(k - 1);
            if p.kind == Kind::Quote
                || matches!(p.lower.as_str(), "(" | "[" | "-" | "\u{2014}" | "\u{2013}" | ":")
            {
                k -= 1;
                continue;
            }
            return false;
        }
        true
    }

    pub(super) fn chunk(&mut self, si: usize, s0: usize, units: &[Unit], headline: bool) {
        let lx = lexicon();
        let mut units = units.to_vec();
        // Ordinary words capitalised at a sentence start: "Emergency meetings".
        while let Some(u) = units.first().copied() {
            let w = self.w(u.start);
            let initial = self.at_sentence_start(u.start, s0);
            let plain = u.gaz.is_none()
                && u.end == u.start + 1
                && (self.words.is_common(w) || (w.all_caps && self.words.seen_lowercase(&w.lower)))
                && lx.given_name(&w.lower).is_none();
            if (initial || headline) && plain {
                units.remove(0);
            } else {
                break;
            }
        }
        let Some(first) = units.first().copied() else { return };
        // "charged with Aggravated Assault", "convicted of Grand Larceny":
        // an offence, capitalised, neither a person nor a place.
        if first.start >= s0 + 2 {
            let (verb, prep) = (&self.w(first.start - 2).lower, &self.w(first.start - 1).lower);
            let offence = matches!(prep.as_str(), "with" | "of")
                && lexicon::ENTITIES_OFFENCE_CUES.contains(verb);
            if offence {
                return;
            }
        }
        let last_end = units.last().map_or(first.end, |u| u.end);
        // The person core: trailing name units that are not role words.
        let is_core_unit = |f: &Finder, u: &Unit| -> bool {
            if u.gaz.is_some() || u.end != u.start + 1 {
                return false;
            }
            let w = f.w(u.start);
            !(is_role_head(w)
                || lx.title(&w.lower).is_some()
                || lx.demonym(&w.lower)
                || lx.org_head(&w.lower)
                || is_facility_head(&w.lower)
                || lx.role_modifier(&w.lower) && !w.all_caps && lx.given_name(&w.lower).is_none())
        };
        // "Mayor Ellen Park": after a title and a given name, a facility word
        // ("Park", "Hill") is a surname.
        let n = units.len();
        let titled_surname = n >= 3 && {
            let (t, g, last) = (
                self.w(units[n - 3].start),
                self.w(units[n - 2].start),
                self.w(units[n - 1].start),
            );
            (is_role_head(t) || lx.title(&t.lower).is_some())
                && lx.given_name(&g.lower).is_some()
                && is_facility_head(&last.lower)
                && units[n - 1].gaz.is_none()
        };
        // "Park said", after "Mayor Ellen Park": the surname of someone
        // already named, whatever else the word can be.
        let known_surname = n == 1 && units[0].gaz.is_none() && {
            let lower = &self.w(units[0].start).lower;
            self.surnames.contains(lower)
        };
        let mut k = units.len();
        while k > 0
            && (is_core_unit(self, &units[k - 1]) || (titled_surname || known_surname) && k == n)
        {
            k -= 1;
        }
        // Long cores start at a given name: "Foreign Countries Kirill Dmitriev".
        if units.len() - k >= 3 {
            if let Some(g) = (k + 1..units.len() - 1)
                .find(|&g| lx.given_name(&self.w(units[g].start).lower).is_some())
            {
                k = g;
            }
        }
        // "Nevada Department of Wildlife": a name after an organisation
        // head and "of"/"and" is part of the organisation, not a person.
        if k > 0
            && k < units.len()
            && units[k].start > units[k - 1].end
            && units[..k].iter().any(|u| lx.org_head(&self.w(u.start).lower))
        {
            k = units.len();
        }
        // Emit the gazetteer and organisation units before the core.
        let prefix = &units[..k];
        self.prefix_names(prefix, last_end, si);
        if k == units.len() {
            return;
        }
        let start = units[k].start;
        let end = last_end;
        let core_len = units.len() - k;
        let before = if start > s0 { Some(self.w(start - 1)) } else { None };
        let after = self.words.words.get(end).filter(|w| w.sentence == si);
        let after2 = self.words.words.get(end + 1).filter(|w| w.sentence == si);
        let title_before = before.is_some_and(|b| is_role_head(b) || lx.title(&b.lower).is_some())
            || roles::of_title_head(&self.words.words, s0, start).is_some();
        let given = lx.given_name(&self.w(start).lower).is_some() && core_len >= 2;
        let speech_after = after.is_some_and(|a| !a.cap && lx.speech_verb(&a.lower).is_some())
            || (after
                .is_some_and(|a| matches!(a.lower.as_str(), "has" | "had" | "was" | "is" | "who"))
                && after2.is_some_and(|a| lx.speech_verb(&a.lower).is_some()));
        let speech_before =
            before.is_some_and(|b| matches!(b.lower.as_str(), "said" | "says" | "told" | "added"));
        let appositive = after.is_some_and(|a| a.is(","))
            && self.words.words.get(end + 1).is_some_and(|a| {
                a.kind == Kind::Number && a.sentence == si
                    || matches!(a.lower.as_str(), "a" | "an" | "the") && {
                        let (_, s1) = self.sentence_range(si);
                        !appositive_roles(&self.words.words, end + 2, s1).is_empty()
                    }
            });
        // "in Kessler Valley", "in the Great Basin".
        let locative = before.is_some_and(|b| is_locative(&b.lower))
            || (before.is_some_and(|b| b.lower == "the")
                && start >= s0 + 2
                && is_locative(&self.w(start - 2).lower)
                && self.w(start - 2).lower != "of");
        let place = after.is_some_and(|a| is_place_noun(&a.lower))
            || units[units.len() - 1..].iter().any(|u| is_facility_head(&self.w(u.start).lower));
        let past_speech = after.is_some_and(|a| {
            a.lower.ends_with("ed") || matches!(a.lower.as_str(), "said" | "told" | "wrote")
        });
        // A surname alone, of someone already named in full ("Park said"
        // after "Mayor Ellen Park"), is that person even when it is also a
        // common word.
        let lone_speaker = core_len == 1
            && !camel_case(&self.doc.text, self.w(start).span)
            && !self.w(start).all_caps
            && !lx.org_head(&self.w(start).lower)
            && (!self.words.is_common(self.w(start)) || known_surname);
        let quoted_object = before.is_some_and(|b| b.lower == "quoted");
        let strong = !headline
            && (title_before
                || given
                || appositive
                || (core_len >= 2 && (speech_after || speech_before))
                || (lone_speaker && ((speech_after && past_speech) || quoted_object)));
        // "a Regina, Saskatchewan, native": a town before ", <state>".
        let state_after = after.is_some_and(|a| a.is(","))
            && self
                .gaz
                .get(end + 1 - s0)
                .copied()
                .flatten()
                .is_some_and(|(_, g)| matches!(g, Gazetted::Place(c) if lx.state(c)));
        if state_after && core_len <= 3 && !title_before {
            self.pending.push(Pending {
                start,
                end,
                headline,
                locative: true,
                place: true,
                fallback_ok: false,
                speaker: false,
            });
            return;
        }
        // A facility word ends place names ("Lincoln Park"), but not a
        // titled person's ("Mayor Ellen Park").
        let facility = units[k..].iter().any(|u| is_facility_head(&self.w(u.start).lower));
        if strong && (!facility || title_before && given || known_surname) {
            self.add_person(start, end, si);
            return;
        }
        let fallback_ok = !headline
            && (2..=3).contains(&core_len)
            && units[k..].iter().all(|u| {
                let w = self.w(u.start);
                !self.words.is_common(w)
                    && !w.all_caps
                    && !camel_case(&self.doc.text, w.span)
                    && !lx.org_head(&w.lower)
                    && !is_facility_head(&w.lower)
            });
        let speaker = lone_speaker && (speech_before || speech_after);
        self.pending.push(Pending { start, end, headline, locative, place, fallback_ok, speaker });
    }

    /// The last unit of an organisation name whose words are joined by
    /// "of" or "and", starting at unit `from`: `Nevada Department of
    /// Wildlife`, `U.S. Fish and Wildlife Service`, `Bank of America` (not
    /// the "CEO" after it). A place in front belongs to such a name only.
    pub(super) fn org_extent(&self, units: &[Unit], from: usize) -> Option<usize> {
        let lx = lexicon();
        let gap = |k: usize| units[k].start > units[k - 1].end;
        let role_like =
            |w: &Word| (is_role_head(w) || lx.title(&w.lower).is_some()) && !lx.org_head(&w.lower);
        let placed = units[from].gaz.is_some();
        let first = from + usize::from(placed);
        let mut end = None;
        let mut crossed = false;
        let mut k = first;
        // Organisation names are short; the bound keeps a long run of
        // capitalised words linear.
        while k < units.len().min(first + 12) {
            let joined = k > first && gap(k);
            crossed |= joined;
            // A gazetteer name only right after "of"/"and": "Bank of America".
            if units[k].gaz.is_some() && !joined {
                break;
            }
            let w = self.w(units[k].start);
            if units[k].gaz.is_none() && role_like(w) {
                break;
            }
            if lx.org_head(&w.lower) || (crossed && end.is_some()) {
                end = Some(k);
            }
            k += 1;
        }
        let end = end?;
        // Joined by a connector inside the name; a bare "Nevada Supreme
        // Court" is left to the place and organisation rules.
        (first + 1..=end).any(gap).then_some(end)
    }

    /// Gazetteer and organisation names in front of a person core.
    pub(super) fn prefix_names(&mut self, units: &[Unit], _chunk_end: usize, _si: usize) {
        let lx = lexicon();
        let mut i = 0;
        while i < units.len() {
            let u = units[i];
            if let Some(e) = self.org_extent(units, i) {
                self.push_name(u.start, units[e].end, false);
                i = e + 1;
                continue;
            }
            match u.gaz {
                Some(Gazetted::Org) => {
                    // "India Today" + "TV": organisation heads extend it.
                    let mut end = u.end;
                    let mut j = i + 1;
                    while j < units.len()
                        && units[j].gaz.is_none()
                        && lx.org_head(&self.w(units[j].start).lower)
                    {
                        end = units[j].end;
                        j += 1;
                    }
                    self.push_name(u.start, end, false);
                    i = j;
                    continue;
                }
                Some(Gazetted::Country(_) | Gazetted::Place(_)) => {
                    // "Kherson Thermal Power Plant": a facility named after a place.
                    let mut j = i + 1;
                    while j < units.len() && units[j].gaz.is_none() {
                        j += 1;
                    }
                    let facility =
                        (i + 1..j).rev().find(|&f| is_facility_head(&self.w(units[f].start).lower));
                    if let Some(f) = facility {
                        self.push_name(u.start, units[f].end, true);
                        i = j;
                        continue;
                    }
                    self.push_name(u.start, u.end, true);
                }
                None => {
                    // A run of plain capitalised words: an organisation if it
                    // ends in an organisation head or is an acronym.
                    let mut j = i;
                    while j < units.len() && units[j].gaz.is_none() {
                        j += 1;
                    }
                    let run = &units[i..j];
                    let mut org_end = None;
                    for (k, r) in run.iter().enumerate() {
                        let w = self.w(r.start);
                        if lx.org_head(&w.lower)
                            || (w.all_caps && w.lower.len() <= 6 && !is_plain_acronym(&w.lower))
                        {
                            org_end = Some(k);
                        }
                    }
                    if let Some(k) = org_end {
                        let first = run[0].start;
                        // Skip leading role words and titles.
                        let mut s = first;
                        while s < run[k].start
                            && (is_role_head(self.w(s))
                                || lexicon().title(&self.w(s).lower).is_some())
                        {
                            s += 1;
                        }
                        let w = self.w(run[k].start);
                        if !is_role_head(w) || w.all_caps {
                            self.push_name(s, run[k].end, false);
                        }
                    } else if run.iter().any(|r| is_facility_head(&self.w(r.start).lower))
                        && run.len() >= 2
                    {
                        self.push_name(run[0].start, run[run.len() - 1].end, true);
                    }
                    i = j;
                    continue;
                }
            }
            i += 1;
        }
    }

    pub(super) fn push_name(&mut self, start: usize, end: usize, place: bool) {
        let (Some(a), Some(b)) =
            (self.words.words.get(start), end.checked_sub(1).and_then(|e| self.words.words.get(e)))
        else {
            return;
        };
        let span = Span::new(a.span.start, b.span.end);
        let joined: Vec<&str> =
            self.words.words[start..end].iter().map(|w| w.lower.as_str()).collect();
        let as_written = || lexicon().gazetted(&lexicon::fold(span.slice(&self.doc.text)));
        let entity = match lexicon().gazetted(&joined.join(" ")).or_else(as_written) {
            Some(Gazetted::Country(c) | Gazetted::Place(c)) => c.to_string(),
            _ => span.slice(&self.doc.text).to_string(),
        };
        self.names.push((span, place, entity));
    }

    pub(super) fn add_person(&mut self, start: usize, end: usize, si: usize) {
        let mut s = start;
        while s + 1 < end && is_honorific(&self.w(s).lower) {
            s += 1;
        }
        let key = key_of(&self.words.words[s..end]);
        let subject = self.is_subject(start, si);
        if end > s + 1 {
            self.surnames.insert(self.w(end - 1).lower.clone());
        }
        self.persons.push(Person {
            start: s,
            end,
            roles: Vec::new(),
            key,
            refers_to: None,
            subject,
            description: false,
        });
    }

    /// A mention at a clause start, not a possessor: the likely subject.
    pub(super) fn is_subject(&self, start: usize, si: usize) -> bool {
        let (s0, s1) = self.sentence_range(si);
        let mut k = start;
        // Skip a role phrase in front ("Russian President").
        if let Some(r) = pre_role_start(&self.words.words, s0, start) {
            k = r;
        }
        while k > s0 && is_honorific(&self.w(k - 1).lower) {
            k -= 1;
        }
        let clause_start = k == s0 || words::clause_start(&self.words.words, k);
        let mut e = start;
        while e < s1 && self.w(e).is_word() && self.w(e).cap {
            e += 1;
        }
        let possessor = self.words.words.get(e).is_some_and(|w| w.kind == Kind::Possessive);
        clause_start && !possessor
    }
}
