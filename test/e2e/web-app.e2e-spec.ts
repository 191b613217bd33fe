import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { HSTS_MAX_AGE_SECONDS } from '../../apps/api/src/security-headers.js';
import { IMMUTABLE_CACHE, NO_CACHE } from '../../apps/api/src/web-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HTML = 'text/html,application/xhtml+xml';

describe('the web workbench served by the API', () => {
  describe('when the web app is not built', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ seed: false, env: { WEB_ROOT: join(tmpdir(), 'minyi-no-such-web-build') } });
    });
    afterAll(() => t.close());

    it('answers / with a Chinese page telling how to build it, and the API still works', async () => {
      const page = await request(t.app.getHttpServer()).get('/').set('accept', HTML);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.text).toContain('npm run build');
      expect(page.text).toContain('网页工作台尚未构建');
      const health = await request(t.app.getHttpServer()).get('/health/live');
      expect(health.body).toEqual({ status: 'ok' });
    });
  });

  describe('when the web app is built', () => {
    let t: TestApp;
    beforeAll(async () => {
      const root = mkdtempSync(join(tmpdir(), 'minyi-web-'));
      mkdirSync(join(root, 'assets'));
      writeFileSync(join(root, 'index.html'), '<!doctype html><title>民意</title><div id="root"></div>');
      writeFileSync(join(root, 'assets', 'main-abc123.js'), 'console.log(1)');
      writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {})');
      writeFileSync(
        join(root, 'graphiql.html'),
        '<!doctype html><title>GraphiQL</title><div id="graphiql"></div>',
      );
      t = await startTestApp({ seed: false, env: { WEB_ROOT: root } });
    });
    afterAll(() => t.close());
    const get = (path: string, accept = HTML) =>
      request(t.app.getHttpServer()).get(path).set('accept', accept);

    it('serves index.html at / and at every app route, never cached without revalidation', async () => {
      for (const path of ['/', '/tasks/7/provisions/%E7%AC%AC%E4%B8%89%E6%9D%A1', '/opinions?state=x']) {
        const res = await get(path);
        expect(res.status).toBe(200);
        expect(res.text).toContain('<div id="root">');
        expect(res.headers['cache-control']).toBe(NO_CACHE);
      }
    });

    it('serves hashed assets for a year, immutable, and the service worker revalidated', async () => {
      const asset = await get('/assets/main-abc123.js', '*/*');
      expect(asset.status).toBe(200);
      expect(asset.headers['cache-control']).toBe(IMMUTABLE_CACHE);
      const sw = await get('/sw.js', '*/*');
      expect(sw.headers['cache-control']).toBe(NO_CACHE);
    });

    it('serves the icon, and sends a browser asking for /favicon.ico to it instead of a 404', async () => {
      const icon = await get('/favicon.svg', 'image/*');
      expect(icon.status).toBe(200);
      expect(icon.headers['content-type']).toBe('image/svg+xml');
      const ico = await get('/favicon.ico', 'image/*');
      expect(ico.status).toBe(301);
      expect(ico.headers.location).toBe('/favicon.svg');
    });

    it('does not answer missing files or API paths with the app', async () => {
      expect((await get('/assets/missing-000.js', '*/*')).status).toBe(404);
      for (const path of ['/files/no-such-file', '/graphiql-assets/graphiql.js', '/health/nope']) {
        const res = await get(path);
        expect(res.status).toBe(404);
        expect(res.text).not.toContain('<div id="root">');
      }
      const health = await get('/health/live', 'application/json');
      expect(health.body).toEqual({ status: 'ok' });
      const gql = await t.gql<{ __typename: string }>('{ __typename }');
      expect(gql.data).toEqual({ __typename: 'Query' });
    });

    it('lets no other site frame a page, runs only its own scripts on them, and lets nothing else render as a page', async () => {
      // Clickjacking: another site framing 审核通过 or 报送 under a decoy. Script injection: only this origin's files run.
      // The app's own files carry the pages' policy too: a worker (sw.js) runs under its script's policy, and fetches.
      for (const [path, accept] of [
        ['/', undefined],
        ['/tasks/7/signoff', undefined],
        ['/assets/main-abc123.js', '*/*'],
      ] as const) {
        const page = await get(path, accept);
        expect([path, page.status]).toEqual([path, 200]);
        const csp = String(page.headers['content-security-policy']);
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toMatch(/script-src 'self'(;|$)/);
        expect(csp).not.toContain('unsafe-eval');
        expect(csp).toContain("object-src 'none'");
        expect(csp).toContain("base-uri 'self'");
        expect(page.headers['x-frame-options']).toBe('DENY');
        expect(page.headers['x-content-type-options']).toBe('nosniff');
        expect(page.headers['referrer-policy']).toBe('no-referrer');
      }
      // JSON, errors, files, assets: never a page, never framed, never sniffed into something else.
      const others = [
        await get('/health/live', 'application/json'),
        await get('/files/jobs/x/download', 'application/json'),
        await get('/no-such-file.js', '*/*'),
        await request(t.app.getHttpServer())
          .post('/graphql')
          .set('content-type', 'application/json')
          .send({ query: '{ __typename }' }),
      ];
      for (const res of others) {
        expect(res.headers['content-security-policy']).toBe(
          "default-src 'none'; frame-ancestors 'none'; sandbox",
        );
        expect(res.headers['x-frame-options']).toBe('DENY');
        expect(res.headers['x-content-type-options']).toBe('nosniff');
      }
      // GraphiQL (outside production only) is a page too: never framed either.
      expect(String((await get('/graphiql')).headers['content-security-policy'])).toContain(
        "frame-ancestors 'none'",
      );
    });

    it('sends no Strict-Transport-Security over plain HTTP, nor when an untrusted client claims HTTPS', async () => {
      expect((await get('/')).headers['strict-transport-security']).toBeUndefined();
      // No TRUST_PROXY here: X-Forwarded-Proto is anybody's word.
      const claimed = await get('/').set('x-forwarded-proto', 'https');
      expect(claimed.headers['strict-transport-security']).toBeUndefined();
    });

    it('serves GraphiQL from the build at /graphiql only, and sends a browser opening /graphql there', async () => {
      const page = await get('/graphiql');
      expect(page.status).toBe(200);
      expect(page.text).toContain('<div id="graphiql">');
      expect(page.headers['cache-control']).toBe(NO_CACHE);
      expect((await get('/graphiql.html')).status).toBe(404);
      const redirect = await get('/graphql');
      expect(redirect.status).toBe(302);
      expect(redirect.headers.location).toBe('/graphiql');
    });
  });

  describe('behind a trusted proxy that terminates HTTPS', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ seed: false, env: { TRUST_PROXY: 'loopback' } });
    });
    afterAll(() => t.close());

    it('tells the browser to use HTTPS only for this host, on pages and API answers alike, and not over HTTP', async () => {
      const overHttps = [
        await request(t.app.getHttpServer()).get('/health/live').set('x-forwarded-proto', 'https'),
        await request(t.app.getHttpServer())
          .post('/graphql')
          .set('x-forwarded-proto', 'https')
          .set('content-type', 'application/json')
          .send({ query: '{ __typename }' }),
      ];
      for (const res of overHttps) {
        expect(res.headers['strict-transport-security']).toBe(`max-age=${HSTS_MAX_AGE_SECONDS}`);
      }
      const overHttp = await request(t.app.getHttpServer())
        .get('/health/live')
        .set('x-forwarded-proto', 'http');
      expect(overHttp.headers['strict-transport-security']).toBeUndefined();
    });
  });
});
