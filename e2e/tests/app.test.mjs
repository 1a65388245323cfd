// End-to-end tests of the release build: getting versions in, managing
// them, saving the workspace. node --test tests/ (npm test).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analysed, dropFiles, screenshot, showView, useBrowser } from './harness.mjs';

const withPage = await useBrowser();

const versionNames = (page) => page.$$eval('.version-name', (els) => els.map((e) => e.value));
const texts = (page, selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent));
const cards = (page, n) => page.waitForFunction((n) => document.querySelectorAll('.version-card').length === n, n);

async function addPasted(page, text, name) {
  await page.fill('#paste-text', text);
  await page.fill('#paste-name', name ?? '');
  await page.click('button:has-text("Add version")');
}

describe('first visit', () => {
  test('shows the sample story, analysed in the worker and measured', async () => {
    await withPage(async (page) => {
      await cards(page, 5);
      await analysed(page, 5);
      assert.match(await page.textContent('.run-status'), /5 versions · \d+ findings? · analysed in \d+ ms/);
      await page.waitForFunction(() => document.querySelectorAll('.score-card').length === 5);
      // Each analysis is measured on the main thread from post to answer.
      const measures = await page.evaluate(() => performance.getEntriesByName('storydiff:analyze').length);
      assert.ok(measures >= 1, 'performance.measure storydiff:analyze');
      // The engine ran in a worker: the page's own wasm has no analysis.
      const workers = await page.evaluate(() => performance.getEntriesByName('storydiff:worker-start').length);
      assert.equal(workers, 1);
      await screenshot(page, 'first-screen');
      await screenshot(page, 'full-page', { fullPage: true });
    });
  });

  test('a narrow screen stacks the panels without sideways scrolling', async () => {
    await withPage(
      async (page) => {
        await analysed(page, 5);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        assert.equal(overflow, false, 'no horizontal scrolling');
        await screenshot(page, 'narrow');
        await showView(page, 'reading');
        const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        assert.equal(pageOverflow, false, 'the side-by-side table scrolls inside its own box');
        await screenshot(page, 'narrow-reading');
      },
      { viewport: { width: 390, height: 844 } },
    );
  });
});

