/**
 * The consolidation workbench in the browser at a million opinions (issue 14: the first screen and a page of 50 group
 * members each render in under 2 s). Over the built server (npm run build) serving dist/web, with Debian's Chromium
 * driven by playwright-core, signed in as the liaison officer (联络员):
 *  1. the consolidation benchmark's data: the 1,260-article draft and BENCH_OPINIONS synthetic opinions (default
 *     1,000,000) written straight into the database, with their full-text index rows; grouped by
 *     `groupDuplicateOpinions` as the consolidation benchmark does;
 *  2. from navigation or click until the real content is visible: (a) the workbench's first screen, cold and warm;
 *     (b) the duplicate groups, a large group's first page of 50 members and its second page; (c) 全部意见's first
 *     page, its second page and a search; (e) 未处理; then, after `draftSuggestions`, (d) 汇总条目 and (a) again;
 *  3. what paging costs: a page of 50 with and without its totalCount (a count over the whole list).
 * Each figure is printed beside the 2 s target, with the server's share: the time the GraphQL requests of that step
 * waited for their response (request sent → first byte, from the browser's network timing), the longest of them.
 *
 *   npm run bench:web-workbench
 *   BENCH_OPINIONS=100000 npm run bench:web-workbench   # also BENCH_DRAFT=0, BENCH_SEARCH_INDEX=0, BENCH_PROFILE=1
 *   BENCH_DATABASE_URL=mariadb://root@127.0.0.1:3306/minyi_bench npm run bench:web-workbench   # emptied first!
 *   BENCH_KEEP_DATA=1 BENCH_DATABASE_URL=… npm run bench:web-workbench   # the data of an earlier run (bench-server.ts)
 *
 * With BENCH_KEEP_DATA=1 (MySQL/MariaDB) the steps whose result the kept database already holds are skipped: writing
 * the opinions (bench:consolidate writes the same ones: same seed and ids), their search index, the grouping, and the
 * drafting when the task has suggestions already (the figures after drafting are then measured on those).
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { chromium, type Page, type Request } from 'playwright-core';
import { indexTokens } from '../../libs/feedback/src/search/search-tokens.js';
import { BENCH_BASE, gql, login, startBenchServer, type BenchServer } from './bench-server.js';
import { bulkWriter, draftText, fill, keptState } from './support/fill-opinions.js';
import { generateOpinions, syntheticDraft } from './support/synthetic-opinions.js';

const OPINIONS = Number(process.env.BENCH_OPINIONS ?? 1_000_000);
const DRAFT = process.env.BENCH_DRAFT !== '0';
/** BENCH_SEARCH_INDEX=0: no full-text index rows (their writing takes longer than the rest); the search finds nothing. */
const SEARCH_INDEX = process.env.BENCH_SEARCH_INDEX !== '0';
/** BENCH_PROFILE=1: each step's JavaScript CPU profile in the browser, the functions that took most (self time). */
const PROFILE = process.env.BENCH_PROFILE === '1';
const TARGET_MS = 2000;
const SEED = 20200528;
const PREFIX = 'a';
/** How long a step may take before the benchmark gives up on it (the figure is then reported as a failure). */
const STEP_TIMEOUT = 120_000;

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

/** The full-text index rows of the filled opinions (what submitting through the API writes beside each one). */
async function indexOpinions(server: BenchServer, taskId: string, count: number): Promise<void> {
  const labels = new Map(syntheticDraft().map((a) => [a.address, a.label]));
  let i = 0;
  const rows = function* () {
    for (const o of generateOpinions(count, SEED)) {
      i++;
      const citation = o.provisionAddress ? (labels.get(o.provisionAddress) ?? null) : null;
      yield [
        `${PREFIX}-${String(i).padStart(12, '0')}`.slice(0, 36),
        'opinion',
        taskId,
        server.pointId,
        indexTokens([citation, o.proposedChange, o.reason].filter(Boolean).join('\n')),
      ];
    }
  };
  const writer = await bulkWriter(server.databaseUrl);
  try {
    await writer.insert(
      'search_document',
      ['owner_id', 'kind', 'task_id', 'contact_point_id', 'tokens'],
      rows(),
    );
  } finally {
    await writer.close();
  }
}

