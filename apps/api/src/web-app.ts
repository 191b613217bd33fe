import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GRAPHIQL_CSP, WEB_APP_CSP } from './security-headers.js';

/** Hashed build files never change: browsers may keep them a year without asking again. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** index.html and the service worker name the current build's files: always revalidated. */
export const NO_CACHE = 'no-cache';

/**
 * Paths that belong to the API, never to the web app's routes: they keep their own 404s instead of index.html
 * (GraphiQL's page is /graphiql, outside production only).
 */
const API_PREFIXES = ['/graphql', '/graphiql', '/files', '/health', '/events'];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.txt']);

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>民意 · 网页工作台尚未构建</title></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.7">
<h1>网页工作台尚未构建</h1>
<p>接口已在运行（<a href="/graphql">/graphql</a>），但还没有构建网页。请在项目目录运行 <code>npm run build</code>
（或 <code>npm start</code>，它会先构建），然后刷新本页。</p>
</body></html>
`;

const GRAPHIQL_NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>民意 · GraphiQL 尚未构建</title></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.7">
<h1>GraphiQL 尚未构建</h1>
<p>接口已在运行（POST /graphql），但 GraphiQL 页面随网页工作台一起构建。请在项目目录运行 <code>npm run build</code>
（或 <code>npm start</code>，它会先构建），然后刷新本页。</p>
</body></html>
`;

/** GraphiQL's page in the build (the web app's second entry, apps/web/graphiql.html). */
const GRAPHIQL_FILE = '/graphiql.html';
/** Where a browser finds GraphiQL; a browser's GET /graphql is sent here. */
export const GRAPHIQL_PATH = '/graphiql';

export interface WebAppOptions {
  /** Serve GraphiQL at /graphiql and send a browser's GET /graphql there (never in production). */
  graphiql: boolean;
}

interface WebFile {
  type: string;
  cacheControl: string;
  body: Buffer;
  gzip?: Buffer;
}

function isApiPath(path: string): boolean {
  return API_PREFIXES.some(
    (p) => path === p || path.startsWith(`${p}/`) || path.startsWith(`${p}-`) || path.startsWith(`${p}.`),
  );
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return []; // .vite/manifest.json is for the build's size report only
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * Reads the build into memory once (a couple of MB) with each text file gzipped once: the first page's JavaScript then
 * travels compressed. (Own code rather than @fastify/static, whose content-disposition dependency is an ES module that
 * Jest cannot require on Node 20, which would break every end-to-end test.)
 */
function loadBuild(webRoot: string): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  for (const path of listFiles(webRoot)) {
    const url = `/${relative(webRoot, path).split(sep).join('/')}`;
    const ext = extname(path);
    const body = readFileSync(path);
    files.set(url, {
      type: CONTENT_TYPES[ext] ?? 'application/octet-stream',
      cacheControl: url.startsWith('/assets/') ? IMMUTABLE_CACHE : NO_CACHE,
      body,
      gzip: COMPRESSIBLE.has(ext) && body.length > 1024 ? gzipSync(body) : undefined,
    });
  }
  return files;
}

function send(request: FastifyRequest, reply: FastifyReply, file: WebFile): FastifyReply {
  // The pages' policy on the scripts too: a worker (sw.js) runs under its own script's policy, and it fetches.
  if (!reply.hasHeader('content-security-policy')) void reply.header('content-security-policy', WEB_APP_CSP);
  void reply
    .header('content-type', file.type)
    .header('cache-control', file.cacheControl)
    .header('vary', 'accept-encoding');
  const gzip = file.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (gzip) return reply.header('content-encoding', 'gzip').send(file.gzip);
  return reply.send(file.body);
}

/**
 * Serves the built web workbench (dist/web, from `vite build`) at `/`: its files with caching headers, and every app
 * route (e.g. /tasks/123/provisions/第三条) answered with index.html for a browser asking for a page, so a stable link
 * opens the right page. When the app is not built, `/` says how to build it; the API works either way (the
 * end-to-end tests run without a build).
 */
export function serveWebApp(fastify: FastifyInstance, webRoot: string, options: WebAppOptions): void {
  const built = existsSync(join(webRoot, 'index.html'));
  const files = built ? loadBuild(webRoot) : new Map<string, WebFile>();
  const index = files.get('/index.html');
  const graphiqlPage = files.get(GRAPHIQL_FILE);
  files.delete(GRAPHIQL_FILE); // only ever at /graphiql, and only outside production
  for (const [url, file] of files) fastify.get(url, (request, reply) => send(request, reply, file));
  // Pages link /favicon.svg; browsers and tools that ask for /favicon.ico on their own are sent to it, not a 404.
  if (files.has('/favicon.svg') && !files.has('/favicon.ico'))
    fastify.get('/favicon.ico', (_request, reply) =>
      reply.header('cache-control', NO_CACHE).redirect('/favicon.svg', 301),
    );

  if (options.graphiql) {
    fastify.get(GRAPHIQL_PATH, (request, reply) => {
      void reply.header('content-security-policy', GRAPHIQL_CSP);
      if (graphiqlPage) return send(request, reply, graphiqlPage);
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', NO_CACHE)
        .send(GRAPHIQL_NOT_BUILT_PAGE);
    });
    // A person who opens /graphql in a browser gets GraphiQL (served from this build, no CDN); programs asking for
    // JSON, and GraphQL-over-HTTP GETs that accept it, still reach the API.
    fastify.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' || request.url.split('?')[0] !== '/graphql') return;
      const accept = String(request.headers.accept ?? '');
      if (!accept.includes('text/html')) return;
      return reply.redirect(GRAPHIQL_PATH, 302);
    });
  }

  const appPage = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    const wantsPage = String(request.headers.accept ?? '').includes('text/html') || path === '/';
    if (!wantsPage || isApiPath(path)) return reply.callNotFound();
    if (!index) {
      return reply.type('text/html; charset=utf-8').header('cache-control', NO_CACHE).send(NOT_BUILT_PAGE);
    }
    return send(request, reply, index);
  };
  fastify.get('/', appPage);
  fastify.get('/*', appPage);
}
