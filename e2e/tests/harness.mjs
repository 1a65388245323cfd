// Shared set-up for the end-to-end tests: serve the release build from a
// sub-path with python's http.server, drive /usr/bin/chromium with
// playwright-core, and watch every page for requests that leave its origin
// and for console errors.
import { after, before } from 'node:test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const e2eDir = resolve(here, '..');
export const distDir = resolve(e2eDir, process.env.STORYDIFF_DIST ?? '../dist');
export const screenshotDir = join(e2eDir, 'screenshots');

// The flags proven on the build machines (docs/TOOLCHAIN.md): without the
// background-networking ones Chromium tries to reach the internet.
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

async function waitUntilServing(url, child) {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`http.server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

/**
 * Serves dist/ as http://127.0.0.1:PORT/storydiff/ — a sub-path, as the page
 * is published — and returns { url, stop }.
 */
export async function serveDist() {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`no built site in ${distDir}: run \`trunk build --release\` first (or set STORYDIFF_DIST)`);
  }
  const root = mkdtempSync(join(tmpdir(), 'storydiff-e2e-'));
  symlinkSync(distDir, join(root, 'storydiff'), 'dir');
  const port = await freePort();
  const child = spawn('python3', ['-m', 'http.server', '--bind', '127.0.0.1', String(port), '--directory', root], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/storydiff/`;
  await waitUntilServing(url, child);
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.STORYDIFF_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * A fresh page (own context, so empty localStorage) at `url`. Requests to any
 * other origin are recorded and aborted; console errors and uncaught
 * exceptions are recorded. `problems()` lists both.
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  const origin = new URL(url).origin;
  const foreign = [];
  const errors = [];
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested.startsWith('data:') || new URL(requested).origin === origin) return route.continue();
    foreign.push(requested);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (req) => {
    const requested = req.url();
    if (!requested.startsWith('data:') && new URL(requested).origin !== origin) foreign.push(requested);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  await page.goto(url);
  await page.waitForSelector('.version-list, .empty', { state: 'attached' });
  return {
    page,
    context,
    problems: () => ({ foreign: [...new Set(foreign)], errors: [...errors] }),
    close: () => context.close(),
  };
}

/**
 * Drops files on the page as a user would: dragenter, dragover, drop.
 * Text goes over as strings, bytes as base64: cheap for the page to receive,
 * so that a benchmark measures the app and not this helper.
 */
export async function dropFiles(page, files, target = 'body') {
  await page.evaluate(
    ({ files, target }) => {
      const dt = new DataTransfer();
      for (const f of files) {
        const body = f.text ?? Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([body], f.name, { type: f.type ?? 'text/plain' }));
      }
      const el = document.querySelector(target);
      for (const type of ['dragenter', 'dragover', 'drop']) {
        el.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }
    },
    {
      files: files.map((f) =>
        typeof f.content === 'string'
          ? { name: f.name, type: f.type, text: f.content }
          : { name: f.name, type: f.type, base64: Buffer.from(f.content).toString('base64') },
      ),
      target,
    },
  );
}

/**
 * Waits until the page shows an analysis of `versions` versions and no
 * newer one is on its way.
 */
export async function analysed(page, versions, timeout = 30000) {
  await page.waitForFunction(
    (n) => {
      const main = document.querySelector('main#results');
      const status = document.querySelector('.run-status');
      return main && Number(main.dataset.versions) === n && status?.dataset.running === 'false';
    },
    versions,
    { timeout },
  );
}

/** Shows a view by its tab and waits for its heading. */
export async function showView(page, id) {
  await page.click(`#tab-${id}`);
  await page.waitForSelector(`#tab-${id}[aria-selected="true"]`);
  await page.waitForSelector('#view-panel .view-heading');
}

/**
 * axe-core on the page (WCAG 2 A and AA rules): the serious and critical
 * violations, as readable lines.
 */
export async function axeViolations(page) {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Saves a screenshot to e2e/screenshots/NAME.png. */
export async function screenshot(page, name, options = {}) {
  const { mkdirSync } = await import('node:fs');
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), ...options });
}

/** Sets the theme as a user would (the switch in the masthead), and the system preference to match. */
export async function setTheme(page, theme) {
  await page.emulateMedia({ colorScheme: theme });
  await page.click(`label[for=theme-${theme}]`);
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}

/**
 * Registers before/after hooks that serve the build and start Chromium for
 * one test file, and returns `withPage(body, options)`: runs `body(page,
 * session)` on a fresh page, then checks that nothing left the origin and
 * nothing reached the console (`options.allowErrors`: a RegExp of console
 * errors the test expects).
 */
export async function useBrowser() {
  const assert = (await import('node:assert/strict')).default;
  const live = servedBrowser();
  return async function withPage(body, options = {}) {
    const session = await openPage(live.browser, live.server.url, options);
    try {
      await body(session.page, session);
      const { foreign, errors } = session.problems();
      assert.deepEqual(foreign, [], 'requests left the page origin');
      const unexpected = options.allowErrors ? errors.filter((e) => !options.allowErrors.test(e)) : errors;
      assert.deepEqual(unexpected, [], 'console errors');
    } finally {
      await session.close();
    }
  };
}

/**
 * The built site served and a browser launched for the tests of one file
 * (node:test `before`), both closed after them; read `.server` and
 * `.browser` inside a test.
 */
export function servedBrowser() {
  const live = { server: null, browser: null };
  before(async () => {
    live.server = await serveDist();
    live.browser = await launchBrowser();
  });
  after(async () => {
    await live.browser?.close();
    await live.server?.stop();
  });
  return live;
}
