// Files dropped on the page go through storydiff-ingest in the reader
// worker, loaded with the first file: saved web pages, Markdown,
// Windows-1252 and UTF-16 text become versions, in the order dropped;
// binary and Office files get a message naming them; a file that crashes
// or hangs the reader gets a message naming it and the next file a fresh
// reader. The versions are read back through "Save workspace", so these
// tests do not depend on how the version list looks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { dropFiles, e2eDir, servedBrowser } from './harness.mjs';
import { openWorkspaceFile, savedWorkspace, shareStatus, withSession, workspaceOf } from './edges.mjs';

const fixtures = resolve(e2eDir, '../crates/ingest/tests/fixtures');
const fixture = (name) => ({ name, content: readFileSync(join(fixtures, name)), type: '' });

const live = servedBrowser();

/** The versions saved once there are at least `n` of them. */
async function versionsOnceThere(page, n) {
  let versions;
  for (let i = 0; i < 100; i += 1) {
    versions = (await savedWorkspace(page)).versions;
    if (versions.length >= n) break;
    await page.waitForTimeout(100);
  }
  return versions;
}

const readerStarts = (page) => page.evaluate(() => performance.getEntriesByName('storydiff:reader-start').length);

describe('dropped files', () => {
  test('web pages, Markdown, Windows-1252 and UTF-16 become versions; images and Word files are refused by name', async () => {
    await withSession(live.browser, live.server.url, async (page) => {
      await openWorkspaceFile(page, workspaceOf([['start.txt', 'Six people were hurt on Friday.']]));
      await shareStatus(page).getByText(/Opened/).waitFor();
      assert.equal(await readerStarts(page), 0, 'the reader is started with the first file, not before');
      await dropFiles(page, [
        fixture('gazette.html'),
        fixture('courier.html'),
        fixture('story.md'),
        fixture('latin1.txt'),
        fixture('utf16le-bom.txt'),
        fixture('utf16be-nobom.txt'),
        fixture('pixel.png'),
        fixture('letter.docx'),
      ]);
      // Messages: the newest in full, earlier ones behind a button (in the page).
      await page.getByText('pixel.png is not a text file (it looks like a PNG image).').waitFor({ state: 'attached' });
      await page.getByText(/letter\.docx is a Word document, which storydiff cannot read/).waitFor({ state: 'attached' });
      const versions = await versionsOnceThere(page, 7);
      assert.equal(await readerStarts(page), 1, 'one reader reads every file of a drop');
      // How a file was read, when that is worth knowing, is said with its name.
      await page.getByText(/latin1\.txt: Decoded as windows-1252 \(guessed: the file is not UTF-8\)\./).waitFor({ state: 'attached' });
      await page.getByText(/utf16be-nobom\.txt: Decoded as UTF-16BE \(it has no byte-order mark\)\./).waitFor({ state: 'attached' });
      const text = Object.fromEntries(versions.map((v) => [v.name, v.text]));
      assert.deepEqual(Object.keys(text), ['start.txt', 'gazette.html', 'courier.html', 'story.md', 'latin1.txt', 'utf16le-bom.txt', 'utf16be-nobom.txt']);
      assert.ok(text['gazette.html'].startsWith('Council votes 7-2 to pass budget\n\nThe city council voted 7-2'), text['gazette.html']);
      assert.ok(!/cookies|Facebook|comment|<p>/.test(text['gazette.html']), 'only the article');
      assert.ok(text['gazette.html'].includes('\u201ca good day for the city,\u201d'), 'windows-1252 declared by the page');
      // A news site's page: cookie dialog, menus, ads, newsletter form,
      // share bar, related stories, comments and footer left out.
      assert.ok(text['courier.html'].startsWith('Storm leaves thousands without power\n\nA storm that swept'), text['courier.html']);
      assert.ok(text['courier.html'].endsWith('Schools in three districts will stay closed on Wednesday.'), text['courier.html']);
      assert.ok(!/cookies|Subscribe|Advertisement|newsletter|Share on|More from|harbourwatcher|Privacy/.test(text['courier.html']), text['courier.html']);
      assert.ok(text['story.md'].startsWith('Council votes 7-2 to pass budget\n\nThe city council voted 7-2 on Tuesday'), text['story.md']);
      assert.ok(!/[*#>[\]]/.test(text['story.md']), text['story.md']);
      assert.equal(text['latin1.txt'], 'Caf\u00e9 owners said the \u201cna\u00efve\u201d plan would cost \u20ac4,500 \u2013 more than expected.\n');
      const utf16 = 'Officials said six people were hurt.\n\nThe mayor said \u201cit was bad.\u201d\n';
      assert.equal(text['utf16le-bom.txt'], utf16);
      assert.equal(text['utf16be-nobom.txt'], utf16);
    });
  });

  test('hostile pages (20,000-deep nesting, 1 MB on one line) are handled quickly', async () => {
    await withSession(live.browser, live.server.url, async (page) => {
      await openWorkspaceFile(page, workspaceOf([['start.txt', 'Six people were hurt on Friday.']]));
      await shareStatus(page).getByText(/Opened/).waitFor();
      const deep = `${'<div>'.repeat(20000)}<p>Deep text, which is long enough to count.</p>${'</div>'.repeat(20000)}`;
      const line = `<html><body><nav>${'<a href="/x">menu</a> '.repeat(45000)}</nav><div class="story">${'<span><b>'.repeat(5000)}`
        + '<p>The article, which is long enough to be scored.</p></div></body></html>';
      assert.ok(line.length > 1_000_000 && !line.includes('\n'));
      const t0 = Date.now();
      await dropFiles(page, [{ name: 'deep.html', content: deep }, { name: 'line.html', content: line }]);
      const t1 = Date.now();
      const versions = await versionsOnceThere(page, 3);
      assert.deepEqual(versions.map((v) => v.name), ['start.txt', 'deep.html', 'line.html']);
      assert.equal(versions[1].text, 'Deep text, which is long enough to count.');
      assert.equal(versions[2].text, 'The article, which is long enough to be scored.');
      // Timings are reported, not asserted (a slow machine is not a bug).
      console.log(`hostile pages: drop sent in ${t1 - t0} ms, decoded and analysed in ${Date.now() - t1} ms`);
    });
  });

  test('a file that crashes or hangs the reader is named; the next file gets a fresh reader', async () => {
    await withSession(live.browser, live.server.url, async (page, session) => {
      session.allowErrors(/crash requested|unreachable|RuntimeError|panicked/);
      await openWorkspaceFile(page, workspaceOf([['start.txt', 'Six people were hurt on Friday.']]));
      await shareStatus(page).getByText(/Opened/).waitFor();
      await dropFiles(page, [{ name: 'first.txt', content: 'The first file.' }]);
      await versionsOnceThere(page, 2);
      assert.equal(await readerStarts(page), 1);
      await page.evaluate(() => window.dispatchEvent(new Event('storydiff:crash-reader')));
      await dropFiles(page, [{ name: 'boom.txt', content: 'This one crashes the reader.' }, { name: 'after-crash.txt', content: 'Read by a new reader.' }]);
      await page.getByText('boom.txt could not be read: the file reader failed on it.').waitFor();
      await page.evaluate(() => window.dispatchEvent(new Event('storydiff:hang-reader')));
      await dropFiles(page, [{ name: 'stuck.txt', content: 'This one hangs the reader.' }, { name: 'after-hang.txt', content: 'Read by another new reader.' }]);
      await page.getByText(/stuck\.txt could not be read: it took longer than 15 seconds/).waitFor();
      const versions = await versionsOnceThere(page, 4);
      assert.deepEqual(versions.map((v) => v.name), ['start.txt', 'first.txt', 'after-crash.txt', 'after-hang.txt']);
      assert.equal(versions[3].text, 'Read by another new reader.');
      assert.equal(await readerStarts(page), 3, 'a fresh reader after the crash and after the hang');
    });
  });
});
