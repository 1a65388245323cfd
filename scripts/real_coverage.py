#!/usr/bin/env python3
"""Real coverage: storydiff's findings on the 20 ECB+ events, scored and judged.

The articles stay in ../shared/corpora/ecbplus (never copied into the repo).
One event is one ECB+ sub-topic (e.g. 36_ecb): its articles are the versions,
each named after its ECB+ document with .txt for .xml ("36_1ecb.txt"), its
text exactly as stored in the corpus. fixtures/real/<event>/ holds:

  expected.json    the gold read by ../shared/tools/score_findings.py:
                   planted disagreements and traps (equal wordings)
  judgements.json  a verdict on every finding the engine has produced on the
                   event: {"findings": [{"key", "kind", "summary", "verdict":
                   "REAL"|"NOISE", "why"}]}, keyed by what the finding shows
                   (kind + evidence excerpts + versions said to lack it)

usage:
  real_coverage.py export DIR            write DIR/<event>/<doc>.txt
  real_coverage.py run [--bin PATH]      compare every event (CLI, JSON) into
                                         target/real-coverage/<event>.json
  real_coverage.py score [--markdown]    per-event table: findings, judged
                                         REAL / NOISE, precision, planted, traps
  real_coverage.py pending EVENT         unjudged findings of EVENT, with each
                                         excerpt's sentence, as a JSON template
                                         (fill in verdict and why, then absorb)
  real_coverage.py absorb EVENT FILE     add the filled template's verdicts to
                                         fixtures/real/EVENT/judgements.json

`run` uses target/release/storydiff (build it with
`cargo build --release -p storydiff-cli`) unless --bin is given. Reports go to
$REAL_COVERAGE_OUT when it is set (to keep one engine's reports apart).
"""
import hashlib
import json
import os
import subprocess
import sys
import tempfile

import ecbplus

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SHARED = os.environ.get("STORYDIFF_SHARED", os.path.join(ROOT, "..", "shared"))
SCORER = os.path.join(SHARED, "tools", "score_findings.py")
GOLD = os.path.join(ROOT, "fixtures", "real")
OUT = os.environ.get("REAL_COVERAGE_OUT", os.path.join(ROOT, "target", "real-coverage"))

# What each kind of finding asserts, for the precision split that
# ../shared/docs/EVALUATION.md asks for.
CONFLICT = {"date_conflict", "number_conflict", "name_conflict", "role_changed",
            "source_changed", "quote_speaker_changed", "quote_altered",
            "outcome_changed", "self_contradiction"}
PRESENCE = {"passage_omitted", "passage_added", "quote_missing", "detail_omitted"}


def events():
    """{event: [(name, text)]} in corpus order."""
    try:
        return ecbplus.events()
    except FileNotFoundError as e:
        sys.exit(str(e))


def finding_key(f):
    """What a finding shows, independent of its summary's wording and order."""
    ev = sorted({(e["document"], e["text"]) for e in f.get("evidence", [])})
    body = json.dumps([f["kind"], ev, sorted(f.get("missing_in", []))], ensure_ascii=False)
    return hashlib.sha1(body.encode("utf-8")).hexdigest()[:16]


def export(directory):
    for event, docs in events().items():
        d = os.path.join(directory, event)
        os.makedirs(d, exist_ok=True)
        for name, text in docs:
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)


def compare(binary, directory, extra=()):
    """The CLI's JSON report on the articles in `directory` (one exported
    event), with `extra` arguments before the files."""
    files = sorted(os.listdir(directory))
    out = subprocess.run([binary, "compare", "--format", "json", *extra, *files], cwd=directory,
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"{os.path.basename(directory)}: storydiff failed: {out.stderr}")
    return out.stdout


def run(binary):
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        export(tmp)
        for event in sorted(os.listdir(tmp)):
            report = compare(binary, os.path.join(tmp, event))
            with open(os.path.join(OUT, event + ".json"), "w", encoding="utf-8") as f:
                f.write(report)


def load_report(event):
    path = os.path.join(OUT, event + ".json")
    if not os.path.exists(path):
        sys.exit(f"{path} missing: run `real_coverage.py run` first")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load_judgements(event):
    path = os.path.join(GOLD, event, "judgements.json")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return {j["key"]: j for j in json.load(f)["findings"]}


