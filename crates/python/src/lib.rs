//! `storydiff._storydiff`: the storydiff engine as a Python extension module.
//!
//! A thin edge, as the CLI is: Python values in, the engine's [`Report`]
//! (the one serialized form of an analysis) out. Reports cross as the JSON
//! text `serde_json` writes for the CLI's `--format json`, read back by
//! Python's `json.loads`, so a report here is, value for value, the one the
//! CLI prints. Python-level wrappers, the stubs and the Spark helper live in
//! `python/storydiff/`.

mod arrow;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyIterator, PyString};
use rayon::prelude::*;
use storydiff_engine::claims::CivilDate;
use storydiff_engine::report::{ClaimsReport, Report};
use storydiff_engine::{analyze, Options, Version, VersionId};

/// One story as the engine takes it: its versions and, maybe, the index of
/// the reference.
pub(crate) struct Story {
    pub versions: Vec<Version>,
    pub reference: Option<usize>,
}

impl Story {
    /// The report, exactly as `storydiff compare --format json` builds it.
    pub(crate) fn report(&self) -> Report {
        let options = Options { reference: self.reference.map(VersionId), ..Options::default() };
        Report::new(&analyze(&self.versions, &options))
    }
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type().name().map_or_else(|_| "?".into(), |n| n.to_string())
}

/// The items of `obj` (the argument `what`), or a `TypeError` saying what
/// it should have been ("versions must be a dict …, not int").
fn iterate<'py>(
    obj: &Bound<'py, PyAny>,
    what: &str,
    shape: &str,
) -> PyResult<Bound<'py, PyIterator>> {
    obj.try_iter().map_err(|_| {
        PyTypeError::new_err(format!("{what} must be {shape}, not {}", type_name(obj)))
    })
}

fn text_of(obj: &Bound<'_, PyAny>, what: impl FnOnce() -> String) -> PyResult<String> {
    if obj.is_instance_of::<PyString>() {
        obj.extract()
    } else {
        Err(PyTypeError::new_err(format!("{} must be a str, not {}", what(), type_name(obj))))
    }
}

const VERSIONS_SHAPE: &str = "a dict {name: text} or a list of (name, text) pairs";

/// Reads `versions` (a dict `{name: text}` or an iterable of `(name, text)`
/// pairs) into engine versions.
fn read_versions(versions: &Bound<'_, PyAny>) -> PyResult<Vec<Version>> {
    if let Ok(dict) = versions.cast::<PyDict>() {
        return dict
            .iter()
            .map(|(k, v)| {
                let name = text_of(&k, || "a version's name".into())?;
                let text = text_of(&v, || format!("the text of version {name:?}"))?;
                Ok(Version::new(name, text))
            })
            .collect();
    }
    if versions.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!("versions must be {VERSIONS_SHAPE}, not a str")));
    }
    let items = iterate(versions, "versions", VERSIONS_SHAPE)?;
    let mut out = Vec::new();
    for (i, item) in items.enumerate() {
        let item = item?;
        let pair: Option<(Bound<'_, PyAny>, Bound<'_, PyAny>)> =
            if item.is_instance_of::<PyString>() { None } else { item.extract().ok() };
        let Some((name, text)) = pair else {
            return Err(PyTypeError::new_err(format!(
                "versions must be {VERSIONS_SHAPE}; item {i} is {}, not a (name, text) pair",
                type_name(&item)
            )));
        };
        let name = text_of(&name, || format!("the name of version {i}"))?;
        let text = text_of(&text, || format!("the text of version {name:?}"))?;
        out.push(Version::new(name, text));
    }
    Ok(out)
}

/// Reads a story and its optional reference (a version's name).
fn read_story(
    versions: &Bound<'_, PyAny>,
    reference: Option<&Bound<'_, PyAny>>,
) -> PyResult<Story> {
    let versions = read_versions(versions)?;
    let reference = match reference {
        None => None,
        Some(r) if r.is_none() => None,
        Some(r) => {
            let name = text_of(r, || "reference".into())?;
            let found = versions.iter().position(|v| v.name == name);
            Some(found.ok_or_else(|| {
                PyValueError::new_err(format!("reference {name:?} is not the name of a version"))
            })?)
        }
    };
    Ok(Story { versions, reference })
}

/// JSON text (as the CLI writes it) → Python objects, through `json.loads`.
pub(crate) fn json_to_py<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.getattr("loads")?.call1((json,))
}

