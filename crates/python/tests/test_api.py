"""The Python API: the CLI's reports, bad input as exceptions, the GIL."""

import datetime
import json
import sys
import threading

import pyarrow as pa
import pytest

import storydiff
from conftest import finding_rows


def read(path):
    return path.read_text(encoding="utf-8")


def test_the_seed_story_gives_the_report_of_the_cli(cli, seed_files):
    expected = json.loads(cli("compare", "--format", "json", *seed_files))
    versions = [(p.name, read(p)) for p in seed_files]
    got = storydiff.compare(versions)
    assert got == expected
    assert got["findings"], "the seed story has findings"
    assert storydiff.compare(dict(versions)) == expected


def test_a_reference_is_named_as_the_cli_names_it(cli, seed_files):
    reference = seed_files[2]
    expected = json.loads(cli("compare", "--format", "json", "--reference", reference, *seed_files))
    got = storydiff.compare([(p.name, read(p)) for p in seed_files], reference=reference.name)
    assert got == expected
    assert got["reference"] == reference.name


def test_claims_are_those_of_the_cli(cli, seed_files):
    path = seed_files[0]
    expected = json.loads(cli("claims", "--format", "json", "--dct", "2024-03-15", path))
    want = expected["documents"][0]["claims"]
    assert storydiff.claims(read(path), dct="2024-03-15") == want
    assert storydiff.claims(read(path), dct=datetime.date(2024, 3, 15)) == want
    assert storydiff.claims(read(path)) == json.loads(
        cli("claims", "--format", "json", path))["documents"][0]["claims"]


def test_compare_many_gives_the_report_of_each_story(ecbplus):
    stories = list(ecbplus.values())
    assert storydiff.compare_many(stories) == [storydiff.compare(s) for s in stories]
    assert storydiff.compare_many(iter([])) == []


@pytest.mark.parametrize("versions, message", [
    (5, "not int"),
    ("text", "not a str"),
    ([1, 2], "item 0 is int"),
    ([("a.txt", "x", "y")], "item 0 is tuple"),
    ([("a.txt", b"bytes")], 'version "a.txt" must be a str, not bytes'),
    ({"a.txt": None}, "not NoneType"),
    ({1: "text"}, "name must be a str, not int"),
])
def test_versions_of_the_wrong_type_are_a_type_error(versions, message):
    with pytest.raises(TypeError, match=message):
        storydiff.compare(versions)


def test_other_bad_input_is_an_exception_naming_it():
    with pytest.raises(ValueError, match='"z.txt" is not the name of a version'):
        storydiff.compare({"a.txt": "x", "b.txt": "y"}, reference="z.txt")
    with pytest.raises(TypeError, match="reference must be a str"):
        storydiff.compare({"a.txt": "x"}, reference=0)
    with pytest.raises(TypeError, match="story 1:"):
        storydiff.compare_many([{"a": "x"}, {"a": 1}])
    with pytest.raises(TypeError, match="iterable"):
        storydiff.compare_many(3)
    with pytest.raises(TypeError, match="text must be a str"):
        storydiff.claims(None)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        storydiff.claims("x", dct="2024-13-45")
    with pytest.raises(TypeError, match="dct must be"):
        storydiff.claims("x", dct=20240315)


def test_odd_input_stays_a_diagnostic_in_the_report():
    report = storydiff.compare({"a.txt": "Six people were hurt.", "b.txt": "  "})
    assert {"document": "b.txt", "message": "b.txt is empty."} in report["diagnostics"]
    report = storydiff.compare([("only.txt", "One version.")])
    assert any("at least two" in d["message"] for d in report["diagnostics"])
    assert storydiff.compare({})["documents"] == []
    # Text the engine finds hostile is still text: no crash, a report.
    storydiff.compare({"a": "\x00\ud7ff\u202e" * 1000, "b": "\"" * 5000 + "«" * 100})


