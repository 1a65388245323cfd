#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets that are made from the
repository's fixtures (run from anywhere; the story seeds of segment, claims
and analyze were written by hand earlier and are kept as they are).

Each target's input layout is described in its fuzz_targets/*.rs."""
import base64, json, pathlib, zlib

FUZZ = pathlib.Path(__file__).resolve().parent.parent
ROOT = FUZZ.parent
SEEDS = FUZZ / "seeds"
STORIES = ROOT / "fixtures" / "stories"
INGEST = ROOT / "crates" / "ingest" / "tests" / "fixtures"


def write(target, name, data):
    d = SEEDS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


# Text targets: the first version of each other story; analyze: two
# versions of it split at 0xFF, as the target splits them.
for story in ["company-earnings", "court-ruling", "sports-result"]:
    files = sorted(p for p in (STORIES / story).glob("*.txt"))
    for target in ["segment", "claims"]:
        write(target, f"{story}.txt", files[0].read_bytes())
    write("analyze", story, files[0].read_bytes() + b"\xff" + files[1].read_bytes())

# share_link: mode byte, then the input of that mode.
story = sorted((STORIES / "sports-result").glob("*.txt"))
ws = {
    "format_version": 1,
    "versions": [{"name": p.name, "text": p.read_text()[:600]} for p in story[:2]],
    "reference": 1,
    "dismissed": ["number_conflict:points"],
    "settings": {"punctuation": True, "pair": [1, 0], "theme": "dark"},
}
compact = json.dumps(ws, separators=(",", ":"), ensure_ascii=False).encode()
pretty = json.dumps(ws, indent=2, ensure_ascii=False).encode()
link = "1." + b64(zlib.compress(compact, 9))
write("share_link", "0-fragment", b"\x00#x=1&w=" + link.encode())
write("share_link", "0-unknown-format", b"\x00#w=2.abc")
write("share_link", "1-json", b"\x01" + compact)
write("share_link", "1-json-minimal", b'\x01{"format_version":1,"versions":[]}')
write("share_link", "2-zlib", b"\x02" + zlib.compress(compact, 9))
write("share_link", "3-sealed", b"\x03" + bytes(range(16)) + bytes(12) + b"\xaa" * 40)
write("share_link", "4-file", b"\x04" + pretty)
write("share_link", "5-structured", b"\x05" + bytes(range(256)))

# decode_file: name byte (index into NAMES in decode_file.rs), then the file.
names = {"txt": 0, "html": 1, "md": 3, "docx": 5, "none": 6, "pdf": 15}
for fixture, pick in [
    ("gazette.html", names["html"]),
    ("gazette.html", names["none"]),
    ("latin1.txt", names["txt"]),
    ("utf16be-nobom.txt", names["txt"]),
    ("utf16le-bom.txt", names["none"]),
    ("story.md", names["md"]),
    ("letter.docx", names["docx"]),
    ("pixel.png", names["txt"]),
    ("report.pdf", names["pdf"]),
]:
    write("decode_file", f"{pick:02}-{fixture}", bytes([pick]) + (INGEST / fixture).read_bytes())

# html: the saved page, and one with the constructs extractors trip on.
write("html", "gazette.html", (INGEST / "gazette.html").read_bytes())
write("html", "constructs.html", """<!DOCTYPE html><!-- a <p>comment</p> -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"</p>"}</script>
<noscript><p>Enable JavaScript</p></noscript><template><p>hidden</p></template></head>
<body><article><h1>Title &amp; more &#8212; &#x2014; &nbsp;&notanentity; &#1114112;</h1>
<p>One <b>bold <i>nested</b> badly</i> sentence.<br>Line<br/>two.</p>
<pre>  pre
   formatted  </pre><table><tr><td>a<td>b</table><ul><li>x<li>y</ul>
<p>Unclosed <a href="x>y">link <svg><text>svg</text></svg> <math>m</math>
<![CDATA[ cdata ]]> <textarea><p>raw</p></textarea> <title>in body</title>
<p dir="rtl">\u0645\u0631\u062d\u0628\u0627</p><p>\U0001F600 e\u0301</p>
</article><aside class="related"><p>Related</p></aside>
""".encode())
