"""storydiff.spark on a local Spark (local[2]): the findings of every ECB+
event, grouped by sub-topic, equal the CLI's for that event."""

import os
import sys
from collections import defaultdict

import pytest

from conftest import ECBPLUS, finding_rows


@pytest.fixture(scope="module")
def spark():
    # The executors' Python must be this one, where storydiff is installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("storydiff-test")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "4")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_spark_findings_equal_the_clis_on_every_ecbplus_event(spark, ecbplus, cli_report):
    from pyspark.sql import functions as F

    from storydiff.spark import compare_stories

    df = (spark.read.json(str(ECBPLUS))
          .withColumn("name", F.regexp_replace("doc", r"\.xml$", ".txt")))
    got = defaultdict(list)
    for row in compare_stories(df, story="subtopic", name="name", text="text").collect():
        d = row.asDict()
        d["missing_in"] = tuple(d["missing_in"])
        got[d["story"]].append(tuple(d.values()))

    assert len(ecbplus) == 20
    for event, versions in ecbplus.items():
        # Spark hands a story's versions over in name order, as the CLI is
        # run on an event's files sorted by name (scripts/real_coverage.py).
        expected = finding_rows(event, cli_report(sorted(versions)))
        assert expected, f"{event} has findings"
        assert sorted(got[event], key=repr) == sorted(expected, key=repr), event
    assert set(got) <= set(ecbplus)