def scored(event):
    expected = os.path.join(GOLD, event, "expected.json")
    if not os.path.exists(expected):
        return None
    out = subprocess.run([sys.executable, SCORER, expected, os.path.join(OUT, event + ".json")],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def pct(n, d):
    return f"{100 * n / d:.0f}%" if d else "–"


def score(markdown):
    rows, tot = [], {k: 0 for k in ("docs", "findings", "real", "noise", "unjudged", "creal",
                                    "cjudged", "preal", "pjudged", "planted", "found", "traps",
                                    "sprung", "gold_events")}
    for event in sorted(events()):
        report = load_report(event)
        judged = load_judgements(event)
        r = n = u = cr = cj = pr = pj = 0
        for f in report["findings"]:
            j = judged.get(finding_key(f))
            if j is None:
                u += 1
                continue
            real = j["verdict"] == "REAL"
            r += real
            n += not real
            if f["kind"] in CONFLICT:
                cj += 1
                cr += real
            if f["kind"] in PRESENCE:
                pj += 1
                pr += real
        s = scored(event)
        row = dict(event=event, docs=len(report["documents"]), findings=len(report["findings"]),
                   real=r, noise=n, unjudged=u, creal=cr, cjudged=cj, preal=pr, pjudged=pj)
        if s:
            row.update(planted=s["planted"], found=s["found"], traps=s["traps"],
                       sprung=s["violated"], gold_events=1)
        rows.append(row)
        for k in tot:
            tot[k] += row.get(k, 0)
    tot["event"] = "all"
    head = ["event", "articles", "findings", "REAL", "NOISE", "unjudged", "precision",
            "conflicts", "presence", "planted found", "traps sprung"]

    def cells(x):
        gold = "planted" in x
        return [x["event"], x["docs"], x["findings"], x["real"], x["noise"], x["unjudged"],
                pct(x["real"], x["real"] + x["noise"]), pct(x["creal"], x["cjudged"]),
                pct(x["preal"], x["pjudged"]),
                f"{x['found']}/{x['planted']}" if gold else "–",
                f"{x['sprung']}/{x['traps']}" if gold else "–"]
    print_table(head, [cells(x) for x in rows] + [cells(tot)], markdown)
    print(f"\nfindings per event: {tot['findings'] / len(rows):.1f} "
          f"(max {max(x['findings'] for x in rows)}); gold events: {tot['gold_events']}")


def print_table(head, table, markdown):
    """Rows under a header, as Markdown or as right-aligned columns."""
    if markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for t in table:
            print("| " + " | ".join(str(c) for c in t) + " |")
    else:
        w = [max(len(str(r[i])) for r in table + [head]) for i in range(len(head))]
        for t in [head] + table:
            print("  ".join(str(c).rjust(w[i]) for i, c in enumerate(t)))


def context(text, start, end):
    """The line (one sentence in these texts) around an excerpt."""
    b = text.encode("utf-8")
    s = b.rfind(b"\n", 0, start) + 1
    e = b.find(b"\n", end)
    e = len(b) if e < 0 else e
    return b[s:e].decode("utf-8", "replace")


def pending(event):
    texts = dict(events()[event])
    judged = load_judgements(event)
    out = []
    for f in load_report(event)["findings"]:
        key = finding_key(f)
        if key in judged:
            continue
        out.append({"key": key, "kind": f["kind"], "summary": f["summary"],
                    "evidence": [{"document": e["document"], "text": e["text"],
                                  "value": e.get("value"),
                                  "sentence": context(texts[e["document"]], e["start"], e["end"])}
                                 for e in f.get("evidence", [])],
                    "missing_in": f.get("missing_in", []), "verdict": None, "why": ""})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def absorb(event, path):
    with open(path, encoding="utf-8") as f:
        filled = json.load(f)
    judged = load_judgements(event)
    for j in filled:
        if j.get("verdict") not in ("REAL", "NOISE"):
            continue
        judged[j["key"]] = {"key": j["key"], "kind": j["kind"], "summary": j["summary"],
                            "verdict": j["verdict"], "why": j.get("why", "")}
    os.makedirs(os.path.join(GOLD, event), exist_ok=True)
    with open(os.path.join(GOLD, event, "judgements.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "A verdict on every finding storydiff has produced on this event "
                            "(../../../scripts/real_coverage.py; grading rules in "
                            "shared/docs/EVALUATION.md).",
                   "findings": sorted(judged.values(), key=lambda j: (j["kind"], j["key"]))},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    cmd = args[0]
    if cmd == "export" and len(args) == 2:
        export(args[1])
    elif cmd == "run":
        binary = args[args.index("--bin") + 1] if "--bin" in args else os.path.join(
            ROOT, "target", "release", "storydiff")
        run(os.path.abspath(binary))
    elif cmd == "score":
        score("--markdown" in args)
    elif cmd == "pending" and len(args) == 2:
        pending(args[1])
    elif cmd == "absorb" and len(args) == 3:
        absorb(args[1], args[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