interface Timed {
  operation: string;
  /** Request sent → first byte of the response (the server's time plus the loopback). */
  waitMs: number;
  /** When the request started and when its response ended (epoch ms). */
  startedAt: number;
  endedAt: number;
}

/** Records the GraphQL requests the page finishes, with their network timing. */
function recordRequests(page: Page): { take(): Timed[] } {
  let done: Timed[] = [];
  page.on('requestfinished', (request: Request) => {
    if (!request.url().endsWith('/graphql')) return;
    const timing = request.timing();
    let operation = '?';
    try {
      operation = (request.postDataJSON() as { operationName?: string }).operationName ?? '?';
    } catch {
      // not JSON: leave it unnamed
    }
    done.push({
      operation,
      waitMs: Math.max(0, timing.responseStart - timing.requestStart),
      startedAt: timing.startTime,
      endedAt: timing.startTime + timing.responseEnd,
    });
  });
  return {
    take() {
      const taken = done;
      done = [];
      return taken;
    },
  };
}

const results: Array<{ name: string; ms: number | null; api: string }> = [];

async function measure(
  name: string,
  requests: { take(): Timed[] },
  page: Page,
  act: () => Promise<unknown>,
  visible: () => Promise<unknown>,
): Promise<void> {
  requests.take();
  const cdp = PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  const t0 = performance.now();
  const epoch0 = Date.now();
  let ms: number | null = null;
  try {
    await act();
    await visible();
    ms = performance.now() - t0;
  } catch (error) {
    console.log(`  ${name}: FAILED — ${(error as Error).message.split('\n')[0]}`);
  }
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map<string, number>();
    const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (const id of profile.samples ?? []) {
      const f = byId.get(id)!.callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + interval);
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log(`    profile: ${top.map(([k, v]) => `${k} ${Math.round(v)} ms`).join(' | ')}`);
    await cdp.detach();
  }
  // Requests finishing just after the content shows (the counters' refetch…) belong to the step too.
  await page.waitForTimeout(50);
  const timed = requests.take();
  const longest = timed.reduce((m, t) => (t.waitMs > m.waitMs ? t : m), timed[0]);
  const first = Math.min(...timed.map((t) => t.startedAt)) - epoch0;
  const last = Math.max(...timed.map((t) => t.endedAt)) - epoch0;
  const api = timed.length
    ? `API: longest ${Math.round(longest.waitMs)} ms (${longest.operation}) of ${timed.length} requests [${timed
        .map((t) => `${t.operation} ${Math.round(t.waitMs)}`)
        .join(
          ', ',
        )}]; first request sent at ${Math.round(first)} ms, last response in at ${Math.round(last)} ms`
    : 'API: no request (from the cache)';
  results.push({ name, ms, api });
  if (ms !== null)
    console.log(
      `  ${name}: ${(ms / 1000).toFixed(2)} s (target < 2 s${ms > TARGET_MS ? ', OVER' : ''}); ${api}`,
    );
}

/** Time of one GraphQL request from this process, best of three. */
async function apiTime(query: string, variables: Record<string, unknown>, token: string): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await gql(query, variables, token);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

