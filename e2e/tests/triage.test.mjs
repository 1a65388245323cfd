// Issue 16: a workspace an editor trusts with a day's triage — marks that
// last (edits, added versions, reloads, exports, files and links), cards
// whose counters add up, words written for people, a real two-pane
// compare, a first visit that explains itself, a phone layout, places in
// the address that Back walks, focus kept after a dismissal, a
// publication date per version, a version filter that filters.
// Screenshots of every view at 1440 and 390 px wide land in
// e2e/screenshots/ (w1440-*.png, w390-*.png).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analysed, dropFiles, screenshot, showView, useBrowser } from './harness.mjs';

const withPage = await useBrowser();
const VIEWS = ['overview', 'findings', 'matrix', 'reading', 'diff'];
const WIDE = { viewport: { width: 1440, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 } };

/** Clicks `locator` and returns the downloaded file's text. */
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync(await file.path(), 'utf8');
}

/** The keys and summaries of the findings shown, in order. */
const shownFindings = (page) =>
  page.$$eval('.finding', (fs) => fs.map((f) => ({ id: f.id, summary: f.querySelector('.finding-summary').textContent })));

/** Waits for the findings list to show `n` findings. */
const findingCount = (page, n) => page.waitForFunction((n) => document.querySelectorAll('.finding').length === n, n);

/** Forms of the engine's that people must never read. */
const INTERNAL = [/XXXX/, /\bP\d+[YMWDH]\b/, /\bPT\d/, /\b\d{4}-W\d\d/, /_REF\b/, /\bUSD \d/, /\b[a-z]+_[a-z]+\b/, /Number of (count|person|co)\b/];
function internalForms(text, names = []) {
  let t = text;
  for (const n of names) t = t.split(n).join('');
  return INTERNAL.filter((re) => re.test(t)).map((re) => `${re}: …${t.slice(Math.max(0, t.search(re) - 40), t.search(re) + 40)}…`);
}

