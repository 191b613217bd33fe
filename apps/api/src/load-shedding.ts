import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { clientKey } from '@app/identity';
import type { Logger } from 'pino';
import { DEFAULT_WRITE_QUEUE_MAX_WAIT_MS, expectedWriteQueueWaitMs, runAsRequest } from '@app/database';

/**
 * Load shedding: under overload the server refuses the excess at once (503, Retry-After, SERVICE_UNAVAILABLE /
 * OVERLOADED) instead of queueing it. A queue without bound is what starved new connections at 200 clients on SQLite
 * (20 s before a connection was even accepted, while every request was still taken on): a quick refusal keeps the
 * event loop free to accept and answer, and keeps the latency of accepted requests bounded.
 *
 * Bounds, each a setting (README, "Operations"):
 * - requests in flight at once, and per client (a signed-in session, by its access token), so one busy client cannot
 *   take every slot from the others;
 * - heap and resident memory, sampled by @fastify/under-pressure;
 * - event-loop delay, sampled here (the mean lateness of a 10 ms timer over each sample interval) and acted on only
 *   when two samples in a row are past the bound and at least a quarter of the in-flight slots are taken: under-pressure's own check acts on one sample, so a single long
 *   synchronous step (seeding the demo at start, a large import) made it refuse the next requests although nothing
 *   was queued.
 * - the wait for admission: requests that pass the bounds queue and are let on a few per event-loop turn (up to
 *   admitSliceMs of CPU a turn), because Node 20's libuv accepts one new connection per turn (libuv PR #3696): long
 *   turns left new clients in the kernel's listen queue for up to 20 s. One that waited past maxAdmissionWaitMs for
 *   its turn is refused, a quick 503 rather than a late answer, while admissionShedQueue or more wait (a sustained
 *   overload, not a burst that drains by itself).
 * Health endpoints are never shed: an orchestrator must always get an answer.
 */
export interface OverloadLimits {
  maxInFlight: number;
  maxInFlightPerClient: number;
  /** Mean event-loop delay over the last sample, in ms (0: not checked). */
  maxEventLoopDelayMs: number;
  /** V8 heap in use, in MB (0: not checked). */
  maxHeapUsedMb: number;
  /** Resident memory, in MB (0: not checked). */
  maxRssMb: number;
  /**
   * SQLite: the longest a request's write transaction may expect to wait in the write queue; beyond it the request is
   * refused with 503 OVERLOADED (see serialize-transactions.ts; 0: never refused).
   */
  maxWriteQueueWaitMs: number;
  retryAfterSeconds: number;
  /**
   * Admission per event-loop turn, in ms of handling (0: every request is handled in the turn that read it). Node 20
   * accepts one new connection per event-loop turn, so long turns starve new clients in the kernel's listen queue.
   */
  admitSliceMs: number;
  /**
   * A request that waited longer than this for admission is refused (503 OVERLOADED) instead of served late — only
   * while at least admissionShedQueue requests wait for admission.
   */
  maxAdmissionWaitMs: number;
  /**
   * The admission wait bound acts only while this many requests (or more) wait for admission: a burst of a few dozen
   * clients on a busy machine waits a few hundred ms for its turns and is served, since it drains by itself; a queue
   * this long is a sustained overload. Default: half of maxInFlight (ADMISSION_SHED_QUEUE_SHARE).
   */
  admissionShedQueue: number;
}

/**
 * The default admission queue that lets the wait bound act, as a share of maxInFlight: the fault suite's 40 clients
 * retrying after a restart (a burst of 40, the last waiting 300–500 ms at load average 15) are never shed with the
 * default 128 slots, while 200 clients still are (README, "Operations").
 */
export const ADMISSION_SHED_QUEUE_SHARE = 0.5;

const MB = 1024 * 1024;

export const OVERLOAD_DEFAULTS: OverloadLimits = {
  // Enough for 100 concurrent sign-ins (the login throttle is tested that way) and a page's burst of queries; on
  // SQLite (one writer) 128 queued submissions drain in well under 2 s.
  maxInFlight: 128,
  maxInFlightPerClient: 32,
  maxEventLoopDelayMs: 1000,
  // 90% of this process's V8 heap limit: shed before the process dies of "heap out of memory".
  maxHeapUsedMb: Math.floor((getHeapStatistics().heap_size_limit * 0.9) / MB),
  maxRssMb: 0,
  maxWriteQueueWaitMs: DEFAULT_WRITE_QUEUE_MAX_WAIT_MS,
  retryAfterSeconds: 2,
  // Measured with `npm run bench:overload` (200 clients, SQLite): see README, "Operations".
  admitSliceMs: 3,
  maxAdmissionWaitMs: 100,
  admissionShedQueue: Math.ceil(128 * ADMISSION_SHED_QUEUE_SHARE),
};