async function pagingCosts(server: BenchServer, liaison: string): Promise<void> {
  const v = { t: server.taskId, p: server.pointId };
  // The largest group of the first page, found again by the cursor before it (as the page does).
  const groups = await gql<{
    consolidation: { duplicateGroups: { edges: Array<{ cursor: string; node: { opinionCount: number } }> } };
  }>(
    'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { duplicateGroups(first: 20) { edges { cursor node { opinionCount } } } } }',
    v,
    liaison,
  );
  const edges = groups.consolidation.duplicateGroups.edges;
  const largest = edges.reduce((m, e, i) => (e.node.opinionCount > edges[m].node.opinionCount ? i : m), 0);
  const groupAfter = largest > 0 ? edges[largest - 1].cursor : null;
  const pairs: Array<[string, string, string, Record<string, unknown>]> = [
    [
      '全部意见, a page of 50',
      'query($t: ID!) { opinions(taskId: $t, first: 50) { edges { node { id } } pageInfo { hasNextPage } } }',
      'query($t: ID!) { opinions(taskId: $t, first: 50) { totalCount edges { node { id } } pageInfo { hasNextPage } } }',
      v,
    ],
    [
      '未处理, a page of 50',
      'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { unaccountedOpinions(first: 50) { edges { node { id } } } } }',
      'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { unaccountedOpinions(first: 50) { totalCount edges { node { id } } } } }',
      v,
    ],
    [
      `a group of ${edges[largest]?.node.opinionCount}, a page of 50 members`,
      'query($t: ID!, $p: ID!, $g: String) { consolidation(taskId: $t, contactPointId: $p) { duplicateGroups(first: 1, after: $g) { edges { node { opinions(first: 50) { edges { node { id } } } } } } } }',
      'query($t: ID!, $p: ID!, $g: String) { consolidation(taskId: $t, contactPointId: $p) { duplicateGroups(first: 1, after: $g) { edges { node { opinions(first: 50) { totalCount edges { node { id } } } } } } } }',
      { ...v, g: groupAfter },
    ],
    [
      '汇总条目, a page of 50',
      'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { suggestions(first: 50) { edges { node { id } } } } }',
      'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { suggestions(first: 50) { totalCount edges { node { id } } } } }',
      v,
    ],
  ];
  console.log('  paging cost (API from this process, best of 3): without totalCount → with it');
  for (const [name, without, withCount, variables] of pairs) {
    try {
      const a = await apiTime(without, variables, liaison);
      const b = await apiTime(withCount, variables, liaison);
      console.log(`    ${name}: ${Math.round(a)} ms → ${Math.round(b)} ms`);
    } catch (error) {
      console.log(`    ${name}: FAILED — ${(error as Error).message}`);
    }
  }
}