describe('triage that lasts', () => {
  test('dismissed and confirmed findings hold through an added version, a reload, the exports, the workspace file and a link', async () => {
    await withPage(async (page) => {
      await analysed(page, 5);
      await showView(page, 'findings');
      const before = await shownFindings(page);
      assert.ok(before.length >= 4, `findings: ${before.length}`);
      // Dismiss two, confirm one.
      const [d1, d2, c1] = [before[0], before[1], before[2]];
      for (const f of [d1, d2]) {
        await page.locator(`#${f.id} button:has-text("Dismiss")`).click();
      }
      await findingCount(page, before.length - 2);
      await page.locator(`#${c1.id} button:has-text("Confirm")`).click();
      await page.waitForSelector(`#${c1.id}.confirmed`);
      assert.match(await page.textContent('label.check:has(#filter-dismissed)'), /Show dismissed \(2\)/);
      // A version that agrees with one already there is added.
      const text = await page.evaluate(() => JSON.parse(localStorage.getItem('storydiff.workspace')).versions[1].text);
      await page.fill('#paste-text', text);
      await page.fill('#paste-name', 'agrees.txt');
      await page.click('button:has-text("Add version")');
      await analysed(page, 6);
      await showView(page, 'findings');
      assert.match(await page.textContent('label.check:has(#filter-dismissed)'), /Show dismissed \(2\)/, 'both dismissals hold');
      const after = (await shownFindings(page)).map((f) => f.summary);
      assert.ok(!after.includes(d1.summary) && !after.includes(d2.summary), 'the dismissed stay hidden');
      assert.equal(await page.locator(`#${c1.id}.confirmed`).count(), 1, 'the confirmation holds');
      // … and a reload.
      await page.waitForTimeout(500);
      await page.reload();
      await analysed(page, 6);
      await showView(page, 'findings');
      assert.match(await page.textContent('label.check:has(#filter-dismissed)'), /Show dismissed \(2\)/);
      assert.equal(await page.locator(`#${c1.id}.confirmed`).count(), 1);
      // The exports leave them out and say how many.
      const md = await download(page, '.report-actions button:has-text("Markdown")');
      const findingsPart = md.split('## Versions')[0];
      assert.ok(!findingsPart.includes(d1.summary.slice(0, 40)), 'Markdown findings without the dismissed');
      assert.match(md, /2 findings dismissed as false positives are left out/);
      assert.match(md, /## Dismissed findings \(2\)/);
      assert.match(md, /1 confirmed/);
      const json = JSON.parse(await download(page, '.report-actions button:has-text("JSON")'));
      assert.equal(json.triage.dismissed, 2);
      assert.equal(json.triage.confirmed, 1);
      assert.equal(json.dismissed_findings.length, 2);
      assert.ok(!json.findings.some((f) => f.summary === d1.summary));
      assert.equal(json.findings.filter((f) => f.review === 'confirmed').length, 1);
      const csv = await download(page, '.report-actions button:has-text("CSV")');
      assert.ok(csv.startsWith('\uFEFF'), 'CSV with a byte-order mark');
      assert.match(csv.split('\r\n')[0], /"review \(\d+ dismissed, \d+ confirmed\)"$/);
      // Print: the dismissed are left out, counted.
      await page.evaluate(() => { window.print = () => { window.__printed = true; }; });
      await page.click('.report-actions button:has-text("Print")');
      await page.waitForFunction(() => window.__printed === true);
      assert.match(await page.textContent('.print-report'), /2 findings dismissed as false positives are left out/);
      assert.ok(!(await page.textContent('.print-report')).includes(d1.summary));
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      // The workspace file carries both marks; a link too.
      const file = JSON.parse(await download(page, 'button:has-text("Save workspace")'));
      assert.equal(file.dismissed.length, 2);
      assert.equal(file.confirmed.length, 1);
      await page.click('button:has-text("Share link…")');
      await page.click('#share-link-panel button:has-text("Create link")');
      const link = await page.inputValue('.share-url');
      const other = await page.context().newPage();
      await other.goto(link);
      await other.waitForFunction(() => Number(document.querySelector('main#results')?.dataset.versions) === 6, null, { timeout: 30000 });
      await other.click('#tab-findings');
      await other.waitForFunction(() => /Show dismissed \(2\)/.test(document.querySelector('label.check:has(#filter-dismissed)')?.textContent ?? ''));
      assert.equal(await other.locator('.finding.confirmed').count(), 1);
      await other.close();
    }, WIDE);
  });

  test('a dismissal by keyboard moves the focus to the next finding', async () => {
    await withPage(async (page) => {
      await analysed(page, 5);
      await showView(page, 'findings');
      const [first, second] = await shownFindings(page);
      await page.focus(`#${first.id} button:has-text("Dismiss")`);
      await page.keyboard.press('Enter');
      await page.waitForFunction((id) => document.activeElement?.id === id, second.id);
    });
  });
});

describe('cards and filters', () => {
  test('every card\'s counters add up to the findings that concern its version, and the version filter shows those', async () => {
    await withPage(async (page) => {
      await analysed(page, 5);
      await page.waitForFunction(() => document.querySelectorAll('.score-card').length === 5);
      const cards = await page.$$eval('.score-card', (cs) =>
        cs.map((c) => ({
          sum: [...c.querySelectorAll('dd')].reduce((n, d) => n + Number(d.textContent), 0),
          total: Number(c.querySelector('.concerns').dataset.total),
          kept: c.querySelector('.kept strong').textContent,
          omissions: Number(c.querySelector('[data-figure=omissions]').textContent),
          marks: c.querySelectorAll('.strip .mark').length,
          tips: [...c.querySelectorAll('.figures > div')].map((d) => d.title),
        })),
      );
      for (const c of cards) {
        assert.equal(c.sum, c.total, JSON.stringify(c));
        assert.ok(c.marks <= c.total, JSON.stringify(c));
        assert.equal(c.kept === '100%', c.omissions === 0, JSON.stringify(c));
        assert.ok(c.tips.every((t) => t.length > 20), 'each counter says how it is counted');
      }
      // The version filter shows exactly the findings on that version's card.
      await showView(page, 'findings');
      const all = await page.$$eval('.finding', (f) => f.length);
      await page.selectOption('#filter-version', '1');
      await page.waitForFunction((n) => document.querySelectorAll('.finding').length === n, cards[1].total);
      assert.ok(cards[1].total < all, 'the filter narrows');
    });
  });
});

describe('words for people', () => {
  test('no engine-internal form on the page or in the exports', async () => {
    await withPage(async (page) => {
      await analysed(page, 5);
      const names = await page.$$eval('.version-name', (els) => els.map((e) => e.value));
      const problems = [];
      for (const view of VIEWS) {
        await showView(page, view);
        await page.waitForTimeout(300);
        problems.push(...internalForms(await page.innerText('#view-panel'), names).map((p) => `${view}: ${p}`));
      }
      for (const [label] of [['Markdown'], ['CSV']]) {
        let text = await download(page, `.report-actions button:has-text("${label}")`);
        if (label === 'Markdown') text = text.split('## Aligned sentences')[0];
        problems.push(...internalForms(text, names).map((p) => `${label}: ${p}`));
      }
      const json = JSON.parse(await download(page, '.report-actions button:has-text("JSON")'));
      for (const f of json.findings) problems.push(...internalForms(f.summary, names).map((p) => `JSON: ${p}`));
      assert.deepEqual(problems, []);
    });
  });
});

describe('compare two', () => {
  test('two panes side by side, each text exactly as written, changes stepped with buttons and keys, panes scrolling together', async () => {
    await withPage(async (page) => {
      await analysed(page, 5);
      await showView(page, 'diff');
      await page.waitForSelector('.diff-old del, .diff-new ins');
      const [left, right] = await page.$$eval('.diff-pane', (ps) => ps.map((p) => p.getBoundingClientRect().toJSON()));
      assert.ok(right.x > left.x + left.width - 1 && Math.abs(right.y - left.y) < 2, 'side by side');
      assert.ok(left.width > 450 && right.width > 450, 'each pane half of the width');
      // Each pane spells its text exactly (markers aside).
      const texts = await page.evaluate(() => JSON.parse(localStorage.getItem('storydiff.workspace')).versions.map((v) => v.text));
      const paneText = (sel) =>
        page.$eval(sel, (p) => {
          const c = p.cloneNode(true);
          c.querySelectorAll('.gap, .moved-label').forEach((e) => e.remove());
          return c.textContent.replace(/^ /gm, '');
        });
      assert.equal((await paneText('.diff-old')).replace(/\s+/g, ' ').trim(), texts[0].replace(/\s+/g, ' ').trim());
      assert.equal(await page.$eval('.diff-old', (p) => getComputedStyle(p).whiteSpace), 'pre-wrap', 'spacing kept');
      // Next / previous: buttons and keys, the same change current in both panes.
      await page.click('#next-change');
      await page.waitForFunction(() => /Change 1 of \d+/.test(document.querySelector('.change-count').textContent));
      await page.keyboard.press('j');
      await page.waitForFunction(() => /Change 2 of \d+/.test(document.querySelector('.change-count').textContent));
      const current = await page.$$eval('.diff-pane .current', (els) => els.map((e) => e.dataset.change));
      assert.ok(current.length >= 2 && current.every((c) => c === '1'), JSON.stringify(current));
      await page.keyboard.press('k');
      await page.waitForFunction(() => /Change 1 of \d+/.test(document.querySelector('.change-count').textContent));
      // The list of changes.
      await page.click('.change-list summary');
      assert.ok((await page.$$('.change-list li')).length >= 2);
      // Scrolling one pane brings the other along.
      const before = await page.$eval('.diff-new', (p) => p.scrollTop);
      await page.$eval('.diff-old', (p) => { p.scrollTop = p.scrollHeight / 2; });
      await page.waitForFunction((b) => Math.abs(document.querySelector('.diff-new').scrollTop - b) > 50, before);
      await screenshot(page, 'compare-two-panes');
    }, WIDE);
  });

  test('one pane on a narrow screen, words never run together', async () => {
    await withPage(async (page) => {
      await dropFiles(page, [
        { name: 'a.txt', content: 'A Michigan man was hurt on Friday.' },
        { name: 'b.txt', content: 'A man was injured on Friday.' },
      ]);
      await analysed(page, 7);
      // The pair and view as an address gives them.
      await page.evaluate(() => { location.hash = 'view=diff&pair=F-G'; });
      await page.waitForSelector('#tab-diff[aria-selected="true"]');
      await page.waitForFunction(() => document.querySelector('.diff-text')?.textContent.startsWith('A '));
      assert.equal(await page.$$eval('.diff-pane', (p) => p.length), 0);
      assert.match(await page.textContent('.diff-text'), /^A Michigan man was hurt injured on Friday\.$/);
    }, PHONE);
  });
});

describe('first visit', () => {
  test('says the story is a sample, with the paste box in view; short labels; notices collapse and leave', async () => {
    await withPage(async (page) => {
      await analysed(page, 5);
      const note = page.locator('.version-panel .sample-note');
      assert.match(await note.textContent(), /This is a sample: five rewrites of one AP story — paste or drop your own versions\./);
      const box = await page.$eval('#paste-text', (t) => t.getBoundingClientRect().toJSON());
      assert.ok(box.bottom <= 900 && box.top >= 0, `the paste box is in view: ${JSON.stringify(box)}`);
      assert.deepEqual(await page.$$eval('.version-card .version-letter', (l) => l.map((x) => x.textContent)), ['A', 'B', 'C', 'D', 'E']);
      // Several messages: the newest shows, the others behind a count.
      for (const t of ['One more version.', 'Another version.', 'A third version.']) {
        await page.fill('#paste-text', t);
        await page.click('button:has-text("Add version")');
      }
      await page.waitForFunction(() => document.querySelectorAll('.notice').length === 3);
      assert.equal(await page.$$eval('.notice:not([hidden])', (n) => n.length), 1);
      assert.match(await page.textContent('.notices-toggle'), /2 earlier messages/);
      await page.mouse.move(5, 5);
      // Success messages leave by themselves.
      await page.waitForFunction(() => document.querySelectorAll('.notice').length === 0, null, { timeout: 15000 });
      assert.equal(await page.locator('.version-panel .sample-note').count(), 0, 'no longer the sample');
    }, WIDE);
  });
});

describe('phone', () => {
  test('results in the first screen after a compact version strip; tabs in one row; a narrow fact column', async () => {
    await withPage(async (page) => {
      await analysed(page, 5);
      const results = await page.$eval('#results', (r) => r.getBoundingClientRect().top);
      const firstCard = await page.$eval('.top-findings, .score-card', (r) => r.getBoundingClientRect().top);
      assert.ok(results < 844 && firstCard < 844, `results start at ${results}, first finding at ${firstCard}`);
      assert.ok(await page.isVisible('.version-strip'));
      assert.equal(await page.isVisible('.version-panel'), false);
      const tops = await page.$$eval('[role=tab]', (ts) => ts.map((t) => t.getBoundingClientRect().top));
      assert.equal(new Set(tops).size, 1, 'the tabs in one row');
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false);
      await showView(page, 'matrix');
      const fact = await page.$eval('.matrix th.fact-col', (t) => t.getBoundingClientRect().width);
      assert.ok(fact < 390 * 0.4, `fact column ${fact}px`);
      // The full list opens from the strip.
      await page.click('.version-strip button');
      await page.waitForSelector('.version-panel', { state: 'visible' });
    }, PHONE);
  });
});

