/**
 * Throughput and latency of submitOpinion over real HTTP, 50 concurrent clients, on the embedded SQLite database or on
 * MySQL/MariaDB. Starts the built server (npm run build first) on a free port with a fresh database and the demo data,
 * opens a consultation until 2099, distributes it to the demo collector, then lets 50 clients submit for a while.
 *
 *   npm run bench:submit                                              # SQLite, temporary file
 *   BENCH_DATABASE_URL=mariadb://root@127.0.0.1:3306/minyi_bench npm run bench:submit   # emptied first!
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import mysql from 'mysql2/promise';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PORT = 3990 + Math.floor(Math.random() * 9);
const BASE = `http://127.0.0.1:${PORT}/graphql`;

async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(BASE, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

async function emptyMysql(url: string): Promise<void> {
  const u = new URL(url);
  const database = u.pathname.slice(1);
  const connection = await mysql.createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username) || 'root',
    password: decodeURIComponent(u.password),
  });
  await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
}

const login = async (username: string) =>
  (
    await gql<{ login: { accessToken: string } }>(
      'mutation($u: String!) { login(input: {username: $u, password: "demo-password"}) { accessToken } }',
      { u: username },
    )
  ).login.accessToken;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'minyi-bench-'));
  const url = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dir, 'bench.sqlite')}`;
  if (!url.startsWith('sqlite:')) await emptyMysql(url);
  const server = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      DATABASE_URL: url,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      REMINDER_INTERVAL_SECONDS: '0',
    },
    cwd: dir.startsWith('/') ? process.cwd() : process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const legislature = await login('legislature');
    const head = await login('head');
    const collector = await login('collector');
    const legislatureId = (
      await gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
        '{ legislatures(first: 1) { edges { node { id } } } }',
        {},
        legislature,
      )
    ).legislatures.edges[0].node.id;
    const points = await gql<{ contactPoints: { edges: Array<{ node: { id: string; name: string } }> } }>(
      '{ contactPoints(first: 5) { edges { node { id name } } } }',
      {},
      head,
    );
    const pointId = points.contactPoints.edges[0].node.id;
    const draft = await gql<{ createDraft: { id: string } }>(
      'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
      { i: { legislatureId, title: '压测条例（草案）' } },
      legislature,
    );
    const text = [
      '压测条例（草案）',
      ...Array.from(
        { length: 60 },
        (_, i) => `第${i + 1}条　养犬人应当遵守本条例的规定，这是第${i + 1}条的内容。`,
      ),
    ]
      .join('\n')
      .replace(/第(\d+)条/g, (_, n: string) => `第${toChinese(Number(n))}条`);
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
          title: '压测任务',
          noticeText: '压测',
          deadline: '2099-12-31',
          contactPointIds: [pointId],
        },
      },
      legislature,
    );
    const taskId = task.createConsultationTask.id;
    await gql(`mutation { issueConsultationTask(id: "${taskId}") { id } }`, {}, legislature);
    const units = await gql<{
      contactPoint: { liaisonUnits: { edges: Array<{ node: { id: string; name: string } }> } };
    }>(
      'query($id: ID!) { contactPoint(id: $id) { liaisonUnits(first: 20) { edges { node { id name } } } } }',
      { id: pointId },
      head,
    );
    const union = units.contactPoint.liaisonUnits.edges.find((e) => e.node.name === '北碚区总工会')!.node.id;
    await gql(
      'mutation($i: DistributeTaskInput!) { distributeTask(input: $i) { id } }',
      {
        i: {
          taskId,
          contactPointId: pointId,
          assignments: [{ assigneeType: 'LIAISON_UNIT', assigneeId: union, dueAt: '2099-12-30' }],
        },
      },
      head,
    );

    const SUBMIT = 'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }';
    const latencies: number[] = [];
    let errors = 0;
    const until = performance.now() + SECONDS * 1000;
    const client = async (c: number) => {
      for (let n = 0; performance.now() < until; n++) {
        const started = performance.now();
        try {
          await gql(
            SUBMIT,
            {
              i: {
                taskId,
                provisionAddress: `art_${(n % 60) + 1}`,
                proposedChange: `建议第${n}号：养犬登记手续应当简化，客户端${c}`,
                channel: 'ONLINE',
                idempotencyKey: `bench-${c}-${n}`,
              },
            },
            collector,
          );
          latencies.push(performance.now() - started);
        } catch {
          errors += 1;
        }
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    const elapsed = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    const engine = url.startsWith('sqlite:') ? 'SQLite' : 'MySQL/MariaDB';
    console.log(`submitOpinion on ${engine}, ${CLIENTS} concurrent clients, ${elapsed.toFixed(1)} s`);
    console.log(
      `  ${latencies.length} accepted, ${errors} errors, ${(latencies.length / elapsed).toFixed(0)} opinions/s`,
    );
    console.log(
      `  latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`,
    );
  } finally {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

function toChinese(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n];
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