/**
 * A write's answer passes through about this many event-loop turns besides its wait in the write queue (its body read,
 * its handler up to the queue, its group, its answer): under a lagging loop each costs about the mean delay, so a
 * mutation's expected wait counts them too. Measured at 200 clients on SQLite: the loop lagged 50–700 ms while the
 * queue itself stayed short, because connections, not transactions, were waiting (in the kernel's listen queue).
 */
export const TURNS_PER_WRITE = 4;

/** How often event-loop delay and memory are sampled (under-pressure's sampleInterval). */
export const PRESSURE_SAMPLE_INTERVAL_MS = 250;

/** Log at most one line about shedding in this interval (with the count shed since the previous line). */
const LOG_INTERVAL_MS = 10_000;

export type OverloadCause =
  | 'inFlight'
  | 'inFlightPerClient'
  | 'eventLoopDelay'
  | 'heapUsedBytes'
  | 'rssBytes'
  | 'writeQueue'
  | 'admissionWait';

/** The message of a refused request (nothing of it was processed). */
export const overloadedMessage = (retryAfterSeconds: number): string =>
  `服务器繁忙，请 ${retryAfterSeconds} 秒后重试（未处理该请求；以相同的幂等键重试是安全的）`;

/** The body of a shed request: the GraphQL error shape, which the other routes' errors share (see the filter). */
export function overloadedBody(retryAfterSeconds: number): unknown {
  return {
    errors: [
      {
        message: overloadedMessage(retryAfterSeconds),
        extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'OVERLOADED', retryAfterSeconds },
      },
    ],
  };
}

/** Requests whose GraphQL answer is a refusal for overload (see overloadStatusPlugin), with their Retry-After. */
const refusedAsOverloaded = new WeakMap<FastifyRequest, number>();

/** Marks a request whose answer refuses it for overload: it is sent with 503 and Retry-After (the onSend hook). */
export function markRefusedAsOverloaded(request: FastifyRequest, retryAfterSeconds: number): void {
  refusedAsOverloaded.set(request, retryAfterSeconds);
}

/** How each admitted request gives its in-flight slot back (once: at its end, or earlier by leaveInFlight). */
const inFlightSlots = new WeakMap<FastifyRequest, () => void>();

/**
 * Gives a request's in-flight slot back before its response ends: a long-lived stream (GET /events), once accepted,
 * waits on nothing of the server's, and has limits of its own (event-streams.ts). Kept, it would hold a slot (and one
 * of its client's) for as long as the page is open, and maxInFlight open pages would shed every other request.
 */
export function leaveInFlight(request: FastifyRequest): void {
  inFlightSlots.get(request)?.();
  inFlightSlots.delete(request);
}

