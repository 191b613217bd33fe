import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import { READINESS_TIMEOUT_MS, ServerState } from '../../apps/api/src/server-state.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Readiness that an orchestrator can act on: bounded when the database hangs, 503 as soon as shutdown begins. */
describe('readiness and shutdown', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(() => t.close());

  it(`answers 503 within ${READINESS_TIMEOUT_MS} ms when the database does not answer`, async () => {
    const hang = jest.spyOn(t.db, 'query').mockImplementationOnce(() => new Promise<never>(() => undefined));
    try {
      const started = Date.now();
      const ready = await request(t.app.getHttpServer()).get('/health/ready');
      const ms = Date.now() - started;
      expect(ready.status).toBe(503);
      expect(ready.body).toEqual({ status: 'error', database: 'timeout' });
      expect(ms).toBeGreaterThanOrEqual(READINESS_TIMEOUT_MS - 50);
      expect(ms).toBeLessThan(READINESS_TIMEOUT_MS + 900);
    } finally {
      hang.mockRestore();
    }
    expect((await request(t.app.getHttpServer()).get('/health/ready')).status).toBe(200);
  });

  it('turns readiness to 503 at once when draining, and refuses late requests in our error shape', async () => {
    const state = t.app.get(ServerState);
    state.draining = true;
    try {
      const ready = await request(t.app.getHttpServer()).get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.status).toBe('draining');
      expect((await request(t.app.getHttpServer()).get('/health/live')).status).toBe(200);
      const late = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: '{ __typename }' });
      expect(late.status).toBe(503);
      expect(late.headers['retry-after']).toBe('5');
      expect(late.body.errors[0].extensions).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'SHUTTING_DOWN',
      });
      expect(late.body.errors[0].message).toMatch(/正在停止/);
    } finally {
      state.draining = false;
    }
  });
});
