#!/usr/bin/env python3
"""After `trunk build --release`: secure and stamp the build in dist/.

1. Content-Security-Policy: adds a <meta http-equiv> CSP to dist/index.html
   that allows scripts only from the page's own origin plus trunk's inline
   bootstrap script (by its sha256, computed here because trunk writes it
   at build time), 'wasm-unsafe-eval' for the WebAssembly module, no inline
   styles, and connections to the page's own origin only.
2. Web workers (the analysis worker and the file reader): trunk does not
   put a content hash in their file names, so a browser's HTTP cache could
   pair an old worker with a new page. Each loader shim (NAME_loader.js)
   gets `?v=<hash of NAME.js and NAME_bg.wasm>` on the URLs it loads, and
   index.html gets `<meta name="storydiff:worker:NAME"
   content="./NAME_loader.js?v=<hash of the loader>">`, which the page
   starts the worker from (src/runner.rs `worker_url`).
3. Service worker: stamps dist/sw.js with the build's version (a hash of
   every other file) and the list of files to keep for offline use (the
   workers' by their versioned URLs), so that browsers notice a new build
   and the worker knows the app shell.

Idempotent: running it twice gives the same output.
Usage: scripts/postbuild.py [DIST]   (default: dist)
"""
import base64
import hashlib
import json
import re
import sys
from pathlib import Path

CSP_META = re.compile(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>', re.I)
INLINE_SCRIPT = re.compile(r'<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>', re.I | re.S)
INLINE_STYLE = re.compile(r'<style[^>]*>(.*?)</style>', re.I | re.S)
STYLE_ATTR = re.compile(r'\sstyle\s*=', re.I)


def sha256(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode('utf-8')).digest()).decode() + "'"


def add_csp(index):
    html = CSP_META.sub('', index.read_text(encoding='utf-8'))
    scripts = [sha256(body) for body in INLINE_SCRIPT.findall(html)]
    styles = [sha256(body) for body in INLINE_STYLE.findall(html)]
    if STYLE_ATTR.search(html):
        sys.exit('postbuild: index.html has a style="" attribute; the CSP allows no inline styles')
    policy = '; '.join([
        "default-src 'none'",
        ' '.join(["script-src 'self' 'wasm-unsafe-eval'"] + scripts),
        ' '.join(["style-src 'self'"] + styles),
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "object-src 'none'",
    ])
    meta = f'\n    <meta http-equiv="Content-Security-Policy" content="{policy}">'
    # Right after <meta charset>: before every script it governs.
    html, n = re.subn(r'(<meta charset="[^"]*">)', lambda m: m.group(1) + meta, html, count=1, flags=re.I)
    if n != 1:
        sys.exit('postbuild: no <meta charset> in index.html to put the CSP after')
    index.write_text(html, encoding='utf-8')
    return len(scripts)


WORKER_META = re.compile(r'\s*<meta name="storydiff:worker:[^"]*" content="[^"]*">', re.I)


def file_hash(*paths):
    digest = hashlib.sha256()
    for p in paths:
        digest.update(p.read_bytes())
    return digest.hexdigest()[:16]


def version_workers(dist, index):
    """Versions each worker's URLs; returns {file name: versioned URL}."""
    urls = {}
    metas = []
    for loader in sorted(dist.glob('*_loader.js')):
        name = loader.name[:-len('_loader.js')]
        script, wasm = dist / f'{name}.js', dist / f'{name}_bg.wasm'
        if not script.exists() or not wasm.exists():
            sys.exit(f'postbuild: {loader.name} without {script.name} and {wasm.name}')
        v = file_hash(script, wasm)
        text = loader.read_text(encoding='utf-8')
        for f in (script.name, wasm.name):
            text, n = re.subn(r'"\./' + re.escape(f) + r'(\?v=[0-9a-f]*)?"', f'"./{f}?v={v}"', text)
            if n != 1:
                sys.exit(f'postbuild: {loader.name} does not load ./{f} once')
        loader.write_text(text, encoding='utf-8')
        urls[script.name] = f'./{script.name}?v={v}'
        urls[wasm.name] = f'./{wasm.name}?v={v}'
        urls[loader.name] = f'./{loader.name}?v={file_hash(loader)}'
        metas.append(f'\n    <meta name="storydiff:worker:{name}" content="{urls[loader.name]}">')
    html = WORKER_META.sub('', index.read_text(encoding='utf-8'))
    html, n = re.subn(r'(<meta charset="[^"]*">)', lambda m: m.group(1) + ''.join(metas), html, count=1, flags=re.I)
    if n != 1:
        sys.exit('postbuild: no <meta charset> in index.html to put the worker URLs after')
    index.write_text(html, encoding='utf-8')
    return urls


def stamp_service_worker(dist, worker_urls):
    sw = dist / 'sw.js'
    files = sorted(p for p in dist.rglob('*') if p.is_file() and p.name != 'sw.js')
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.relative_to(dist).as_posix().encode() + b'\0' + f.read_bytes())
    version = digest.hexdigest()[:16]
    assets = ['./'] + [worker_urls.get(f.name, './' + f.relative_to(dist).as_posix())
                       for f in files if f.name != 'index.html']
    text = sw.read_text(encoding='utf-8')
    text = re.sub(r"^const VERSION = .*;$", f"const VERSION = '{version}';", text, count=1, flags=re.M)
    text = re.sub(r"^const ASSETS = .*;$", f"const ASSETS = {json.dumps(assets)};", text, count=1, flags=re.M)
    sw.write_text(text, encoding='utf-8')
    return version, len(assets)


def main():
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else 'dist')
    index = dist / 'index.html'
    if not index.exists() or not (dist / 'sw.js').exists():
        sys.exit(f'postbuild: {dist} has no index.html or sw.js: run `trunk build --release` first')
    worker_urls = version_workers(dist, index)
    hashes = add_csp(index)
    version, assets = stamp_service_worker(dist, worker_urls)
    workers = len(worker_urls) // 3
    print(f'postbuild: {workers} web worker(s) versioned; CSP with {hashes} inline script hash(es); '
          f'service worker {version} keeps {assets} files')


if __name__ == '__main__':
    main()
