// End-to-end tests of the release build: node --test tests/ (npm test).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { dropFiles, launchBrowser, openPage, screenshotDir, serveDist } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Runs `body` on a fresh page, then checks nothing left the origin and nothing hit the console. */
async function withPage(body, options) {
  const session = await openPage(browser, server.url, options);
  try {
    await body(session.page, session);
    const { foreign, errors } = session.problems();
    assert.deepEqual(foreign, [], 'requests left the page origin');
    assert.deepEqual(errors, [], 'console errors');
  } finally {
    await session.close();
  }
}

const versionNames = (page) => page.$$eval('.version-name', (els) => els.map((e) => e.value));
const texts = (page, selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent));

async function addPasted(page, text, name) {
  await page.fill('#paste-text', text);
  await page.fill('#paste-name', name ?? '');
  await page.click('button:has-text("Add version")');
}

describe('first visit', () => {
  test('shows the sample story: five versions, analysed, diffed', async () => {
    await withPage(async (page) => {
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 5);
      assert.deepEqual((await versionNames(page)).length, 5);
      assert.equal(await page.textContent('[data-figure="versions"]'), '5');
      assert.equal(await page.$$eval('.sentences tbody tr', (rows) => rows.length), 5);
      assert.ok(Number(await page.textContent('[data-figure="rows"]')) > 0, 'aligned rows');
      // The first two versions are diffed; they differ.
      assert.ok((await page.$$('.diff-text del')).length > 0);
      assert.ok((await page.$$('.diff-text ins')).length > 0);
      // Each analysis is measured on the Performance timeline.
      const measures = await page.evaluate(() => performance.getEntriesByName('storydiff:analyze').length);
      assert.ok(measures >= 1, 'performance.measure storydiff:analyze');
      mkdirSync(screenshotDir, { recursive: true });
      await page.screenshot({ path: join(screenshotDir, 'first-screen.png') });
      await page.screenshot({ path: join(screenshotDir, 'full-page.png'), fullPage: true });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: join(screenshotDir, 'first-screen-dark.png') });
    });
  });

  test('a narrow screen stacks the panels', async () => {
    await withPage(
      async (page) => {
        await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 5);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        assert.equal(overflow, false, 'no horizontal scrolling');
        mkdirSync(screenshotDir, { recursive: true });
        await page.screenshot({ path: join(screenshotDir, 'narrow.png') });
      },
      { viewport: { width: 390, height: 844 } },
    );
  });
});

describe('adding versions', () => {
  test('a pasted text becomes a version', async () => {
    await withPage(async (page) => {
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 5);
      await addPasted(page, 'Officials said six people were hurt on Friday.');
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 6);
      assert.equal((await versionNames(page))[5], 'Pasted text 1');
      assert.equal(await page.inputValue('#paste-text'), '', 'the box is cleared');
      assert.equal(await page.textContent('[data-figure="versions"]'), '6');
    });
  });

  test('pasting outside the text boxes adds a version', async () => {
    await withPage(async (page) => {
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 5);
      await page.evaluate(() => {
        const dt = new DataTransfer();
        dt.setData('text/plain', 'Text pasted onto the page itself.');
        document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      });
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 6);
      assert.equal((await versionNames(page))[5], 'Pasted text 1');
    });
  });

  test('empty text is refused with a message', async () => {
    await withPage(async (page) => {
      await addPasted(page, '   \n  ');
      await page.waitForSelector('.notice.error');
      assert.match(await page.textContent('.notice.error'), /empty/);
      assert.equal((await versionNames(page)).length, 5);
    });
  });

  test('two .txt files dropped on the page become two versions', async () => {
    await withPage(async (page) => {
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 5);
      // The overlay shows while files are dragged over the page.
      await page.evaluate(() => {
        const dt = new DataTransfer();
        dt.items.add(new File(['x'], 'x.txt', { type: 'text/plain' }));
        document.querySelector('h1').dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
      });
      assert.ok(await page.isVisible('.drop-overlay'), 'overlay visible while dragging');
      mkdirSync(screenshotDir, { recursive: true });
      await page.screenshot({ path: join(screenshotDir, 'drop-overlay.png') });
      await dropFiles(page, [
        { name: 'wire.txt', content: 'The council voted 7-2 on Tuesday.' },
        { name: 'rewrite.txt', content: 'The council voted 6-3 on Wednesday.' },
      ], 'main');
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 7);
      assert.deepEqual((await versionNames(page)).slice(5), ['wire.txt', 'rewrite.txt']);
      assert.equal(await page.isVisible('.drop-overlay'), false, 'overlay hidden after the drop');
    });
  });

  test('binary files are refused by name; Windows-1252 and UTF-8 text is added', async () => {
    await withPage(async (page) => {
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 5);
      await dropFiles(page, [
        { name: 'photo.png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), type: 'image/png' },
        { name: 'latin1.txt', content: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]) },
        { name: 'good.txt', content: 'A good text file.' },
      ]);
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 7);
      const errors = await texts(page, '.notice.error');
      assert.ok(errors.some((e) => e.includes('photo.png') && /not a text file/.test(e)), errors.join(' | '));
      assert.ok(!errors.some((e) => e.includes('latin1.txt')), errors.join(' | '));
      assert.deepEqual((await versionNames(page)).slice(5), ['latin1.txt', 'good.txt']);
      mkdirSync(screenshotDir, { recursive: true });
      await page.screenshot({ path: join(screenshotDir, 'refused-files.png') });
    });
  });

  test('files chosen in the file picker become versions', async () => {
    await withPage(async (page) => {
      await page.setInputFiles('#file-input', [
        { name: 'one.txt', mimeType: 'text/plain', buffer: Buffer.from('First file.') },
        { name: 'two.txt', mimeType: 'text/plain', buffer: Buffer.from('Second file.') },
      ]);
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 7);
      assert.deepEqual((await versionNames(page)).slice(5), ['one.txt', 'two.txt']);
    });
  });
});