describe('places in the address', () => {
  test('the view, the finding and the pair live in the URL; Back walks the views visited', async () => {
    await withPage(async (page) => {
      await analysed(page, 5);
      await showView(page, 'findings');
      await page.waitForFunction(() => location.hash.includes('view=findings'));
      const first = (await shownFindings(page))[0];
      await page.locator(`#${first.id} .finding-summary`).click();
      await page.waitForSelector('#tab-reading[aria-selected="true"]');
      const key = first.id.replace('finding-', '');
      await page.waitForFunction((k) => location.hash.includes('view=reading') && location.hash.includes(`finding=${k}`), key);
      await page.goBack();
      await page.waitForSelector('#tab-findings[aria-selected="true"]');
      await page.waitForFunction((id) => document.querySelector(`#${id}`)?.classList.contains('selected'), first.id);
      await page.goBack();
      await page.waitForSelector('#tab-overview[aria-selected="true"]');
      // The pair too; a reload comes back to the same place.
      await showView(page, 'diff');
      await page.selectOption('#diff-new', { index: 2 });
      await page.waitForFunction(() => location.hash.includes('pair=A-C'));
      await page.reload();
      await analysed(page, 5);
      await page.waitForSelector('#tab-diff[aria-selected="true"]');
      assert.equal(await page.$eval('#diff-new', (s) => s.selectedIndex), 2);
    });
  });
});

