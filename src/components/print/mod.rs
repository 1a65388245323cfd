//! The printed report: every finding and the whole claims matrix, laid out
//! only while printing.

mod print_report;

pub use print_report::PrintReport;