describe('diff', () => {
  test('shows the insertions and deletions between two chosen versions', async () => {
    await withPage(async (page) => {
      await addPasted(page, 'Six people were hurt on March 15, officials said. He called it “a tragedy.”', 'old.txt');
      await addPasted(page, '6 people were injured on March 14, police said. He called it "a tragedy".', 'new.txt');
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 7);
      await page.selectOption('#diff-old', { label: 'old.txt' });
      await page.selectOption('#diff-new', { label: 'new.txt' });
      await page.waitForFunction(() => document.querySelector('.diff-text').textContent.startsWith('6 people'));
      // A replaced run is one deletion and one insertion; the comma between
      // its words is not a change of its own.
      assert.deepEqual(await texts(page, '.diff-text del'), ['hurt', '15, officials']);
      assert.deepEqual(await texts(page, '.diff-text ins'), ['injured', '14, police']);
      assert.equal(
        await page.textContent('.diff-text'),
        '6 people were hurtinjured on March 15, officials14, police said. He called it "a tragedy".',
      );
      // Quote styles and moved punctuation are changes only when asked for.
      await page.check('#show-punctuation');
      await page.waitForFunction(() => document.querySelectorAll('.diff-text del').length > 2);
      const marked = [...(await texts(page, '.diff-text del')), ...(await texts(page, '.diff-text ins'))];
      assert.ok(marked.some((m) => /^[^\p{L}\p{N}]+$/u.test(m)), `a punctuation-only change is shown: ${marked}`);
      // Swapping the pair reverses the diff.
      await page.click('.swap');
      await page.uncheck('#show-punctuation');
      await page.waitForFunction(() => document.querySelector('.diff-text').textContent.startsWith('Six'));
      assert.deepEqual(await texts(page, '.diff-text ins'), ['hurt', '15, officials']);
    });
  });
});

describe('workspace', () => {
  test('versions, names and the chosen pair survive a reload', async () => {
    await withPage(async (page) => {
      await addPasted(page, 'Kept across reloads.', 'kept.txt');
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 6);
      await page.fill('.version-card >> nth=0 >> .version-name', 'wire.txt');
      await page.press('.version-card >> nth=0 >> .version-name', 'Enter');
      await page.selectOption('#diff-new', { label: 'kept.txt' });
      await page.fill('#paste-text', 'an unsent draft');
      await page.waitForTimeout(100);
      await page.reload();
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 6);
      const names = await versionNames(page);
      assert.equal(names[0], 'wire.txt');
      assert.equal(names[5], 'kept.txt');
      assert.equal(await page.$eval('#diff-old', (s) => s.selectedOptions[0].textContent), 'wire.txt');
      assert.equal(await page.$eval('#diff-new', (s) => s.selectedOptions[0].textContent), 'kept.txt');
      assert.equal(await page.inputValue('#paste-text'), 'an unsent draft');
    });
  });

  test('remove, undo, and load the sample story again', async () => {
    await withPage(async (page) => {
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 5);
      const first = (await versionNames(page))[0];
      await page.click(`button[aria-label="Remove ${first}"]`);
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 4);
      await page.click('.notice button:has-text("Undo")');
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 5);
      assert.equal((await versionNames(page))[0], first);
      for (let left = 5; left > 0; left--) {
        await page.click('.version-card >> nth=0 >> button.remove');
        await page.waitForFunction((n) => document.querySelectorAll('.version-card').length === n, left - 1);
      }
      assert.match(await page.textContent('.diff-panel'), /at least two versions/);
      await page.click('button:has-text("Load sample story")');
      await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 5);
    });
  });
});
