// Lighthouse on the release build (dist/), desktop and mobile: serves it
// from a sub-path as the e2e tests do, runs Lighthouse in headless
// Chromium ($CHROME_PATH, else /usr/bin/chromium) and writes the
// performance / accessibility / best-practices / SEO scores into
// BENCHMARKS.md between its lighthouse markers. Not part of `npm test`:
//
//     npm run lighthouse --prefix e2e          # after trunk build --release
//
// Options: --no-write (print only), --gzip (serve compressed, as most
// static hosts do; python's http.server does not compress).
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, distDir, e2eDir, serveDist } from './tests/harness.mjs';

const args = new Set(process.argv.slice(2));
const benchmarks = resolve(e2eDir, '../BENCHMARKS.md');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const START = '<!-- lighthouse:start -->';
const END = '<!-- lighthouse:end -->';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** dist/ at http://127.0.0.1:PORT/storydiff/, gzip-compressed like a static host. */
function serveGzip() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith('/storydiff/')) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(distDir, path.slice('/storydiff/'.length)));
    if (!file.startsWith(distDir)) {
      res.writeHead(403).end();
      return;
    }
    if (path.endsWith('/')) file = join(file, 'index.html');
    let body;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = /gzip/.test(req.headers['accept-encoding'] ?? '') && !/image\/png/.test(type);
    res.writeHead(200, {
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      'cache-control': 'no-cache',
    });
    res.end(gzip ? gzipSync(body) : body);
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      ok({ url: `http://127.0.0.1:${port}/storydiff/`, stop: () => new Promise((r) => server.close(r)) });
    });
  });
}

async function run(url, formFactor) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? process.env.STORYDIFF_CHROMIUM ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_ARGS,
  });
  try {
    const config = formFactor === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      config,
    );
    const lhr = result.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    // What holds a category back: audits that are scored and not passed.
    const failing = [];
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 0.9) {
          failing.push(`${c}: ${a.id} (${Math.round(a.score * 100)})${a.displayValue ? ` ${a.displayValue}` : ''}`);
        }
      }
    }
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
      .map((id) => `${id.replace(/-/g, ' ')} ${lhr.audits[id]?.displayValue ?? '?'}`)
      .join(', ');
    return { scores, failing, metrics, version: lhr.lighthouseVersion };
  } finally {
    await chrome.kill();
  }
}

const server = args.has('--gzip') ? await serveGzip() : await serveDist();
const results = {};
try {
  for (const formFactor of ['desktop', 'mobile']) {
    results[formFactor] = await run(server.url, formFactor);
    const r = results[formFactor];
    console.log(`${formFactor}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}`);
    console.log(`  ${r.metrics}`);
    for (const f of r.failing) console.log(`  below 90: ${f}`);
  }
} finally {
  await server.stop();
}

const version = results.desktop.version;
const table = [
  START,
  `Lighthouse ${version}, headless Chromium, the release build served ${args.has('--gzip') ? 'gzip-compressed' : 'uncompressed (python http.server)'} from a sub-path (\`npm run lighthouse --prefix e2e\`${args.has('--gzip') ? ' -- --gzip' : ''}); first visit (the sample story analysed).`,
  '',
  '| form factor | performance | accessibility | best practices | SEO |',
  '|---|---:|---:|---:|---:|',
  ...['desktop', 'mobile'].map((f) => `| ${f} | ${CATEGORIES.map((c) => results[f].scores[c]).join(' | ')} |`),
  '',
  ...['desktop', 'mobile'].map((f) => `${f}: ${results[f].metrics}.`),
  END,
].join('\n');
if (!args.has('--no-write')) {
  const text = readFileSync(benchmarks, 'utf8');
  const at = text.indexOf(START);
  const end = text.indexOf(END);
  const next = at >= 0 && end > at ? text.slice(0, at) + table + text.slice(end + END.length) : `${text.trimEnd()}\n\n## Lighthouse\n\n${table}\n`;
  writeFileSync(benchmarks, next);
  console.log(`wrote the scores to ${benchmarks}`);
}
