/**
 * Replica lag (issue 17): how far each read replica is behind the primary, checked every REPLICA_LAG_CHECK_MS; a
 * replica more than REPLICA_MAX_LAG_MS behind, or that cannot be asked, is left out of the read rotation (its reads go
 * to the primary) until it has caught up to within half the bound.
 *
 * What is measured: the age of the oldest write on the primary that the replica has not applied yet. At each check
 * the primary's replication position (MariaDB's `@@gtid_binlog_pos`, one GTID per replication domain) is sampled
 * with the time it was read; a replica's own `@@gtid_slave_pos` says which samples it has reached. Its lag is "now
 * minus the time of the oldest sample it has not reached" (0 when it has reached them all). So:
 *
 * - the primary's own position is the heartbeat: nothing is written for it (no table, no migration, no write load),
 *   and every instance measures the same thing (writes of all instances, jobs and scripts alike count);
 * - the resolution is the check interval, not whole seconds: `Seconds_Behind_Master` counts whole seconds, needs a
 *   privilege the application's account need not have, and says 0 or NULL in cases that matter (a stopped SQL thread
 *   says NULL; an IO thread that silently stopped receiving says 0 while the replica falls behind);
 * - a replica whose replication is stopped is left out as soon as the primary writes something it misses and that
 *   write is older than the bound — not before: while nothing is missing, its answers are the primary's.
 *
 * A pure core (this file: no database, no timers) driven by a probe; read-replicas.ts runs it against the servers.
 */
export const REPLICA_LAG_DEFAULTS = {
  /** REPLICA_MAX_LAG_MS: a replica further behind than this is left out of the rotation. */
  maxLagMs: 2000,
  minMaxLagMs: 100,
  maxMaxLagMs: 300_000,
  /** REPLICA_LAG_CHECK_MS: how often each replica's lag is checked. */
  checkMs: 1000,
  minCheckMs: 100,
  maxCheckMs: 60_000,
  /** A check's longest wait for a server's answer (then: not answering), whatever the interval. */
  maxAnswerMs: 5000,
  /** A replica left out comes back once its lag is at most this share of REPLICA_MAX_LAG_MS. */
  returnShare: 0.5,
  /** Samples of the primary's position kept at most (a replica stopped for hours): the oldest unreached one stays. */
  maxSamples: 600,
} as const;

/** What a lag check asks the servers. */
export interface LagProbe {
  /** The primary's current replication position (MariaDB: `@@gtid_binlog_pos`). */
  primaryPosition(): Promise<string>;
  /** The position replica `index` has applied up to (MariaDB: `@@gtid_slave_pos`). */
  replicaPosition(index: number): Promise<string>;
}

export interface LagLog {
  warn(message: string): void;
  log(message: string): void;
}

/** One replica's state as the last check found it. */
export interface ReplicaLagState {
  /** In the read rotation. */
  inRotation: boolean;
  /** Measured lag in ms (a lower bound, exact to within one check interval); null when it could not be asked. */
  lagMs: number | null;
  /** Why it is out, when it is. */
  reason?: string;
}

/** A GTID list (`0-1-57,1-2-9`) as domain → sequence number. */
export function parseGtidList(list: string): Map<string, bigint> {
  const positions = new Map<string, bigint>();
  for (const gtid of list.split(',')) {
    const match = /^\s*(\d+)-(\d+)-(\d+)\s*$/.exec(gtid);
    if (match) positions.set(match[1], BigInt(match[3]));
  }
  return positions;
}

/** Whether a replica at `replica` has applied every transaction up to the primary's `primary` (domain by domain). */
export function gtidReached(primary: string, replica: string): boolean {
  const applied = parseGtidList(replica);
  for (const [domain, seq] of parseGtidList(primary)) {
    if ((applied.get(domain) ?? -1n) < seq) return false;
  }
  return true;
}

interface Sample {
  at: number;
  position: string;
}

export class ReplicaLag {
  private samples: Sample[] = [];
  /** Per replica: the index in `samples` of the oldest sample it has not reached. */
  private from: number[];
  readonly states: ReplicaLagState[];

  constructor(
    readonly replicaCount: number,
    readonly maxLagMs: number,
    private readonly log: LagLog,
    private readonly describe: (index: number) => string = (index) => `#${index + 1}`,
  ) {
    this.from = Array.from({ length: replicaCount }, () => 0);
    this.states = Array.from({ length: replicaCount }, () => ({ inRotation: true, lagMs: 0 }));
  }

  /** The replicas in the read rotation now. */
  inRotation(): number[] {
    return this.states.flatMap((state, index) => (state.inRotation ? [index] : []));
  }

  /** One check: samples the primary, then asks each replica how far it has got. */
  async check(probe: LagProbe, now: () => number = Date.now): Promise<void> {
    let position: string;
    try {
      position = await probe.primaryPosition();
    } catch {
      // The primary cannot be asked: nothing to compare with (its failures are the requests' business). States stay.
      return;
    }
    const sampledAt = now();
    if (this.samples.at(-1)?.position !== position) this.samples.push({ at: sampledAt, position });

    await Promise.all(
      this.states.map(async (_, index) => {
        try {
          const applied = await probe.replicaPosition(index);
          let from = this.from[index];
          // Usually it has reached the newest sample: one comparison.
          if (this.samples.length && gtidReached(this.samples.at(-1)!.position, applied)) from = this.samples.length;
          while (from < this.samples.length && gtidReached(this.samples[from].position, applied)) from += 1;
          this.from[index] = from;
          this.settle(index, from < this.samples.length ? Math.max(0, now() - this.samples[from].at) : 0);
        } catch (error) {
          this.settle(index, null, (error as Error).message);
        }
      }),
    );
    this.prune();
  }

  private settle(index: number, lagMs: number | null, failure?: string): void {
    const state = this.states[index];
    state.lagMs = lagMs;
    const name = this.describe(index);
    if (state.inRotation) {
      if (lagMs === null || lagMs > this.maxLagMs) {
        state.inRotation = false;
        state.reason =
          lagMs === null
            ? `无法查询其复制位置 (cannot be asked: ${failure})`
            : `落后主库 ${lagMs} ms，超过 REPLICA_MAX_LAG_MS=${this.maxLagMs} (lagging ${lagMs} ms)`;
        this.log.warn(
          `只读副本 ${name} 暂停使用，其读取改由主库完成：${state.reason} (read replica ${name} left out of the rotation)`,
        );
      }
    } else if (lagMs !== null && lagMs <= this.maxLagMs * REPLICA_LAG_DEFAULTS.returnShare) {
      state.inRotation = true;
      state.reason = undefined;
      this.log.log(
        `只读副本 ${name} 已追上主库（落后 ${lagMs} ms），恢复使用 (read replica ${name} caught up, back in the rotation)`,
      );
    }
  }

  /** Drops the samples every replica has reached, and thins a long list (never its oldest unreached sample). */
  private prune(): void {
    const reachedByAll = Math.min(...this.from, this.samples.length);
    if (reachedByAll > 0) {
      this.samples.splice(0, reachedByAll);
      this.from = this.from.map((from) => from - reachedByAll);
    }
    while (this.samples.length > REPLICA_LAG_DEFAULTS.maxSamples) {
      // The second sample goes: lag after a partial catch-up is then measured more coarsely (still a lower bound).
      this.samples.splice(1, 1);
      this.from = this.from.map((from) => (from > 1 ? from - 1 : from));
    }
  }
}
