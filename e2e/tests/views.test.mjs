// Each view on the sample story and on a large story (an ECB+ event: 15
// outlets' articles on one event), with axe-core in light and dark, and
// screenshots of every view in both themes (e2e/screenshots/).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analysed, axeViolations, dropFiles, screenshot, setTheme, showView, useBrowser } from './harness.mjs';
import { ecbEvent } from './fixtures.mjs';

const withPage = await useBrowser();
const VIEWS = ['overview', 'findings', 'matrix', 'reading', 'diff'];

/** Replaces the sample story with `files`. */
async function loadStory(page, files) {
  await analysed(page, 5);
  await page.click('button:has-text("Clear all")');
  await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 0);
  await dropFiles(page, files);
  await page.waitForFunction((n) => document.querySelectorAll('.version-card').length === n, files.length);
  await analysed(page, files.length);
}

/** Chooses Print (the browser's dialog stubbed) and shows the print layout. */
async function openPrintLayout(page) {
  await page.evaluate(() => {
    window.print = () => {
      window.__printed = true;
    };
  });
  await page.click('.report-actions button:has-text("Print")');
  await page.waitForFunction(() => window.__printed === true);
  await page.emulateMedia({ media: 'print' });
}

describe('overview', () => {
  test('a card per version with its figures and a strip of its findings, most important findings first', async () => {
    await withPage(async (page) => {
      await analysed(page, 5);
      // Cards are laid out a few at a time.
      await page.waitForFunction(() => document.querySelectorAll('.score-card').length === 5);
      const figures = await page.$$eval('.score-card >> nth=0 >> dd', (dd) => dd.map((d) => d.dataset.figure));
      assert.deepEqual(figures, ['conflicts', 'omissions', 'additions', 'altered-quotes']);
      assert.match(await page.textContent('.score-card .kept'), /\d+%/);
      // Findings are listed with their severity as shape and word.
      const top = await page.$$eval('.top-list li', (li) => li.map((l) => l.textContent));
      assert.ok(top.length >= 1, 'the most important findings');
      assert.ok(top.every((t) => /[▲◆●] (High|Medium|Low)/.test(t)), top.join(' | '));
      // A strip mark goes to its finding in the side-by-side view.
      const marks = await page.$$('.strip .mark');
      assert.ok(marks.length >= 1, 'strip marks');
      const left = await page.$eval('.strip li', (li) => parseFloat(li.style.left));
      assert.ok(left >= 0 && left <= 100);
      // Marks of close findings overlap on a short strip: use the keyboard.
      await marks[0].focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('#tab-reading[aria-selected="true"]');
      await page.waitForSelector('.reading-table mark.evidence');
      await page.waitForFunction(() => document.activeElement?.matches('.reading-table mark.evidence, .reading-table td'));
    });
  });
});

