/// <reference lib="webworker" />
// The app's own service worker (no library): on install it caches the app shell and every hashed file of this build
// (the list is written in by vite.config.ts), so every page opens offline once the app was visited. index.html is
// fetched network-first (a new build is seen at once when online); hashed assets never change, so cache-first.
// The API (/graphql, /files) is never cached here: offline opinions live in IndexedDB (feedback/offline-queue.ts).
const sw = self as unknown as ServiceWorkerGlobalScope;

const FILES = '__PRECACHE_FILES__' as unknown as string[];
const VERSION = '__PRECACHE_VERSION__' as unknown as string;
const CACHE = `minyi-shell-${VERSION}`;
const SHELL = '/index.html';

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll([SHELL, ...(Array.isArray(FILES) ? FILES.filter((f) => f !== SHELL) : [])]);
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('minyi-shell-') && key !== CACHE) await caches.delete(key);
      }
      await sw.clients.claim();
    })(),
  );
});

function isApi(path: string): boolean {
  // /graphiql is GraphiQL's own page (a second build entry): never answered with, nor stored as, the workbench's shell.
  return (
    path.startsWith('/graphql') ||
    path.startsWith('/graphiql') ||
    path.startsWith('/files') ||
    path.startsWith('/events') ||
    path.startsWith('/health')
  );
}

async function networkFirstShell(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.headers.get('content-type')?.includes('text/html')) {
      await cache.put(SHELL, response.clone());
    }
    return response;
  } catch {
    return (await cache.match(SHELL)) ?? Response.error();
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || isApi(url.pathname)) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirstShell(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  }
});