/** A GraphQL mutation (the operations that write); a cheap look at the text, not a parse. */
function isMutation(body: unknown): boolean {
  const query = (body as { query?: unknown } | null)?.query;
  return typeof query === 'string' && /^\s*(#[^\n]*\n\s*)*mutation\b/.test(query);
}

const exempt = (request: FastifyRequest) => request.url.startsWith('/health');

/** The client a request counts against: its bearer token when it has one, otherwise its address. */
function clientOf(request: FastifyRequest): string {
  const auth = request.headers.authorization;
  return typeof auth === 'string' && /^Bearer\s+\S/i.test(auth) ? auth : `ip:${clientKey(request.ip)}`;
}

/** Started by installLoadShedding; `forget()` drops the delay samples so far (call it once startup work is done). */
export interface LoadShedding {
  forget(): void;
  /** Counts and logs a request refused later on (SQLite's write queue), like those shed on arrival. */
  refused(cause: OverloadCause, value?: number): void;
}

export async function installLoadShedding(
  fastify: FastifyInstance,
  limits: OverloadLimits,
  logger: Logger,
): Promise<LoadShedding> {
  let inFlight = 0;
  const perClient = new Map<string, number>();
  let shedSinceLog = 0;
  let lastLog = 0;

  /** Counts a refusal, and logs at most one line per LOG_INTERVAL_MS with the count since the previous line. */
  const note = (cause: OverloadCause, value?: number) => {
    shedSinceLog += 1;
    const now = Date.now();
    if (now - lastLog >= LOG_INTERVAL_MS) {
      logger.warn(
        { event: 'overloaded', cause, value, inFlight, shed: shedSinceLog },
        '服务器过载，正在以 503 OVERLOADED 拒绝多余的请求 (shedding load)',
      );
      lastLog = now;
      shedSinceLog = 0;
    }
  };

  const shed = (reply: FastifyReply, cause: OverloadCause, value?: number) => {
    note(cause, value);
    void reply
      .code(503)
      .header('retry-after', String(limits.retryAfterSeconds))
      .header('content-type', 'application/json; charset=utf-8');
    return overloadedBody(limits.retryAfterSeconds);
  };

  // Event-loop delay: a 10 ms timer measures how late it runs; the mean lateness over each sample interval is one
  // sample. (perf_hooks' monitorEventLoopDelay records nothing while the loop is blocked between short turns.)
  const resolution = 10;
  let samples: [number, number] = [0, 0];
  let lagSum = 0;
  let ticks = 0;
  let expected = performance.now() + resolution;
  let lastSample = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    lagSum += Math.max(0, now - expected);
    ticks += 1;
    expected = now + resolution;
    if (now - lastSample >= PRESSURE_SAMPLE_INTERVAL_MS) {
      samples = [samples[1], lagSum / ticks];
      lagSum = 0;
      ticks = 0;
      lastSample = now;
    }
  }, resolution);
  ticker.unref();
  fastify.addHook('onClose', (_instance, done) => {
    clearInterval(ticker);
    done();
  });
  // Lag with little in flight is not our queue (a starved CPU, one heavy request): refusing requests would not help.
  const lagging = () =>
    limits.maxEventLoopDelayMs > 0 &&
    inFlight >= Math.ceil(limits.maxInFlight / 4) &&
    Math.min(...samples) > limits.maxEventLoopDelayMs;

  // Memory: checked in under-pressure's onRequest hook against its latest sample.
  await fastify.register(underPressure, {
    maxHeapUsedBytes: limits.maxHeapUsedMb * MB,
    maxRssBytes: limits.maxRssMb * MB,
    sampleInterval: PRESSURE_SAMPLE_INTERVAL_MS,
    retryAfter: limits.retryAfterSeconds,
    // A value returned here is sent as the reply and ends the request (documented; the typings say void).
    pressureHandler: (request, reply, type, value) =>
      (exempt(request) ? undefined : shed(reply, type as OverloadCause, value)) as void,
  });

  // Admission: requests wait here (FIFO) and are let on a few per event-loop turn, up to admitSliceMs of handling a
  // turn; then the turn ends, so the loop comes back to the listen socket (one new connection a turn) and the sockets.
  // One waiting past maxAdmissionWaitMs is refused, a quick 503 rather than a late answer — while the queue (itself
  // included) holds at least admissionShedQueue requests: a shorter queue is a burst that drains by itself.
  interface Waiting {
    at: number;
    reply: FastifyReply;
    done: () => void;
  }
  const admission: Waiting[] = [];
  let batch = 0;
  let batchScheduled = false;
  // The slice is counted in CPU time (the process's, in µs): on a busy machine the process is descheduled mid-turn,
  // and wall time spent waiting for a CPU would use up the slice without any request handled. But process.cpuUsage()
  // is a system call (getrusage), and one per admitted request was 10–15% of a cheap request's CPU (issue 16). So it
  // is read only when it can matter: the turn's CPU cannot exceed the wall time it took (its own thread's), so until
  // the turn is half a slice old nothing is read; then one reading is the baseline (the CPU spent before it taken as
  // its wall time, at most half a slice), and further readings only once the wall clock says the slice may be used up.
  // A turn therefore ends near where counting every admission's CPU ended it: at most a quarter slice later between
  // readings, and off by what the CPU before the first reading differs from its estimate (at most half a slice).
  // Measured under bench:submit at load average 7: cpuUsage went from 93 to 34 µs per request (of ~430-510).
  const cpuNow = () => {
    const { user, system } = process.cpuUsage();
    return user + system;
  };
  const sliceUs = limits.admitSliceMs * 1000;
  let phaseWall = 0;
  /** The turn's CPU reading: -1 until the turn is half a slice old. */
  let baseCpu = -1;
  /** CPU taken as spent by the turn at its latest reading, and the wall clock then. */
  let spent = 0;
  let spentAt = 0;
  let firstOfPhase = false;
  /** Whether the turn (begun at phaseWall) has used up its slice of CPU, at `wall` (µs). */
  const sliceUsed = (wall: number): boolean => {
    const elapsed = wall - phaseWall;
    if (elapsed < sliceUs / 2) return false;
    if (baseCpu < 0) {
      baseCpu = cpuNow();
      spent = Math.min(elapsed, sliceUs / 2);
      spentAt = wall;
      return false;
    }
    const since = wall - spentAt;
    // Not even if every µs since was ours; and under contention (the process descheduled, wall time racing ahead of
    // CPU time) not more often than every quarter slice.
    if (spent + since < sliceUs || since < sliceUs / 4) return false;
    const cpu = cpuNow();
    spent += cpu - baseCpu;
    baseCpu = cpu;
    spentAt = wall;
    return spent >= sliceUs;
  };
  const scheduleBatch = () => {
    if (batchScheduled || !admission.length) return;
    batchScheduled = true;
    const id = ++batch;
    firstOfPhase = true;
    // Each admission its own immediate: the microtasks of one request's handling run before the next is admitted, so
    // the time spent so far in this turn counts them.
    const n = Math.min(admission.length, 256);
    let left = n;
    for (let i = 0; i < n; i++)
      setImmediate(() => {
        if (id !== batch) return;
        const wall = performance.now() * 1000;
        if (firstOfPhase) {
          firstOfPhase = false;
          batchScheduled = false;
          phaseWall = wall;
          baseCpu = -1;
        }
        left -= 1;
        if (sliceUsed(wall)) {
          batch += 1; // the rest of this batch does nothing: the next turn has its own
          scheduleBatch();
          return;
        }
        admitNext(wall / 1000);
        if (left === 0 && admission.length) scheduleBatch();
      });
  };
  const admitNext = (now: number) => {
    while (admission.length) {
      const waiting = admission.length;
      const next = admission.shift()!;
      if (next.reply.raw.destroyed || next.reply.sent) continue;
      if (now - next.at > limits.maxAdmissionWaitMs && waiting >= limits.admissionShedQueue) {
        void next.reply.send(shed(next.reply, 'admissionWait', Math.round(now - next.at)));
        continue;
      }
      next.done();
      return;
    }
  };

  // Requests in flight, overall and per client: counted from arrival until the response is finished or the client
  // has gone (the raw response's 'close' comes in both cases, once).
  fastify.addHook('onRequest', (request, reply, done) => {
    if (exempt(request) || reply.sent) return done();
    if (lagging()) return void reply.send(shed(reply, 'eventLoopDelay', Math.round(samples[1])));
    const client = clientOf(request);
    const mine = perClient.get(client) ?? 0;
    if (inFlight >= limits.maxInFlight) return void reply.send(shed(reply, 'inFlight', inFlight));
    if (mine >= limits.maxInFlightPerClient) return void reply.send(shed(reply, 'inFlightPerClient', mine));
    inFlight += 1;
    perClient.set(client, mine + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      inFlight -= 1;
      const left = (perClient.get(client) ?? 1) - 1;
      if (left > 0) perClient.set(client, left);
      else perClient.delete(client);
    };
    inFlightSlots.set(request, release);
    reply.raw.once('close', release);
    if (limits.admitSliceMs <= 0) return done();
    admission.push({ at: performance.now(), reply, done });
    scheduleBatch();
  });

  fastify.addHook('onSend', (request, reply, _payload, done) => {
    const retryAfter = refusedAsOverloaded.get(request);
    if (retryAfter !== undefined) void reply.code(503).header('retry-after', String(retryAfter));
    done();
  });

  // The body parsed: a GraphQL mutation is refused before any of its work when SQLite's write queue is already past its
  // bound (reads go on). From here on the request's first write transaction may still be refused at the queue (the
  // handler runs within runAsRequest, so its promises keep the request's admission store).
  fastify.addHook('preHandler', (request, reply, done) => {
    if (limits.maxWriteQueueWaitMs > 0 && !exempt(request) && isMutation(request.body)) {
      // Only with writes queued: an idle queue takes the write at once, whatever the loop's lag.
      const queueWait = expectedWriteQueueWaitMs();
      const wait = queueWait + TURNS_PER_WRITE * Math.min(...samples);
      if (queueWait > 0 && wait > limits.maxWriteQueueWaitMs) {
        return void reply.send(shed(reply, 'writeQueue', Math.round(wait)));
      }
    }
    runAsRequest(done);
  });

  return {
    refused: note,
    forget() {
      samples = [0, 0];
      lagSum = 0;
      ticks = 0;
      lastSample = performance.now();
    },
  };
}
