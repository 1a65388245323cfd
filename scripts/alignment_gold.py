#!/usr/bin/env python3
"""Real-text sentence alignment: judged sentence pairs from the 20 ECB+ events,
and how storydiff's alignment rows score against them.

The gold is fixtures/real/alignment.json; the articles stay in
../shared/corpora/ecbplus (exported as scripts/real_coverage.py exports them,
never copied into the repo). A pair is two sentences from two different
articles of one event, judged by reading both (and their context):

  SAME       a reader comparing the articles would set the two side by side:
             they report the same fact or event content, possibly reworded;
             one may add detail. A headline and a body sentence stating its
             fact count. When an article states the fact in a sentence of
             its own that is the closer counterpart (a lede against the other
             article's time-and-place sentence, while that article has its
             own time-and-place sentence), the looser pair is DIFFERENT.
  DIFFERENT  they report different facts, though they may share words,
             people or the event (a charge and a conviction, two quakes, two
             quotes of one speaker, a claim and its denial).

File format (UTF-8 JSON):

  {"about": "...",
   "pairs": [
     {"event": "36_ecb",                 ECB+ sub-topic
      "doc_a": "36_2ecb.txt",            article file names as the CLI names
      "doc_b": "36_3ecb.txt",            them (ECB+ doc with .txt for .xml)
      "verdict": "SAME" | "DIFFERENT",
      "why": "a few words",
      "source": "engine-row" | "coref" | "lexical" | "reading",
      "a": {"start": 412, "end": 512, "text": "..."},   sentence of doc_a
      "b": {"start": 1030, "end": 1093, "text": "..."}  sentence of doc_b
     }, ...]}

`start`/`end` are UTF-8 byte offsets into the article text exactly as the CLI
reads it, and `text` is the text between them, so a pair maps onto whatever
sentences a future segmenter produces (by overlap). `source` says where the
candidate came from when it was judged (storydiff bf44085): a random sample
of the sentence pairs the engine put in one row (engine-row); pairs the
engine did not align whose sentences mention one ECB+ cross-document
coreferent event (coref) or share many words (lexical); pairs found by
reading the articles (reading). Every pair was judged by reading.

Scoring: a pair is in one row when some alignment row's cell for doc_a holds
a sentence overlapping span a and the same row's cell for doc_b holds a
sentence overlapping span b. Per event and overall:
  recall     SAME pairs in one row / SAME pairs
  precision  SAME pairs in one row / judged pairs in one row
and recall on the reworded SAME pairs (under half the shorter sentence's
content words found in the other), the hard cases for a matcher of words,
recall on headline-against-body pairs (by the report's roles), recall per
candidate source, and precision on the engine-row sample alone
(a random sample of the rows when judged, so the unbiased estimate there).
The absolute figures depend on the mix of candidates (the engine-row SAME
pairs were all in one row when judged, the coref and lexical ones in none):
compare engines, or an engine with and without a meaning model, on the
same gold.

usage:
  alignment_gold.py [--bin PATH] [--cli-arg ARG]... [--markdown] [--json]
                    [--list missed|wrong|all]
      run the CLI (default target/release/storydiff) on every event and score;
      --cli-arg passes ARG to `compare` (repeat it), e.g. to switch a meaning
      model on; --list prints the missed SAME and the wrongly aligned pairs
  alignment_gold.py --reports DIR [...]
      score reports already written as DIR/<event>.json (real_coverage.py run)
  alignment_gold.py --check
      the gold is well formed: at least 300 pairs, every event at least 10,
      both documents in the event, each span's text equal to the article's
      text at its offsets, no pair twice (exit 1 with the problems)
"""
import argparse
import json
import os
import re
import sys
import tempfile

import real_coverage

ROOT = real_coverage.ROOT
GOLD = os.path.join(ROOT, "fixtures", "real", "alignment.json")
VERDICTS = ("SAME", "DIFFERENT")
SOURCES = ("engine-row", "coref", "lexical", "reading")
MIN_PAIRS = 300
MIN_PER_EVENT = 10
REWORDED_BELOW = 0.5
STOP = set("""a an the of to in on at by for with from and or but as is was were be been
are has have had it its this that these those he she they his her their said says will
would who which after before into over about than also not""".split())


