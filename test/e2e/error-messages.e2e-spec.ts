import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Case {
  name: string;
  send: (server: ReturnType<TestApp['app']['getHttpServer']>, token: string) => request.Test;
}

const post = (server: Parameters<typeof request>[0], body: unknown, token?: string) => {
  const req = request(server).post('/graphql').set('content-type', 'application/json');
  if (token) req.set('authorization', `Bearer ${token}`);
  return req.send(typeof body === 'string' ? body : JSON.stringify(body));
};

/** Malformed requests of every kind a client (or an attacker) sends; each must be answered in Chinese, with a code and a reason. */
const cases: Case[] = [
  { name: 'syntax error', send: (s, t) => post(s, { query: '{ me { id }' }, t) },
  { name: 'unknown field', send: (s, t) => post(s, { query: '{ me { nope } }' }, t) },
  {
    name: 'fragment spread on the wrong type',
    send: (s, t) => post(s, { query: '{ me { ...F } } fragment F on ContactPoint { id }' }, t),
  },
  { name: 'unknown fragment', send: (s, t) => post(s, { query: '{ me { ...Nope } }' }, t) },
  {
    name: 'unused fragment',
    send: (s, t) => post(s, { query: '{ me { id } } fragment F on Account { id }' }, t),
  },
  {
    name: 'wrong variable type',
    send: (s, t) =>
      post(
        s,
        { query: 'query($n: Int) { contactPoints(first: $n) { totalCount } }', variables: { n: 'x' } },
        t,
      ),
  },
  {
    name: 'missing required argument',
    send: (s, t) => post(s, { query: 'mutation { login { accessToken } }' }, t),
  },
  { name: 'batching', send: (s, t) => post(s, [{ query: '{ me { id } }' }, { query: '{ me { id } }' }], t) },
  { name: 'subscription', send: (s, t) => post(s, { query: 'subscription { me { id } }' }, t) },
  {
    name: 'persisted-query hash mismatch',
    send: (s, t) =>
      post(
        s,
        {
          query: '{ me { id } }',
          extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
        },
        t,
      ),
  },
  {
    name: 'unknown persisted query',
    send: (s, t) =>
      post(s, { extensions: { persistedQuery: { version: 1, sha256Hash: '1'.repeat(64) } } }, t),
  },
  {
    name: 'GET with a mutation',
    send: (s, t) =>
      request(s)
        .get('/graphql')
        .query({
          query: 'mutation { changePassword(input: { currentPassword: "a", newPassword: "b" }) { id } }',
        })
        .set('apollo-require-preflight', 'true')
        .set('authorization', `Bearer ${t}`),
  },
  { name: 'missing query', send: (s, t) => post(s, { variables: {} }, t) },
  { name: 'variables not an object', send: (s, t) => post(s, { query: '{ me { id } }', variables: 'x' }, t) },
  { name: 'non-JSON body', send: (s, t) => post(s, '{ "query": ', t) },
  {
    name: 'several operations, none named',
    send: (s, t) => post(s, { query: 'query A { me { id } } query B { me { id } }' }, t),
  },
  {
    name: 'unknown operation name',
    send: (s, t) => post(s, { query: 'query A { me { id } }', operationName: 'B' }, t),
  },
  {
    name: 'text/plain (CSRF prevention)',
    send: (s) =>
      request(s).post('/graphql').set('content-type', 'text/plain').send('{"query":"{ me { id } }"}'),
  },
  {
    name: 'input below its minimum (class-validator)',
    send: (s, t) =>
      post(
        s,
        {
          query:
            'mutation { createAnnotation(input: { taskId: "x", provisionAddress: "art_1", start: -1, end: 2, note: "a" }) { id } }',
        },
        t,
      ),
  },
  { name: 'unknown path', send: (s) => request(s).get('/nope') },
];

describe('every message a user can see is Chinese, with a code and a reason', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('admin');
  });
  afterAll(() => t.close());

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const res = await c.send(t.app.getHttpServer(), token);
    const errors = (res.body as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> })
      .errors;
    expect({ status: res.status, errors }).toMatchObject({ errors: expect.any(Array) });
    for (const error of errors!) {
      expect({ message: error.message }).toEqual({ message: expect.stringMatching(/\p{Script=Han}/u) });
      expect(error.extensions).toMatchObject({ code: expect.any(String), reason: expect.any(String) });
      expect(error.extensions!.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
  });
});
