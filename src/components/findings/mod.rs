//! The findings: filters, the list, and each finding with its evidence.

mod evidence_quote;
mod finding_filters;
mod finding_item;
mod finding_list;
mod severity_badge;

pub use evidence_quote::{clip_context, EvidenceQuote};
pub use finding_filters::FindingFilters;
pub use finding_item::FindingItem;
pub use finding_list::FindingList;
pub use severity_badge::SeverityBadge;
