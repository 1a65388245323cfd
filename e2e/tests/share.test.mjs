// Share links, workspace files and exports, end to end on the release
// build served from a sub-path. Every session also checks: no request to
// another origin, no console error, no CSP violation.
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { servedBrowser } from './harness.mjs';
import {
  download, filler, openWorkspaceFile, plainPayload, savedWorkspace, SHARE_BAR, shareStatus, withSession, workspaceOf,
} from './edges.mjs';

const live = servedBrowser();

const STORY = workspaceOf([
  ['wire.txt', 'The council voted 7-2 on Tuesday to approve a $4.5 million budget, officials said.'],
  ['rewrite \u201cB\u201d.txt', 'The council voted 6-3 on Wednesday to approve a $4.5 million budget. \u{1F600}'],
  ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned = 1</script> Six people were hurt.'],
], { settings: { punctuation: true, pair: [2, 0] } });

/** Opens STORY-like `ws` in a page, makes a link (with `passphrase`), returns { link, sizeText, warning }. */
async function makeLink(page, ws, passphrase = '') {
  await openWorkspaceFile(page, ws);
  await shareStatus(page).getByText(/Opened story\.storydiff\.json/).waitFor();
  await page.getByRole('button', { name: 'Share link…' }).click();
  if (passphrase) await page.getByLabel('Passphrase (optional)').fill(passphrase);
  await page.getByRole('button', { name: 'Create link' }).click();
  const field = page.getByRole('textbox', { name: 'Share link' });
  await field.waitFor();
  const link = await field.inputValue();
  const sizeText = await page.locator('.link-size').textContent();
  const warning = await page.getByRole('note').count() ? await page.getByRole('note').textContent() : null;
  return { link, sizeText, warning };
}

/** Opens `link` in a fresh session and returns the workspace it restored (via "Save workspace"). */
async function openLink(link, { passphrase } = {}) {
  let restored;
  await withSession(live.browser, link, async (page) => {
    if (passphrase !== undefined) {
      await page.getByLabel('Passphrase', { exact: true }).fill('wrong');
      await page.getByRole('button', { name: 'Open', exact: true }).click();
      await shareStatus(page).getByText(/passphrase is wrong/).waitFor({ timeout: 30000 });
      await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
      await page.getByRole('button', { name: 'Open', exact: true }).click();
    }
    await shareStatus(page).getByText(/Opened the shared workspace/).waitFor({ timeout: 30000 });
    assert.ok(!new URL(page.url()).hash.includes('w='), 'the link is cleared from the address once opened');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing ran');
    assert.equal(await page.locator('img[src="x"]').count(), 0, 'names are text, not HTML');
    restored = await savedWorkspace(page);
  });
  return restored;
}

