// Scores extraction against the seed gold, the same way for every tool:
// a gold item is the span of its words in the text (found by searching
// forward from the previous item of its file); a predicted span matches a
// gold item when they overlap; each gold item and each prediction is used
// once (in text order). P = matched / predicted, R = matched / gold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir, repoDir, seedVersions } from './inputs.mjs';

export const RULE = 'a prediction matches a gold item when their spans overlap, one to one, in text order; the same rule for every tool';

const engineFixtures = join(repoDir, 'crates/engine/tests/fixtures');

/** Gold spans of `anchors` (in text order) in `text`, as UTF-16 offsets. */
function locate(text, anchors, what) {
  let from = 0;
  return anchors.map((a) => {
    const at = text.indexOf(a, from);
    if (at < 0) throw new Error(`${what}: ${JSON.stringify(a)} not found after ${from}`);
    from = at + 1;
    return [at, at + a.length];
  });
}

/** Lines of a file with `# doc NAME` headers: { NAME: [first field, …] }. */
function byDoc(path) {
  const docs = {};
  let cur = null;
  for (const line of readFileSync(path, 'utf8').split('\n').map((l) => l.trim())) {
    const m = /^# doc (\S+)/.exec(line);
    if (m) cur = docs[m[1]] = [];
    else if (line && !line.startsWith('#') && cur) cur.push(line.split(' | ')[0].trim());
  }
  return docs;
}

function gold() {
  const seeds = Object.fromEntries(seedVersions().map((v) => [v.name, v.text]));
  const names = ['001_fdc33257951a94e8.txt', '004_e85194611a1f4ec0.txt'];
  const numbers = byDoc(join(engineFixtures, 'quantities/seed_gold.txt'));
  const dates = byDoc(join(benchDir, 'gold/seed_times.txt'));
  return names.map((name) => {
    const text = seeds[name];
    const short = name.slice(0, 3);
    const people = readFileSync(join(engineFixtures, `entities/seed_${short}.txt`), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => l.split('|')[0].trim());
    return {
      name,
      text,
      gold: {
        people: locate(text, people, `people ${name}`),
        numbers: locate(text, numbers[name], `numbers ${name}`),
        dates: locate(text, dates[name], `dates ${name}`),
      },
    };
  });
}

function match(goldSpans, predSpans) {
  const used = new Array(predSpans.length).fill(false);
  const pred = [...predSpans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let tp = 0;
  for (const [gs, ge] of [...goldSpans].sort((a, b) => a[0] - b[0])) {
    const k = pred.findIndex(([ps, pe], i) => !used[i] && ps < ge && gs < pe);
    if (k >= 0) {
      used[k] = true;
      tp++;
    }
  }
  return tp;
}

/** `predict(text)` → { tool: { category: [[start, end], …] } } (UTF-16). */
export async function scoreAll(predict) {
  const totals = {};
  for (const doc of gold()) {
    const byTool = await predict(doc.text);
    for (const [tool, cats] of Object.entries(byTool)) {
      totals[tool] ??= {};
      for (const [cat, spans] of Object.entries(cats)) {
        const t = (totals[tool][cat] ??= { tp: 0, gold: 0, pred: 0 });
        t.tp += match(doc.gold[cat], spans);
        t.gold += doc.gold[cat].length;
        t.pred += spans.length;
      }
    }
  }
  for (const cats of Object.values(totals)) {
    for (const s of Object.values(cats)) {
      s.p = s.pred ? s.tp / s.pred : 0;
      s.r = s.gold ? s.tp / s.gold : 0;
      s.f1 = s.p + s.r ? (2 * s.p * s.r) / (s.p + s.r) : 0;
    }
  }
  return { rule: RULE, scores: totals };
}
