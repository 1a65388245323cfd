//! Arrow in, Arrow out: `story, name, text` rows → one row per piece of
//! evidence of every finding.
//!
//! Record batches cross through Arrow's C data interface and the PyCapsule
//! protocol (`__arrow_c_stream__`, `__arrow_c_array__`), so pyarrow,
//! Polars, DuckDB and Spark hand their buffers over without a copy and read
//! ours the same way. Only the engine's own `Version`s copy the text, as
//! every front end does.

use crate::{type_name, Story};
use arrow_array::builder::{Int32Builder, Int64Builder, ListBuilder, StringBuilder};
use arrow_array::cast::AsArray;
use arrow_array::ffi::{from_ffi, to_ffi, FFI_ArrowArray, FFI_ArrowSchema};
use arrow_array::ffi_stream::{FFI_ArrowArrayStream, RecordBatchStreamReader};
use arrow_array::{Array, ArrayRef, RecordBatch, RecordBatchIterator, StructArray};
use arrow_schema::{ArrowError, DataType, Field, Schema, SchemaRef};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyTuple};
use rayon::prelude::*;
use std::collections::HashMap;
use std::ffi::CStr;
use std::sync::Arc;
use storydiff_engine::report::{FindingDto, Report};
use storydiff_engine::Version;

const SCHEMA: &CStr = c"arrow_schema";
const ARRAY: &CStr = c"arrow_array";
const STREAM: &CStr = c"arrow_array_stream";

fn arrow_err(e: ArrowError) -> PyErr {
    PyValueError::new_err(format!("Arrow: {e}"))
}

/// The record batches of any object speaking the Arrow PyCapsule protocol.
fn import_batches(data: &Bound<'_, PyAny>) -> PyResult<Vec<RecordBatch>> {
    if data.hasattr("__arrow_c_stream__")? {
        let capsule = data.call_method0("__arrow_c_stream__")?;
        let capsule = capsule.cast::<PyCapsule>()?;
        let ptr = capsule.pointer_checked(Some(STREAM))?.cast::<FFI_ArrowArrayStream>();
        // SAFETY: the capsule holds an ArrowArrayStream (its name says so);
        // from_raw moves it out and leaves a released one for the capsule.
        let reader =
            unsafe { RecordBatchStreamReader::from_raw(ptr.as_ptr()) }.map_err(arrow_err)?;
        return reader.collect::<Result<Vec<_>, _>>().map_err(arrow_err);
    }
    if data.hasattr("__arrow_c_array__")? {
        let pair = data.call_method0("__arrow_c_array__")?;
        let pair = pair.cast::<PyTuple>()?;
        let schema = pair.get_item(0)?;
        let schema = schema.cast::<PyCapsule>()?;
        let array = pair.get_item(1)?;
        let array = array.cast::<PyCapsule>()?;
        let schema_ptr = schema.pointer_checked(Some(SCHEMA))?.cast::<FFI_ArrowSchema>();
        let array_ptr = array.pointer_checked(Some(ARRAY))?.cast::<FFI_ArrowArray>();
        // SAFETY: the capsules hold an ArrowSchema and an ArrowArray (their
        // names say so). The array is moved out, a released one left behind;
        // the schema is only borrowed and stays the capsule's.
        let data = unsafe {
            let array = std::ptr::replace(array_ptr.as_ptr(), FFI_ArrowArray::empty());
            from_ffi(array, schema_ptr.as_ref())
        }
        .map_err(arrow_err)?;
        if !matches!(data.data_type(), DataType::Struct(_)) {
            return Err(PyTypeError::new_err(
                "expected a record batch or table, not a single Arrow array",
            ));
        }
        return Ok(vec![RecordBatch::from(StructArray::from(data))]);
    }
    Err(PyTypeError::new_err(format!(
        "expected Arrow data (an object with __arrow_c_stream__ or __arrow_c_array__, such as a \
         pyarrow.Table or RecordBatch or a polars.DataFrame), not {}",
        type_name(data)
    )))
}