describe('findings', () => {
  test('filter by kind and version, dismiss with undo (remembered), jump to the text', async () => {
    await withPage(async (page) => {
      await analysed(page, 5);
      await showView(page, 'findings');
      const all = await page.$$eval('.finding', (f) => f.length);
      assert.ok(all >= 2, `findings: ${all}`);
      // Evidence from every version, with the differing part marked.
      const first = page.locator('.finding').first();
      assert.ok((await first.locator('.evidence li').count()) >= 1);
      assert.ok((await first.locator('mark.evidence-mark').count()) >= 1);
      assert.match(await first.locator('.kind-badge').textContent(), /\w/);
      // Filter by kind.
      const kinds = await page.$$eval('#filter-kind option', (o) => o.map((x) => x.value).filter(Boolean));
      await page.selectOption('#filter-kind', kinds[0]);
      const ofKind = await page.$$eval('.finding', (f) => f.length);
      assert.ok(ofKind >= 1 && ofKind <= all);
      await page.selectOption('#filter-kind', '');
      // Filter by version: only findings concerning it.
      await page.selectOption('#filter-version', '0');
      const ofVersion = await page.$$eval('.finding', (f) => f.length);
      assert.ok(ofVersion <= all);
      await page.selectOption('#filter-version', '');
      await page.waitForFunction((n) => document.querySelectorAll('.finding').length === n, all);
      // Dismiss, undo, dismiss again; the dismissal survives a reload.
      const summary = await first.locator('.finding-summary').textContent();
      await first.locator('button:has-text("Dismiss")').click();
      await page.waitForFunction((n) => document.querySelectorAll('.finding').length === n - 1, all);
      await page.click('.notice button:has-text("Undo")');
      await page.waitForFunction((n) => document.querySelectorAll('.finding').length === n, all);
      await page.locator('.finding').first().locator('button:has-text("Dismiss")').click();
      await page.waitForFunction((n) => document.querySelectorAll('.finding').length === n - 1, all);
      await page.waitForTimeout(500);
      await page.reload();
      await analysed(page, 5);
      await page.waitForSelector('#tab-findings[aria-selected="true"]');
      await page.waitForFunction((n) => document.querySelectorAll('.finding').length === n - 1, all);
      assert.notEqual(await page.locator('.finding-summary').first().textContent(), summary);
      await page.check('#filter-dismissed');
      await page.waitForFunction((n) => document.querySelectorAll('.finding').length === n, all);
      await page.locator('.finding.dismissed button:has-text("Restore")').click();
      await page.uncheck('#filter-dismissed');
      await page.waitForFunction((n) => document.querySelectorAll('.finding').length === n, all);
      // Clicking a finding shows it in the side-by-side view.
      await page.locator('.finding .finding-summary').first().click();
      await page.waitForSelector('#tab-reading[aria-selected="true"]');
      await page.waitForSelector('.reading-table mark.evidence');
    });
  });
});

describe('claims matrix', () => {
  test('a row per fact, a column per version, status by icon and word, details on focus', async () => {
    await withPage(async (page) => {
      await analysed(page, 5);
      await showView(page, 'matrix');
      const columns = await page.$$eval('.matrix thead th', (th) => th.length);
      assert.equal(columns, 6, 'fact column + 5 versions');
      const cells = await page.$$eval('.matrix td.cell', (td) =>
        td.map((c) => ({ icon: c.querySelector('.status-icon').textContent, said: c.querySelector('.visually-hidden').textContent, title: c.title })),
      );
      assert.ok(cells.length >= 5);
      for (const c of cells) {
        assert.ok(['✓', '≠', '—'].includes(c.icon), c.icon);
        assert.match(c.said, /^(same|different|missing): $/);
        assert.match(c.title, /: (same|different|missing)/);
      }
      // Keyboard: one tab stop, arrows move, the tip shows on focus.
      await page.focus('.matrix td[tabindex="0"]');
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.c), '1');
      assert.ok(await page.isVisible('.matrix td:focus .tip'));
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.r), '1');
      await page.check('#disputed-only');
      const disputed = await page.$$eval('.matrix tbody tr', (tr) => tr.every((r) => r.classList.contains('disputed')));
      assert.ok(disputed);
    });
  });
});

