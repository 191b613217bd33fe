import { afterAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { deleteKeys, redisTestsRun, TEST_REDIS_URL, testKeyPrefix } from '../../../test/support/redis.js';
import {
  markOperation,
  ReadReplicas,
  readFromPrimary,
  readsGoToReplica,
  trackRequestReads,
  type ReadAfterWriteStore,
} from './read-replicas.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the read route of a request', () => {
  const replicas = new ReadReplicas(true, 1000);

  it('goes to a replica only for a query, once its caller is known and has not written', async () => {
    await trackRequestReads(async () => {
      markOperation('query');
      expect(readsGoToReplica()).toBe(false);
      await replicas.decide('reader');
      expect(readsGoToReplica()).toBe(true);
      // What decides about access, and cache loads, read the primary.
      expect(await readFromPrimary(() => Promise.resolve(readsGoToReplica()))).toBe(false);
      expect(readsGoToReplica()).toBe(true);
      // A commit in the request: its later reads, and its caller's next requests, go to the primary.
      await replicas.noteCommit();
      expect(readsGoToReplica()).toBe(false);
    });
    await trackRequestReads(async () => {
      markOperation('query');
      await replicas.decide('reader');
      expect(readsGoToReplica()).toBe(false);
    });
    await trackRequestReads(async () => {
      markOperation('mutation');
      await replicas.decide('someone-else');
      expect(readsGoToReplica()).toBe(false);
    });
    // Outside a request (jobs, startup): the primary.
    expect(readsGoToReplica()).toBe(false);
  });

  it('does nothing without replicas', async () => {
    const none = new ReadReplicas(false, 1000);
    await trackRequestReads(async () => {
      markOperation('query');
      await none.decide('reader');
      expect(readsGoToReplica()).toBe(false);
    });
  });

  it('lets the window end', async () => {
    const short = new ReadReplicas(true, 50);
    await short.noteWrite('writer');
    expect(await short.wroteRecently('writer')).toBe(true);
    await sleep(80);
    expect(await short.wroteRecently('writer')).toBe(false);
  });
});

/** A store that never answers: Redis down while ioredis waits to reconnect. */
const silent: ReadAfterWriteStore = {
  set: () => new Promise(() => undefined),
  exists: () => new Promise(() => undefined),
};

describe('read-after-write marks shared through Redis', () => {
  it('reads the primary when Redis cannot say (within its bound)', async () => {
    const instance = new ReadReplicas(true, 5000);
    instance.share(silent, 'x:');
    const started = Date.now();
    expect(await instance.wroteRecently('anyone')).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

const redis = (await redisTestsRun()) ? TEST_REDIS_URL : null;
(redis ? describe : describe.skip)('read-after-write marks on Redis', () => {
  const client = redis ? new Redis(redis, { connectTimeout: 2000, maxRetriesPerRequest: 1 }) : undefined;
  const prefix = testKeyPrefix();
  afterAll(async () => {
    if (!client) return;
    await deleteKeys(client, prefix);
    client.disconnect();
  });

  it('a write at one instance keeps the caller on the primary at another, for the window only', async () => {
    const a = new ReadReplicas(true, 300);
    const b = new ReadReplicas(true, 300);
    a.share(client!, prefix);
    b.share(client!, prefix);
    expect(await b.wroteRecently('writer')).toBe(false);
    await a.noteWrite('writer');
    expect(await b.wroteRecently('writer')).toBe(true);
    expect(await b.wroteRecently('other')).toBe(false);
    await sleep(400);
    expect(await b.wroteRecently('writer')).toBe(false);
  });
});
