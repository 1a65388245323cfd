"""storydiff in Apache Spark: the findings of every story of a DataFrame.

>>> from storydiff.spark import compare_stories
>>> findings = compare_stories(df, story="story", name="name", text="text")

Each story's rows are gathered on one executor (``groupBy(story)``) and
handed to the engine as one Arrow table (``applyInArrow``, or
``applyInPandas`` on a PySpark without it); the engine is the compiled
``storydiff`` package, so it must be installed wherever the executors run
Python (see the README's "Python and Spark" for a cluster recipe).

A story's versions are taken in order of their names (Spark does not keep
row order inside a group), so a report names its documents as
``storydiff compare`` does on the same files sorted by name.
"""

import storydiff

__all__ = ["FINDINGS_SCHEMA", "compare_stories"]

#: compare_stories' result, as a Spark DDL string (the columns of
#: storydiff.FINDINGS_COLUMNS).
FINDINGS_SCHEMA = (
    "story string, finding int, kind string, severity string, summary string, "
    "rule string, document string, text string, value string, start bigint, "
    "`end` bigint, missing_in array<string>"
)


def compare_stories(df, story="story", name="name", text="text"):
    """Compares every story of a Spark DataFrame; returns a DataFrame of findings.

    df: one row per version of a story.
    story: the column identifying a story (cast to string).
    name: the column naming the version, as a file name would.
    text: the column holding the version's text.

    Returns a DataFrame with FINDINGS_SCHEMA: one row per piece of evidence
    of every finding, as storydiff.compare_arrow returns them (story;
    finding, its rank in the story's report, 0 = most important; kind,
    severity, summary, rule; document, text, value, start, end of the
    evidence; missing_in). Lazy, as Spark is: nothing runs until an action.
    """
    from pyspark.sql import functions as F

    rows = df.select(
        F.col(story).cast("string").alias("story"),
        F.col(name).cast("string").alias("name"),
        F.col(text).cast("string").alias("text"),
    )
    grouped = rows.groupBy("story")
    if hasattr(grouped, "applyInArrow"):
        return grouped.applyInArrow(_compare_table, FINDINGS_SCHEMA)
    return grouped.applyInPandas(_compare_frame, FINDINGS_SCHEMA)


def _sorted_by_name(table):
    import pyarrow.compute as pc

    return table.take(pc.sort_indices(table, sort_keys=[("name", "ascending")]))


def _findings_table(table):
    import pyarrow as pa

    found = storydiff.compare_arrow(_sorted_by_name(table))
    return pa.Table.from_batches([found])


def _compare_table(table):
    """One story's rows (a pyarrow.Table) → its findings (a pyarrow.Table)."""
    return _findings_table(table)


def _compare_frame(frame):
    """applyInPandas' form of _compare_table (PySpark before applyInArrow)."""
    import pyarrow as pa

    table = pa.Table.from_pandas(frame, preserve_index=False)
    return _findings_table(table).to_pandas()