def load_gold(path=GOLD):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def check(gold, events):
    """Problems with the gold (empty when it is well formed)."""
    problems = []
    pairs = gold.get("pairs") if isinstance(gold, dict) else None
    if not isinstance(pairs, list):
        return ["the gold is an object with a list under \"pairs\""]
    texts = {e: dict(docs) for e, docs in events.items()}
    seen = set()
    per_event = {e: 0 for e in events}
    keys = {"event", "doc_a", "doc_b", "verdict", "why", "source", "a", "b"}
    for n, p in enumerate(pairs):
        where = f"pair {n}"
        if not isinstance(p, dict) or set(p) != keys:
            problems.append(f"{where}: keys must be {sorted(keys)}")
            continue
        event = p["event"]
        where = f"pair {n} ({event} {p['doc_a']} / {p['doc_b']})"
        if event not in texts:
            problems.append(f"{where}: no such event")
            continue
        per_event[event] += 1
        if p["verdict"] not in VERDICTS:
            problems.append(f"{where}: verdict {p['verdict']!r} is not SAME or DIFFERENT")
        if p["source"] not in SOURCES:
            problems.append(f"{where}: source {p['source']!r} is not one of {SOURCES}")
        if not isinstance(p["why"], str) or not p["why"].strip():
            problems.append(f"{where}: no why")
        if p["doc_a"] == p["doc_b"]:
            problems.append(f"{where}: both sentences from one article")
        for side in ("a", "b"):
            doc, span = p["doc_" + side], p[side]
            if doc not in texts[event]:
                problems.append(f"{where}: {doc} is not an article of {event}")
                continue
            if not isinstance(span, dict) or set(span) != {"start", "end", "text"}:
                problems.append(f"{where}: span {side} must have start, end, text")
                continue
            start, end = span["start"], span["end"]
            body = texts[event][doc].encode("utf-8")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(body)):
                problems.append(f"{where}: span {side} [{start}, {end}) outside the article")
                continue
            try:
                actual = body[start:end].decode("utf-8")
            except UnicodeDecodeError:
                actual = None
            if actual != span["text"]:
                problems.append(f"{where}: span {side} [{start}, {end}) reads {actual!r}, "
                                f"not {span['text']!r}")
        key = (event, *sorted([(p["doc_a"], json.dumps(p["a"], sort_keys=True)),
                               (p["doc_b"], json.dumps(p["b"], sort_keys=True))]))
        if key in seen:
            problems.append(f"{where}: the same pair twice")
        seen.add(key)
    if len(pairs) < MIN_PAIRS:
        problems.append(f"{len(pairs)} pairs, fewer than {MIN_PAIRS}")
    for event, count in sorted(per_event.items()):
        if count < MIN_PER_EVENT:
            problems.append(f"{event}: {count} pairs, fewer than {MIN_PER_EVENT}")
    for v in VERDICTS:
        if not any(isinstance(p, dict) and p.get("verdict") == v for p in pairs):
            problems.append(f"no {v} pair")
    return problems


def words(text):
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP}


def reworded(p):
    """Under half the shorter sentence's content words are in the other."""
    a, b = words(p["a"]["text"]), words(p["b"]["text"])
    return len(a & b) / max(1, min(len(a), len(b))) < REWORDED_BELOW


def overlapping(report, doc, span):
    """Indexes of the report's sentences of `doc` that overlap `span`."""
    if report.get("offsets", "utf8-bytes") != "utf8-bytes":
        sys.exit(f"report offsets are {report['offsets']}, not utf8-bytes")
    names = [d["name"] for d in report["documents"]]
    sents = report["documents"][names.index(doc)]["sentences"]
    return {k for k, s in enumerate(sents) if s["start"] < span["end"] and span["start"] < s["end"]}


def in_one_row(report, p):
    """Whether a row holds a sentence of doc_a overlapping span a and, in the
    same row, a sentence of doc_b overlapping span b."""
    names = [d["name"] for d in report["documents"]]
    ia, ib = names.index(p["doc_a"]), names.index(p["doc_b"])
    sa, sb = overlapping(report, p["doc_a"], p["a"]), overlapping(report, p["doc_b"], p["b"])
    return any(sa.intersection(row["cells"][ia]["sentences"]) and
               sb.intersection(row["cells"][ib]["sentences"]) for row in report["alignment"])


def headline_body(report, p):
    """One side is a headline (as the report's roles say) and the other not."""
    names = [d["name"] for d in report["documents"]]

    def headline(doc, span):
        sents = report["documents"][names.index(doc)]["sentences"]
        return any(sents[k]["role"] == "headline" for k in overlapping(report, doc, span))
    return headline(p["doc_a"], p["a"]) != headline(p["doc_b"], p["b"])


def reports_from_cli(binary, extra):
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        real_coverage.export(tmp)
        for event in sorted(os.listdir(tmp)):
            out[event] = json.loads(real_coverage.compare(binary, os.path.join(tmp, event), extra))
    return out


def reports_from_dir(directory, events):
    out = {}
    for event in events:
        path = os.path.join(directory, event + ".json")
        if not os.path.exists(path):
            sys.exit(f"{path} missing")
        with open(path, encoding="utf-8") as f:
            out[event] = json.load(f)
    return out


def pct(n, d):
    return f"{100 * n / d:.0f}%" if d else "–"