describe('publication dates', () => {
  test('each version has its own, read from its dateline where it has one', async () => {
    await withPage(async (page) => {
      await analysed(page, 5);
      const hints = await page.$$eval('.version-date .help', (h) => h.map((x) => x.textContent));
      assert.ok(hints.some((h) => /^From its dateline: \w+day, \w+ \d+, \d{4}\.$/.test(h)), hints.join(' | '));
      const runs = await page.evaluate(() => performance.getEntriesByName('storydiff:analyze').length);
      await page.fill('.version-card >> nth=1 >> input[type=date]', '2024-03-14');
      await page.dispatchEvent('.version-card >> nth=1 >> input[type=date]', 'change');
      await page.waitForFunction((n) => performance.getEntriesByName('storydiff:analyze').length > n, runs);
      await page.waitForTimeout(500);
      const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('storydiff.workspace')).versions.map((v) => v.date ?? null));
      assert.deepEqual(saved, [null, '2024-03-14', null, null, null]);
      await page.reload();
      await analysed(page, 5);
      assert.equal(await page.inputValue('.version-card >> nth=1 >> input[type=date]'), '2024-03-14');
    });
  });
});

describe('screenshots', () => {
  for (const [width, options] of [[1440, WIDE], [390, PHONE]]) {
    test(`every view at ${width} px`, async () => {
      await withPage(async (page) => {
        await analysed(page, 5);
        await screenshot(page, `w${width}-first-visit`);
        for (const view of VIEWS) {
          await showView(page, view);
          if (view === 'reading') await page.waitForSelector('.reading-table tbody tr');
          if (view === 'diff') await page.waitForSelector('.diff-pane :is(ins, del), .diff-text :is(ins, del)');
          await page.waitForTimeout(300);
          await screenshot(page, `w${width}-${view}`);
        }
      }, options);
    });
  }
});