fn report_json(report: &Report) -> String {
    serde_json::to_string(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// Compares the versions of one story and returns the report that
/// `storydiff compare --format json` prints, as Python objects.
///
/// versions: a dict {name: text} or a list of (name, text) pairs, in the
///     order the report lists them.
/// reference: the name of the version every other is judged against;
///     None judges them against the consensus of all versions.
///
/// Returns a dict: "version", "offsets" ("utf8-bytes": every start/end is
/// a UTF-8 byte offset into that document's text), "reference",
/// "documents", "findings" (most important first; each with "kind",
/// "severity", "summary", "rule", "evidence" [{"document", "text",
/// "value", "start", "end"}] and "missing_in"), "alignment",
/// "scorecards" and "diagnostics" (odd input such as an empty version).
///
/// Raises TypeError when versions is not of that shape or a name or text
/// is not a str, ValueError when reference names no version.
///
/// >>> r = compare({"a.txt": "Six people were hurt on Dec. 8.",
/// ...              "b.txt": "Seven people were hurt on Dec. 8."})
/// >>> r["findings"][0]["kind"]
/// 'number_conflict'
#[pyfunction]
#[pyo3(signature = (versions, reference=None))]
fn compare<'py>(
    py: Python<'py>,
    versions: &Bound<'py, PyAny>,
    reference: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let story = read_story(versions, reference)?;
    let json = py.detach(|| report_json(&story.report()));
    json_to_py(py, &json)
}

/// Compares many stories on all cores and returns their reports, in the
/// order given. Each story is what compare() takes as versions (a dict
/// {name: text} or a list of (name, text) pairs); reference, if given, is
/// a version name used in every story that has a version of that name.
///
/// The stories are read first (the iterable is consumed), then compared
/// in parallel (rayon) with the GIL released, so other Python threads run
/// meanwhile. Raises TypeError naming the story that is not of that shape.
#[pyfunction]
#[pyo3(signature = (stories, reference=None))]
fn compare_many<'py>(
    py: Python<'py>,
    stories: &Bound<'py, PyAny>,
    reference: Option<&Bound<'py, PyAny>>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let reference = match reference {
        Some(r) if !r.is_none() => Some(text_of(r, || "reference".into())?),
        _ => None,
    };
    let items = iterate(stories, "stories", "an iterable of stories")?;
    let mut read = Vec::new();
    for (i, item) in items.enumerate() {
        let versions = read_versions(&item?)
            .map_err(|e| PyTypeError::new_err(format!("story {i}: {}", e.value(py))))?;
        let reference =
            reference.as_ref().and_then(|name| versions.iter().position(|v| &v.name == name));
        read.push(Story { versions, reference });
    }
    let reports: Vec<String> =
        py.detach(|| read.par_iter().map(|s| report_json(&s.report())).collect());
    reports.iter().map(|json| json_to_py(py, json)).collect()
}

/// The claims the engine finds in one text, as `storydiff claims --format
/// json` lists them for a file: a list of dicts with "kind", "text",
/// "start", "end" (UTF-8 byte offsets), "value" (the normalised value),
/// "timex_type" (dates and times) and "detail".
///
/// dct: the date the text was published, a datetime.date or a
///     "YYYY-MM-DD" string; it resolves "Thursday" or "the previous day".
///
/// Raises TypeError when text is not a str, ValueError when dct is not a
/// date.
#[pyfunction]
#[pyo3(signature = (text, dct=None))]
fn claims<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    dct: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let text = text_of(text, || "text".into())?;
    let document_date = match dct {
        Some(d) if !d.is_none() => Some(read_date(d)?),
        _ => None,
    };
    let json = py.detach(|| {
        let versions = [Version::new("text", text)];
        let analysis = analyze(&versions, &Options { document_date, ..Options::default() });
        let mut report = ClaimsReport::new(&analysis);
        let claims = report.documents.pop().map(|d| d.claims).unwrap_or_default();
        serde_json::to_string(&claims).unwrap_or_else(|_| "[]".into())
    });
    json_to_py(py, &json)
}

/// A `datetime.date` (anything with `isoformat()`, read to its first ten
/// characters) or a `"YYYY-MM-DD"` string → a civil date.
fn read_date(d: &Bound<'_, PyAny>) -> PyResult<CivilDate> {
    let iso: String = if d.is_instance_of::<PyString>() {
        d.extract()?
    } else if let Ok(iso) = d.call_method0("isoformat") {
        let iso: String = iso.extract()?;
        iso.chars().take(10).collect()
    } else {
        return Err(PyTypeError::new_err(format!(
            "dct must be a datetime.date or a \"YYYY-MM-DD\" str, not {}",
            type_name(d)
        )));
    };
    CivilDate::parse_iso(&iso).ok_or_else(|| {
        PyValueError::new_err(format!("{iso:?} is not a date of the form YYYY-MM-DD"))
    })
}

/// The storydiff engine, compiled: see the `storydiff` package.
#[pymodule]
fn _storydiff(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(compare, m)?)?;
    m.add_function(wrap_pyfunction!(compare_many, m)?)?;
    m.add_function(wrap_pyfunction!(claims, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::compare_arrow, m)?)?;
    m.add_class::<arrow::ArrowFindings>()?;
    m.add("REPORT_VERSION", storydiff_engine::report::REPORT_VERSION)?;
    Ok(())
}
