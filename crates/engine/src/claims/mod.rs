//! Stage 4, extract claims: the checkable statements of one version —
//! quotes and who said them, quantities, dates and times, people with their
//! roles, places, organisations, sources, loaded words.
//!
//! Each extractor reads one [`Document`] and returns claims pointing into its
//! text; [`extract`] runs them all and puts the result in text order.
//! Values are normalised so that equal things are equal across versions:
//! `"six"` and `"6"` both give the quantity 6, `"Dec. 8"` and `"December 8"`
//! the same TIMEX3 value.

pub mod entities;
pub mod loaded;
pub mod quantities;
pub mod quotes;
pub mod time;
mod visible;
pub(crate) mod words;

use crate::text::{SentenceId, Span};
use crate::Document;
use serde::Serialize;

pub use time::{CivilDate, TimexType};

/// Declares a field-less enum that lists itself: the enum, its serde
/// name per variant, `ALL` (every variant, in declaration order) and
/// `as_str` (the serde name). A variant added here is in `ALL` by
/// construction, so lists built from it (the app's filters) cannot miss
/// it, and exhaustive matches elsewhere (the app's labels) stop compiling
/// until they learn it.
macro_rules! listed_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident = $tag:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
        )]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $tag)] $variant,)+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name in the report's JSON: `"snake_case"`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $tag,)+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.pad(self.as_str())
            }
        }
    };
}
pub(crate) use listed_enum;

listed_enum! {
    /// The kinds of claim, for filtering and display.
    pub enum ClaimKind {
        /// Words in quotation marks.
        Quote = "quote",
        /// Reported speech without quotation marks: "Putin said that …".
        Statement = "statement",
        /// A number with what it counts.
        Quantity = "quantity",
        /// A date, time, duration or set (TIMEX3).
        Time = "time",
        /// A person, with the titles and roles given to them.
        Person = "person",
        /// A named place.
        Place = "place",
        /// A named organisation.
        Organization = "organization",
        /// The source given for a statement: "according to city officials".
        Attribution = "attribution",
        /// An evaluative or intensifying word a neutral report would not use.
        Loaded = "loaded",
    }
}

/// One claim in one version.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// Where the claim is (for a quote: the marks and the words between).
    pub span: Span,
    /// The sentence it sits in (the sentence of its start).
    pub sentence: SentenceId,
    /// What kind of claim it is, with its kind-specific content.
    pub data: ClaimData,
}

impl Claim {
    /// The claim's kind.
    pub fn kind(&self) -> ClaimKind {
        match &self.data {
            ClaimData::Quote(_) => ClaimKind::Quote,
            ClaimData::Statement(_) => ClaimKind::Statement,
            ClaimData::Quantity(_) => ClaimKind::Quantity,
            ClaimData::Time(_) => ClaimKind::Time,
            ClaimData::Person(_) => ClaimKind::Person,
            ClaimData::Place(_) => ClaimKind::Place,
            ClaimData::Organization(_) => ClaimKind::Organization,
            ClaimData::Attribution(_) => ClaimKind::Attribution,
            ClaimData::Loaded(_) => ClaimKind::Loaded,
        }
    }
}

/// The kind-specific content of a claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ClaimData {
    /// See [`Quote`].
    Quote(Quote),
    /// See [`Statement`].
    Statement(Statement),
    /// See [`Quantity`].
    Quantity(Quantity),
    /// See [`Timex`].
    Time(Timex),
    /// See [`PersonMention`].
    Person(PersonMention),
    /// See [`NameMention`].
    Place(NameMention),
    /// See [`NameMention`].
    Organization(NameMention),
    /// See [`Attribution`].
    Attribution(Attribution),
    /// See [`LoadedWord`].
    Loaded(LoadedWord),
}

/// Who is said to have said something.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The speaker's full name where the text gives it ("Vladimir Putin" for
    /// "he" or "Putin"), else the words used ("a senior official").
    pub name: String,
    /// The words naming the speaker at this quote.
    pub span: Option<Span>,
}

/// Words in quotation marks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The words between the marks.
    pub content: Span,
    /// The content normalised for comparison: lower case, plain quotes and
    /// dashes, number words as digits, punctuation dropped, single spaces.
    pub normalized: String,
    /// Who said it, when the text says.
    pub speaker: Option<Speaker>,
    /// The speech verb: "said", "stated", "told", "described … as".
    pub verb: Option<String>,
    /// True for a quoted fragment inside the writer's own sentence
    /// (`described the talks as "necessary"`).
    pub partial: bool,
}

/// Reported speech: "Putin said that …", "…, according to Tass".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    /// Who is reported as saying it.
    pub speaker: Speaker,
    /// The speech verb or cue.
    pub verb: String,
    /// What is reported.
    pub content: Span,
}

/// A qualifier in front of a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// "about", "around", "some", "roughly", "nearly", "almost".
    Approximately,
    /// "over", "more than", "at least".
    AtLeast,
    /// "under", "fewer than", "less than", "up to", "at most".
    AtMost,
    /// "exactly", "precisely".
    Exactly,
}

