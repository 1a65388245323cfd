// A keyboard-only journey through every view: no mouse, visible focus.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analysed, useBrowser } from './harness.mjs';

const withPage = await useBrowser();

const active = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      classes: [...el.classList],
      label: el.getAttribute('aria-label') ?? '',
      text: (el.textContent ?? '').trim().slice(0, 80),
      outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });

/** Presses Tab until the focused element matches `selector` (at most `max` times). */
async function tabTo(page, selector, max = 300, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`${selector} not reached with ${key}`);
}

test('a keyboard-only journey through every view', async () => {
  await withPage(async (page) => {
    await analysed(page, 5);
    // Skip link first, then straight to the results.
    await page.keyboard.press('Tab');
    let el = await active(page);
    assert.ok(el.classes.includes('skip-link'), JSON.stringify(el));
    await page.keyboard.press('Enter');
    assert.equal((await active(page)).id, 'results');

    // Tabs: arrow keys move between views.
    await tabTo(page, '[role=tab][aria-selected=true]');
    assert.ok((await active(page)).outlined, 'visible focus on the tab');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#tab-findings[aria-selected="true"]');
    assert.equal((await active(page)).id, 'tab-findings');

    // j / k step through the findings; Enter shows one in the text.
    await page.keyboard.press('j');
    await page.waitForFunction(() => document.activeElement?.id.startsWith('finding-'));
    const first = (await active(page)).id;
    assert.ok((await active(page)).outlined, 'visible focus on the finding');
    await page.keyboard.press('j');
    await page.waitForFunction((f) => document.activeElement?.id.startsWith('finding-') && document.activeElement.id !== f, first);
    await page.keyboard.press('k');
    await page.waitForFunction((f) => document.activeElement?.id === f, first);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#tab-reading[aria-selected="true"]');
    await page.waitForFunction(() => document.activeElement?.matches('.reading-table mark.evidence, .reading-table td'));
    // In the side-by-side view j moves to the next finding's place.
    await page.keyboard.press('j');
    await page.waitForFunction(() => document.activeElement?.matches('.reading-table mark.evidence, .reading-table td'));

    // Claims: Tab reaches them; focus lights the fact everywhere.
    await tabTo(page, '.reading-table .claim[data-fact]');
    el = await active(page);
    assert.ok(el.outlined, 'visible focus on the claim');

    // The matrix: one tab stop, arrows inside, Enter shows the claim.
    await page.keyboard.press('3');
    await page.waitForSelector('#tab-matrix[aria-selected="true"]');
    await tabTo(page, '.matrix td.cell');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(
      await page.evaluate(() => [document.activeElement.dataset.r, document.activeElement.dataset.c]),
      ['1', '1'],
    );
    const target = await page.evaluate(() => document.querySelector('.matrix td:focus:not(.missing)') !== null);
    if (target) {
      await page.keyboard.press('Enter');
      await page.waitForSelector('#tab-reading[aria-selected="true"]');
      await page.waitForFunction(() => document.activeElement?.matches('.reading-table .claim'));
    }

    // The pairwise diff: choose a version with the keyboard.
    await page.keyboard.press('5');
    await page.waitForSelector('#tab-diff[aria-selected="true"]');
    await tabTo(page, '#diff-new');
    const before = await page.$eval('#diff-new', (s) => s.value);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((b) => document.querySelector('#diff-new').value !== b, before);

    // Help: ? opens it, Escape closes it.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('?');
    await page.waitForSelector('dialog[open]');
    assert.equal((await active(page)).text, 'Close');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));

    // Versions: move one with Alt+↓, mark it the reference, remove and undo.
    await page.keyboard.press('1');
    await tabTo(page, '#results', 5, 'Shift+Tab').catch(() => {});
    await page.evaluate(() => document.activeElement?.blur());
    await tabTo(page, '.version-card .version-name');
    const name = await page.evaluate(() => document.activeElement.value);
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForFunction((n) => document.querySelectorAll('.version-name')[1]?.value === n, name);
    // The card is re-rendered in its new place, then focused again.
    await page
      .waitForFunction((n) => document.activeElement?.value === n, name, { timeout: 5000 })
      .catch(() => {});
    assert.equal(await page.evaluate(() => document.activeElement.value), name, 'the focus moved with the card');
    // The reference is a radio group: its tab stop is the checked radio
    // (the consensus, above the cards); arrows choose another.
    await tabTo(page, 'input[name=reference]', 300, 'Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('.version-card.reference');
    await tabTo(page, '.version-card button.remove');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 4);
    await tabTo(page, '.notice button.secondary', 300, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.version-card').length === 5);

    // Theme: the radio group, with arrows.
    await tabTo(page, 'input[name=theme]', 400, 'Shift+Tab');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.documentElement.dataset.theme !== 'system');
  });
});