describe('share links', () => {
  test('a small workspace round-trips exactly through a link in the fragment', async () => {
    let made;
    await withSession(live.browser, live.server.url, async (page) => {
      made = await makeLink(page, STORY);
    });
    const url = new URL(made.link);
    assert.equal(url.search, '', 'never in the query');
    assert.match(url.hash, /^#w=1\.[A-Za-z0-9_-]+$/);
    assert.equal(url.pathname, '/storydiff/', 'the link keeps the sub-path');
    assert.match(made.sizeText, /^Link size: \d+ bytes \(\d+ characters\)\.$/);
    assert.equal(made.warning, null);
    const restored = await openLink(made.link);
    assert.deepEqual(restored, { ...STORY, reference: null });
  });

  test('a ~45 KB link round-trips; over 50 KB the workspace file is offered instead, with the reason', async () => {
    const medium = workspaceOf([['a.txt', filler(70_000, 1)], ['b.txt', filler(60_000, 2)]]);
    let made;
    await withSession(live.browser, live.server.url, async (page) => {
      made = await makeLink(page, medium);
    });
    assert.ok(made.link.length > 30_000 && made.link.length <= 50_000, `medium link is ${made.link.length} chars`);
    assert.equal(made.warning, null);
    assert.deepEqual((await openLink(made.link)).versions, medium.versions);

    const large = workspaceOf([['a.txt', filler(200_000, 3)], ['b.txt', filler(200_000, 4)]]);
    await withSession(live.browser, live.server.url, async (page) => {
      made = await makeLink(page, large);
      assert.ok(made.link.length > 50_000, `large link is ${made.link.length} chars`);
      assert.match(made.warning, /This link is \d+\.\d KB\. .*longer than about 50 KB, so send the workspace file instead\./);
      const file = await download(page, page.getByRole('button', { name: 'Save workspace file' }));
      assert.equal(file.name, 'storydiff-workspace.storydiff.json');
      assert.deepEqual(JSON.parse(file.text).versions, large.versions);
    });
  });

  test('a passphrase encrypts the link; the wrong one is refused, the right one opens it', async () => {
    let made;
    await withSession(live.browser, live.server.url, async (page) => {
      made = await makeLink(page, STORY, 'correct horse');
    });
    assert.match(new URL(made.link).hash, /^#w=e1\.[A-Za-z0-9_-]+$/);
    const restored = await openLink(made.link, { passphrase: 'correct horse' });
    assert.deepEqual(restored.versions, STORY.versions);
  });

  test('damaged, truncated, tampered and hostile links give a message and change nothing', async () => {
    const good = plainPayload(JSON.stringify(STORY));
    const tampered = good.slice(0, 30) + (good[30] === 'A' ? 'B' : 'A') + good.slice(31);
    const bomb = `1.${deflateSync(Buffer.alloc(40 * 1024 * 1024, 32), { level: 9 }).toString('base64url')}`;
    const cases = [
      ['w=', /empty/],
      ['w=1.', /empty/],
      ['w=9.abc', /not made by this version of storydiff/],
      ['w=1.%3Cscript%3E', /damaged or incomplete/],
      [`w=${good.slice(0, good.length - 9)}`, /damaged or incomplete/],
      [`w=${tampered}`, /damaged or incomplete|cannot be opened/],
      [`w=${bomb}`, /holds more than storydiff opens from a link/],
      [`w=${plainPayload('{"format_version":7,"versions":[]}')}`, /newer storydiff/],
      [`w=${plainPayload('[1,2,3]')}`, /not a storydiff workspace/],
      [`w=${plainPayload('{"format_version":1,"versions":[],"reference":4}')}`, /damaged: the reference/],
      [`w=e1.${Buffer.alloc(20).toString('base64url')}`, /damaged or incomplete/],
    ];
    await withSession(live.browser, live.server.url, async (page) => {
      await openWorkspaceFile(page, STORY);
      await shareStatus(page).getByText(/Opened/).waitFor();
      for (const [fragment, message] of cases) {
        await page.evaluate((f) => { location.hash = f; }, fragment);
        const alert = page.locator('[aria-label="Share status"][role="alert"]');
        await alert.waitFor();
        assert.match(await alert.textContent(), message, fragment.slice(0, 60));
        assert.equal(await page.evaluate(() => window.__pwned), undefined);
        await page.getByRole('button', { name: 'Dismiss message' }).last().click();
      }
      assert.deepEqual((await savedWorkspace(page)).versions, STORY.versions, 'the workspace is unchanged');
      assert.ok(await page.isVisible(SHARE_BAR));
    });
    // A hostile link opened directly, as a first page load.
    await withSession(live.browser, `${live.server.url}#w=${bomb}`, async (page) => {
      await page.locator('[aria-label="Share status"][role="alert"]').getByText(/holds more than/).waitFor();
    });
  });
});

describe('workspace files', () => {
  test('save then open restores the workspace; a bad file gets a message naming it', async () => {
    await withSession(live.browser, live.server.url, async (page) => {
      await openWorkspaceFile(page, STORY);
      await shareStatus(page).getByText('Opened story.storydiff.json: 3 versions.').waitFor();
      const saved = await savedWorkspace(page);
      assert.deepEqual(saved, { ...STORY, reference: null });
      // Undo puts back what was there before.
      await openWorkspaceFile(page, workspaceOf([['x.txt', 'Only one.']]), 'one.storydiff.json');
      await shareStatus(page).getByText('Opened one.storydiff.json: 1 version.').waitFor();
      await page.getByRole('button', { name: 'Put back my previous versions' }).click();
      await shareStatus(page).getByText('Your previous versions are back.').waitFor();
      assert.deepEqual((await savedWorkspace(page)).versions, STORY.versions);
      await openWorkspaceFile(page, '{"versions": "nope"', 'broken.storydiff.json');
      const alert = page.locator('[aria-label="Share status"][role="alert"]');
      await alert.waitFor();
      assert.match(await alert.textContent(), /^broken\.storydiff\.json could not be opened: it is not a storydiff workspace/);
    });
  });
});

describe('exports', () => {
  test('Markdown, JSON and CSV hold the report; Print opens the print dialog', async () => {
    await withSession(live.browser, live.server.url, async (page) => {
      await openWorkspaceFile(page, STORY);
      await shareStatus(page).getByText(/Opened/).waitFor();
      const exportGroup = page.getByRole('group', { name: 'Export report' });
      const md = await download(page, exportGroup.getByRole('button', { name: 'Markdown' }));
      assert.equal(md.name, 'storydiff-report.md');
      assert.match(md.text, /^# storydiff report/);
      assert.ok(md.text.includes('wire.txt'), md.text.slice(0, 300));
      const json = await download(page, exportGroup.getByRole('button', { name: 'JSON' }));
      assert.equal(json.name, 'storydiff-report.json');
      const report = JSON.parse(json.text);
      assert.equal(report.version, 1);
      assert.deepEqual(report.documents.map((d) => d.name), STORY.versions.map((v) => v.name));
      assert.ok(report.findings.some((f) => f.evidence.some((e) => e.text.includes('7-2'))), 'the vote differs');
      const csv = await download(page, exportGroup.getByRole('button', { name: 'CSV' }));
      assert.equal(csv.name, 'storydiff-report.csv');
      const [header, ...rows] = csv.text.trim().split('\r\n');
      assert.ok(header.startsWith('"fact","kind","wire.txt","wire.txt value","wire.txt status"'), header);
      // The vote's date is a fact of the matrix (its two sentences are
      // aligned, the emoji after the rewrite's full stop notwithstanding).
      assert.ok(rows.some((r) => r.includes('"Tuesday"') && r.includes('"Wednesday"')), csv.text);
      // The kind in words, and a byte-order mark so spreadsheets read UTF-8.
      assert.ok(csv.text.startsWith('\uFEFF'), 'a byte-order mark');
      assert.ok(rows.every((r) => /^"[^"]*","[A-Z][a-z ]+",/.test(r)), csv.text);
      await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
      await exportGroup.getByRole('button', { name: 'Print' }).click();
      // The print report is laid out first, then the dialog opens.
      await page.waitForFunction(() => window.__printed === 1);
    });
  });
});