describe('adding versions', () => {
  test('a pasted text becomes a version and is analysed', async () => {
    await withPage(async (page) => {
      await cards(page, 5);
      await addPasted(page, 'Officials said six people were hurt on Friday.');
      await cards(page, 6);
      assert.equal((await versionNames(page))[5], 'Pasted text 1');
      assert.equal(await page.inputValue('#paste-text'), '', 'the box is cleared');
      await analysed(page, 6);
    });
  });

  test('pasting outside the text boxes adds a version', async () => {
    await withPage(async (page) => {
      await cards(page, 5);
      await page.evaluate(() => {
        const dt = new DataTransfer();
        dt.setData('text/plain', 'Text pasted onto the page itself.');
        document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      });
      await cards(page, 6);
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

  test('several .txt files dropped on the page become versions', async () => {
    await withPage(async (page) => {
      await cards(page, 5);
      // The overlay shows while files are dragged over the page.
      await page.evaluate(() => {
        const dt = new DataTransfer();
        dt.items.add(new File(['x'], 'x.txt', { type: 'text/plain' }));
        document.querySelector('h1').dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
      });
      assert.ok(await page.isVisible('.drop-overlay'), 'overlay visible while dragging');
      await screenshot(page, 'drop-overlay');
      await dropFiles(
        page,
        [
          { name: 'wire.txt', content: 'The council voted 7-2 on Tuesday.' },
          { name: 'rewrite.txt', content: 'The council voted 6-3 on Wednesday.' },
          { name: 'third.txt', content: 'The council voted on Tuesday.' },
        ],
        'main',
      );
      await cards(page, 8);
      assert.deepEqual((await versionNames(page)).slice(5), ['wire.txt', 'rewrite.txt', 'third.txt']);
      assert.equal(await page.isVisible('.drop-overlay'), false, 'overlay hidden after the drop');
      await analysed(page, 8);
    });
  });

  test('binary files are refused by name; Windows-1252 and UTF-8 text is added', async () => {
    await withPage(async (page) => {
      await cards(page, 5);
      await dropFiles(page, [
        { name: 'photo.png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), type: 'image/png' },
        { name: 'latin1.txt', content: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]) },
        { name: 'good.txt', content: 'A good text file.' },
      ]);
      await cards(page, 7);
      const errors = await texts(page, '.notice.error');
      assert.ok(errors.some((e) => e.includes('photo.png') && /not a text file/.test(e)), errors.join(' | '));
      assert.ok(!errors.some((e) => e.includes('latin1.txt')), errors.join(' | '));
      assert.deepEqual((await versionNames(page)).slice(5), ['latin1.txt', 'good.txt']);
      await screenshot(page, 'refused-files');
    });
  });

  test('files chosen in the file picker become versions', async () => {
    await withPage(async (page) => {
      await page.setInputFiles('#file-input', [
        { name: 'one.txt', mimeType: 'text/plain', buffer: Buffer.from('First file.') },
        { name: 'two.txt', mimeType: 'text/plain', buffer: Buffer.from('Second file.') },
      ]);
      await cards(page, 7);
      assert.deepEqual((await versionNames(page)).slice(5), ['one.txt', 'two.txt']);
    });
  });
});

describe('managing versions', () => {
  test('rename, reorder with buttons, mark a reference', async () => {
    await withPage(async (page) => {
      await analysed(page, 5);
      await page.fill('.version-card >> nth=0 >> .version-name', 'wire.txt');
      await page.press('.version-card >> nth=0 >> .version-name', 'Enter');
      await page.click('button[aria-label="Move wire.txt down"]');
      assert.equal((await versionNames(page))[1], 'wire.txt');
      // The focus stays on the button that moved with its card.
      assert.match(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''), /Move wire.txt down/);
      await page.click('button[aria-label="Move wire.txt up"]');
      assert.equal((await versionNames(page))[0], 'wire.txt');
      await page.check('.version-card >> nth=0 >> input[type=radio]');
      await page.waitForSelector('.version-card.reference');
      await page.waitForFunction(() => document.querySelector('.lede')?.textContent.includes('reference, wire.txt'));
      assert.equal(await page.$$eval('.score-card.reference', (c) => c.length), 1);
      await page.check('input[value="consensus"]');
      await page.waitForFunction(() => document.querySelector('.lede')?.textContent.includes('consensus'));
    });
  });

  test('editing a version\'s text updates the analysis as you type', async () => {
    await withPage(async (page) => {
      await addPasted(page, 'The storm killed six people on Monday.', 'a.txt');
      await cards(page, 6);
      await page.click('button:has-text("Clear all")');
      await cards(page, 0);
      await page.click('.notice button:has-text("Undo")');
      await cards(page, 6);
      await analysed(page, 6);
      const before = await page.evaluate(() => performance.getEntriesByName('storydiff:analyze').length);
      await page.click('.version-card >> nth=5 >> button:has-text("Edit")');
      const editor = '.version-card >> nth=5 >> textarea';
      await page.click(editor);
      await page.press(editor, 'End');
      await page.keyboard.type(' Rescuers found two more.', { delay: 20 });
      await page.waitForFunction(
        (n) => performance.getEntriesByName('storydiff:analyze').length > n && document.querySelector('.run-status').dataset.running === 'false',
        before,
      );
      const after = await page.evaluate(() => performance.getEntriesByName('storydiff:analyze').length);
      // Typing 25 characters ran the analysis a few times at most (debounced).
      assert.ok(after - before <= 3, `analyses while typing: ${after - before}`);
      const words = await page.textContent('.version-card >> nth=5 >> .version-meta');
      assert.match(words, /11 words/);
    });
  });
});

describe('workspace', () => {
  test('versions, names, reference, dismissals and the chosen pair survive a reload', async () => {
    await withPage(async (page) => {
      await addPasted(page, 'Kept across reloads.', 'kept.txt');
      await cards(page, 6);
      await page.fill('.version-card >> nth=0 >> .version-name', 'wire.txt');
      await page.press('.version-card >> nth=0 >> .version-name', 'Enter');
      await page.check('.version-card >> nth=1 >> input[type=radio]');
      await showView(page, 'diff');
      await page.selectOption('#diff-new', { label: 'kept.txt' });
      await page.fill('#paste-text', 'an unsent draft');
      await page.waitForTimeout(500);
      await page.reload();
      await cards(page, 6);
      const names = await versionNames(page);
      assert.equal(names[0], 'wire.txt');
      assert.equal(names[5], 'kept.txt');
      assert.ok(await page.isChecked('.version-card >> nth=1 >> input[type=radio]'), 'reference kept');
      // The view shown last comes back too.
      await page.waitForSelector('#tab-diff[aria-selected="true"]');
      assert.equal(await page.$eval('#diff-old', (s) => s.selectedOptions[0].textContent), 'wire.txt');
      assert.equal(await page.$eval('#diff-new', (s) => s.selectedOptions[0].textContent), 'kept.txt');
      assert.equal(await page.inputValue('#paste-text'), 'an unsent draft');
    });
  });

  test('remove, undo, clear all, and load the sample story again', async () => {
    await withPage(async (page) => {
      await cards(page, 5);
      const first = (await versionNames(page))[0];
      await page.click(`button[aria-label="Remove ${first}"]`);
      await cards(page, 4);
      await page.click('.notice button:has-text("Undo")');
      await cards(page, 5);
      assert.equal((await versionNames(page))[0], first);
      await page.click('button:has-text("Clear all")');
      await cards(page, 0);
      await showView(page, 'diff');
      assert.match(await page.textContent('.diff-panel'), /at least two versions/);
      await page.click('button:has-text("Load sample")');
      await cards(page, 5);
      await analysed(page, 5);
    });
  });
});
