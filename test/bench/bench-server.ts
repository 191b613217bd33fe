/**
 * Shared by the HTTP benchmarks: starts the built server (npm run build first) on a free port with a fresh database
 * (a temporary SQLite file, or BENCH_DATABASE_URL, emptied first) and the demo data, and opens a consultation task
 * open for FAR_DEADLINE_DAYS days, distributed to the demo collector's unit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { toChineseNumber } from '../../libs/drafts/src/parser/chinese-numerals.js';
// @ts-expect-error -- a plain .mjs script without types
import { isStale } from '../../apps/cli/scripts/build.mjs';
import { FAR_DEADLINE, FAR_DEADLINE_DAYS, atIn } from '../support/dates.js';

// A wide range: benchmarks of several checkouts may run at once on one machine, and a client that reached another
// run's server would measure the wrong thing. BENCH_PORT pins it.
const PORT = Number(process.env.BENCH_PORT ?? 20000 + Math.floor(Math.random() * 20000));
const BASE = `http://127.0.0.1:${PORT}`;

/** After a long request the client may reuse a kept-alive socket the server has since closed: try once more. */
async function retryStaleSocket(request: () => Promise<Response>): Promise<Response> {
  try {
    return await request();
  } catch (error) {
    // A write to the closed socket fails as EPIPE or ECONNRESET instead, depending on when the close is noticed.
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (!['UND_ERR_SOCKET', 'EPIPE', 'ECONNRESET'].includes(code ?? '')) throw error;
    return request();
  }
}

/** fetch's client gives up waiting for a response's headers after 300 s; a draft of a million opinions takes longer. */
function patientFetch(url: string, init: { method: string; headers: Record<string, string>; body: string }) {
  return new Promise<Response>((resolve, reject) => {
    const req = request(url, { method: init.method, headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(new Response(Buffer.concat(chunks), { status: res.statusCode })));
      res.on('error', reject);
    });
    req.on('error', (error) => reject(Object.assign(new Error('fetch failed'), { cause: error })));
    req.end(init.body);
  });
}

export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  /** Another instance's address (startInstance); the first server's by default. */
  base = BASE,
): Promise<T> {
  const res = await retryStaleSocket(() =>
    patientFetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }),
  );
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

export async function download(path: string, token: string): Promise<Buffer> {
  const res = await retryStaleSocket(() =>
    fetch(`${BASE}${path}`, { headers: { authorization: `Bearer ${token}` } }),
  );
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/** The task every benchmark server opens (startBenchServer); BENCH_KEEP_DATA finds it again by this title. */
const BENCH_TASK_TITLE = '压测任务';

/**
 * BENCH_KEEP_DATA=1 (MySQL/MariaDB only): keep the database of an earlier run instead of emptying it, and take its
 * benchmark task again, so that a benchmark seeding a million rows (tens of minutes) seeds once and then measures its
 * queries run after run. The benchmark decides what it may skip (server.kept). Without the task, the database is
 * emptied and set up as usual.
 */
const KEEP_DATA = process.env.BENCH_KEEP_DATA === '1';

async function mysqlConnection(url: string, database?: string) {
  const u = new URL(url);
  return mysql.createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username) || 'root',
    password: decodeURIComponent(u.password),
    ...(database ? { database } : {}),
  });
}

/** The earlier run's benchmark task (its id and draft version), when BENCH_KEEP_DATA may reuse it. */
async function keptTask(url: string): Promise<{ taskId: string; draftVersionId: string } | null> {
  const database = new URL(url).pathname.slice(1);
  const connection = await mysqlConnection(url);
  try {
    const [tables] = await connection.query(
      'SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?',
      [database, 'consultation_task'],
    );
    if (!(tables as unknown[]).length) return null;
    const [rows] = await connection.query(
      `SELECT id, draft_version_id AS draftVersionId FROM \`${database}\`.consultation_task
       WHERE title = ? ORDER BY created_at LIMIT 1`,
      [BENCH_TASK_TITLE],
    );
    const row = (rows as Array<{ id: string; draftVersionId: string }>)[0];
    return row ? { taskId: row.id, draftVersionId: row.draftVersionId } : null;
  } finally {
    await connection.end();
  }
}

