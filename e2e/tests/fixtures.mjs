// Stories for the end-to-end tests and the benchmark, built at run time:
// the sample story (fixtures/stories/seed), an ECB+ event (several outlets'
// articles on one real event) and large synthetic stories made from ECB+
// text the way crates/engine/benches/corpus.rs makes them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { e2eDir } from './harness.mjs';

const repoDir = resolve(e2eDir, '..');

/** The shared corpora: $STORYDIFF_SHARED, or shared/ beside the repository (or beside its worktree folder). */
export function sharedDir() {
  const candidates = [process.env.STORYDIFF_SHARED, resolve(repoDir, '../shared'), resolve(repoDir, '../../shared')];
  const found = candidates.find((d) => d && existsSync(join(d, 'corpora/ecbplus')));
  if (!found) {
    throw new Error(`shared corpora not found (tried ${candidates.filter(Boolean).join(', ')}); set STORYDIFF_SHARED`);
  }
  return found;
}

/** The sample story's versions as files: [{ name, content }]. */
export function sampleStory() {
  const dir = join(repoDir, 'fixtures/stories/seed');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
}

let events;
/** ECB+ events: subtopic → its articles as files. */
export function ecbEvents() {
  if (!events) {
    events = new Map();
    const path = join(sharedDir(), 'corpora/ecbplus/ecbplus_topics36-45.jsonl');
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line);
      if (!events.has(doc.subtopic)) events.set(doc.subtopic, []);
      events.get(doc.subtopic).push({ name: doc.doc.replace(/\.xml$/, '.txt'), content: doc.text });
    }
  }
  return events;
}

/** One ECB+ event: 15 outlets' articles on AMD's purchase of SeaMicro (about 55 KB). */
export function ecbEvent(subtopic = '43_ecbplus') {
  const docs = ecbEvents().get(subtopic);
  if (!docs) throw new Error(`no ECB+ event ${subtopic}`);
  return docs;
}

/**
 * `versions` versions of about `bytes` bytes each, from real ECB+ text: one
 * base text, each version dropping, swapping and rewording some sentences
 * deterministically (the same generator as the engine's benchmarks).
 */
export function synthetic(versions, bytes) {
  let base = '';
  let baseBytes = 0;
  outer: for (;;) {
    for (const docs of [...ecbEvents().entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, d]) => d)) {
      for (const d of docs) {
        base += d.content + '\n\n';
        baseBytes += Buffer.byteLength(d.content) + 2;
        if (baseBytes >= bytes) break outer;
      }
    }
  }
  const sentences = base.match(/[^.\n]*[.\n]|[^.\n]+$/g) ?? [];
  let state = 0x9e3779b97f4a7c15n;
  const next = () => {
    state = (state * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    return Number(state >> 33n);
  };
  const out = [];
  for (let i = 0; i < versions; i++) {
    let text = '';
    let length = 0;
    const push = (piece) => {
      text += piece;
      length += Buffer.byteLength(piece);
    };
    let k = 0;
    while (k < sentences.length && length < bytes) {
      const r = next() % 100;
      if (r < 4 && i > 0) {
        k += 1;
        continue;
      }
      if (r < 8 && i > 0 && k + 1 < sentences.length) {
        push(sentences[k + 1] + sentences[k]);
        k += 2;
        continue;
      }
      push(r < 14 && i > 0 ? sentences[k].replace(' the ', ' a ').replace(' said', ' stated') : sentences[k]);
      k += 1;
    }
    out.push({ name: `v${String(i).padStart(2, '0')}.txt`, content: text });
  }
  return out;
}
