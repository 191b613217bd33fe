/**
 * The public 网上征集 page on a Civil-Code-size draft (review finding F2): a server (the built one when dist/ is
 * current), a draft of BENCH_ARTICLES articles (default 4,500, about 1.29 M characters), a round opened on it, then
 * BENCH_LOADS anonymous page loads as a phone's browser makes them (the page's first query, Accept-Encoding gzip).
 * Prints the bytes on the wire and the server's CPU per load, against the whole draft in one answer — what every load
 * cost before the page was paged (the attack measured 4,650,906 B and ~0.5 s of CPU for this draft) — here the sum of
 * all pages, uncompressed, and the CPU of reading them all.
 *
 *   npm run bench:online-page
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { BENCH_BASE, gql, startBenchServer } from './bench-server.js';
import { largeDraftText } from '../support/large-draft.js';
import { FAR_DEADLINE } from '../support/dates.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 4500);
const LOADS = Number(process.env.BENCH_LOADS ?? 50);

const FIRST = `query($t: String!) { onlineCollection(token: $t) {
  title contactPointName draftTitle stage versionLabel closesAt focusQuestions consentText maxTextLength
  articles { address citation heading }
  provisions { totalCount pageInfo { hasNextPage endCursor }
    edges { node { address kind label heading text citation depth } } } } }`;
const NEXT = `query($t: String!, $after: String!) { onlineCollection(token: $t) {
  provisions(after: $after) { pageInfo { hasNextPage endCursor }
    edges { node { address kind label heading text citation depth } } } } }`;

/** CPU seconds the process has used (user + system, from /proc; 100 ticks a second). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface PageBody {
  data?: {
    onlineCollection: {
      provisions: { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    };
  };
  errors?: Array<{ message: string }>;
}

/** One anonymous POST as a browser sends it; the bytes as they came over the wire (node:http unzips nothing). */
function load(query: string, variables: Record<string, unknown>, gzip: boolean) {
  return new Promise<{ wire: Buffer; encoding: string | null }>((resolve, reject) => {
    const req = request(
      `${BENCH_BASE}/graphql`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': gzip ? 'gzip' : 'identity' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ wire: Buffer.concat(chunks), encoding: res.headers['content-encoding'] ?? null }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query, variables }));
  });
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const server = await startBenchServer({
    env: { ONLINE_READS_PER_MINUTE: '100000' },
  });
  try {
    const { contactPoints } = await gql<{
      contactPoints: { edges: Array<{ node: { id: string; legislature: { id: string } } }> };
    }>('{ contactPoints(first: 50) { edges { node { id legislature { id } } } } }', {}, server.tokens.head);
    const legislatureId = contactPoints.edges.find((e) => e.node.id === server.pointId)!.node.legislature.id;
    const text = largeDraftText(ARTICLES);
    const draft = await gql<{ createDraft: { id: string } }>(
      'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
      { i: { legislatureId, title: `网上征集压测 ${ARTICLES} 条` } },
      server.tokens.legislature,
    );
    const version = await gql<{ addDraftVersion: { id: string } }>(
      'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id } }',
      { i: { draftId: draft.createDraft.id, stage: 'FIRST_READING', label: '一审稿', text } },
      server.tokens.legislature,
    );
    const task = await gql<{ createConsultationTask: { id: string } }>(
      'mutation($i: CreateConsultationTaskInput!) { createConsultationTask(input: $i) { id } }',
      {
        i: {
          draftVersionId: version.addDraftVersion.id,
          title: '网上征集压测',
          noticeText: '压测',
          deadline: FAR_DEADLINE,
          contactPointIds: [server.pointId],
        },
      },
      server.tokens.legislature,
    );
    await gql(
      `mutation { issueConsultationTask(id: "${task.createConsultationTask.id}") { id } }`,
      {},
      server.tokens.legislature,
    );
    const round = await gql<{ openOnlineCollection: { publicToken: string } }>(
      'mutation($i: OpenOnlineCollectionInput!) { openOnlineCollection(input: $i) { publicToken } }',
      { i: { taskId: task.createConsultationTask.id } },
      server.tokens.head,
    );
    const token = round.openOnlineCollection.publicToken;
    console.log(
      `draft: ${ARTICLES} articles, ${text.length.toLocaleString()} characters; set up in ${((performance.now() - t0) / 1000).toFixed(1)} s; load ${loadavg()[0].toFixed(1)}`,
    );

    // The whole draft, page after page (the first load warms the version's cache).
    const cpu = cpuSeconds(server.pid);
    const wall = performance.now();
    let whole = 0;
    let pages = 0;
    let after: string | null = null;
    do {
      const { wire } = after
        ? await load(NEXT, { t: token, after }, false)
        : await load(FIRST, { t: token }, false);
      const body = JSON.parse(wire.toString('utf8')) as PageBody;
      if (body.errors?.length) throw new Error(body.errors[0].message);
      whole += wire.length;
      pages++;
      const info = body.data!.onlineCollection.provisions.pageInfo;
      after = info.hasNextPage ? info.endCursor : null;
    } while (after);
    const wholeCpu = cpuSeconds(server.pid) - cpu;
    const wholeWall = (performance.now() - wall) / 1000;

    // Repeated page loads as a phone makes them.
    const measure = async (gzip: boolean) => {
      let bytes = 0;
      let encoding: string | null = null;
      const c0 = cpuSeconds(server.pid);
      const w0 = performance.now();
      for (let i = 0; i < LOADS; i++) {
        const res = await load(FIRST, { t: token }, gzip);
        bytes = res.wire.length;
        encoding = res.encoding;
        if (gzip && encoding === 'gzip') gunzipSync(res.wire);
      }
      return {
        bytes,
        encoding,
        cpuMs: ((cpuSeconds(server.pid) - c0) * 1000) / LOADS,
        wallMs: (performance.now() - w0) / LOADS,
      };
    };
    const plain = await measure(false);
    const zipped = await measure(true);
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    console.log(
      `whole draft (what one load carried before): ${whole.toLocaleString()} B in ${pages} pages, server CPU ${(wholeCpu * 1000).toFixed(0)} ms, ${wholeWall.toFixed(2)} s`,
    );
    console.log(
      `page load, no Accept-Encoding: ${plain.bytes.toLocaleString()} B (${kb(plain.bytes)}), server CPU ${plain.cpuMs.toFixed(1)} ms, ${plain.wallMs.toFixed(1)} ms (${LOADS} loads)`,
    );
    console.log(
      `page load, gzip (${zipped.encoding ?? 'none'}): ${zipped.bytes.toLocaleString()} B (${kb(zipped.bytes)}), server CPU ${zipped.cpuMs.toFixed(1)} ms, ${zipped.wallMs.toFixed(1)} ms (${LOADS} loads)`,
    );
    console.log(
      `ratio whole draft / page load: bytes ${(whole / zipped.bytes).toFixed(0)}× (gzip), ${(whole / plain.bytes).toFixed(1)}× (plain); server CPU ${((wholeCpu * 1000) / zipped.cpuMs).toFixed(0)}×`,
    );
    console.log(
      `attack's figure before the change (one load = whole draft): 4,650,906 B, ~500 ms CPU → now ${(4_650_906 / zipped.bytes).toFixed(0)}× fewer bytes, ${(500 / zipped.cpuMs).toFixed(0)}× less CPU per load`,
    );
  } finally {
    server.stop();
    await server.exited;
  }
}

await main();
