// npm run bench --prefix bench: builds the engine's wasm for the page (if
// its sources changed) and the JS bundle, serves bench/ on localhost,
// runs every tool on every input in one headless Chromium page, scores
// extraction on the seed gold, and writes the tables into BENCHMARKS.md
// between <!-- js-bench:start --> and <!-- js-bench:end --> (and prints them).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { allInputs, benchDir, repoDir, seedVersions } from './inputs.mjs';
import { scoreAll } from './quality.mjs';

/** Longest single run we start: a tool whose smaller input took long enough
 *  that even linear growth would pass this is not run on the next one
 *  (compromise on 1 MB ran for about 10 minutes, then threw a TypeError
 *  inside compromise-dates). */
const SKIP_MS = 60_000;
/** jsdiff's own `timeout` option on the 1 MB pair. */
const JSDIFF_TIMEOUT_MS = 60_000;

const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...opts });

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function buildWasm() {
  const targetDir = process.env.CARGO_TARGET_DIR || join(repoDir, 'target');
  sh('cargo', ['build', '--locked', '--release', '--target', 'wasm32-unknown-unknown', '--target-dir', targetDir,
    '--manifest-path', join(benchDir, 'wasm/Cargo.toml')]);
  const built = join(targetDir, 'wasm32-unknown-unknown/release/storydiff_bench_wasm.wasm');
  const out = join(benchDir, 'pkg/storydiff_bench_wasm_bg.wasm');
  if (existsSync(out) && statSync(out).mtimeMs >= statSync(built).mtimeMs) return;
  const version = execFileSync('wasm-bindgen', ['--version']).toString().trim();
  if (!version.endsWith('0.2.130')) throw new Error(`need wasm-bindgen 0.2.130 (as the app), found ${version}`);
  sh('wasm-bindgen', ['--target', 'web', '--out-dir', join(benchDir, 'pkg'), built]);
  // As trunk does for the app (data-wasm-opt="z"), with the same wasm-opt 132.
  sh(join(benchDir, 'node_modules/.bin/wasm-opt'), ['-Oz', out, '-o', out]);
}

