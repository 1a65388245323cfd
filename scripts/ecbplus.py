"""The ECB+ events of ../shared, read one way for every script and test.

`events()` -> {event: [(name, text)]}: the 20 events (ECB+ sub-topics such
as "36_ecb") in corpus order, each article named as the CLI names its file
("36_1ecb.xml" -> "36_1ecb.txt"), its text as stored. The corpus is
$STORYDIFF_SHARED/corpora/ecbplus (default: shared/ beside the repository);
a missing corpus raises FileNotFoundError naming the path.
"""

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYDIFF_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpora" / "ecbplus" / "ecbplus_topics36-45.jsonl"


def events():
    if not CORPUS.exists():
        raise FileNotFoundError(f"the ECB+ corpus is needed at {CORPUS} ($STORYDIFF_SHARED)")
    out = {}
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            doc = d["doc"]
            name = doc[:-4] + ".txt" if doc.endswith(".xml") else doc
            out.setdefault(d["subtopic"], []).append((name, d["text"]))
    return out