describe('side by side', () => {
  test('aligned rows, word changes, unique rows, and one fact lit in every column', async () => {
    await withPage(async (page) => {
      await analysed(page, 5);
      await showView(page, 'reading');
      const rows = await page.$$eval('.reading-table tbody tr', (tr) => tr.length);
      assert.ok(rows > 5, `rows: ${rows}`);
      assert.equal(await page.$$eval('.reading-table thead th', (th) => th.length), 6);
      assert.ok((await page.$$('.reading-table ins')).length > 0, 'inserted words');
      assert.ok((await page.$$('.reading-table del')).length > 0, 'left-out words');
      assert.ok((await page.$$('.reading-table tr.unique')).length > 0, 'sentences in one version only');
      assert.ok((await page.$$('.unique-badge')).length > 0);
      // Hovering a claim lights the same fact in every column.
      const fact = await page.evaluate(() => {
        const counts = new Map();
        for (const c of document.querySelectorAll('.reading-table .claim[data-fact]')) {
          counts.set(c.dataset.fact, (counts.get(c.dataset.fact) ?? 0) + 1);
        }
        return [...counts].find(([, n]) => n >= 2)?.[0];
      });
      const same = await page.$$(`.reading-table .claim[data-fact="${fact}"]`);
      assert.ok(same.length >= 2, 'the fact is claimed in several versions');
      await same[0].hover();
      await page.waitForFunction((f) => {
        const els = [...document.querySelectorAll(`.reading-table .claim[data-fact="${f}"]`)];
        return els.every((e) => getComputedStyle(e).boxShadow !== 'none');
      }, fact);
      // Focusing one does the same.
      await page.mouse.move(0, 0);
      await same[1].focus();
      await page.waitForFunction((f) => getComputedStyle(document.querySelector(`.reading-table .claim[data-fact="${f}"]`)).boxShadow !== 'none', fact);
      // Columns scroll together: one scrolling box holds them all.
      const scrollers = await page.$$eval('.reading-scroll', (s) => s.length);
      assert.equal(scrollers, 1);
    });
  });
});

describe('pairwise diff', () => {
  test('moved text is shown as moved, not as a deletion and an insertion', async () => {
    await withPage(async (page) => {
      const a = 'The mayor resigned on Friday after the vote of the whole council. Six people were hurt in the fire downtown. Police are investigating the cause of the blaze.';
      const b = 'Six people were hurt in the fire downtown. Police are investigating the cause of the blaze. The mayor resigned on Friday after the vote of the whole council.';
      await loadStory(page, [
        { name: 'a.txt', content: a },
        { name: 'b.txt', content: b },
      ]);
      await showView(page, 'diff');
      await page.waitForSelector('.diff-new .moved-block');
      assert.match(await page.textContent('.diff-stats'), /moved in 1 block/);
      assert.equal((await page.$$('.diff-pane del')).length, 0, 'nothing deleted');
      assert.equal((await page.$$('.diff-pane ins')).length, 0, 'nothing inserted');
      assert.match(await page.textContent('.diff-new .moved-block'), /The mayor resigned on Friday after the vote of the whole council/);
      assert.match(await page.textContent('.diff-old .moved-block'), /The mayor resigned on Friday after the vote of the whole council/);
      // The marker where the text was goes to where it is.
      await page.click('.diff-old .moved-block .moved-label');
      await page.waitForFunction(() => document.activeElement?.matches('.diff-new .moved-block'));
      await screenshot(page, 'diff-moved');
    });
  });

  test('shows the insertions and deletions between two chosen versions', async () => {
    await withPage(async (page) => {
      await loadStory(page, [
        { name: 'old.txt', content: 'Six people were hurt on March 15, officials said. He called it “a tragedy.”' },
        { name: 'new.txt', content: '6 people were injured on March 14, police said. He called it "a tragedy".' },
      ]);
      await showView(page, 'diff');
      await page.waitForFunction(() => document.querySelector('.diff-new')?.textContent.startsWith('6 people'));
      // A replaced run is one deletion and one insertion.
      assert.deepEqual(await page.$$eval('.diff-old del', (e) => e.map((x) => x.textContent)), ['hurt', '15, officials']);
      assert.deepEqual(await page.$$eval('.diff-new ins', (e) => e.map((x) => x.textContent)), ['injured', '14, police']);
      // Quote styles and moved punctuation are changes only when asked for.
      await page.check('#show-punctuation');
      await page.waitForFunction(() => document.querySelectorAll('.diff-old del').length > 2);
      await page.uncheck('#show-punctuation');
      await page.click('.swap');
      // Swapped: what was deleted is inserted.
      await page.waitForFunction(
        () => JSON.stringify([...document.querySelectorAll('.diff-new ins')].map((x) => x.textContent)) === '["hurt","15, officials"]',
      );
      assert.ok(!(await page.isChecked('#show-punctuation')));
    });
  });
});

