import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { QUERY_LIMITS } from '../../apps/api/src/graphql-options.js';
import { ANONYMOUS_BODY_LIMIT_BYTES, MAX_JSON_DEPTH, MAX_REPEATED_FIELD } from '../../apps/api/src/limits.js';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.js';

/** Fragments F1…Fn, each spreading the previous one twice: 2^n paths for a naive cost walk (n = 23 took 17 s). */
function doubling(n: number): string {
  const fragments = ['fragment F0 on Query { me { id } }'];
  for (let i = 1; i <= n; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `query { ...F${n} } ${fragments.join(' ')}`;
}

describe('limits on what one request may cost', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('admin');
  });
  afterAll(() => t.close());

  const post = (body: string | object, bearer?: string) => {
    const req = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (bearer) req.set('authorization', `Bearer ${bearer}`);
    return req.send(typeof body === 'string' ? body : JSON.stringify(body));
  };

  /** Runs `attack` and, while it is in flight, times /health/live. */
  async function healthDuring(attack: () => Promise<unknown>): Promise<number> {
    const attacking = attack();
    const started = performance.now();
    const health = await request(t.app.getHttpServer()).get('/health/live');
    const elapsed = performance.now() - started;
    expect(health.status).toBe(200);
    await attacking;
    return elapsed;
  }

  it('refuses the anonymous fragment doubling (n = 23) at once, with health answering meanwhile', async () => {
    let result: request.Response | undefined;
    let took = 0;
    const healthMs = await healthDuring(async () => {
      const started = performance.now();
      result = await post({ query: doubling(23) });
      took = performance.now() - started;
    });
    expect(result!.status).toBe(400);
    expect(result!.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COMPLEX',
    });
    expect(result!.body.errors[0].message).toMatch(/查询过于复杂/);
    expect(took).toBeLessThan(1000);
    expect(healthMs).toBeLessThan(1000);
  });

  it('costs `first: $n` by the value sent: n = 10 over three nested lists passes, n = 100 is refused', async () => {
    const query = `query($n: Int) { contactPoints(first: $n) { edges { node { liaisonUnits(first: $n) { edges { node { collectors(first: $n) { totalCount } } } } } } } }`;
    const small = await t.gql(query, { n: 10 }, token);
    expect(small.errors).toBeUndefined();
    expect(small.data).toHaveProperty('contactPoints');
    const large = await t.gql(query, { n: 100 }, token);
    expect(errorOf(large)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
    expect(QUERY_LIMITS.maxCost).toBeLessThan(100 ** 3);
  });

  it(`refuses more than ${MAX_REPEATED_FIELD} copies of one field in a selection before validating it`, async () => {
    const started = performance.now();
    const res = await post({ query: `{ ${'me { id } '.repeat(400)}}` }, token);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' },
    });
    expect(res.body.errors[0].message).toContain('重复');
    // the same text again is refused again (its check is remembered, not skipped)
    const again = await post({ query: `{ ${'me { id } '.repeat(400)}}` }, token);
    expect(again.status).toBe(400);
    expect(again.body.errors[0].extensions).toMatchObject({ reason: 'QUERY_TOO_COMPLEX' });
    // a few copies (colocated fragments) are fine
    expect(
      (await t.gql(`{ me { id } a: me { id } ${'me { username } '.repeat(3)}}`, {}, token)).errors,
    ).toBeUndefined();
  });

  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels before parsing it`, async () => {
    const depth = 2_000_000;
    const body = `{"query":"{ __typename }","variables":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const started = performance.now();
    const res = await post(body, token);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'JSON_TOO_DEEP' });
    expect(res.body.errors[0].message).toMatch(/\p{Script=Han}/u);
    const shallow = `{"query":"{ __typename }","variables":{"x":${'['.repeat(20)}${']'.repeat(20)}}}`;
    expect((await post(shallow, token)).status).toBe(200);
  });

  it(`limits anonymous bodies to ${ANONYMOUS_BODY_LIMIT_BYTES} bytes, signed-in ones stay as large as a draft needs`, async () => {
    const pad = 'x'.repeat(ANONYMOUS_BODY_LIMIT_BYTES);
    const anonymous = await post({ query: '{ __typename }', variables: { pad } });
    expect(anonymous.status).toBe(413);
    expect(anonymous.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PAYLOAD_TOO_LARGE',
    });
    expect(anonymous.body.errors[0].message).toMatch(/\p{Script=Han}/u);
    const signedIn = await post({ query: '{ __typename }', variables: { pad } }, token);
    expect(signedIn.status).toBe(200);
  });

  it('keeps a short safe X-Request-Id and replaces anything else (the id the audit trail records)', async () => {
    const server = t.app.getHttpServer();
    const own = await request(server).get('/health/live').set('x-request-id', 'trace-123:a.b_c');
    expect(own.headers['x-request-id']).toBe('trace-123:a.b_c');
    for (const hostile of ['<script>alert(1)</script>', 'x'.repeat(8000), '{"a":1}', 'a b']) {
      const res = await request(server).get('/health/live').set('x-request-id', hostile);
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