function buildLibs() {
  sh(join(benchDir, 'node_modules/.bin/esbuild'),
    ['libs.js', '--bundle', '--format=esm', '--minify', '--log-level=warning', '--outfile=build/libs.js'], { cwd: benchDir });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

function serve() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(benchDir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(benchDir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
const fmtX = (x) => (x >= 100 ? `${x.toFixed(0)}×` : x >= 10 ? `${x.toFixed(1)}×` : `${x.toFixed(2)}×`);

function cell(r) {
  if (!r) return '–';
  if (r.skipped) return `not run (≥ ${(r.projected / 1000).toFixed(0)} s)`;
  if (r.error) return `failed (${r.error})`;
  if (r.complete === false) return `> ${fmtMs(r.ms)} (gave up)`;
  return fmtMs(r.ms) + (r.warm ? '' : ' ¹');
}

function ratio(r, base) {
  if (!r || !base) return '–';
  if (r.skipped) return `≥ ${fmtX(r.projected / base.ms)}`;
  if (r.error) return '–';
  return (r.complete === false ? '> ' : '') + fmtX(r.ms / base.ms);
}

async function main() {
  buildWasm();
  buildLibs();
  const sets = allInputs();
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
  const tools = await page.evaluate(() => window.bench.ready);
  await page.evaluate((s) => window.bench.load(s), sets.map(({ name, pairs, texts }) => ({ name, pairs, texts })));
  const userAgent = await page.evaluate(() => navigator.userAgent);
  await page.evaluate(() => window.bench.warmUp());

  const diffTools = ['storydiff', 'storydiff (count only)', 'jsdiff diffWords', 'diff-match-patch'];
  const extractTools = ['storydiff', 'compromise', 'chrono-node'];
  const results = { diff: {}, extract: {} };
  const lastBig = { diff: {}, extract: {} };
  for (const [i, set] of sets.entries()) {
    for (const [what, list, bytes] of [['diff', diffTools, set.pairBytes], ['extract', extractTools, set.bytes]]) {
      const row = (results[what][set.name] = {});
      for (const tool of list) {
        const prev = set.group === 'big' && lastBig[what][tool];
        const projected = prev ? (prev.ms * bytes) / prev.bytes : 0;
        if (prev && (prev.skipped || projected > SKIP_MS)) {
          row[tool] = { skipped: true, projected };
          continue;
        }
        const opts = set.group === 'big' && bytes > 1_000_000 ? { jsdiffTimeout: JSDIFF_TIMEOUT_MS } : {};
        const r = await page.evaluate(([i, tool, what, opts]) => window.bench[what](i, tool, opts), [i, tool, what, opts]);
        row[tool] = r;
        if (set.group === 'big') lastBig[what][tool] = { ms: r.ms, bytes };
        process.stderr.write(`${what} ${set.name} ${tool}: ${cell(r)} (${r.runs} runs)\n`);
      }
    }
  }

  const quality = await scoreAll(async (text) => page.evaluate((t) => window.bench.predictions(t), text));
  await browser.close();
  server.close();
  if (errors.length) throw new Error(`page errors:\n${errors.join('\n')}`);

  mkdirSync(join(benchDir, 'build'), { recursive: true });
  writeFileSync(join(benchDir, 'build/results.json'), JSON.stringify({ userAgent, tools, results, quality }, null, 2));
  const md = render(sets, results, quality, userAgent);
  writeBenchmarks(md);
  console.log(md);
}

function sum(rows, tool) {
  let ms = 0;
  for (const r of rows) {
    if (!r[tool] || r[tool].skipped || r[tool].error) return undefined;
    ms += r[tool].ms;
  }
  return { ms, warm: rows.every((r) => r[tool].warm), complete: rows.every((r) => r[tool].complete !== false) };
}

function render(sets, results, quality, userAgent) {
  const kb = (b) => `${(b / 1000).toFixed(b < 10_000 ? 1 : 0)}`;
  const ecb = sets.filter((s) => s.group === 'ecb');
  const out = [];
  const chrome = /Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? '?';
  out.push(`Measured in headless Chromium ${chrome}, one page, all tools on the same inputs; every tool warmed up for about a second first, then per input one warm-up run and the median of up to 9 runs (¹: one cold run, the tool being too slow to repeat).`);
  out.push('');
  out.push('**Word diff** (KB: both texts of every pair; ratios: tool time / storydiff time):');
  out.push('');
  out.push('| input | pairs | KB | storydiff | jsdiff `diffWords` | diff-match-patch | jsdiff / storydiff | dmp / storydiff |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  const diffRow = (name, pairs, bytes, r) => {
    const s = r.storydiff;
    out.push(`| ${name} | ${pairs} | ${kb(bytes)} | ${cell(s)} | ${cell(r['jsdiff diffWords'])} | ${cell(r['diff-match-patch'])} | ${ratio(r['jsdiff diffWords'], s)} | ${ratio(r['diff-match-patch'], s)} |`);
  };
  const totals = (what, tools, list) => Object.fromEntries(tools.map((t) => [t, sum(list.map((s) => results[what][s.name]), t)]));
  for (const s of sets) diffRow(s.name, s.pairs.length, s.pairBytes, results.diff[s.name]);
  const diffTools = ['storydiff', 'jsdiff diffWords', 'diff-match-patch'];
  diffRow('**all 20 ECB+ events**', ecb.reduce((n, s) => n + s.pairs.length, 0), ecb.reduce((n, s) => n + s.pairBytes, 0), totals('diff', diffTools, ecb));
  out.push('');
  out.push('**Claim extraction** (KB: every text of the input; storydiff: all claims, as `analyze` extracts them; compromise: `nlp(text)` then people, numbers, dates, times with offsets; chrono-node: `parse`):');
  out.push('');
  out.push('| input | texts | KB | storydiff | compromise (+dates) | chrono-node | compromise / storydiff | chrono / storydiff |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  const exRow = (name, texts, bytes, r) => {
    const s = r.storydiff;
    out.push(`| ${name} | ${texts} | ${kb(bytes)} | ${cell(s)} | ${cell(r.compromise)} | ${cell(r['chrono-node'])} | ${ratio(r.compromise, s)} | ${ratio(r['chrono-node'], s)} |`);
  };
  for (const s of sets) exRow(s.name, s.texts.length, s.bytes, results.extract[s.name]);
  const exTools = ['storydiff', 'compromise', 'chrono-node'];
  exRow('**all 20 ECB+ events**', ecb.reduce((n, s) => n + s.texts.length, 0), ecb.reduce((n, s) => n + s.bytes, 0), totals('extract', exTools, ecb));
  out.push('');
  // Throughput: ms per MB of input, to read linearity off.
  const groups = [
    ['sample story', sets.filter((s) => s.group === 'seed')],
    ['ECB+ (all events)', ecb],
    ['100 KB', sets.filter((s) => s.name.startsWith('100 KB'))],
    ['1 MB', sets.filter((s) => s.name.startsWith('1 MB'))],
  ];
  out.push('**Time per MB of input** (linear growth keeps a row flat):');
  out.push('');
  out.push(`| tool | ${groups.map(([g]) => g).join(' | ')} |`);
  out.push(`|---|${groups.map(() => '---:').join('|')}|`);
  const perMb = (what, tool, bytesOf) => {
    const cells = groups.map(([, list]) => {
      const r = sum(list.map((s) => results[what][s.name]), tool);
      const mb = list.reduce((n, s) => n + bytesOf(s), 0) / 1e6;
      if (!r) return 'not run';
      return (r.complete ? '' : '> ') + fmtMs(r.ms / mb);
    });
    out.push(`| ${what === 'diff' ? 'word diff' : 'extraction'}: ${tool} | ${cells.join(' | ')} |`);
  };
  for (const t of ['storydiff', 'storydiff (count only)', 'jsdiff diffWords', 'diff-match-patch']) perMb('diff', t, (s) => s.pairBytes);
  for (const t of exTools) perMb('extract', t, (s) => s.bytes);
  out.push('');
  out.push(`**Quality on the seed gold** (versions 001 and 004 of the sample story; ${quality.rule}):`);
  out.push('');
  out.push('| tool | people P / R / F1 | numbers P / R / F1 | dates & times P / R / F1 |');
  out.push('|---|---|---|---|');
  for (const [tool, cats] of Object.entries(quality.scores)) {
    const c = (k) => {
      const s = cats[k];
      if (!s) return '–';
      return `${s.p.toFixed(2)} / ${s.r.toFixed(2)} / ${s.f1.toFixed(2)} (${s.tp}/${s.pred} found, ${s.gold} gold)`;
    };
    out.push(`| ${tool} | ${c('people')} | ${c('numbers')} | ${c('dates')} |`);
  }
  return out.join('\n');
}

function writeBenchmarks(md) {
  const path = join(repoDir, 'BENCHMARKS.md');
  const start = '<!-- js-bench:start -->';
  const end = '<!-- js-bench:end -->';
  let text = readFileSync(path, 'utf8');
  const block = `${start}\n${md}\n${end}`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  text = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, text);
}

await main();
