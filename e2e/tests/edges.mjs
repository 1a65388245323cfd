// Shared set-up for the tests of the page's edges (share links, workspace
// files, exports, file decoding, offline use, CSP). Built on harness.mjs;
// waits only for elements these features own (the "Share and keep"
// region), so that changes to the other views do not break these tests.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { distDir } from './harness.mjs';

export const SHARE_BAR = 'section[aria-label="Share and keep"]';

/**
 * A fresh context and page at `url`: requests to other origins are aborted
 * and recorded, console errors, page errors and CSP violations recorded.
 * Service workers are blocked unless `serviceWorkers: 'allow'`.
 */
export async function openSession(browser, url, { serviceWorkers = 'block', viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport, serviceWorkers, acceptDownloads: true });
  const origin = new URL(url).origin;
  const foreign = [];
  const errors = [];
  const allowed = [];
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    if (/^(data|blob):/.test(requested) || new URL(requested).origin === origin) return route.continue();
    foreign.push(requested);
    return route.abort();
  });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  const page = await context.newPage();
  page.on('request', (req) => {
    const requested = req.url();
    if (!/^(data|blob):/.test(requested) && new URL(requested).origin !== origin) foreign.push(requested);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  await page.goto(url);
  await page.waitForSelector(SHARE_BAR);
  return {
    page,
    context,
    /** Console errors matching `pattern` are expected (a test provoking them). */
    allowErrors(pattern) {
      allowed.push(pattern);
    },
    async problems() {
      const csp = await page.evaluate(() => window.__csp ?? []).catch(() => []);
      const unexpected = errors.filter((e) => !allowed.some((p) => p.test(e)));
      return { foreign: [...new Set(foreign)], errors: unexpected, csp };
    },
    close: () => context.close(),
  };
}

/** Runs `body(page, session)` in a fresh session and fails on foreign requests, errors or CSP violations. */
export async function withSession(browser, url, body, options) {
  const session = await openSession(browser, url, options);
  try {
    await body(session.page, session);
    const { foreign, errors, csp } = await session.problems();
    if (foreign.length || errors.length || csp.length) {
      throw new Error(`problems: ${JSON.stringify({ foreign, errors, csp }, null, 1)}`);
    }
  } finally {
    await session.close();
  }
}

/** Clicks `locator` and returns the text of the file it downloads, with its suggested name. */
export async function download(page, locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** The workspace the page holds, as its "Save workspace" button writes it. */
export async function savedWorkspace(page) {
  const { text } = await download(page, page.getByRole('button', { name: 'Save workspace', exact: true }));
  return JSON.parse(text);
}

/** Opens `workspace` (an object or raw text) through the "Open workspace…" file input. */
export async function openWorkspaceFile(page, workspace, name = 'story.storydiff.json') {
  const text = typeof workspace === 'string' ? workspace : JSON.stringify(workspace);
  await page.setInputFiles('input[aria-label="Open workspace file"]', {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

/** The share bar's current message. */
export const shareStatus = (page) => page.locator('[aria-label="Share status"]');

/** A plain share payload made as the documented format says: 1.<base64url(zlib(json))>. */
export function plainPayload(json) {
  return `1.${deflateSync(Buffer.from(json, 'utf8'), { level: 9 }).toString('base64url')}`;
}

/** A workspace of `versions` ([name, text] pairs). */
export function workspaceOf(versions, extra = {}) {
  return {
    format_version: 1,
    versions: versions.map(([name, text]) => ({ name, text })),
    reference: null,
    dismissed: [],
    settings: { punctuation: false },
    ...extra,
  };
}

/** Deterministic news-like text of about `bytes` bytes that compresses poorly enough to make big links. */
export function filler(bytes, seed = 1) {
  const words = ['council', 'said', 'six', 'people', 'Tuesday', 'mayor', 'budget', 'vote', 'million', 'police',
    'officials', 'report', 'storm', 'coast', 'power', 'residents', 'hurt', 'schools', 'closed', 'minister'];
  let x = seed;
  let out = '';
  while (out.length < bytes) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += words[x % words.length] + (x % 7 === 0 ? '. ' : ' ') + (x % 97);
    out += ' ';
  }
  return out.slice(0, bytes);
}

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

/**
 * Serves a writable copy of dist/ at http://127.0.0.1:PORT/app/ (a
 * sub-path), for tests that change the build (a new version). Returns
 * { url, dir, stop }.
 */
export async function serveCopy() {
  const root = mkdtempSync(join(tmpdir(), 'storydiff-copy-'));
  const dir = join(root, 'app');
  cpSync(distDir, dir, { recursive: true });
  const port = await freePort();
  const child = spawn('python3', ['-m', 'http.server', '--bind', '127.0.0.1', String(port), '--directory', root], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/app/`;
  const deadline = Date.now() + 15000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('copy server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dir,
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
