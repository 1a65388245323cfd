// Static deployment: the release build served from a sub-path works with
// no request to another origin and no CSP violation, with service workers
// blocked and allowed; after one visit it opens and works offline; a new
// build is announced, not forced.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { dropFiles, servedBrowser } from './harness.mjs';
import { download, openSession, openWorkspaceFile, savedWorkspace, serveCopy, SHARE_BAR, shareStatus, withSession, workspaceOf } from './edges.mjs';

const live = servedBrowser();

/** Waits until the service worker is active and has cached the app shell. */
async function waitForOfflineReady(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 200; i += 1) {
      const keys = await caches.keys();
      const cache = keys.length ? await caches.open(keys[0]) : null;
      const cached = cache ? await cache.keys() : [];
      if (cached.some((r) => r.url.endsWith('.wasm'))) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the app shell was not cached');
  });
}

describe('static deployment', () => {
  for (const serviceWorkers of ['block', 'allow']) {
    test(`served from a sub-path, with service workers ${serviceWorkers}ed: same-origin requests only, a CSP that holds`, async () => {
      await withSession(live.browser, live.server.url, async (page, session) => {
        const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
        assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
        assert.match(csp, /connect-src 'self'/);
        assert.doesNotMatch(csp, /unsafe-inline/);
        // Everything the page loaded came from under the sub-path.
        const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
        for (const r of resources) assert.ok(new URL(r).pathname.startsWith('/storydiff/'), r);
        // The policy is enforced: an injected inline script does not run
        // (and Chromium reports it, which is expected here).
        session.allowErrors(/Executing inline script violates the following Content Security Policy/);
        const ran = await page.evaluate(() => {
          const s = document.createElement('script');
          s.textContent = 'window.__inline = 1';
          document.body.append(s);
          return window.__inline;
        });
        assert.equal(ran, undefined);
        const violations = await page.evaluate(() => window.__csp.splice(0));
        assert.equal(violations.length, 1, violations.join('\n'));
        assert.match(violations[0], /^script-src-elem inline/);
        if (serviceWorkers === 'allow') await waitForOfflineReady(page);
        assert.deepEqual((await session.problems()).csp, []);
      }, { serviceWorkers });
    });
  }

  test('after one visit the page opens and works offline', async () => {
    const session = await openSession(live.browser, live.server.url, { serviceWorkers: 'allow' });
    const { page, context } = session;
    try {
      await waitForOfflineReady(page);
      await context.setOffline(true);
      await page.reload();
      await page.waitForSelector(SHARE_BAR);
      assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'served by the worker');
      await openWorkspaceFile(page, workspaceOf([['a.txt', 'The council voted 7-2.'], ['b.txt', 'The council voted 6-3.']]));
      await shareStatus(page).getByText(/Opened/).waitFor();
      const md = await download(page, page.getByRole('group', { name: 'Export report' }).getByRole('button', { name: 'Markdown' }));
      assert.match(md.text, /^# storydiff report/);
      // The file reader was never loaded online: it comes from the cache.
      await dropFiles(page, [{
        name: 'c.html',
        content: '<html><head><title>Vote</title></head><body><nav>Home | News</nav><main><h1>Council vote</h1><p>The council voted 5-4 on Tuesday.</p></main></body></html>',
      }]);
      let versions;
      for (let i = 0; i < 100; i += 1) {
        versions = (await savedWorkspace(page)).versions;
        if (versions.length >= 3) break;
        await page.waitForTimeout(100);
      }
      assert.deepEqual(versions.map((v) => [v.name, v.text]).at(-1), ['c.html', 'Council vote\n\nThe council voted 5-4 on Tuesday.']);
      const problems = await session.problems();
      assert.deepEqual(problems.foreign, []);
      assert.deepEqual(problems.csp, []);
      // Going offline makes Chromium log failed update checks of the worker; nothing else may fail.
      assert.deepEqual(problems.errors.filter((e) => !/sw\.js|ERR_INTERNET_DISCONNECTED/.test(e)), []);
    } finally {
      await session.close();
    }
  });

  test('a new build is announced with a reload button, not forced', async () => {
    const copy = await serveCopy();
    try {
      await withSession(live.browser, copy.url, async (page) => {
        await waitForOfflineReady(page);
        await page.reload();
        await page.waitForSelector(SHARE_BAR);
        // Publish a "new build": a changed service worker.
        const sw = join(copy.dir, 'sw.js');
        writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = '[^']*';/, "const VERSION = 'next';"));
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
        const notice = page.getByRole('status').filter({ hasText: 'A new version of storydiff is available.' });
        await notice.waitFor({ timeout: 20000 });
        assert.ok(await page.isVisible(SHARE_BAR), 'the page was not reloaded by itself');
        await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
        await page.waitForSelector(SHARE_BAR);
        const active = await page.evaluate(async () => {
          const keys = await caches.keys();
          return keys;
        });
        assert.deepEqual(active, ['storydiff-next'], 'the new version replaced the old cache');
      }, { serviceWorkers: 'allow' });
    } finally {
      await copy.stop();
    }
  });
});