for (const [story, load] of [
  ['sample', async () => {}],
  ['ecbplus', async (page) => loadStory(page, ecbEvent())],
]) {
  describe(`every view of the ${story} story, light and dark`, () => {
    test('no serious or critical accessibility violations; screenshots', async () => {
      await withPage(async (page) => {
        await load(page);
        const n = await page.$$eval('.version-card', (c) => c.length);
        await analysed(page, n);
        const problems = [];
        for (const theme of ['light', 'dark']) {
          await setTheme(page, theme);
          for (const view of VIEWS) {
            await showView(page, view);
            if (view === 'findings') await page.locator('.finding').first().click({ position: { x: 5, y: 5 } }).catch(() => {});
            if (view === 'findings') await showView(page, 'findings');
            if (view === 'reading') await page.waitForSelector('.reading-table tbody tr');
            if (view === 'diff') await page.waitForSelector('.diff-pane :is(ins, del, .moved-block), .diff-text :is(ins, del, .moved-here)');
            await screenshot(page, `${story}-${view}-${theme}`);
            problems.push(...(await axeViolations(page)).map((v) => `${theme} ${view}: ${v}`));
          }
        }
        await page.click('button:has-text("Keyboard shortcuts")');
        await page.waitForSelector('dialog[open]');
        await screenshot(page, `${story}-help-dark`);
        problems.push(...(await axeViolations(page)).map((v) => `help: ${v}`));
        assert.deepEqual(problems, []);
      }, { viewport: { width: 1366, height: 900 } });
    });
  });
}

describe('print', () => {
  test('the printed report holds the findings and the claims matrix, without controls', async () => {
    await withPage(async (page) => {
      await analysed(page, 5);
      await openPrintLayout(page);
      assert.ok(await page.isVisible('.print-report'));
      assert.equal(await page.isVisible('.version-panel'), false);
      assert.equal(await page.isVisible('.view-tabs'), false);
      assert.ok((await page.$$('.print-report .print-finding')).length >= 1);
      assert.ok((await page.$$('.print-report .print-matrix tbody tr')).length >= 1);
      await screenshot(page, 'print', { fullPage: true });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });
      await page.waitForFunction(() => !document.querySelector('.print-report'));
    });
  });

  test('reports download as Markdown, JSON and CSV', async () => {
    await withPage(async (page) => {
      await analysed(page, 5);
      for (const [label, ext, check] of [
        ['Markdown', 'md', (t) => t.startsWith('# storydiff report')],
        ['JSON', 'json', (t) => JSON.parse(t).version === 1],
        ['CSV', 'csv', (t) => t.startsWith('\uFEFF"fact","kind",')],
      ]) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click(`.report-actions button:has-text("${label}")`)]);
        assert.equal(download.suggestedFilename(), `storydiff-report.${ext}`);
        const path = await download.path();
        const { readFileSync } = await import('node:fs');
        assert.ok(check(readFileSync(path, 'utf8')), label);
      }
    });
  });
});

