import { describe, expect, it } from '@jest/globals';
import { gtidReached, parseGtidList, REPLICA_LAG_DEFAULTS, ReplicaLag, type LagProbe } from './replica-lag.js';

/** A primary whose position the test moves, replicas that apply up to where the test says, and a clock. */
function fixture(replicas = 1, maxLagMs = 2000) {
  let now = 1_000_000;
  let primarySeq = 10;
  const applied = Array.from({ length: replicas }, () => 10);
  const broken = new Set<number>();
  const logged: Array<{ level: 'warn' | 'log'; message: string }> = [];
  const lag = new ReplicaLag(replicas, maxLagMs, {
    warn: (message) => logged.push({ level: 'warn', message }),
    log: (message) => logged.push({ level: 'log', message }),
  });
  const probe: LagProbe = {
    primaryPosition: () => Promise.resolve(`0-1-${primarySeq}`),
    replicaPosition: (index) =>
      broken.has(index) ? Promise.reject(new Error('connect ECONNREFUSED')) : Promise.resolve(`0-1-${applied[index]}`),
  };
  return {
    lag,
    logged,
    applied,
    broken,
    write: () => (primarySeq += 1),
    catchUp: (index = 0) => (applied[index] = primarySeq),
    /** Time passes by `ms`, then a check runs. */
    checkAfter: async (ms: number) => {
      now += ms;
      await lag.check(probe, () => now);
    },
  };
}

describe('GTID positions', () => {
  it('compares domain by domain', () => {
    expect(parseGtidList('0-1-57, 1-2-9')).toEqual(
      new Map([
        ['0', 57n],
        ['1', 9n],
      ]),
    );
    expect(gtidReached('0-1-57', '0-1-57')).toBe(true);
    expect(gtidReached('0-1-57', '0-2-58')).toBe(true); // another server id, same domain: later
    expect(gtidReached('0-1-57', '0-1-56')).toBe(false);
    expect(gtidReached('0-1-57,1-1-3', '0-1-57')).toBe(false); // a domain it has nothing of
    expect(gtidReached('', '')).toBe(true); // nothing written yet
  });
});

describe('ReplicaLag', () => {
  it('measures the age of the oldest write the replica has not applied, with the check as resolution', async () => {
    const f = fixture();
    await f.checkAfter(0);
    expect(f.lag.states[0]).toMatchObject({ inRotation: true, lagMs: 0 });
    f.write();
    await f.checkAfter(500); // sampled now; the replica has not got it
    expect(f.lag.states[0].lagMs).toBe(0);
    f.write();
    await f.checkAfter(500);
    expect(f.lag.states[0].lagMs).toBe(500);
    await f.checkAfter(500);
    expect(f.lag.states[0].lagMs).toBe(1000);
    f.catchUp();
    await f.checkAfter(500);
    expect(f.lag.states[0].lagMs).toBe(0);
  });

  it('leaves a replica out once past REPLICA_MAX_LAG_MS and back once within half of it, logging each once', async () => {
    const f = fixture(1, 2000);
    await f.checkAfter(0);
    f.write();
    for (let i = 0; i < 4; i++) await f.checkAfter(500); // lag 1500: still in
    expect(f.lag.states[0]).toMatchObject({ inRotation: true, lagMs: 1500 });
    await f.checkAfter(500);
    expect(f.lag.states[0]).toMatchObject({ inRotation: true, lagMs: 2000 }); // at the bound: still in
    await f.checkAfter(500);
    expect(f.lag.states[0]).toMatchObject({ inRotation: false, lagMs: 2500 });
    expect(f.lag.inRotation()).toEqual([]);
    for (let i = 0; i < 5; i++) {
      f.write();
      await f.checkAfter(500);
    }
    expect(f.logged).toEqual([{ level: 'warn', message: expect.stringContaining('落后主库 2500 ms') }]);

    // Partly caught up: applied the writes up to 1.5 s ago, so 1500 ms behind — above half the bound, still out.
    f.applied[0] = 12;
    await f.checkAfter(0);
    expect(f.lag.states[0]).toMatchObject({ inRotation: false, lagMs: 1500 });
    f.catchUp();
    await f.checkAfter(100);
    expect(f.lag.states[0]).toMatchObject({ inRotation: true, lagMs: 0 });
    expect(f.logged.map((l) => l.level)).toEqual(['warn', 'log']);
    expect(f.logged[1].message).toContain('已追上主库');
  });

  it('keeps a stopped replica in while the primary writes nothing it misses', async () => {
    const f = fixture();
    for (let i = 0; i < 10; i++) await f.checkAfter(1000);
    expect(f.lag.states[0]).toMatchObject({ inRotation: true, lagMs: 0 });
  });

  it('leaves out at once a replica that cannot be asked, and takes it back when it answers caught up', async () => {
    const f = fixture(2);
    await f.checkAfter(0);
    f.broken.add(1);
    await f.checkAfter(500);
    expect(f.lag.states[1]).toMatchObject({ inRotation: false, lagMs: null });
    expect(f.lag.inRotation()).toEqual([0]);
    f.broken.delete(1);
    await f.checkAfter(500);
    expect(f.lag.inRotation()).toEqual([0, 1]);
    expect(f.logged.map((l) => l.level)).toEqual(['warn', 'log']);
  });

  it('keeps at most maxSamples positions for a replica stopped for long, still measuring from its oldest miss', async () => {
    const f = fixture(1, 300_000);
    await f.checkAfter(0);
    for (let i = 0; i < REPLICA_LAG_DEFAULTS.maxSamples + 100; i++) {
      f.write();
      await f.checkAfter(100);
    }
    expect((f.lag as unknown as { samples: unknown[] }).samples.length).toBe(REPLICA_LAG_DEFAULTS.maxSamples);
    expect(f.lag.states[0].lagMs).toBe((REPLICA_LAG_DEFAULTS.maxSamples + 99) * 100);
  });
});