/// What a number measures.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Measure {
    /// A plain count or amount.
    Count,
    /// A percentage: "4.5%" = "4.5 percent".
    Percent,
    /// Percentage points: "a quarter percentage point" = "0.25 percentage points".
    PercentagePoints,
    /// Money, with an ISO currency code where known ("USD").
    Money {
        /// "USD", "EUR", "GBP", … or the word used.
        currency: String,
    },
    /// An age in years: "68-year-old".
    Age,
    /// A vote or score: "7-2" = "seven to two".
    Score {
        /// The second number (the first is the quantity's value).
        other: f64,
    },
    /// An ordinal: "third", "4th".
    Ordinal,
    /// A multiplier: "twice", "three times".
    Multiplier,
}

/// A number with what it counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// The value: 40000 for "40,000" and for "forty thousand".
    pub value: f64,
    /// The upper end of a range ("10 to 12", "10-12").
    pub upper: Option<f64>,
    /// What kind of measure it is.
    pub measure: Measure,
    /// "over", "about", "at least", …
    pub qualifier: Option<Qualifier>,
    /// The head of the counted noun phrase, lemmatised: "resident" for
    /// "40,000 residents", "drone" for "138 drones", "girl" for "a
    /// 3-year-old girl".
    pub counted: Option<String>,
    /// Where the counted noun phrase is.
    pub counted_span: Option<Span>,
}

/// A temporal expression in TIMEX3 form.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timex {
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub ty: TimexType,
    /// The TIMEX3 value: `2025-12-02`, `2013-W11`, `P4Y`, `XXXX-WXX-4`,
    /// `2024-03-14TNI`, `PRESENT_REF`, …
    pub value: String,
    /// True when the value was computed against an anchor date (a weekday or
    /// "the previous day" with a known document date).
    pub resolved: bool,
}

/// A person, as named at one place.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonMention {
    /// The name as written here: "Putin".
    pub name: String,
    /// The fullest form of the name found in this version: "Vladimir
    /// Putin". Mentions of one person in one version share it.
    pub entity: String,
    /// Titles and roles given to the person at this mention.
    pub roles: Vec<Role>,
}

/// A title or role given to a person: "Russian President", "special envoy",
/// "Trump's son-in-law", "former president".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Role {
    /// The role normalised for comparison: lower case, possessor and
    /// nationality kept ("u.s. special envoy" → "special envoy" is the
    /// comparison key, see `key`).
    pub text: String,
    /// The comparison key: the role's head with the modifiers that change
    /// its meaning ("former president", "son-in-law", "senior advisor").
    pub key: String,
    /// Where the role words are.
    pub span: Span,
}

/// A place or organisation, as named at one place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NameMention {
    /// The name as written here.
    pub name: String,
    /// The fullest form found in this version.
    pub entity: String,
}

/// The source given for a statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// The source as written: "city administration head Oleksandr Vilkul".
    pub source: String,
    /// The source normalised for comparison: the person's full name if the
    /// source is a person, else the lower-cased head phrase ("city officials").
    pub key: String,
    /// Where the source words are.
    pub source_span: Span,
    /// The cue: "according to", "said", "reported", "quoted".
    pub cue: String,
}

/// An evaluative or intensifying word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LoadedWord {
    /// The word or phrase, lower case, lemmatised.
    pub lemma: String,
    /// Why it is loaded: "intensifier", "emotive", "judgement", …
    pub category: String,
}

/// Options that change what extraction finds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExtractOptions {
    /// The document creation date, if known from outside the text; weekdays
    /// and relative dates are resolved against it. When absent, a date found
    /// in the text (dateline, caption) is used.
    pub document_date: Option<CivilDate>,
}

/// Runs every extractor on one document; claims come back in text order.
/// Hidden characters (zero-width, bidi controls, soft hyphens) are left
/// out while extracting and the spans put back on the text as given.
pub fn extract(doc: &Document, options: &ExtractOptions) -> Vec<Claim> {
    let Some(visible) = visible::Visible::of(&doc.text) else {
        return extract_visible(doc, options);
    };
    let clean = Document::new(&crate::Version::new(doc.name.clone(), visible.text.clone()));
    let mut out = extract_visible(&clean, options);
    for c in &mut out {
        visible.restore_claim(c);
        let last = c.span.end.saturating_sub(1).max(c.span.start);
        // The sentence of the text as given (between sentences: the next).
        c.sentence =
            doc.sentence_at(c.span.start).or_else(|| doc.sentence_at(last)).unwrap_or_else(|| {
                let next = doc.seg.sentences.partition_point(|s| s.span.end <= c.span.start);
                SentenceId(next.min(doc.seg.sentences.len().saturating_sub(1)))
            });
    }
    out
}

fn extract_visible(doc: &Document, options: &ExtractOptions) -> Vec<Claim> {
    let mut out = Vec::new();
    // One word view for names, roles, quotes and sources.
    let words = words::Words::new(doc);
    let people = entities::entities_in(doc, &words);
    let quotes = quotes::quotes_in(doc, &words, &people);
    out.extend(quotes);
    out.extend(people);
    out.extend(quantities::extract_quantities(doc));
    out.extend(time::extract_times(doc, options.document_date));
    out.extend(loaded::extract_loaded(doc));
    out.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(a.span.end.cmp(&b.span.end)));
    out
}
