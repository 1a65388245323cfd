//! Where the user is, in the page's address: the view, the selected
//! finding and the compared pair live in the fragment (`#view=findings&
//! finding=…&pair=A-C`, never sent to a server), so that a reload comes
//! back to the same place and the browser's Back walks the places
//! visited: a change of view is a new history entry, a new selection or
//! pair within a view replaces the current one. A share link's fragment
//! (`#w=…`) is left to the link opener.

use super::inputs::Inputs;
use super::navigation::{Navigation, View};
use super::results::Results;
use crate::workspace::{label_of, position_of_label, Pair};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// A place in the results, as the address holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Place {
    /// The view shown.
    pub view: Option<View>,
    /// The selected finding's key.
    pub finding: Option<String>,
    /// The compared pair, by position.
    pub pair: Option<(usize, usize)>,
}

impl Place {
    /// The place in a fragment (`"#view=diff&pair=A-C"`), or `None` when
    /// the fragment is not one (empty, a share link, an anchor).
    pub fn parse(fragment: &str) -> Option<Place> {
        let body = fragment.strip_prefix('#').unwrap_or(fragment);
        let mut place = Place::default();
        let mut any = false;
        for part in body.split('&') {
            let Some((key, value)) = part.split_once('=') else { continue };
            let value = decode(value);
            match key {
                "view" => place.view = View::from_id(&value),
                "finding" if !value.is_empty() => place.finding = Some(value),
                "pair" => {
                    place.pair = value
                        .split_once('-')
                        .and_then(|(a, b)| Some((position_of_label(a)?, position_of_label(b)?)))
                }
                "w" => return None,
                _ => continue,
            }
            any = true;
        }
        any.then_some(place)
    }

    /// The fragment of the place: `"#view=diff&pair=A-C"`.
    pub fn fragment(&self) -> String {
        let mut parts = Vec::new();
        if let Some(v) = self.view {
            parts.push(format!("view={}", v.id()));
        }
        if let Some(f) = &self.finding {
            parts.push(format!("finding={}", encode(f)));
        }
        if let Some((a, b)) = self.pair {
            parts.push(format!("pair={}-{}", label_of(a), label_of(b)));
        }
        format!("#{}", parts.join("&"))
    }
}

/// `%`-encodes what is not a letter, digit or `-_.~`.
fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `%`-decodes; a `%` not followed by two hex digits stays as it is.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let hex = |b: u8| (b as char).to_digit(16);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(a), Some(b)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((a * 16 + b) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The address's fragment now.
fn current_fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Puts `fragment` in the address: a new history entry (`push`) or in
/// place of the current one.
fn write(fragment: &str, push: bool) {
    let Some(window) = web_sys::window() else { return };
    let Ok(history) = window.history() else { return };
    let url = if fragment == "#" {
        let l = window.location();
        format!("{}{}", l.pathname().unwrap_or_default(), l.search().unwrap_or_default())
    } else {
        fragment.to_string()
    };
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Applies a place from the address to the navigation and the pair.
fn go(place: &Place, nav: Navigation, inputs: Inputs) {
    if let Some(view) = place.view {
        if nav.view.get_untracked() != view {
            nav.view.set(view);
        }
    }
    if nav.selected.get_untracked() != place.finding {
        nav.selected.set(place.finding.clone());
    }
    if let Some((a, b)) = place.pair {
        let pair = inputs.versions.with_untracked(|v| {
            let key = |i: usize| v.entries().get(i).map(|e| e.key);
            Pair { old: key(a), new: key(b) }
        });
        if pair.old.is_some() && pair.new.is_some() && inputs.pair.get_untracked() != pair {
            inputs.pair.set(pair);
        }
    }
}

/// The place the page shows now (tracked).
fn here(nav: Navigation, inputs: Inputs) -> Place {
    let view = nav.view.get();
    let pair = (view == View::Diff)
        .then(|| {
            let pair = inputs.pair.get();
            inputs.versions.with(|v| pair.resolve(v))
        })
        .flatten();
    Place { view: Some(view), finding: nav.selected.get(), pair }
}

/// Keeps the address and the place shown in step: the address's place is
/// shown at start (a reload comes back to it); then each change of view
/// is a history entry and each change of selection or pair within a view
/// replaces the current one; Back and Forward show the place they reach.
pub fn follow(nav: Navigation, inputs: Inputs, results: Results) {
    let start = current_fragment();
    let place = Place::parse(&start);
    if let Some(place) = &place {
        go(place, nav, inputs);
    }
    // A finding shown in the text comes back to its place once analysed.
    let pending =
        StoredValue::new(place.filter(|p| p.view == Some(View::Reading)).and_then(|p| p.finding));
    Effect::new(move |_| {
        let Some(key) = pending.get_value() else { return };
        let found = results.result.with(|r| r.as_ref().is_some_and(|r| r.finding(&key).is_some()));
        if found {
            pending.set_value(None);
            nav.jump_to_finding(&key);
        }
    });
    // Set while a place from the address is shown, so that it is not
    // written back as a new entry.
    let arriving = StoredValue::new(false);
    let last = StoredValue::new(None::<Place>);
    Effect::new(move |_| {
        let place = here(nav, inputs);
        let fragment = place.fragment();
        let current = current_fragment();
        // A share link waits for the link opener.
        if current.starts_with("#w=") {
            return;
        }
        let before = last.get_value();
        last.set_value(Some(place.clone()));
        let view_changed = before.as_ref().is_some_and(|b| b.view != place.view);
        if fragment == current {
            arriving.set_value(false);
            return;
        }
        let push = view_changed && !arriving.get_value();
        arriving.set_value(false);
        if push {
            // The entry left keeps what was chosen on the way out (the
            // finding followed into the text), so Back returns to it.
            if let Some(mut back) = before.filter(|b| b.finding != place.finding) {
                back.finding.clone_from(&place.finding);
                write(&back.fragment(), false);
            }
        }
        write(&fragment, push);
    });
    let pop = window_event_listener(leptos::ev::popstate, move |_| {
        if let Some(place) = Place::parse(&current_fragment()) {
            arriving.set_value(true);
            go(&place, nav, inputs);
            // Nothing changed: the next change of view is an entry again.
            set_timeout(move || arriving.set_value(false), std::time::Duration::ZERO);
        }
    });
    on_cleanup(move || pop.remove());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_read_back_from_their_fragment() {
        let place =
            Place { view: Some(View::Diff), finding: Some("0a1b 2&c".into()), pair: Some((0, 27)) };
        let fragment = place.fragment();
        assert_eq!(fragment, "#view=diff&finding=0a1b%202%26c&pair=A-AB");
        assert_eq!(Place::parse(&fragment), Some(place));
        assert_eq!(Place::parse("#view=findings").map(|p| p.view), Some(Some(View::Findings)));
    }

    #[test]
    fn share_links_and_anchors_are_not_places() {
        assert_eq!(Place::parse("#w=1.abc"), None);
        assert_eq!(Place::parse("#results"), None);
        assert_eq!(Place::parse(""), None);
        assert_eq!(decode("%zz%4"), "%zz%4");
    }
}
