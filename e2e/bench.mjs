// Browser benchmark of the release build (npm run bench): how long each
// analysis takes from post to answer (the `storydiff:analyze` measures) and
// how long the main thread is ever blocked (PerformanceObserver
// 'longtask'), on the sample story and on 20 versions × 50 KB of ECB+ text,
// while the user adds the versions, waits, and goes through every view.
// Prints a Markdown table for BENCHMARKS.md. Exits non-zero if the main
// thread was blocked for more than 100 ms.
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analysed, distDir, dropFiles, launchBrowser, openPage, serveDist } from './tests/harness.mjs';
import { synthetic } from './tests/fixtures.mjs';

const BLOCK_LIMIT_MS = 100;

const server = await serveDist();
const browser = await launchBrowser();
const rows = [];
let worst = 0;

async function session() {
  const s = await openPage(browser, server.url, { viewport: { width: 1366, height: 900 } });
  return s;
}

/** Starts recording long tasks (the page is already loaded: from now on). */
async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function collect(page) {
  return page.evaluate(() => ({
    analyses: performance.getEntriesByName('storydiff:analyze').map((e) => e.duration),
    longtasks: window.__longtasks ?? [],
  }));
}

/** Goes through every view, scrolling the long ones. */
async function tour(page) {
  for (const view of ['findings', 'matrix', 'reading', 'diff', 'overview']) {
    await page.click(`#tab-${view}`);
    await page.waitForSelector(`#tab-${view}[aria-selected="true"]`);
    if (view === 'reading') {
      for (let i = 0; i < 5; i++) {
        await page.$eval('.reading-scroll', (el) => el.scrollBy(0, el.clientHeight));
        await page.waitForTimeout(150);
      }
    }
    if (view === 'findings' || view === 'matrix') await page.mouse.wheel(0, 2000);
    if (view === 'diff') await page.waitForSelector('.diff-text :is(ins, del, .moved-here)', { timeout: 60000 });
    await page.waitForTimeout(300);
  }
  // Step through findings as a reader would.
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('j');
    await page.waitForTimeout(100);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

function record(scenario, input, { analyses, longtasks }) {
  const longest = Math.max(0, ...longtasks);
  worst = Math.max(worst, longest);
  rows.push(
    `| ${scenario} | ${input} | ${analyses.length} | ${median(analyses).toFixed(0)} | ${Math.max(...analyses).toFixed(0)} | ${longest.toFixed(0)} | ${longtasks.length} |`,
  );
}

// 1. The sample story: first visit, then five re-analyses (switching the
//    reference), and a tour of the views.
{
  const { page, close } = await session();
  await analysed(page, 5);
  await watchLongTasks(page);
  for (let i = 0; i < 5; i++) {
    await page.check(`.version-card >> nth=${i % 2} >> input[type=radio]`);
    await page.waitForFunction((n) => performance.getEntriesByName('storydiff:analyze').length > n, i + 1);
    await analysed(page, 5);
  }
  await tour(page);
  record('sample story: 5 re-analyses, tour of the views', '5 versions, 21 KB', await collect(page));
  await close();
}

// 2. 20 versions × 50 KB: dropped at once, analysed, toured, then one
//    version edited (the analysis runs again while the user types).
{
  const files = synthetic(20, 50_000);
  const kb = Math.round(files.reduce((n, f) => n + Buffer.byteLength(f.content), 0) / 1000);
  const { page, close } = await session();
  await analysed(page, 5);
  await page.click('button:has-text("Clear all")');
  await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 0);
  await page.evaluate(() => performance.clearMeasures('storydiff:analyze'));
  await watchLongTasks(page);
  await dropFiles(page, files);
  await analysed(page, 20, 300_000);
  await tour(page);
  await page.click('.version-card >> nth=3 >> button:has-text("Edit")');
  await page.click('.version-card >> nth=3 >> textarea');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Officials said six people were hurt.', { delay: 30 });
  await page.waitForFunction(() => document.querySelector('.run-status').dataset.running === 'true', null, { timeout: 5000 }).catch(() => {});
  await analysed(page, 20, 300_000);
  record('ECB+ text: drop, tour of the views, typing in a version', `20 versions × 50 KB (${kb} KB)`, await collect(page));
  await close();
}

await browser.close();
await server.stop();

const wasm = readdirSync(distDir)
  .filter((f) => f.endsWith('.wasm'))
  .map((f) => {
    const bytes = readFileSync(join(distDir, f));
    return `| ${f.startsWith('worker') ? 'worker' : 'page'} (\`${f}\`) | ${(statSync(join(distDir, f)).size / 1024).toFixed(0)} KB | ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KB |`;
  });

console.log(`## Browser (headless Chromium, release build)

\`npm run bench\` in e2e/ (after \`trunk build --release\`). Analyses run in a web worker; a measure runs from posting the versions to the answer's arrival on the main thread. Long tasks: PerformanceObserver 'longtask' on the main thread (tasks over 50 ms), from the moment the versions are added.

| scenario | input | analyses | storydiff:analyze median (ms) | slowest (ms) | longest main-thread task (ms) | main-thread tasks > 50 ms |
|---|---|---:|---:|---:|---:|---:|
${rows.join('\n')}

| wasm | raw | gzip -9 |
|---|---:|---:|
${wasm.join('\n')}
`);
if (worst > BLOCK_LIMIT_MS) {
  console.error(`the main thread was blocked for ${worst.toFixed(0)} ms (limit ${BLOCK_LIMIT_MS} ms)`);
  process.exit(1);
}
