"""Shared fixtures: the repository, the CLI to compare against, the corpora.

The CLI is $STORYDIFF_CLI (default target/debug/storydiff, which `cargo test` builds);
the ECB+ corpus is $STORYDIFF_SHARED/corpora/ecbplus (default: shared/
beside the repository). Without either, the tests that need it fail.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "scripts"))
import ecbplus as corpus  # noqa: E402  (scripts/ecbplus.py: one ECB+ reader)

ECBPLUS = corpus.CORPUS
SEED = ROOT / "fixtures" / "stories" / "seed"


@pytest.fixture(scope="session")
def cli():
    """A function running the storydiff CLI: cli(*args, cwd=None) -> stdout."""
    binary = Path(os.environ.get("STORYDIFF_CLI", ROOT / "target" / "debug" / "storydiff"))
    if not binary.exists():
        pytest.fail(f"the storydiff CLI is needed at {binary} "
                    "(cargo build -p storydiff-cli, or set STORYDIFF_CLI)")

    def run(*args, cwd=None):
        out = subprocess.run([str(binary), *map(str, args)], cwd=cwd, capture_output=True,
                             text=True, encoding="utf-8")
        assert out.returncode == 0, out.stderr
        return out.stdout

    return run


@pytest.fixture(scope="session")
def seed_files():
    return sorted(SEED.glob("*.txt"))


@pytest.fixture(scope="session")
def ecbplus():
    """{event: [(name, text)]}: the 20 ECB+ events in corpus order, each
    document named as scripts/real_coverage.py names it ("36_1ecb.xml" ->
    "36_1ecb.txt"), its text as stored. Fails when the corpus is missing."""
    try:
        events = corpus.events()
    except FileNotFoundError as e:
        pytest.fail(str(e))
    assert len(events) == 20, "the ECB+ file holds 20 events"
    return events


@pytest.fixture(scope="session")
def cli_report(cli, tmp_path_factory):
    """cli_report(versions) -> the report of `storydiff compare --format json`
    on the versions written as files, in the order given."""
    base = tmp_path_factory.mktemp("stories")
    count = [0]

    def report(versions):
        count[0] += 1
        d = base / str(count[0])
        d.mkdir()
        files = []
        for name, text in versions:
            (d / name).write_text(text, encoding="utf-8", newline="")
            files.append(name)
        return json.loads(cli("compare", "--format", "json", *files, cwd=d))

    return report


def finding_rows(story, report):
    """A report's findings as compare_arrow's rows (one per piece of
    evidence), for comparing the Arrow and Spark outputs with the CLI."""
    rows = []
    for i, f in enumerate(report["findings"]):
        for e in f["evidence"] or [None]:
            value = None if e is None else e["value"]
            if value is not None and not isinstance(value, str):
                value = json.dumps(value)
            rows.append((
                story, i, f["kind"], f["severity"], f["summary"], f["rule"],
                e and e["document"], e and e["text"], value,
                e and e["start"], e and e["end"], tuple(f["missing_in"]),
            ))
    return rows