async function emptyMysql(url: string): Promise<void> {
  const database = new URL(url).pathname.slice(1);
  const connection = await mysqlConnection(url);
  await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
}

export const BENCH_BASE = BASE;

export const login = async (username: string): Promise<string> =>
  (
    await gql<{ login: { accessToken: string } }>(
      'mutation($u: String!) { login(input: {username: $u, password: "demo-password"}) { accessToken } }',
      { u: username },
    )
  ).login.accessToken;

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export interface BenchServer {
  engine: string;
  /** BENCH_KEEP_DATA: the database and task of an earlier run, kept as they were (nothing was set up). */
  kept: boolean;
  /** The database the server uses (benchmarks may fill it directly). */
  databaseUrl: string;
  /** The server's process id (its memory is read from /proc). */
  pid: number;
  taskId: string;
  draftVersionId: string;
  pointId: string;
  unitId: string;
  tokens: { legislature: string; head: string; collector: string };
  collector: string;
  stop(): void;
  /** Settles when the server process has exited (after stop()). */
  exited: Promise<unknown>;
}

/** Peak and current resident memory of a process, in MiB (Linux /proc). */
export function memoryOf(pid: number): { peakMiB: number; currentMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { peakMiB: Math.round(kib('VmHWM') / 1024), currentMiB: Math.round(kib('VmRSS') / 1024) };
}