def score(gold, reports):
    """Per-event counts, the overall row, and every pair with its outcome."""
    rows, judged = {}, []
    for p in gold["pairs"]:
        hit = in_one_row(reports[p["event"]], p)
        judged.append((p, hit, headline_body(reports[p["event"]], p)))
        r = rows.setdefault(p["event"], dict(event=p["event"], pairs=0, same=0, different=0,
                                             same_in_row=0, different_in_row=0))
        same = p["verdict"] == "SAME"
        r["pairs"] += 1
        r["same" if same else "different"] += 1
        if hit:
            r["same_in_row" if same else "different_in_row"] += 1
    rows = [rows[e] for e in sorted(rows)]
    total = {k: sum(r[k] for r in rows) for k in rows[0] if k != "event"}
    total["event"] = "all"
    for r in rows + [total]:
        r["recall"] = r["same_in_row"] / r["same"] if r["same"] else None
        aligned = r["same_in_row"] + r["different_in_row"]
        r["precision"] = r["same_in_row"] / aligned if aligned else None
    return rows, total, judged


def sample_precision(judged):
    """(SAME, all) among the engine-row pairs still in one row."""
    hits = [p for p, hit, _ in judged if hit and p["source"] == "engine-row"]
    return sum(p["verdict"] == "SAME" for p in hits), len(hits)


def breakdown(judged):
    """Recall of SAME pairs by kind: reworded or close, a headline against a
    body sentence, and by candidate source."""
    out = {}
    same = [(p, hit, hb) for p, hit, hb in judged if p["verdict"] == "SAME"]
    tests = [("reworded", lambda p, hb: reworded(p)), ("close", lambda p, hb: not reworded(p)),
             ("headline-body", lambda p, hb: hb)]
    tests += [(s, lambda p, hb, s=s: p["source"] == s) for s in SOURCES]
    for name, test in tests:
        sel = [hit for p, hit, hb in same if test(p, hb)]
        out[name] = (sum(sel), len(sel))
    return out


def print_table(rows, total, markdown):
    head = ["event", "pairs", "SAME", "DIFFERENT", "SAME in row", "DIFFERENT in row",
            "recall", "precision"]

    def cells(r):
        return [r["event"], r["pairs"], r["same"], r["different"], r["same_in_row"],
                r["different_in_row"], pct(r["same_in_row"], r["same"]),
                pct(r["same_in_row"], r["same_in_row"] + r["different_in_row"])]
    real_coverage.print_table(head, [cells(r) for r in rows] + [cells(total)], markdown)


def print_list(judged, which):
    for p, hit, _ in judged:
        missed = p["verdict"] == "SAME" and not hit
        wrong = p["verdict"] == "DIFFERENT" and hit
        if (which in ("missed", "all") and missed) or (which in ("wrong", "all") and wrong):
            print(f"\n{'MISSED' if missed else 'WRONG'} {p['event']} {p['doc_a']} / {p['doc_b']} "
                  f"[{p['source']}{', reworded' if reworded(p) else ''}]: {p['why']}")
            print(f"  A: {p['a']['text']}")
            print(f"  B: {p['b']['text']}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "storydiff"))
    ap.add_argument("--cli-arg", action="append", default=[], metavar="ARG")
    ap.add_argument("--reports", metavar="DIR")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--list", choices=("missed", "wrong", "all"))
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--gold", default=GOLD, help=argparse.SUPPRESS)
    args = ap.parse_args()
    events = real_coverage.events()
    gold = load_gold(args.gold)
    problems = check(gold, events)
    if args.check or problems:
        for line in problems:
            print(line, file=sys.stderr)
        if problems:
            sys.exit(f"{args.gold}: {len(problems)} problem(s)")
        n = len(gold["pairs"])
        same = sum(p["verdict"] == "SAME" for p in gold["pairs"])
        print(f"{args.gold}: {n} pairs ({same} SAME, {n - same} DIFFERENT) "
              f"over {len({p['event'] for p in gold['pairs']})} events, well formed")
        return
    if args.reports:
        reports = reports_from_dir(args.reports, events)
    else:
        if not os.path.exists(args.bin):
            sys.exit(f"{args.bin} missing: build it with `cargo build --release -p storydiff-cli` "
                     "or pass --bin")
        reports = reports_from_cli(os.path.abspath(args.bin), args.cli_arg)
    rows, total, judged = score(gold, reports)
    kinds = breakdown(judged)
    sp, sn = sample_precision(judged)
    if args.json:
        json.dump({"events": rows, "all": total,
                   "same_recall_by_kind": {k: {"in_row": h, "pairs": n} for k, (h, n) in kinds.items()},
                   "engine_row_precision": {"same": sp, "in_row": sn}},
                  sys.stdout, indent=1)
        print()
        return
    print_table(rows, total, args.markdown)
    print("\nrecall of SAME pairs by kind: " + ", ".join(
        f"{k} {pct(h, n)} ({h}/{n})" for k, (h, n) in kinds.items() if n))
    print(f"precision on the engine-row sample: {pct(sp, sn)} ({sp}/{sn})")
    if args.list:
        print_list(judged, args.list)


if __name__ == "__main__":
    main()
