"""storydiff: find where versions of one news story disagree about facts.

The same engine as the storydiff web page and CLI, compiled for Python:

>>> import storydiff
>>> report = storydiff.compare({"a.txt": "Six people were hurt on Dec. 8.",
...                             "b.txt": "Seven people were hurt on Dec. 8."})
>>> [f["kind"] for f in report["findings"]]
['number_conflict']

- compare(versions, reference=None): the report `storydiff compare
  --format json` prints, as Python objects.
- compare_many(stories): many stories on all cores, the GIL released.
- claims(text, dct=None): what `storydiff claims --format json` lists.
- compare_arrow(data): Arrow rows of story, name, text in, one row per
  piece of evidence of every finding out (pyarrow, Polars, DuckDB...).
- storydiff.spark.compare_stories(df): the same over a Spark DataFrame.
"""

from ._storydiff import REPORT_VERSION, ArrowFindings, claims, compare, compare_many
from ._storydiff import compare_arrow as _compare_arrow

__all__ = [
    "REPORT_VERSION",
    "ArrowFindings",
    "FINDINGS_COLUMNS",
    "claims",
    "compare",
    "compare_arrow",
    "compare_many",
]

#: The columns of compare_arrow's result, in order.
FINDINGS_COLUMNS = (
    "story", "finding", "kind", "severity", "summary", "rule",
    "document", "text", "value", "start", "end", "missing_in",
)


def compare_arrow(data, story="story", name="name", text="text"):
    """Compares every story of an Arrow table and returns its findings.

    data: Arrow data with one row per version: a pyarrow.Table or
        RecordBatch, a polars.DataFrame, a DuckDB result... (anything with
        __arrow_c_stream__ or __arrow_c_array__; string columns of any
        layout). Read without a copy.
    story, name, text: the names of the columns holding the story id, the
        version's name and its text.

    Rows with the same story id form one story, its versions in row order;
    stories are compared in parallel on all cores with the GIL released.

    Returns a pyarrow.RecordBatch (or, without pyarrow, an ArrowFindings
    that any Arrow library reads through the PyCapsule protocol) with one
    row per piece of evidence of every finding, columns FINDINGS_COLUMNS:
    story; finding (its rank in the story's report, 0 = most important);
    kind, severity, summary, rule; document, text, value (the normalised
    value as text: a number as JSON writes it), start, end (UTF-8 byte
    offsets) of the evidence, null for a finding without evidence; and
    missing_in, the versions lacking the fact. A story without findings has
    no rows.

    Raises TypeError for data that is not Arrow or a column that is not
    strings, ValueError for a missing column or a null.
    """
    found = _compare_arrow(data, story, name, text)
    try:
        import pyarrow
    except ImportError:
        return found
    return pyarrow.record_batch(found)
