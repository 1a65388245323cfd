// The benchmark's inputs, built in node from real text and handed to the
// page: the sample story, the ECB+ events, and 100 KB / 1 MB pairs (real
// news text and a deterministic rewrite of it).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = dirname(fileURLToPath(import.meta.url));
export const repoDir = join(benchDir, '..');

/** shared/ beside the repository, or $STORYDIFF_SHARED. */
export function sharedDir() {
  const candidates = [process.env.STORYDIFF_SHARED, join(repoDir, '../shared'), '/work/shared'];
  const dir = candidates.find((d) => d && existsSync(join(d, 'corpora')));
  if (!dir) throw new Error('shared corpora not found: set STORYDIFF_SHARED');
  return dir;
}

/** The sample story's five versions, in file-name order. */
export function seedVersions() {
  const dir = join(repoDir, 'fixtures/stories/seed');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

const natural = (a, b) => a.localeCompare(b, 'en', { numeric: true });

/** ECB+ articles grouped by event (sub-topic), articles in document order. */
export function ecbEvents() {
  const docs = readJsonl(join(sharedDir(), 'corpora/ecbplus/ecbplus_topics36-45.jsonl'));
  const events = new Map();
  for (const d of docs) {
    if (!events.has(d.subtopic)) events.set(d.subtopic, []);
    events.get(d.subtopic).push({ name: d.doc, text: d.text });
  }
  return [...events.entries()]
    .sort(([a], [b]) => natural(a, b))
    .map(([event, articles]) => ({ event, articles: articles.sort((a, b) => natural(a.name, b.name)) }));
}

/** All real news text at hand, in a fixed order: ECB+ then TempEval-3. */
function corpusText() {
  const parts = ecbEvents().flatMap((e) => e.articles.map((a) => a.text));
  for (const f of ['tbaq_timebank_timex.jsonl', 'tbaq_aquaint_timex.jsonl']) {
    const docs = readJsonl(join(sharedDir(), 'corpora/tempeval3-train', f));
    docs.sort((a, b) => natural(a.docid, b.docid));
    for (const d of docs) parts.push(d.text.trim());
  }
  return parts.join('\n\n');
}

/** `bytes` of UTF-8 real text, cut at a line end; the corpus (0.97 MB)
 *  starts over from its beginning when more is asked. */
export function realText(bytes) {
  const corpus = corpusText();
  let out = '';
  let size = 0;
  while (size < bytes) {
    for (const line of corpus.split('\n')) {
      const n = Buffer.byteLength(line) + 1;
      if (size + n > bytes && size > 0) return out;
      out += line + '\n';
      size += n;
    }
  }
  return out;
}

/** mulberry32: a small seeded generator, so inputs are the same every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EDIT_WORDS = ['reportedly', 'officials said', 'on Monday', 'nearly', 'local', 'at least 12', 'again'];

/** A rewrite as an editor or a rewriting tool makes one: 3% of lines
 *  swapped with the next; per sentence, 4% dropped, 4% swapped with the
 *  next, 10% edited (a number changed, a
 *  word replaced, words inserted), the rest kept. */
export function rewrite(text, seed = 1) {
  const rand = rng(seed);
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (rand() < 0.03) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
  }
  return lines
    .map((line) => {
      const sentences = line.split(/(?<=[.!?]["”’]?)\s+(?=[A-Z“"])/);
      for (let i = 0; i + 1 < sentences.length; i++) {
        if (rand() < 0.04) [sentences[i], sentences[i + 1]] = [sentences[i + 1], sentences[i]];
      }
      const kept = [];
      for (const s of sentences) {
        const r = rand();
        if (r < 0.04) continue;
        if (r < 0.14) {
          const words = s.split(' ');
          const at = Math.floor(rand() * words.length);
          const kind = rand();
          if (kind < 0.35 && /\d/.test(s)) {
            kept.push(s.replace(/\d+/, (d) => String(Number(d) + 1)));
            continue;
          }
          if (kind < 0.7) words[at] = EDIT_WORDS[Math.floor(rand() * EDIT_WORDS.length)];
          else words.splice(at, 0, EDIT_WORDS[Math.floor(rand() * EDIT_WORDS.length)]);
          kept.push(words.join(' '));
          continue;
        }
        kept.push(s);
      }
      return kept.join(' ');
    })
    .join('\n');
}

/** Every input set: `pairs` for the word diff, `texts` for extraction. */
export function allInputs() {
  const sets = [];
  const seed = seedVersions();
  const seedPairs = [];
  for (let i = 0; i < seed.length; i++) {
    for (let j = i + 1; j < seed.length; j++) seedPairs.push([seed[i].text, seed[j].text]);
  }
  sets.push({ name: 'sample story (10 pairs, 5 texts)', group: 'seed', pairs: seedPairs, texts: seed.map((v) => v.text) });
  for (const { event, articles } of ecbEvents()) {
    const pairs = [];
    for (let i = 0; i + 1 < articles.length; i++) pairs.push([articles[i].text, articles[i + 1].text]);
    sets.push({ name: `ECB+ ${event} (${articles.length} articles)`, group: 'ecb', pairs, texts: articles.map((a) => a.text) });
  }
  for (const [label, bytes] of [['100 KB', 100_000], ['1 MB', 1_000_000]]) {
    const text = realText(bytes);
    sets.push({ name: `${label} real text + rewrite`, group: 'big', pairs: [[text, rewrite(text, bytes)]], texts: [text] });
  }
  for (const s of sets) {
    s.bytes = s.texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    s.pairBytes = s.pairs.reduce((n, [a, b]) => n + Buffer.byteLength(a) + Buffer.byteLength(b), 0);
  }
  return sets;
}
