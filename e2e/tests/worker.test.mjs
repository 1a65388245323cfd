// The analysis worker: a dead worker is replaced and the user told; a run
// gone stale is cancelled; large input shows progress; the page never
// shows an answer to a question it no longer asks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analysed, dropFiles, useBrowser } from './harness.mjs';
import { synthetic } from './fixtures.mjs';

const withPage = await useBrowser();
const workerStarts = (page) => page.evaluate(() => performance.getEntriesByName('storydiff:worker-start').length);

test('a worker that dies is restarted, the user is told, and the page keeps working', async () => {
  await withPage(
    async (page) => {
      await analysed(page, 5);
      assert.equal(await workerStarts(page), 1);
      await page.evaluate(() => window.dispatchEvent(new Event('storydiff:crash-worker')));
      await page.waitForSelector('.notice.error');
      assert.match(await page.textContent('.notice.error'), /stopped unexpectedly and was restarted/);
      assert.equal(await workerStarts(page), 2);
      // The results stay, and the next change is analysed by the new worker.
      await page.waitForFunction(() => document.querySelectorAll('.score-card').length === 5);
      await page.fill('#paste-text', 'Six people were hurt on Friday, officials said.');
      await page.click('button:has-text("Add version")');
      await analysed(page, 6);
    },
    { allowErrors: /crash requested|unreachable|RuntimeError|panicked/ },
  );
});

test('large input shows progress; a stale run is cancelled and its answer never shown', async () => {
  await withPage(async (page) => {
    // A budget far below the run's length on any machine, so that the run
    // is overdue when the new input comes (the shipped budget is 1.5 s).
    await page.evaluate(() => { window.__storydiffStaleBudgetMs = 100; });
    await analysed(page, 5);
    // Every number of versions the results show, in order.
    await page.evaluate(() => {
      window.__shown = [];
      const main = document.querySelector('main#results');
      new MutationObserver(() => window.__shown.push(Number(main.dataset.versions))).observe(main, {
        attributes: true,
        attributeFilter: ['data-versions'],
      });
    });
    // 40 versions × 50 KB: minutes of typing for a person, seconds for the worker.
    const files = synthetic(40, 50_000);
    await dropFiles(page, files);
    await page.waitForSelector('.progress-line progress');
    assert.match(await page.textContent('.progress-line'), /Analysing 45 versions \(2\.\d MB\)/);
    // New input while that run goes on: the run is stale.
    await page.fill('#paste-text', 'One more version, added while the analysis runs.');
    await page.click('button:has-text("Add version")');
    await analysed(page, 46, 120_000);
    const shown = await page.evaluate(() => window.__shown);
    assert.ok(!shown.includes(45), `the stale answer was shown: ${shown}`);
    // The stale run outlived its budget and its worker was replaced.
    assert.equal(await workerStarts(page), 2);
    assert.equal(await page.isVisible('.progress-line'), false);
    // The page stayed responsive meanwhile: the text box took the typing.
    assert.equal(await page.inputValue('#paste-text'), '');
  });
});