/// A string column of any of Arrow's three string layouts, read in place.
enum Strings<'a> {
    Utf8(&'a arrow_array::GenericStringArray<i32>),
    Large(&'a arrow_array::GenericStringArray<i64>),
    View(&'a arrow_array::StringViewArray),
}

impl<'a> Strings<'a> {
    fn of(batch: &'a RecordBatch, column: &str) -> PyResult<Strings<'a>> {
        let array = batch.column_by_name(column).ok_or_else(|| {
            let names: Vec<String> =
                batch.schema().fields().iter().map(|f| format!("{:?}", f.name())).collect();
            PyValueError::new_err(format!(
                "no column {column:?} (the columns are {})",
                names.join(", ")
            ))
        })?;
        if let Some(a) = array.as_string_opt::<i32>() {
            Ok(Strings::Utf8(a))
        } else if let Some(a) = array.as_string_opt::<i64>() {
            Ok(Strings::Large(a))
        } else if let Some(a) = array.as_string_view_opt() {
            Ok(Strings::View(a))
        } else {
            Err(PyTypeError::new_err(format!(
                "column {column:?} must hold strings, not {}",
                array.data_type()
            )))
        }
    }

    fn get(&self, row: usize) -> Option<&'a str> {
        let (nulls, value) = match self {
            Strings::Utf8(a) => (a.is_null(row), a.value(row)),
            Strings::Large(a) => (a.is_null(row), a.value(row)),
            Strings::View(a) => (a.is_null(row), a.value(row)),
        };
        (!nulls).then_some(value)
    }
}

/// Rows grouped into stories, in the order each story first appears;
/// versions in row order.
fn stories(batches: &[RecordBatch], columns: [&str; 3]) -> PyResult<Vec<(String, Story)>> {
    let mut out: Vec<(String, Story)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut row_base = 0;
    for batch in batches {
        let [story, name, text] = columns.map(|c| Strings::of(batch, c));
        let (story, name, text) = (story?, name?, text?);
        for row in 0..batch.num_rows() {
            fn cell<'a>(s: &Strings<'a>, c: &str, row: usize, at: usize) -> PyResult<&'a str> {
                s.get(row).ok_or_else(|| {
                    PyValueError::new_err(format!("column {c:?} is null at row {at}"))
                })
            }
            let at = row_base + row;
            let (s, n, t) = (
                cell(&story, columns[0], row, at)?,
                cell(&name, columns[1], row, at)?,
                cell(&text, columns[2], row, at)?,
            );
            let i = *index.entry(s.to_owned()).or_insert_with(|| {
                out.push((s.to_owned(), Story { versions: Vec::new(), reference: None }));
                out.len() - 1
            });
            out[i].1.versions.push(Version::new(n, t));
        }
        row_base += batch.num_rows();
    }
    Ok(out)
}

/// The findings table's schema, in the order `FindingsBuilder` fills it.
fn findings_schema() -> SchemaRef {
    let text = |name: &str, nullable: bool| Field::new(name, DataType::Utf8, nullable);
    Arc::new(Schema::new(vec![
        text("story", false),
        Field::new("finding", DataType::Int32, false),
        text("kind", false),
        text("severity", false),
        text("summary", false),
        text("rule", false),
        text("document", true),
        text("text", true),
        text("value", true),
        Field::new("start", DataType::Int64, true),
        Field::new("end", DataType::Int64, true),
        Field::new(
            "missing_in",
            DataType::List(Arc::new(Field::new("element", DataType::Utf8, true))),
            false,
        ),
    ]))
}

#[derive(Default)]
struct FindingsBuilder {
    story: StringBuilder,
    finding: Int32Builder,
    kind: StringBuilder,
    severity: StringBuilder,
    summary: StringBuilder,
    rule: StringBuilder,
    document: StringBuilder,
    text: StringBuilder,
    value: StringBuilder,
    start: Int64Builder,
    end: Int64Builder,
    missing_in: ListBuilder<StringBuilder>,
}

