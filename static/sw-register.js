// Registers storydiff's service worker (offline use) and announces a new
// version when one has been downloaded: "A new version of storydiff is
// available — Reload". Nothing is reloaded until the user asks.
(() => {
  if (!('serviceWorker' in navigator)) return;

  function announce(worker) {
    if (document.getElementById('update-notice')) return;
    const notice = document.createElement('div');
    notice.id = 'update-notice';
    notice.className = 'update-notice';
    notice.setAttribute('role', 'status');
    const text = document.createElement('p');
    text.textContent = 'A new version of storydiff is available.';
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = 'Reload';
    reload.addEventListener('click', () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      worker.postMessage('skip-waiting');
    });
    const later = document.createElement('button');
    later.type = 'button';
    later.className = 'secondary';
    later.textContent = 'Later';
    later.addEventListener('click', () => notice.remove());
    notice.append(text, reload, later);
    document.body.append(notice);
  }

  window.addEventListener('load', async () => {
    let registration;
    try {
      registration = await navigator.serviceWorker.register('./sw.js');
    } catch {
      return; // refused: the page works online as before
    }
    if (!registration) return; // blocked (e.g. by a test browser's policy)
    const watch = (worker) => {
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
      });
    };
    if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
  });
})();
