#!/usr/bin/env python3
"""Stories per second through the batch CLI, the Python API and Spark local
mode, on the 20 ECB+ events (each repeated, as distinct stories), for
BENCHMARKS.md. Not part of the test run.

usage (after scripts/test.sh has built the CLI and the venv):
  target/py-venv/bin/python crates/python/bench/throughput.py [--repeat 10] [--bin PATH]
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "scripts"))
from ecbplus import events  # noqa: E402  (one ECB+ reader for every script)


def best(f, runs=3):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--bin", default=str(ROOT / "target" / "native" / "storydiff"))
    args = ap.parse_args()
    import storydiff

    ev = events()
    stories = [(f"{e}#{i}", vs) for i in range(args.repeat) for e, vs in ev.items()]
    n = len(stories)
    mb = sum(len(t.encode()) for _, vs in stories for _, t in vs) / 1e6
    rows = []

    def row(what, cores, secs, note=""):
        rows.append((what, cores, n / secs, n / secs / cores, mb / secs / cores, note))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stories.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for s, vs in stories:
                for name, text in vs:
                    f.write(json.dumps({"story": s, "name": name, "text": text}) + "\n")
        for jobs in (1, 2):
            def run():
                subprocess.run([args.bin, "batch", "--jobs", str(jobs), str(path)], check=True,
                               stdout=subprocess.DEVNULL)
            row("`storydiff batch`", jobs, best(run))
        out = subprocess.run(["/usr/bin/time", "-f", "%M", args.bin, "batch", "--jobs", "1",
                              str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True)
        rss_batch = int(out.stderr.strip().splitlines()[-1]) / 1024

    versions = [vs for _, vs in stories]
    row("Python `compare` in a loop", 1, best(lambda: [storydiff.compare(v) for v in versions]))
    row("Python `compare_many`", 2, best(lambda: storydiff.compare_many(versions)))
    import pyarrow as pa
    table = pa.table({"story": [s for s, vs in stories for _ in vs],
                      "name": [nm for _, vs in stories for nm, _ in vs],
                      "text": [t for _, vs in stories for _, t in vs]})
    arrow_secs = best(lambda: storydiff.compare_arrow(table))
    row("Python `compare_arrow`", 2, arrow_secs)

    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    from storydiff.spark import compare_stories
    t = time.perf_counter()
    spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
             .config("spark.sql.shuffle.partitions", "2").getOrCreate())
    start = time.perf_counter() - t
    spark.sparkContext.setLogLevel("ERROR")
    df = spark.createDataFrame(table.to_pandas())
    df.cache().count()
    compare_stories(df).count()  # warm the Python workers
    spark_secs = best(lambda: compare_stories(df).count())
    spark.stop()
    row("Spark `compare_stories`, local[2]", 2, spark_secs,
        f"session start {start:.0f} s, not counted")
    overhead = (spark_secs - arrow_secs) * 2 / n * 1e3

    print(f"{n} stories ({args.repeat} × the 20 ECB+ events), {mb:.1f} MB of text\n")
    print("| path | cores | stories/s | stories/s per core | MB/s per core | note |")
    print("|---|---:|---:|---:|---:|---|")
    for what, cores, sps, spc, mbs, note in rows:
        print(f"| {what} | {cores} | {sps:.0f} | {spc:.0f} | {mbs:.2f} | {note} |")
    print(f"\nSpark overhead per story (core-time over compare_arrow's): {overhead:.1f} ms")
    print(f"peak memory of `storydiff batch --jobs 1`: {rss_batch:.0f} MB; this Python process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
