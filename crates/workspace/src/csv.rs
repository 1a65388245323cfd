//! CSV (RFC 4180) as spreadsheets read it as is: a byte-order mark first
//! ([`BOM`], so that Excel and LibreOffice take the file as UTF-8 and
//! curly quotes and accents survive), every field quoted, CRLF line ends,
//! and fields that a spreadsheet would run as a formula defused. The web
//! app's claims matrix export is written with [`row`].
//!
//! ```
//! let mut out = String::from(storydiff_workspace::csv::BOM);
//! storydiff_workspace::csv::row(&mut out, &["fact".into(), "=1+1".into()]);
//! assert_eq!(out, "\u{feff}\"fact\",\"'=1+1\"\r\n");
//! ```

/// The byte-order mark a spreadsheet needs to read the file as UTF-8.
pub const BOM: &str = "\u{feff}";

/// Appends one CSV record. Every field is quoted; a field that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first)
/// gets a leading `'`, as OWASP advises for CSV made of untrusted text.
pub fn row(out: &mut String, cells: &[String]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('"');
        if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            out.push('\'');
        }
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        let mut out = String::new();
        row(&mut out, &["a \"b\"".into(), "=SUM(A1)".into(), "-2".into(), "x\ny".into()]);
        assert_eq!(out, "\"a \"\"b\"\"\",\"'=SUM(A1)\",\"'-2\",\"x\ny\"\r\n");
    }
}