def test_compare_many_lets_other_python_threads_run():
    """While compare_many compares, another Python thread runs.

    Forced GIL switches are turned off (a huge switch interval), so the main
    thread can run only when the thread in compare_many gives the GIL up by
    itself. It wakes once compare_many has taken the last story; if the GIL
    stayed held until compare_many returned, the main thread would run only
    after the worker had stored the reports and ended."""
    story = {f"v{i}.txt": "Six people were hurt on Dec. 8, officials said. " * 60 + str(i)
             for i in range(4)}
    stories = [story] * 12
    read_all = threading.Event()
    state = {}

    def feed():
        yield from stories
        read_all.set()

    def work():
        state["reports"] = storydiff.compare_many(feed())

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1000)
    try:
        worker = threading.Thread(target=work)
        worker.start()
        read_all.wait()
        ran_while_comparing = "reports" not in state
        worker.join()
    finally:
        sys.setswitchinterval(interval)
    assert ran_while_comparing, "the main thread ran only after compare_many returned"
    assert len(state["reports"]) == len(stories)


def arrow_rows(batch):
    return [tuple(r[c] if c != "missing_in" else tuple(r[c]) for c in storydiff.FINDINGS_COLUMNS)
            for r in batch.to_pylist()]


def test_arrow_findings_are_the_reports_findings(ecbplus):
    events = dict(list(ecbplus.items())[:6])
    table = pa.table({
        "story": [e for e, vs in events.items() for _ in vs],
        "name": [n for vs in events.values() for n, _ in vs],
        "text": [t for vs in events.values() for _, t in vs],
    })
    batch = storydiff.compare_arrow(table)
    assert isinstance(batch, pa.RecordBatch)
    assert tuple(batch.schema.names) == storydiff.FINDINGS_COLUMNS
    expected = [row for e, vs in events.items() for row in finding_rows(e, storydiff.compare(vs))]
    assert expected, "the events have findings"
    assert arrow_rows(batch) == expected
    # A record batch, other column names and other string layouts read alike.
    renamed = table.rename_columns(["s", "n", "t"]).to_batches()[0]
    assert arrow_rows(storydiff.compare_arrow(renamed, story="s", name="n", text="t")) == expected
    for layout in (pa.large_string(), pa.string_view()):
        cast = table.cast(pa.schema([(c, layout) for c in table.column_names]))
        assert arrow_rows(storydiff.compare_arrow(cast)) == expected


def test_arrow_rows_of_a_story_follow_the_first_appearance_of_each_story():
    table = pa.table({"story": ["b", "a", "b"], "name": ["x", "x", "y"],
                      "text": ["Six people were hurt.", "Hi.", "Seven people were hurt."]})
    batch = storydiff.compare_arrow(table)
    assert set(batch.column("story").to_pylist()) == {"b"}
    assert storydiff.compare_arrow(table.slice(0, 0)).num_rows == 0


def test_bad_arrow_input_is_an_exception_naming_it():
    with pytest.raises(TypeError, match="expected Arrow data"):
        storydiff.compare_arrow({"story": ["a"]})
    with pytest.raises(ValueError, match='no column "text"'):
        storydiff.compare_arrow(pa.table({"story": ["a"], "name": ["x"]}))
    with pytest.raises(TypeError, match='column "story" must hold strings, not Int64'):
        storydiff.compare_arrow(pa.table({"story": [1], "name": ["x"], "text": ["y"]}))
    with pytest.raises(ValueError, match='column "text" is null at row 1'):
        storydiff.compare_arrow(pa.table({"story": ["a", "a"], "name": ["x", "y"],
                                          "text": ["t", None]}))
    with pytest.raises(TypeError, match="single Arrow array"):
        storydiff.compare_arrow(pa.array(["a"]))


def test_help_says_what_each_function_takes():
    for f, words in [(storydiff.compare, ["versions", "reference", "TypeError"]),
                     (storydiff.compare_many, ["GIL", "all cores"]),
                     (storydiff.claims, ["dct", "YYYY-MM-DD"]),
                     (storydiff.compare_arrow, ["story", "missing_in", "pyarrow"])]:
        assert all(w in f.__doc__ for w in words), f.__name__
    assert "(versions, reference=None)" in storydiff.compare.__text_signature__
