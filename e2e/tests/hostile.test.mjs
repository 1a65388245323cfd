// Hostile and odd input given the way a person would: pasted into the
// new-version box or onto the page, typed, edited into an existing version,
// opened as a workspace file. For each: a clear message or a correct
// result, nothing the person had is lost (also after a reload), and the
// main thread is never blocked for more than 2 s (PerformanceObserver
// 'longtask', the hang bound; the figures go to BENCHMARKS.md).
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { analysed, screenshot, screenshotDir, showView, useBrowser } from './harness.mjs';
import { openWorkspaceFile, workspaceOf } from './edges.mjs';

const withPage = await useBrowser();
const HANG_MS = 2000;
/** case → longest main-thread task (ms), printed and written for BENCHMARKS.md. */
const figures = {};
after(() => {
  mkdirSync(screenshotDir, { recursive: true });
  writeFileSync(join(screenshotDir, 'hostile-longtasks.json'), JSON.stringify(figures, null, 1));
  console.log('longest main-thread task per case (ms):', JSON.stringify(figures));
});

const WIRE = 'KYIV, Ukraine (AP) — Russian drones struck the port of Odesa overnight, killing six people, including a 3-year-old girl, officials said on Tuesday.\n\n“We will rebuild,” Mayor Hennadiy Trukhanov said. More than 40,000 residents were left without power, according to the regional governor, Oleh Kiper.';
const REWRITE = 'Russian drones hit Odesa overnight and killed seven people, among them a 3-year-old girl, officials said on Wednesday.\n\n"We will rebuild," said Mayor Hennadiy Trukhanov. Over 40,000 residents lost power, Oleh Kiper, the regional governor, said.';

const cards = (page) => page.$$eval('.version-card', (c) => c.length);
const names = (page) => page.$$eval('.version-name', (els) => els.map((e) => e.value));
const waitCards = (page, n, timeout = 30000) =>
  page.waitForFunction((n) => document.querySelectorAll('.version-card').length === n, n, { timeout });

/**
 * Watches main-thread long tasks from the page's start: the observer is
 * registered by an init script, so the page is reloaded (the workspace is
 * kept in localStorage).
 */
async function watchLongTasks(page, context) {
  await context.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.reload();
  await page.waitForSelector('.version-list, .empty');
}

/** Runs `body` and records (and bounds) the longest main-thread task during it. */
async function measured(page, name, body) {
  await page.evaluate(() => {
    window.__longest = 0;
  });
  await body();
  // Let a last task that is still running end and be reported.
  await page.waitForTimeout(300);
  const longest = Math.round(await page.evaluate(() => window.__longest));
  figures[name] = longest;
  assert.ok(longest < HANG_MS, `${name}: the main thread was blocked for ${longest} ms`);
}

/** Pastes `text` onto the page outside the text boxes (a new version). */
async function pasteOnPage(page, text) {
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

/** Pastes `text` into the new-version box and adds it. */
async function pasteInBox(page, text, name = '') {
  await page.fill('#paste-text', text);
  await page.fill('#paste-name', name);
  await page.click('button:has-text("Add version")');
}

/** The texts the page keeps, as saved for the next visit. */
const savedTexts = (page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('storydiff.workspace') ?? '{"versions":[]}').versions.map((v) => v.text));

/** Reloads and checks that the versions (by name) come back. */
async function survivesReload(page, expected) {
  await page.waitForTimeout(600); // the workspace is saved as it changes
  await page.reload();
  await page.waitForSelector('.version-list, .empty');
  await waitCards(page, expected.length);
  assert.deepEqual(await names(page), expected);
}

/** Pastes each odd text onto the page and checks it is analysed with the sample. */
const ODD = {
  'unbalanced quotes': 'The mayor said: “We will rebuild the port.\n\nSix people were hurt on Tuesday. ” And " again ”',
  'NUL and control characters': 'Six people\u0000 were hurt on Tuesday.\u0001\u0007\u001b[31m Police said.\u007f\u0085 red',
  'bidi overrides and zero-width characters': '\ufeffPu\u200btin said on \u202eMarch 15\u202c, 2024 that 1,2\u200b00 peo\u00adple were evac\u200duated from \u2066Odesa\u2069.',
  'emoji with ZWJ': '👩‍👩‍👧‍👦 Six people 🏳️‍🌈 were hurt on Tuesday 👨🏽‍🚒, officials said. 🇺🇦 e\u0301\u0301',
  CJK: '东京电力公司周二表示，六人受伤。“我们会重建，”市长说。二〇二四年三月十五日。',
  Arabic: 'قال المسؤولون إن ستة أشخاص أصيبوا يوم الثلاثاء. «سنعيد البناء»، قال العمدة. ١٢٣٤ شخصا.',
  CRLF: WIRE.replaceAll('\n', '\r\n'),
  '10,000 quotation marks': Array.from({ length: 10000 }, (_, i) => ['"', '“', '”', '‘', '’'][i % 5]).join(''),
  '200 KB sentence without punctuation': (() => {
    const words = ['council', 'voted', 'six', 'people', 'mayor', 'budget', 'storm', 'power'];
    let s = '';
    for (let i = 0; s.length < 200_000; i++) s += words[(i * 7 + (i >> 3)) % words.length] + ' ';
    return s;
  })(),
};

