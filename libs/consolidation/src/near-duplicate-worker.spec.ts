import { afterEach, describe, expect, it } from '@jest/globals';
import type { Worker } from 'node:worker_threads';
import { DomainError } from '@app/common';
import { CLUSTER_WORKER_LIMITS, NearDuplicateWorker } from './near-duplicate-worker.js';
import { clusterNearDuplicates } from './near-duplicates/index.js';

/** Texts of one provision: a campaign's copies with small edits among unrelated opinions, and awkward characters. */
function provision(count: number, seed: number): string[] {
  const texts: string[] = [];
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < count; i++) {
    const r = next() % 10;
    if (r < 3) texts.push(`建议将“每户限养一只犬”修改为“每户限养两只犬”${'！'.repeat(next() % 3)}`);
    else if (r === 3) texts.push(['', ' ', '\u0000', '🐕‍🦺养犬 😀', 'a\r\nb'][next() % 5]);
    else {
      let t = '建议';
      for (let k = 0; k < 12 + (next() % 30); k++) t += String.fromCodePoint(0x4e00 + (next() % 300));
      texts.push(t);
    }
  }
  return texts;
}

describe('NearDuplicateWorker (clustering off the event loop)', () => {
  const opened: NearDuplicateWorker[] = [];
  const open = (limits?: Partial<{ inlineMaxOpinions: number; maxOldGenerationSizeMb: number }>) => {
    const w = new NearDuplicateWorker({ ...CLUSTER_WORKER_LIMITS, ...limits });
    opened.push(w);
    return w;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((w) => w.close()));
  });

  it('gives exactly what clustering in place gives, in one thread reused provision after provision', async () => {
    const w = open({ inlineMaxOpinions: 0 });
    for (const [count, seed] of [
      [2, 1],
      [700, 2],
      [3_000, 3],
      [50, 4],
    ]) {
      const texts = provision(count, seed);
      const inline = clusterNearDuplicates(texts);
      const off = await w.cluster(texts);
      expect(Array.from(off.clusterOf)).toEqual(Array.from(inline.clusterOf));
      expect(Array.from(off.variantOf)).toEqual(Array.from(inline.variantOf));
    }
    expect(w.offThread).toBe(4);
  });

  it('clusters small provisions in place, without starting a thread', async () => {
    const w = open();
    const texts = provision(CLUSTER_WORKER_LIMITS.inlineMaxOpinions, 5);
    await w.cluster(texts);
    expect(w.offThread).toBe(0);
    expect((w as unknown as { worker: Worker | null }).worker).toBeNull();
  });

  it('terminates the thread when the grouping is stopped, with the stop as the error', async () => {
    const w = open({ inlineMaxOpinions: 0 });
    const abort = new AbortController();
    const stop = new Error('job interrupted');
    const running = w.cluster(provision(200_000, 6), abort.signal);
    setTimeout(() => abort.abort(stop), 100);
    const started = Date.now();
    await expect(running).rejects.toBe(stop);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((w as unknown as { worker: Worker | null }).worker).toBeNull();
    // Making 200,000 texts and starting the thread took over Jest's default 5 s at load 19 (a CI run beside other work);
    // the stop itself is what the 2 s bound measures.
  }, 30_000);

  it('fails with a stable reason when the thread dies, or runs out of its memory', async () => {
    const w = open({ inlineMaxOpinions: 0 });
    const running = w.cluster(provision(200_000, 7));
    setTimeout(() => void (w as unknown as { worker: Worker }).worker.terminate(), 100);
    const died = await running.catch((e: unknown) => e);
    expect(died).toBeInstanceOf(DomainError);
    expect((died as DomainError).reason).toBe('GROUPING_WORKER_FAILED');
    expect((died as DomainError).message).toMatch(/后台线程意外停止/);

    const small = open({ inlineMaxOpinions: 0, maxOldGenerationSizeMb: 8 });
    const full = await small.cluster(provision(400_000, 8)).catch((e: unknown) => e);
    expect((full as DomainError).reason).toBe('GROUPING_TOO_LARGE');
    expect((full as DomainError).message).toMatch(/内存上限/);
    // A failed thread is not reused: the next provision starts a fresh one.
    const texts = provision(1_000, 9);
    expect(Array.from((await small.cluster(texts.slice(0, 600))).clusterOf)).toEqual(
      Array.from(clusterNearDuplicates(texts.slice(0, 600)).clusterOf),
    );
  }, 60_000);

  it(`runs at most ${CLUSTER_WORKER_LIMITS.concurrency} provision(s) in threads at once; a waiting one can be stopped`, async () => {
    const texts = provision(60_000, 10);
    const expected = Array.from(clusterNearDuplicates(texts).clusterOf);
    const groupings = Array.from({ length: CLUSTER_WORKER_LIMITS.concurrency + 1 }, () =>
      open({ inlineMaxOpinions: 0 }),
    );
    const running = groupings.map((w) => w.cluster(texts));
    // One more, beyond the limit, waits for a slot; stopped while waiting, it ends at once with the stop.
    const abort = new AbortController();
    const stop = new Error('job interrupted');
    const waiting = open({ inlineMaxOpinions: 0 }).cluster(texts, abort.signal);
    setTimeout(() => abort.abort(stop), 50);
    await expect(waiting).rejects.toBe(stop);
    for (const result of await Promise.all(running)) expect(Array.from(result.clusterOf)).toEqual(expected);
  }, 60_000);
});
