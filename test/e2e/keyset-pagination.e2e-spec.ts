// Keyset cursors on the lists that grow while people page through them (issue 12 item 18): rows inserted between two
// pages never make the next page skip or repeat a row. For each list: the first pages are read once as a reference,
// new rows are inserted (they are the newest, so they sort first), and the page after the first page's endCursor is
// exactly the reference's second page.
import { demoTaskRefs, must, openDogTaskId, startTestApp, type TestApp } from '../support/test-app.js';

interface Page {
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const ids = (page: Page) => page.edges.map((e) => e.node.id);

it('opinions: opinions submitted between two pages neither shift nor repeat the next page', async () => {
  const collector = await t.login('collector');
  const head = await t.login('head');
  const task = await openDogTaskId(t, collector);
  const submit = (n: number) =>
    t.gql(
      `mutation($input: SubmitOpinionInput!) { submitOpinion(input: $input) { receiptNumber } }`,
      {
        input: {
          taskId: task,
          channel: 'VISIT',
          proposedChange: `分页测试意见 ${n}：建议明确犬链长度`,
          idempotencyKey: `keyset-test-${n}`,
        },
      },
      collector,
    );
  for (let n = 0; n < 5; n++) must(await submit(n));
  const list = (first: number, after?: string) =>
    t.gql<{ opinions: Page }>(
      'query($task: ID!, $first: Int, $after: String) { opinions(taskId: $task, first: $first, after: $after) { edges { cursor node { id } } pageInfo { endCursor hasNextPage } totalCount } }',
      { task, first, after },
      head,
    );
  const reference = must(await list(6)).opinions;
  const first = must(await list(3)).opinions;
  expect(ids(first)).toEqual(ids(reference).slice(0, 3));
  for (let n = 5; n < 8; n++) must(await submit(n));
  const second = must(await list(3, first.pageInfo.endCursor!)).opinions;
  expect(ids(second)).toEqual(ids(reference).slice(3, 6));
  expect(second.totalCount).toBe(reference.totalCount + 3);
  // The cursor is opaque and checked: a made-up one is refused with a field error, not read as an offset.
  const bad = await list(3, Buffer.from('o:2').toString('base64url'));
  expect((bad.errors as Array<{ extensions: { code: string } }>)[0].extensions.code).toBe('BAD_USER_INPUT');
});

it('audit records: records written between two pages neither shift nor repeat the next page', async () => {
  const admin = await t.login('admin');
  const list = (first: number, after?: string) =>
    t.gql<{ auditRecords: Page }>(
      'query($first: Int, $after: String) { auditRecords(first: $first, after: $after) { edges { cursor node { id } } pageInfo { endCursor hasNextPage } totalCount } }',
      { first, after },
      admin,
    );
  const reference = must(await list(10)).auditRecords;
  const first = must(await list(5)).auditRecords;
  expect(ids(first)).toEqual(ids(reference).slice(0, 5));
  for (let n = 0; n < 3; n++) {
    must(
      await t.gql(
        'mutation($input: CreateLegislatureInput!) { createLegislature(input: $input) { id } }',
        { input: { name: `（分页测试）某市人大常委会 ${n}`, region: `某市${n}`, level: 'CITY' } },
        admin,
      ),
    );
  }
  const second = must(await list(5, first.pageInfo.endCursor!)).auditRecords;
  expect(ids(second)).toEqual(ids(reference).slice(5, 10));
  expect(second.totalCount).toBeGreaterThanOrEqual(reference.totalCount + 3);
});

it('inbox: notifications arriving between two pages neither shift nor repeat the next page', async () => {
  const head = await t.login('head');
  const legislature = await t.login('legislature');
  const list = (first: number, after?: string) =>
    t.gql<{ notifications: Page }>(
      'query($first: Int, $after: String) { notifications(first: $first, after: $after) { edges { cursor node { id } } pageInfo { endCursor hasNextPage } totalCount } }',
      { first, after },
      head,
    );
  const reference = must(await list(4)).notifications;
  expect(reference.edges.length).toBe(4);
  const first = must(await list(2)).notifications;
  expect(ids(first)).toEqual(ids(reference).slice(0, 2));
  // The legislature extends the open dog task's deadline: the point head is told (a new, newest notification).
  const tasks = must(
    await t.gql<{
      consultationTasks: { edges: Array<{ node: { id: string; title: string; deadline: string } }> };
    }>('{ consultationTasks(first: 50) { edges { node { id title deadline } } } }', {}, legislature),
  );
  const dog = tasks.consultationTasks.edges.find(
    (e) => e.node.title.startsWith('关于再次征求') && e.node.title.includes('养犬'),
  )!.node;
  const later = new Date(Date.parse(dog.deadline) + 7 * 86_400_000).toISOString();
  must(
    await t.gql(
      'mutation($input: ExtendDeadlineInput!) { extendTaskDeadline(input: $input) { id } }',
      { input: { taskId: dog.id, deadline: later, reason: '分页测试：延长期限' } },
      legislature,
    ),
  );
  const after = must(await list(4)).notifications;
  expect(after.totalCount).toBeGreaterThan(reference.totalCount);
  const second = must(await list(2, first.pageInfo.endCursor!)).notifications;
  expect(ids(second)).toEqual(ids(reference).slice(2, 4));
});

it('suggestions: suggestions created between two pages neither shift nor repeat the next page', async () => {
  const liaison = await t.login('liaison');
  const { dogTaskId: taskId, pointId } = await demoTaskRefs(t, await t.login('head'));
  const refs = must(
    await t.gql<{
      consultationTask: { draftVersion: { provisions: { edges: Array<{ node: { address: string } }> } } };
      consolidation: { unaccountedOpinions: { edges: Array<{ node: { id: string } }> } };
    }>(
      `query($t: ID!, $p: ID!) {
        consultationTask(id: $t) { draftVersion { provisions(first: 100) { edges { node { address } } } } }
        consolidation(taskId: $t, contactPointId: $p) { unaccountedOpinions(first: 1) { edges { node { id } } } }
      }`,
      { t: taskId, p: pointId },
      liaison,
    ),
  );
  const addresses = refs.consultationTask.draftVersion.provisions.edges.map((e) => e.node.address);
  const opinionId = refs.consolidation.unaccountedOpinions.edges[0].node.id;
  const create = (provisionAddress: string, n: number) =>
    t.gql(
      'mutation($input: CreateSuggestionInput!) { createSuggestion(input: $input) { id } }',
      {
        input: {
          taskId,
          contactPointId: pointId,
          provisionAddress,
          proposedChange: `分页测试汇总条目 ${n}`,
          sources: { opinionIds: [opinionId] },
        },
      },
      liaison,
    );
  // Six on the draft's last provision, then three on its first: the three sort before every row already listed, which
  // is where an offset cursor would have shifted the next page back by three.
  for (let n = 0; n < 6; n++) must(await create(addresses.at(-1)!, n));
  const list = (first: number, after?: string) =>
    t.gql<{ consolidation: { suggestions: Page } }>(
      `query($t: ID!, $p: ID!, $first: Int, $after: String) { consolidation(taskId: $t, contactPointId: $p) {
        suggestions(first: $first, after: $after) { edges { cursor node { id } } pageInfo { endCursor hasNextPage } totalCount } } }`,
      { t: taskId, p: pointId, first, after },
      liaison,
    );
  const reference = must(await list(100)).consolidation.suggestions;
  expect(reference.edges.length).toBeGreaterThanOrEqual(6);
  const firstPage = must(await list(3)).consolidation.suggestions;
  expect(ids(firstPage)).toEqual(ids(reference).slice(0, 3));
  for (let n = 6; n < 9; n++) must(await create(addresses[0], n));
  const second = must(await list(3, firstPage.pageInfo.endCursor!)).consolidation.suggestions;
  expect(ids(second)).toEqual(ids(reference).slice(3, 6));
  expect(second.totalCount).toBe(reference.totalCount + 3);
  const old = await list(3, Buffer.from('o:2').toString('base64url'));
  expect((old.errors as Array<{ extensions: { reason: string } }>)[0].extensions.reason).toBe(
    'INVALID_CURSOR',
  );
});