/** One server process (the built one when dist/ is current, otherwise the sources) on `port`. */
function spawnServer(
  url: string,
  port: number,
  options: { env?: Record<string, string>; nodeArgs?: string[] },
): { pid: number; ready: Promise<void>; stop(): void; exited: Promise<unknown> } {
  // The built server when dist/ is current; otherwise the sources (test/support/ts-register.mjs), no build needed.
  const built = existsSync('dist/apps/api/src/main.js') && !(isStale as () => boolean)();
  const args = built
    ? ['dist/apps/api/src/main.js']
    : ['--import', './test/support/ts-register.mjs', 'apps/api/src/main.ts'];
  // nodeArgs: e.g. --cpu-prof, which NODE_OPTIONS does not take.
  const server: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), ...args], {
    env: {
      ...process.env,
      // Benchmarks write as fast as the server takes it, from few accounts: far past the per-account opinion budget.
      OPINION_WRITES_PER_MINUTE: '1000000',
      OPINION_WRITES_PER_DAY: '10000000',
      ...options.env,
      PORT: String(port),
      DATABASE_URL: url,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      REMINDER_INTERVAL_SECONDS: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const ready = new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (text.includes('ready')) resolve();
      // The server's warnings (e.g. where a slow export spent its time) belong in the benchmark's output.
      for (const line of text.split('\n'))
        if (line.includes('"level":40')) console.log(`    [server ${port}] ${line}`);
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { pid: server.pid!, ready, stop: () => void server.kill('SIGTERM'), exited };
}

/**
 * Another instance of the server on the first one's database (BENCH_DATABASE_URL: several instances need MySQL or
 * MariaDB), on a port of its own: for the several-instances benchmark (issue 17). Start it once startBenchServer has
 * migrated and filled the database.
 */
export async function startInstance(
  databaseUrl: string,
  options: { env?: Record<string, string>; nodeArgs?: string[] } = {},
): Promise<{ base: string; pid: number; stop(): void; exited: Promise<unknown> }> {
  const port = PORT + 1;
  const instance = spawnServer(databaseUrl, port, options);
  try {
    await instance.ready;
  } catch (error) {
    instance.stop();
    throw error;
  }
  return {
    base: `http://127.0.0.1:${port}`,
    pid: instance.pid,
    stop: instance.stop,
    exited: instance.exited,
  };
}

/** Starts the server on a fresh database; `draftText` replaces the 60-article test draft of the task. */
export async function startBenchServer(
  options: { draftText?: string; env?: Record<string, string>; nodeArgs?: string[] } = {},
): Promise<BenchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'minyi-bench-'));
  const url = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dir, 'bench.sqlite')}`;
  const kept = KEEP_DATA && !url.startsWith('sqlite:') ? await keptTask(url) : null;
  if (!url.startsWith('sqlite:') && !kept) await emptyMysql(url);
  const instance = spawnServer(url, PORT, options);
  const exited = instance.exited;
  const stop = () => {
    instance.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await instance.ready;
    const legislature = await login('legislature');
    const head = await login('head');
    const collector = await login('collector');
    const points = await gql<{ contactPoints: { edges: Array<{ node: { id: string } }> } }>(
      '{ contactPoints(first: 5) { edges { node { id } } } }',
      {},
      head,
    );
    const pointId = points.contactPoints.edges[0].node.id;
    const units = await gql<{
      contactPoint: { liaisonUnits: { edges: Array<{ node: { id: string; name: string } }> } };
    }>(
      'query($id: ID!) { contactPoint(id: $id) { liaisonUnits(first: 20) { edges { node { id name } } } } }',
      { id: pointId },
      head,
    );
    const union = units.contactPoint.liaisonUnits.edges.find((e) => e.node.name === '北碚区总工会')!.node.id;
    const server = (taskId: string, draftVersionId: string): BenchServer => ({
      engine: url.startsWith('sqlite:') ? 'SQLite' : 'MySQL/MariaDB',
      kept: kept !== null,
      databaseUrl: url,
      pid: instance.pid,
      taskId,
      draftVersionId,
      pointId,
      unitId: union,
      tokens: { legislature, head, collector },
      collector,
      stop,
      exited,
    });
    if (kept) return server(kept.taskId, kept.draftVersionId);
    const legislatureId = (
      await gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
        '{ legislatures(first: 1) { edges { node { id } } } }',
        {},
        legislature,
      )
    ).legislatures.edges[0].node.id;
    const draft = await gql<{ createDraft: { id: string } }>(
      'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
      { i: { legislatureId, title: '压测条例（草案）' } },
      legislature,
    );
    const text =
      options.draftText ??
      [
        '压测条例（草案）',
        ...Array.from(
          { length: 60 },
          (_, i) => `第${toChineseNumber(i + 1)}条　养犬人应当遵守本条例的规定，这是第${i + 1}条的内容。`,
        ),
      ].join('\n');
    const version = await gql<{ addDraftVersion: { id: string } }>(
      'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id } }',
      { i: { draftId: draft.createDraft.id, stage: 'SOLICITATION', text } },
      legislature,
    );
    const task = await gql<{ createConsultationTask: { id: string } }>(
      'mutation($i: CreateConsultationTaskInput!) { createConsultationTask(input: $i) { id } }',
      {
        i: {
          draftVersionId: version.addDraftVersion.id,
          title: BENCH_TASK_TITLE,
          noticeText: '压测',
          deadline: FAR_DEADLINE,
          contactPointIds: [pointId],
        },
      },
      legislature,
    );
    const taskId = task.createConsultationTask.id;
    await gql(
      'mutation($id: ID!) { issueConsultationTask(input: { id: $id }) { id } }',
      { id: taskId },
      legislature,
    );
    await gql(
      'mutation($i: DistributeTaskInput!) { distributeTask(input: $i) { id } }',
      {
        i: {
          taskId,
          contactPointId: pointId,
          assignments: [
            { assigneeType: 'LIAISON_UNIT', assigneeId: union, dueAt: atIn(FAR_DEADLINE_DAYS - 1) },
          ],
        },
      },
      head,
    );
    return server(taskId, version.addDraftVersion.id);
  } catch (error) {
    stop();
    throw error;
  }
}
