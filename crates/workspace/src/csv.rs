//! The claims matrix as CSV (RFC 4180): one row per fact, and for each
//! version three columns: what it says (the excerpt), the normalised value,
//! and whether that is the same as the reference's (or, without a
//! reference, the most common value), different, or missing.
//!
//! ```text
//! fact,kind,a.txt,a.txt value,a.txt status,b.txt,b.txt value,b.txt status
//! People hurt,quantity,six people,6,same,seven people,7,different
//! ```

use storydiff_engine::compare::Value;
use storydiff_engine::Analysis;

/// Renders the claims matrix of `a` as CSV, with CRLF line ends.
pub fn claims_matrix(a: &Analysis) -> String {
    let mut out = String::new();
    let mut header = vec!["fact".to_string(), "kind".to_string()];
    for d in &a.documents {
        header.push(d.name.clone());
        header.push(format!("{} value", d.name));
        header.push(format!("{} status", d.name));
    }
    row(&mut out, &header);
    for fact in &a.facts {
        let mut cells = vec![fact.label.clone(), fact.kind.as_str().to_string()];
        let base = base_value(a, &fact.values);
        for (v, d) in a.documents.iter().enumerate() {
            let mut excerpts: Vec<&str> = Vec::new();
            for id in fact.claims.get(v).into_iter().flatten() {
                if let Some(c) = a.claims.get(id.0) {
                    let text = c.claim.span.slice(&d.text);
                    if !text.is_empty() && !excerpts.contains(&text) {
                        excerpts.push(text);
                    }
                }
            }
            let value = fact.values.get(v).and_then(Option::as_ref);
            cells.push(excerpts.join(" | "));
            cells.push(value.map(value_text).unwrap_or_default());
            cells.push(
                match (value, base) {
                    (None, _) => "missing",
                    (Some(x), Some(b)) if x == b => "same",
                    (Some(_), Some(_)) => "different",
                    (Some(_), None) => "same",
                }
                .to_string(),
            );
        }
        row(&mut out, &cells);
    }
    out
}

/// The reference's value when it states one, else the most common value
/// (the first to reach the top count on a tie).
fn base_value<'a>(a: &Analysis, values: &'a [Option<Value>]) -> Option<&'a Value> {
    if let Some(v) = a.reference.and_then(|r| values.get(r.0)).and_then(Option::as_ref) {
        return Some(v);
    }
    let present: Vec<&Value> = values.iter().flatten().collect();
    let count = |v: &Value| present.iter().filter(|x| **x == v).count();
    let mut best: Option<(&Value, usize)> = None;
    for v in &present {
        let n = count(v);
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((v, n));
        }
    }
    best.map(|(v, _)| v)
}

/// `6.0` → `"6"`; `4.5` → `"4.5"`; text as is.
fn value_text(v: &Value) -> String {
    match v {
        Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
        Value::Number(n) => n.to_string(),
        Value::Text(t) => t.clone(),
    }
}

/// Appends one CSV record. Every field is quoted; a field that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first)
/// gets a leading `'`, as OWASP advises for CSV made of untrusted text.
fn row(out: &mut String, cells: &[String]) {
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
    use storydiff_engine::{analyze, Options, Version};

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        let mut out = String::new();
        row(&mut out, &["a \"b\"".into(), "=SUM(A1)".into(), "-2".into(), "x\ny".into()]);
        assert_eq!(out, "\"a \"\"b\"\"\",\"'=SUM(A1)\",\"'-2\",\"x\ny\"\r\n");
    }

    #[test]
    fn the_matrix_has_a_row_per_fact_and_three_columns_per_version() {
        let versions = [
            Version::new("a.txt", "The council voted 7-2 on Tuesday to approve six new schools."),
            Version::new("b.txt", "The council voted 6-3 on Tuesday to approve six new schools."),
            Version::new("c.txt", "The council voted 7-2 on Tuesday to approve nine new schools."),
        ];
        let a = analyze(&versions, &Options::default());
        let csv = claims_matrix(&a);
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines[0],
            "\"fact\",\"kind\",\"a.txt\",\"a.txt value\",\"a.txt status\",\"b.txt\",\"b.txt value\",\
             \"b.txt status\",\"c.txt\",\"c.txt value\",\"c.txt status\""
        );
        assert_eq!(lines.len(), a.facts.len() + 1);
        let vote = lines.iter().find(|l| l.contains("\"6-3\"")).expect(&csv);
        assert!(vote.ends_with(",\"7-2\",\"7-2\",\"same\""), "{vote}");
        assert!(vote.contains(",\"6-3\",\"6-3\",\"different\","), "{vote}");
    }
}
