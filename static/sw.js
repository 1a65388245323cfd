// storydiff's service worker: keeps the app shell (the page, its script,
// wasm and styles) so that after one visit the page opens and works
// offline. A new build is announced by the page (sw-register.js), never
// forced: the new worker waits until the user chooses to reload.
//
// scripts/postbuild.py stamps VERSION and ASSETS after `trunk build` (the
// web workers by their versioned URLs, `reader.js?v=…`, exactly as the
// page requests them, so one build's page and workers always go together);
// unstamped (a development server) the worker caches nothing.
const VERSION = 'dev';
const ASSETS = null;
const CACHE = `storydiff-${VERSION}`;

self.addEventListener('install', (event) => {
  if (!ASSETS) return;
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(ASSETS.map((path) => new Request(path, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(keys.filter((k) => k.startsWith('storydiff-') && k !== CACHE).map((k) => caches.delete(k)))),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (!ASSETS || request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  // The page itself: whatever its query or fragment, the cached shell.
  const shell = request.mode === 'navigate' && url.pathname.startsWith(scope.pathname);
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(shell ? scope.href : request, { ignoreSearch: shell });
      return cached ?? fetch(request);
    }),
  );
});