/// A value as the findings table holds it: a string as is, a number as
/// JSON writes it (`6.0`), none as null.
fn value_text(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

impl FindingsBuilder {
    /// One row per piece of evidence (one row with null evidence columns
    /// for a finding that has none).
    fn push(&mut self, story: &str, index: usize, f: &FindingDto) {
        let rows = f.evidence.len().max(1);
        for r in 0..rows {
            self.story.append_value(story);
            self.finding.append_value(i32::try_from(index).unwrap_or(i32::MAX));
            self.kind.append_value(f.kind.as_str());
            self.severity.append_value(f.severity.as_str());
            self.summary.append_value(&f.summary);
            self.rule.append_value(&f.rule);
            let e = f.evidence.get(r);
            self.document.append_option(e.map(|e| &e.document));
            self.text.append_option(e.map(|e| &e.text));
            self.value.append_option(e.and_then(|e| value_text(&e.value)));
            let offset = |o: usize| i64::try_from(o).unwrap_or(i64::MAX);
            self.start.append_option(e.map(|e| offset(e.start)));
            self.end.append_option(e.map(|e| offset(e.end)));
            for m in &f.missing_in {
                self.missing_in.values().append_value(m);
            }
            self.missing_in.append(true);
        }
    }

    fn finish(mut self) -> Result<RecordBatch, ArrowError> {
        let schema = findings_schema();
        let list_field = match schema.field_with_name("missing_in")?.data_type() {
            DataType::List(f) => f.clone(),
            _ => unreachable!("missing_in is a list"),
        };
        let text = |b: &mut StringBuilder| -> ArrayRef { Arc::new(b.finish()) };
        let columns: Vec<ArrayRef> = vec![
            text(&mut self.story),
            Arc::new(self.finding.finish()),
            text(&mut self.kind),
            text(&mut self.severity),
            text(&mut self.summary),
            text(&mut self.rule),
            text(&mut self.document),
            text(&mut self.text),
            text(&mut self.value),
            Arc::new(self.start.finish()),
            Arc::new(self.end.finish()),
            Arc::new(self.missing_in.with_field(list_field).finish()),
        ];
        RecordBatch::try_new(schema, columns)
    }
}

/// compare_arrow(data, story="story", name="name", text="text")
///
/// The engine's entry point for Arrow data (the `storydiff.compare_arrow`
/// wrapper returns a pyarrow.RecordBatch of what this returns).
#[pyfunction]
#[pyo3(signature = (data, story="story", name="name", text="text"))]
pub fn compare_arrow(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    story: &str,
    name: &str,
    text: &str,
) -> PyResult<ArrowFindings> {
    let batches = import_batches(data)?;
    let batch = py.detach(|| -> PyResult<RecordBatch> {
        let stories = stories(&batches, [story, name, text])?;
        let reports: Vec<Report> = stories.par_iter().map(|(_, s)| s.report()).collect();
        let mut builder = FindingsBuilder::default();
        for ((id, _), report) in stories.iter().zip(&reports) {
            for (i, f) in report.findings.iter().enumerate() {
                builder.push(id, i, f);
            }
        }
        builder.finish().map_err(arrow_err)
    })?;
    Ok(ArrowFindings { batch })
}

/// Findings as an Arrow record batch, handed to any Arrow library through
/// the PyCapsule protocol (`pyarrow.record_batch(x)`, `polars.DataFrame(x)`).
#[pyclass(module = "storydiff._storydiff", frozen)]
pub struct ArrowFindings {
    batch: RecordBatch,
}

#[pymethods]
impl ArrowFindings {
    /// Number of rows.
    fn __len__(&self) -> usize {
        self.batch.num_rows()
    }

    /// The schema, as an `arrow_schema` capsule.
    fn __arrow_c_schema__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyCapsule>> {
        let schema = FFI_ArrowSchema::try_from(self.batch.schema().as_ref()).map_err(arrow_err)?;
        PyCapsule::new_with_value(py, schema, SCHEMA)
    }

    /// The batch as a struct array: `(arrow_schema, arrow_array)` capsules.
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_array__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        let _ = requested_schema;
        let data = StructArray::from(self.batch.clone()).into_data();
        let (array, schema) = to_ffi(&data).map_err(arrow_err)?;
        let schema = PyCapsule::new_with_value(py, schema, SCHEMA)?;
        let array = PyCapsule::new_with_value(py, array, ARRAY)?;
        PyTuple::new(py, [schema.into_any(), array.into_any()])
    }

    /// The batch as a one-batch stream: an `arrow_array_stream` capsule.
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema;
        let reader = RecordBatchIterator::new(vec![Ok(self.batch.clone())], self.batch.schema());
        let stream = FFI_ArrowArrayStream::new(Box::new(reader));
        PyCapsule::new_with_value(py, stream, STREAM)
    }
}
