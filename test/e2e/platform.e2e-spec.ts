import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import request from 'supertest';
import { BODY_LIMIT_BYTES } from '../../apps/api/src/bootstrap.js';
import { HEADER_LIMIT_BYTES } from '../../apps/api/src/client-errors.js';
import { QUERY_LIMITS } from '../../apps/api/src/graphql-options.js';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.js';

describe('the HTTP surface', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('admin');
  });
  afterAll(() => t.close());

  it('answers liveness, and readiness after checking the database', async () => {
    const live = await request(t.app.getHttpServer()).get('/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok' });
    const ready = await request(t.app.getHttpServer()).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('gives every response a request id, keeping a sane one the caller sent', async () => {
    const own = await request(t.app.getHttpServer()).get('/health/live').set('x-request-id', 'trace-123');
    expect(own.headers['x-request-id']).toBe('trace-123');
    const generated = await request(t.app.getHttpServer()).get('/health/live');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('marks every GraphQL answer not to be stored (Cache-Control: no-store): signed in or not, data or errors', async () => {
    const post = (query: string, bearer?: string) => {
      const r = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
      if (bearer) r.set('authorization', `Bearer ${bearer}`);
      return r.send({ query });
    };
    for (const res of [
      await post('{ __typename }'),
      await post('{ me { username } }', token),
      await post('{ me { username } }'), // refused: not signed in
      await post('{ nosuchfield }', token), // refused by validation
      await post('{ me { username }', token), // does not parse
    ])
      expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers a lookup that finds nothing with null and its error, keeping the sibling fields', async () => {
    const points = await t.gql<{
      contactPoints: { edges: Array<{ node: { id: string; legislatureId: string } }> };
    }>('{ contactPoints(first: 1) { edges { node { id legislatureId } } } }', {}, token);
    const point = points.data!.contactPoints.edges[0].node;
    // Each of the eight single-object lookups, missing, beside one that is found.
    for (const lookup of [
      'consultationTask',
      'contactPoint',
      'draft',
      'draftVersion',
      'legislature',
      'liaisonUnit',
      'opinion',
      'suggestion',
    ]) {
      const res = await t.gql<Record<string, { id: string } | null>>(
        `query($found: ID!) { found: legislature(id: $found) { id } missing: ${lookup}(id: "missing") { id } }`,
        { found: point.legislatureId },
        token,
      );
      expect({ lookup, data: res.data }).toEqual({
        lookup,
        data: { found: { id: point.legislatureId }, missing: null },
      });
      expect({ lookup, ...errorOf(res) }).toMatchObject({ lookup, code: 'NOT_FOUND' });
      expect(res.errors![0].path).toEqual(['missing']);
    }
  });

  it(`refuses queries nested deeper than ${QUERY_LIMITS.maxDepth} levels`, async () => {
    // Each round trip unit → point adds four levels: five of them go past the limit.
    let inner = 'name';
    for (let i = 0; i < 5; i++)
      inner = `liaisonUnits(first: 1) { edges { node { contactPoint { ${inner} } } } }`;
    const deep = `{ contactPoints(first: 1) { edges { node { ${inner} } } } }`;
    const error = errorOf(await t.gql(deep, {}, token));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(`超过上限 ${QUERY_LIMITS.maxDepth} 层`);
  });

  it(`refuses more than ${QUERY_LIMITS.maxAliases} aliases`, async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(
      ' ',
    );
    const error = errorOf(await t.gql(`{ ${aliases} }`, {}, token));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('别名');
  });

  it(`refuses more than ${QUERY_LIMITS.maxTokens} tokens, and every refusal of a query is in Chinese`, async () => {
    // graphql-js words the token cap as a syntax error ("more that 2000 tokens", sic): it reached the client in
    // English inside 查询语法错误 (attack F9), as did an inline fragment that can never apply.
    const long = `{ ${Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ')} }`;
    const tokens = errorOf(await t.gql(long, {}, token));
    expect(tokens.code).toBe('BAD_USER_INPUT');
    expect(tokens.message).toBe(`查询文本过长（超过 ${QUERY_LIMITS.maxTokens} 个词法单元）`);
    const spread = errorOf(await t.gql(`{ node(id: "x") { ... on Notification { title } } }`, {}, token));
    expect(spread.message).toContain('片段不能用在这里');
    for (const message of [tokens.message, spread.message])
      expect(message).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/);
  });

  it('refuses a query whose lists would multiply past the cost limit, counting page sizes', async () => {
    const query = `{ contactPoints(first: 100) { edges { node { liaisonUnits(first: 100) { edges { node { collectors(first: 100) { totalCount } } } } } } } }`;
    const result = await t.gql(query, {}, token);
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
    const small = `{ contactPoints(first: 5) { edges { node { liaisonUnits(first: 20) { edges { node { collectors(first: 20) { totalCount } } } } } } } }`;
    expect((await t.gql(small, {}, token)).errors).toBeUndefined();
  });

  it('blocks cross-site simple requests (CSRF prevention) and batched requests', async () => {
    const server = t.app.getHttpServer();
    const simple = await request(server).get('/graphql').query({ query: '{ __typename }' });
    expect(simple.status).toBe(400);
    const batch = await request(server)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
  });

  it(`refuses request bodies over ${BODY_LIMIT_BYTES} bytes with 413`, async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ __typename }', variables: { pad: 'x'.repeat(BODY_LIMIT_BYTES) } });
    expect(res.status).toBe(413);
  });

  it(`answers a header block over ${HEADER_LIMIT_BYTES / 1024} KB with 431 in Chinese, with a stable code`, async () => {
    // Refused by Node's parser before any route: Fastify's default answer was English in a shape of its own (F9).
    const server: Server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${'a'.repeat(HEADER_LIMIT_BYTES + 1024)}\r\n` +
            'Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}',
        );
      });
      const chunks: Buffer[] = [];
      socket.on('data', (c: Buffer) => chunks.push(c));
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
      socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' ? undefined : reject(e)));
    });
    expect(raw.split('\r\n')[0]).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as {
      errors: Array<{ message: string; extensions: { code: string; reason: string } }>;
    };
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST', reason: 'HEADERS_TOO_LARGE' });
    expect(body.errors[0].message).toBe('请求头过大（上限 16 KB），请缩短请求地址或请求头后重试');
  });

  it('serves introspection and GraphiQL outside production', async () => {
    const res = await t.gql<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
    );
    expect(res.data!.__schema.queryType.name).toBe('Query');
    // A browser opening /graphql is sent to our own GraphiQL page (no CDN); a GraphQL GET asking for JSON is not.
    const page = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(page.status).toBe(302);
    expect(page.headers.location).toBe('/graphiql');
    const graphiql = await request(t.app.getHttpServer()).get('/graphiql').set('accept', 'text/html');
    expect(graphiql.status).toBe(200);
    expect(graphiql.text).toContain('GraphiQL');
    expect(graphiql.text).not.toMatch(/unpkg|jsdelivr|cdn/i);
  });
});

describe('in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      seed: false,
      env: { NODE_ENV: 'production', PERSONAL_DATA_KEY: Buffer.alloc(32, 7).toString('base64') },
    });
  });
  afterAll(() => t.close());

  it('turns off introspection and GraphiQL', async () => {
    const res = await t.gql('{ __schema { queryType { name } } }');
    expect(res.errors?.length).toBeGreaterThan(0);
    const page = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(page.status).not.toBe(302);
    expect(page.text.toLowerCase()).not.toContain('graphiql');
    const graphiql = await request(t.app.getHttpServer()).get('/graphiql').set('accept', 'text/html');
    expect(graphiql.status).toBe(404);
  });

  it('does not seed demo data', async () => {
    expect(
      errorOf(
        await t.gql(
          'mutation { login(input: {username: "admin", password: "demo-password"}) { accessToken } }',
        ),
      ).code,
    ).toBe('UNAUTHENTICATED');
  });
});