describe('accessibility in every state, light and dark', () => {
  /** axe on the page as it is, in both themes; returns the problems, named by state. */
  async function axeBoth(page, state, problems) {
    for (const theme of ['light', 'dark']) {
      await setTheme(page, theme);
      // Buttons fade their colours (0.12 s): measure contrast once they have.
      await page.waitForTimeout(250);
      problems.push(...(await axeViolations(page)).map((v) => `${theme} ${state}: ${v}`));
    }
  }

  test('empty workspace, one version, an error notice, hidden characters, the share panel, help, filtered and dismissed findings, print', async () => {
    await withPage(async (page) => {
      const problems = [];
      await analysed(page, 5);
      // Findings filtered by kind, with a dismissed one shown.
      await showView(page, 'findings');
      const kinds = await page.$$eval('#filter-kind option', (o) => o.map((x) => x.value).filter(Boolean));
      await page.selectOption('#filter-kind', kinds[0]);
      await axeBoth(page, 'findings filtered', problems);
      await page.selectOption('#filter-kind', '');
      await page.locator('.finding').first().locator('button:has-text("Dismiss")').click();
      await page.check('#filter-dismissed');
      await page.waitForSelector('.finding.dismissed');
      await page.locator('.finding:not(.dismissed)').first().locator('button:has-text("Confirm")').click();
      await page.waitForSelector('.finding.confirmed');
      await axeBoth(page, 'findings with a dismissed one shown and a confirmed one', problems);
      await screenshot(page, 'state-dismissed-shown');
      // The share panel with its passphrase field, and a link made.
      await page.click('button:has-text("Share link…")');
      await page.waitForSelector('#share-passphrase');
      await page.fill('#share-passphrase', 'correct horse');
      await axeBoth(page, 'share panel', problems);
      await page.locator('#share-link-panel button').first().click();
      await page.waitForSelector('.share-url');
      await axeBoth(page, 'share link made', problems);
      await screenshot(page, 'state-share-panel');
      await page.click('button:has-text("Share link…")');
      // The keyboard help dialog.
      for (const theme of ['light', 'dark']) {
        await setTheme(page, theme);
        await page.click('button:has-text("Keyboard shortcuts")');
        await page.waitForSelector('dialog[open]');
        problems.push(...(await axeViolations(page)).map((v) => `${theme} help dialog: ${v}`));
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      }
      // The print layout.
      await openPrintLayout(page);
      problems.push(...(await axeViolations(page)).map((v) => `print: ${v}`));
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });
      // An error notice.
      await page.fill('#paste-text', '   ');
      await page.click('button:has-text("Add version")');
      await page.waitForSelector('.notice.error');
      await axeBoth(page, 'error notice', problems);
      // Earlier messages behind their button, then shown (problems stay
      // until dismissed, so two of them make the button).
      await page.click('button:has-text("Add version")');
      await page.waitForSelector('.notices-toggle');
      await page.click('.notices-toggle');
      await page.waitForSelector('.notices-toggle[aria-expanded="true"]');
      await axeBoth(page, 'earlier messages shown', problems);
      // The empty workspace, every view.
      await page.click('button:has-text("Clear all")');
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 0);
      for (const view of VIEWS) {
        await showView(page, view);
        await axeBoth(page, `empty workspace, ${view}`, problems);
      }
      await screenshot(page, 'state-empty');
      // One version, with hidden characters, every view.
      await page.fill('#paste-text', 'Pu\u200btin said on \u202eMarch 15\u202c, 2024 that 1,200 people were evacuated.');
      await page.click('button:has-text("Add version")');
      await analysed(page, 1);
      for (const view of VIEWS) {
        await showView(page, view);
        await axeBoth(page, `one version, ${view}`, problems);
      }
      // Two versions: the hidden characters in the side by side view and the diff.
      await page.fill('#paste-text', 'Putin said on March 15, 2024 that 1,200 people were evacuated.');
      await page.click('button:has-text("Add version")');
      await analysed(page, 2);
      for (const view of ['overview', 'reading', 'diff']) {
        await showView(page, view);
        if (view === 'reading') await page.waitForSelector('#view-panel .hidden-char');
        if (view === 'diff') await page.waitForSelector('#view-panel .hidden-note');
        await axeBoth(page, `hidden characters, ${view}`, problems);
      }
      assert.deepEqual(problems, []);
    });
  });

  test('a narrow screen: every view, light and dark', async () => {
    await withPage(
      async (page) => {
        await analysed(page, 5);
        const problems = [];
        for (const view of VIEWS) {
          await showView(page, view);
          await axeBoth(page, `narrow ${view}`, problems);
        }
        // The phone's list of versions, opened from the strip.
        await page.click('.version-strip button');
        await page.waitForSelector('.version-panel', { state: 'visible' });
        await axeBoth(page, 'narrow, the versions open', problems);
        assert.deepEqual(problems, []);
      },
      { viewport: { width: 390, height: 844 } },
    );
  });
});