describe('odd text pasted onto the page', () => {
  for (const [name, text] of Object.entries(ODD)) {
    test(`${name}: analysed beside the sample, kept after a reload`, async () => {
      await withPage(async (page, { context }) => {
        await watchLongTasks(page, context);
        await analysed(page, 5);
        const before = await names(page);
        await measured(page, name, async () => {
          await pasteOnPage(page, text);
          await waitCards(page, 6);
          await analysed(page, 6, 60000);
          await page.waitForFunction(() => document.querySelectorAll('.score-card').length === 6);
        });
        const after = await names(page);
        assert.deepEqual(after.slice(0, 5), before, 'the earlier versions are still there');
        // The text is kept exactly, as pasted.
        await page.waitForTimeout(600);
        assert.equal((await savedTexts(page))[5], text);
        await survivesReload(page, after);
      });
    });
  }
});

describe('hidden characters', () => {
  test('shown boxed in the side-by-side view and the diff, counted on the card, copied as they are', async () => {
    await withPage(async (page, { context }) => {
      await watchLongTasks(page, context);
      await analysed(page, 5);
      await page.click('button:has-text("Clear all")');
      await waitCards(page, 0);
      const clean = 'Putin said on March 15, 2024 that 1,200 people were evacuated from Odesa.';
      const hidden = ODD['bidi overrides and zero-width characters'];
      await pasteInBox(page, clean, 'clean.txt');
      await pasteInBox(page, hidden, 'hidden.txt');
      await analysed(page, 2);
      // Hidden characters do not make the versions disagree.
      assert.match(await page.textContent('.run-status'), /0 findings/);
      // The card names them.
      await page.waitForFunction(() => document.querySelectorAll('.score-card').length === 2);
      const count = await page.textContent('.score-card >> nth=1 >> .hidden-count');
      assert.match(count, /^\W*9 hidden characters \(zero-width no-break space, zero-width space ×2, right-to-left override, /);
      assert.match(count, /right-to-left override/);
      assert.equal(await page.$$eval('.score-card >> nth=0 >> .hidden-count', (e) => e.length), 0);
      // The version's card shows them in its preview too, isolated.
      const preview = await page.$$eval('.version-card >> nth=1 >> .version-preview .hidden-char', (els) => els.map((e) => e.dataset.abbr));
      assert.ok(preview.includes('RLO') && preview.includes('ZWSP'), JSON.stringify(preview));
      await screenshot(page, 'hidden-overview');

      await showView(page, 'reading');
      await page.waitForSelector('.reading-table .hidden-char');
      const marks = await page.$$eval('.reading-table td[data-v="1"] .hidden-char', (els) =>
        els.map((e) => [e.dataset.abbr, e.getAttribute('aria-label')]),
      );
      assert.deepEqual(marks.map((m) => m[0]).slice(-8), ['ZWSP', 'RLO', 'PDF', 'ZWSP', 'SHY', 'ZWJ', 'LRI', 'PDI']);
      assert.ok(marks.some(([abbr, label]) => abbr === 'RLO' && /right-to-left override \(U\+202E\)/.test(label)));
      // The cell's text is the version's text: nothing added, nothing lost.
      const cellText = await page.$eval('.reading-table td[data-v="1"] .cell-text', (e) => e.textContent);
      assert.ok(cellText.length >= hidden.length - 1 && hidden.endsWith(cellText), JSON.stringify(cellText));
      // The override does not reverse the words after it: "March" still reads left to right.
      const order = await page.$eval('.reading-table td[data-v="1"] .cell-text', (cell) => {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        let node;
        while ((node = walker.nextNode())) {
          const i = node.data.indexOf('March 15');
          if (i < 0) continue;
          const at = (k) => {
            const r = document.createRange();
            r.setStart(node, k);
            r.setEnd(node, k + 1);
            return r.getBoundingClientRect().left;
          };
          return at(i) < at(i + 6);
        }
        return null;
      });
      assert.equal(order, true, '“March 15” is shown left to right after a right-to-left override');
      // The page around the text keeps its order: the row number stays left of the columns.
      const thLeft = await page.$eval('.reading-table tbody tr th', (e) => e.getBoundingClientRect().left);
      const tdLeft = await page.$eval('.reading-table tbody tr td', (e) => e.getBoundingClientRect().left);
      assert.ok(thLeft < tdLeft);
      await screenshot(page, 'hidden-reading');

      await showView(page, 'diff');
      await page.selectOption('#diff-old', { label: 'clean.txt' });
      await page.selectOption('#diff-new', { label: 'hidden.txt' });
      await page.waitForSelector(':is(.diff-pane, .diff-text) .hidden-char');
      assert.match(await page.textContent('.diff-stats'), /No word changes/);
      assert.match(await page.textContent('.hidden-note'), /Hidden characters differ\. From: none\. To: 9 hidden characters/);
      await screenshot(page, 'hidden-diff');
      // Typing a hidden character into an existing version shows it too.
      await showView(page, 'overview');
      await page.click('.version-card >> nth=0 >> button:has-text("Edit")');
      const editor = '.version-card >> nth=0 >> textarea';
      await page.click(editor);
      await page.press(editor, 'Home');
      await page.keyboard.type('\u202eX ');
      await analysed(page, 2);
      await page.waitForFunction(() => /right-to-left override/.test(document.querySelector('.score-card .hidden-count')?.textContent ?? ''));
      await screenshot(page, 'hidden-typed');
    });
  });
});

describe('sizes and counts', () => {
  test('empty, whitespace-only and one-version states say what is wrong and keep the work', async () => {
    await withPage(async (page, { context }) => {
      await watchLongTasks(page, context);
      await analysed(page, 5);
      await measured(page, 'empty text pasted', async () => {
        await pasteInBox(page, ' \n\t ');
        await page.waitForSelector('.notice.error');
      });
      assert.match(await page.textContent('.notice.error'), /empty/);
      assert.equal(await cards(page), 5);
      // A version edited down to nothing is noted, not dropped.
      await page.click('.version-card >> nth=4 >> button:has-text("Edit")');
      await page.fill('.version-card >> nth=4 >> textarea', '');
      await analysed(page, 5);
      await page.waitForFunction(() => /is empty/.test(document.querySelector('.diagnostics')?.textContent ?? ''));
      await screenshot(page, 'hostile-empty-version');
      const kept = await names(page);
      await survivesReload(page, kept);
      // One version: analysed, with a note that comparing needs two.
      await page.click('button:has-text("Clear all")');
      await waitCards(page, 0);
      await pasteInBox(page, WIRE, 'only.txt');
      await analysed(page, 1);
      await page.waitForFunction(() => /at least two/.test(document.querySelector('.diagnostics')?.textContent ?? ''));
      await screenshot(page, 'hostile-one-version');
      await survivesReload(page, ['only.txt']);
    });
  });

  test('50 versions from a workspace file', async () => {
    await withPage(async (page, { context }) => {
      await watchLongTasks(page, context);
      await analysed(page, 5);
      const versions = Array.from({ length: 50 }, (_, i) => [`v${String(i).padStart(2, '0')}.txt`, i % 2 ? REWRITE : WIRE]);
      await measured(page, '50 versions (workspace file)', async () => {
        await openWorkspaceFile(page, workspaceOf(versions));
        await waitCards(page, 50);
        await analysed(page, 50, 120000);
        await showView(page, 'reading');
        await page.waitForSelector('.reading-table tbody tr');
        await showView(page, 'overview');
      });
      assert.match(await page.textContent('.run-status'), /50 versions · [1-9]\d* findings?/);
      await screenshot(page, 'hostile-50-versions');
      await survivesReload(page, versions.map(([n]) => n));
    });
  });

  test('a 5 MB paste is analysed or refused with a message; the earlier versions stay', async () => {
    await withPage(async (page, { context }) => {
      await watchLongTasks(page, context);
      await analysed(page, 5);
      const before = await names(page);
      // News-like text: sentences with numbers, dates, quotes and names.
      const people = ['Maria Lopez', 'the mayor', 'Chief Ahmed Khan', 'officials'];
      let big = '';
      for (let k = 0; big.length < 5_000_000; k++) {
        big += `${people[k % 4]} said ${k % 9000} residents were affected on ${['Monday', 'Dec. 8', 'March 15, 2024'][k % 3]}. `;
        big += `“We counted ${k % 500} homes,” ${people[(k + 1) % 4]} said. `;
        if (k % 6 === 5) big += '\n\n';
      }
      await measured(page, '5 MB paste', async () => {
        // Pasted into the box (Playwright's fill types 5 MB far slower than a paste).
        await page.evaluate((big) => {
          const box = document.querySelector('#paste-text');
          box.value = big;
          box.dispatchEvent(new Event('input', { bubbles: true }));
        }, big);
        await page.click('button:has-text("Add version")');
        await waitCards(page, 6, 60000);
        await analysed(page, 6, 300000);
        await page.waitForFunction(() => document.querySelectorAll('.score-card').length === 6, null, { timeout: 60000 });
      });
      assert.deepEqual((await names(page)).slice(0, 5), before, 'the earlier versions are still there');
      await screenshot(page, 'hostile-5mb');
      // Either it is saved, or the person is told it is not.
      await page.waitForTimeout(800);
      const saved = await savedTexts(page);
      const notices = await page.$$eval('.notice', (n) => n.map((x) => x.textContent).join(' | '));
      if (saved.length === 6) {
        assert.equal(saved[5].length, big.length);
      } else {
        assert.match(notices, /not saved/, notices);
      }
      await page.reload();
      await page.waitForSelector('.version-list, .empty');
      const reloaded = await names(page);
      assert.deepEqual(reloaded.slice(0, 5), before, 'the earlier versions are still there after a reload');
    });
  });
});
