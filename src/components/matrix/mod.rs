//! The claims matrix: a row per fact, a column per version.

mod claims_matrix;

pub use claims_matrix::ClaimsMatrix;