async function main(): Promise<void> {
  let t0 = performance.now();
  const server = await startBenchServer({ draftText: draftText() });
  const liaison = await login('liaison');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    console.log(
      `workbench in the browser on ${server.engine}, ${OPINIONS.toLocaleString('en')} opinions; load average ${load()}`,
    );
    const ref = { taskId: server.taskId, contactPointId: server.pointId };
    const kept = server.kept
      ? await keptState(server)
      : { opinions: 0, grouped: false, indexed: 0, suggestions: 0 };
    if (server.kept && kept.opinions !== OPINIONS)
      throw new Error(
        `BENCH_KEEP_DATA: the kept task holds ${kept.opinions.toLocaleString('en')} opinions, not BENCH_OPINIONS=${OPINIONS.toLocaleString('en')}: run without BENCH_KEEP_DATA to seed again`,
      );
    t0 = performance.now();
    if (server.kept) console.log(`  kept the ${OPINIONS.toLocaleString('en')} opinions of an earlier run`);
    else {
      await fill(server, server.taskId, OPINIONS, SEED, PREFIX);
      console.log(`  wrote ${OPINIONS.toLocaleString('en')} opinions in ${seconds(t0)} s (setup)`);
    }
    if (SEARCH_INDEX && kept.indexed) console.log('  kept their search index');
    else if (SEARCH_INDEX) {
      t0 = performance.now();
      await indexOpinions(server, server.taskId, OPINIONS);
      console.log(`  wrote their search index in ${seconds(t0)} s (setup)`);
    }
    // The setup's long writes leave the client's kept-alive socket closed by the server: one request to replace it.
    await gql('{ me { id } }', {}, liaison).catch((error: Error) =>
      console.log(
        `  first request after the fill failed (${error.message}); server process alive: ${existsSync(`/proc/${server.pid}`)}`,
      ),
    );
    t0 = performance.now();
    const grouped = kept.grouped
      ? null
      : await gql<{ groupDuplicateOpinions: { groups: number; grouped: number } }>(
          'mutation($i: PointTaskRefInput!) { groupDuplicateOpinions(input: $i) { groups grouped } }',
          { i: ref },
          liaison,
        );
    if (!grouped) console.log("  kept the earlier run's duplicate groups");
    else
      console.log(
        `  grouped in ${seconds(t0)} s (setup): ${grouped.groupDuplicateOpinions.groups.toLocaleString('en')} groups holding ${grouped.groupDuplicateOpinions.grouped.toLocaleString('en')} opinions; load average ${load()}`,
      );

    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      baseURL: BENCH_BASE,
    });
    context.setDefaultTimeout(STEP_TIMEOUT);
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.goto('/signin');
    await page.getByLabel('用户名').fill('liaison');
    await page.getByLabel('密码').fill('demo-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('button', { name: '退出登录' }).waitFor();

    const workbench = `/tasks/${server.taskId}/consolidation`;
    const provisionsPane = page.getByRole('navigation', { name: '条文' });
    const main = page.getByRole('main', { name: '汇总内容' });
    /** The first screen: the counters (未处理 with its figure), the provisions with their counts, the default view. */
    const firstScreen = async () => {
      await page.getByTestId('count-unaccounted').waitFor();
      await provisionsPane.locator('li').nth(1).getByText('条意见').waitFor();
      await main.locator('.wb-suggestion').first().or(main.getByText('还没有汇总条目')).waitFor();
    };
    const view = (label: string) =>
      main.getByRole('group', { name: '查看' }).getByRole('button', { name: label });
    const rows = (scope: ReturnType<Page['locator']>, n: number) =>
      scope
        .locator('.wb-row')
        .nth(n - 1)
        .waitFor();

    console.log(`  browser figures (load average ${load()}):`);
    await measure('(a) first screen, cold', requests, page, () => page.goto(workbench), firstScreen);
    await measure('(a) first screen, warm (reload)', requests, page, () => page.reload(), firstScreen);
    await measure('(a) first screen, warm (reload again)', requests, page, () => page.reload(), firstScreen);

    // (b) The duplicate groups, largest first; the first group's members, 50 at a time.
    await measure(
      '(b) 重复意见组, first page of groups',
      requests,
      page,
      () => view('重复意见组').click(),
      () => main.getByTestId('group-opinions').first().waitFor(),
    );
    // The largest group of the first page (the list is in the draft's order, each provision's largest first).
    const sizes = (await main.getByTestId('group-opinions').allInnerTexts()).map((t) => parseInt(t, 10));
    const largest = sizes.indexOf(Math.max(...sizes));
    const firstGroup = main.locator('.ant-card').nth(largest);
    const groupSize = await firstGroup.getByTestId('group-opinions').innerText();
    const members = firstGroup.locator('.wb-members');
    await measure(
      `(b) a group of ${groupSize}: first page of 50 members`,
      requests,
      page,
      () => firstGroup.getByRole('button', { name: '查看组内全部表述' }).click(),
      () => rows(members, 50),
    );
    await measure(
      '(b) the same group: page 2 of members (50 more)',
      requests,
      page,
      () => members.getByRole('button', { name: '加载更多' }).click(),
      () => rows(members, 100),
    );

    // (c) All opinions: the first page, the next, a search.
    const list = main.locator('.wb-list');
    await measure(
      '(c) 全部意见, first page',
      requests,
      page,
      () => view('全部意见').click(),
      () => rows(list, 50),
    );
    await measure(
      '(c) 全部意见, page 2',
      requests,
      page,
      () => main.getByRole('button', { name: '加载更多' }).click(),
      () => rows(list, 100),
    );
    const before = await main.locator('.wb-more > span').first().innerText();
    await measure(
      '(c) 全部意见, search “登记”',
      requests,
      page,
      async () => {
        await main.getByLabel('搜索意见').fill('登记');
        await main.getByLabel('搜索意见').press('Enter');
      },
      async () => {
        await main.locator('.wb-more > span').first().filter({ hasNotText: before }).waitFor();
        await main.locator('.wb-row').first().or(main.getByText('没有意见')).waitFor();
      },
    );
    console.log(`    search: ${await main.locator('.wb-more > span').first().innerText()}`);

    // (e) What is left: before drafting, every opinion; on kept data already drafted, nothing (its empty state).
    await measure(
      kept.suggestions ? '(e) 未处理 after drafting (empty)' : '(e) 未处理, first page',
      requests,
      page,
      () => view('未处理').click(),
      () =>
        kept.suggestions ? main.getByText('没有意见').first().waitFor() : rows(main.locator('.wb-list'), 50),
    );

    // A provision chosen in the pane: its counts and its suggestions.
    await measure(
      '(f) choosing the first provision (its counts and view)',
      requests,
      page,
      async () => {
        await view('汇总条目').click();
        await provisionsPane.locator('li').nth(1).getByRole('button').click();
      },
      async () => {
        await main.locator('section.wb-detail h2').filter({ hasNotText: '全部条文' }).waitFor();
        await main.locator('.wb-suggestion').first().or(main.getByText('还没有汇总条目')).waitFor();
      },
    );

    if (DRAFT) {
      t0 = performance.now();
      try {
        if (kept.suggestions)
          console.log(`  kept the ${kept.suggestions.toLocaleString('en')} suggestions of an earlier run`);
        else {
          const drafted = await gql<{ draftSuggestions: { created: number; opinions: number } }>(
            'mutation($i: PointTaskRefInput!) { draftSuggestions(input: $i) { created opinions } }',
            { i: ref },
            liaison,
          );
          console.log(
            `  drafted ${drafted.draftSuggestions.created.toLocaleString('en')} suggestions from ${drafted.draftSuggestions.opinions.toLocaleString('en')} opinions in ${seconds(t0)} s (setup); load average ${load()}`,
          );
        }
        await page.goto(workbench);
        await firstScreen();
        await measure(
          '(d) 汇总条目 (first screen after drafting), reload',
          requests,
          page,
          () => page.reload(),
          async () => {
            await firstScreen();
            await main.locator('.wb-suggestion').nth(49).waitFor();
          },
        );
        const cards = main.locator('.wb-suggestion');
        await measure(
          '(d) 汇总条目, page 2',
          requests,
          page,
          () => main.getByRole('button', { name: '加载更多' }).click(),
          () => cards.nth(99).waitFor(),
        );
        await measure(
          '(d) a suggestion opened with its sources',
          requests,
          page,
          () =>
            cards
              .first()
              .getByRole('button', { name: /编辑与来源/ })
              .click(),
          () => page.getByRole('dialog').locator('.wb-row').first().waitFor(),
        );
      } catch (error) {
        console.log(`  drafting or 汇总条目 FAILED after ${seconds(t0)} s — ${(error as Error).message}`);
      }
    }
    await context.close();

    await pagingCosts(server, liaison);
    const over = results.filter((r) => r.ms === null || r.ms > TARGET_MS);
    console.log(
      over.length
        ? `  over the 2 s target or failed: ${over.map((r) => r.name).join('; ')}`
        : '  every figure under the 2 s target',
    );
    console.log(`  load average at the end ${load()}`);
    if (process.env.BENCH_SAVE_DB && server.databaseUrl.startsWith('sqlite:')) {
      // A copy of the filled database, to look into its query plans afterwards (SQLite only).
      const writer = await bulkWriter(server.databaseUrl);
      await writer.query('VACUUM INTO ?', [process.env.BENCH_SAVE_DB]);
      await writer.close();
      console.log(`  database saved to ${process.env.BENCH_SAVE_DB}`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
