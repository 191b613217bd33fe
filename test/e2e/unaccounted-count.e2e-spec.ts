// The workbench's 未处理 counter is computed without visiting every opinion (active opinions less the distinct ones
// linked, less the linked ones no longer active; OpinionFacts.countUnaccounted). It must stay exact through every
// change that links or unlinks an opinion or changes its status: after each step it is compared with a brute-force
// count (an anti-join over the table) and with the 未处理 list's total.
import { demoTaskRefs, must, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let liaison: string;
let collector: string;
let taskId: string;
let pointId: string;
let consolidationId: string;

beforeAll(async () => {
  t = await startTestApp();
  liaison = await t.login('liaison');
  collector = await t.login('collector');
  ({ dogTaskId: taskId, pointId } = await demoTaskRefs(t, await t.login('head')));
});
afterAll(() => t.close());

interface Row {
  id: string;
  version: number;
}

async function counter(): Promise<{ unaccounted: number; listed: number; ids: string[] }> {
  const c = must(
    await t.gql<{
      consolidation: {
        id: string;
        counts: { unaccounted: number };
        unaccountedOpinions: { totalCount: number; edges: Array<{ node: { id: string } }> };
      };
    }>(
      `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { id counts { unaccounted }
        unaccountedOpinions(first: 100) { totalCount edges { node { id } } } } }`,
      { t: taskId, p: pointId },
      liaison,
    ),
  ).consolidation;
  consolidationId = c.id;
  return {
    unaccounted: c.counts.unaccounted,
    listed: c.unaccountedOpinions.totalCount,
    ids: c.unaccountedOpinions.edges.map((e) => e.node.id),
  };
}

/** Active opinions of the point no suggestion holds, one by one. */
async function bruteForce(): Promise<number> {
  const [row] = await t.db.query<Array<{ n: number | string }>>(
    `SELECT COUNT(*) AS n FROM opinion o WHERE o.task_id = ? AND o.contact_point_id = ? AND o.status = 'ACTIVE'
       AND o.id NOT IN (SELECT s.source_id FROM suggestion_source s WHERE s.consolidation_id = ? AND s.source_type = 'OPINION')`,
    [taskId, pointId, consolidationId],
  );
  return Number(row.n);
}

async function expectExact(step: string): Promise<string[]> {
  const now = await counter();
  const expected = await bruteForce();
  expect({ step, unaccounted: now.unaccounted, listed: now.listed }).toEqual({
    step,
    unaccounted: expected,
    listed: expected,
  });
  return now.ids;
}

const SUGGESTION = 'id version';

it('stays exact through link, unlink, merge, split, 不予报送, withdrawal and deletion', async () => {
  let ids = await expectExact('start');
  expect(ids.length).toBeGreaterThanOrEqual(6);
  const [o1, o2, o3, o4, o5, o6] = ids;

  const create = async (opinionIds: string[]): Promise<Row> =>
    must(
      await t.gql<{ createSuggestion: Row }>(
        `mutation($i: CreateSuggestionInput!) { createSuggestion(input: $i) { ${SUGGESTION} } }`,
        { i: { taskId, contactPointId: pointId, proposedChange: '计数测试条目', sources: { opinionIds } } },
        liaison,
      ),
    ).createSuggestion;
  const change = async (op: 'add' | 'remove', row: Row, opinionIds: string[]): Promise<Row> =>
    must(
      await t.gql<Record<string, Row>>(
        `mutation($i: ChangeSuggestionSourcesInput!) { r: ${op}SuggestionSources(input: $i) { ${SUGGESTION} } }`,
        { i: { id: row.id, version: row.version, sources: { opinionIds } } },
        liaison,
      ),
    ).r;

  // Link: two suggestions, one opinion in both (an opinion raising two points feeds two).
  let a = await create([o1, o2]);
  let b = await create([o2, o3]);
  await expectExact('created two suggestions sharing an opinion');
  // Unlink the shared opinion from one of them: still accounted for by the other.
  b = await change('remove', b, [o2]);
  await expectExact('removed the shared opinion from one suggestion');
  a = await change('add', a, [o4]);
  await expectExact('added an opinion');
  a = await change('remove', a, [o1]);
  await expectExact('removed an opinion (unaccounted again)');

  // Merge, then split into parts that name one opinion twice and leave nothing out.
  const merged = must(
    await t.gql<{ mergeSuggestions: Row }>(
      `mutation($i: MergeSuggestionsInput!) { mergeSuggestions(input: $i) { ${SUGGESTION} } }`,
      { i: { suggestions: [a, b], proposedChange: '合并后的计数测试条目' } },
      liaison,
    ),
  ).mergeSuggestions;
  await expectExact('merged');
  const parts = must(
    await t.gql<{ splitSuggestion: Row[] }>(
      `mutation($i: SplitSuggestionInput!) { splitSuggestion(input: $i) { ${SUGGESTION} } }`,
      {
        i: {
          id: merged.id,
          version: merged.version,
          parts: [
            { proposedChange: '甲', opinionIds: [o2, o3] },
            { proposedChange: '乙', opinionIds: [o3, o4] },
          ],
        },
      },
      liaison,
    ),
  ).splitSuggestion;
  await expectExact('split');

  // 不予报送: of an unlinked opinion (accounted for now) and of a linked one (linked but no longer active).
  const mark = async (id: string) =>
    must(
      await t.gql(
        'mutation($i: OpinionStatusInput!) { markOpinionOutOfScope(input: $i) { status } }',
        { i: { id, reason: '不属于本条例调整范围' } },
        liaison,
      ),
    );
  await mark(o5);
  await expectExact('marked an unlinked opinion 不予报送');
  await mark(o3);
  await expectExact('marked a linked opinion 不予报送');

  // A collector withdraws one of their opinions (if o6 is theirs; otherwise a fresh one of theirs).
  const fresh = must(
    await t.gql<{ submitOpinion: { opinion: { id: string } } }>(
      'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { opinion { id } } }',
      {
        i: {
          taskId,
          channel: 'VISIT',
          proposedChange: '计数测试：建议明确犬链长度',
          idempotencyKey: 'count-1',
        },
      },
      collector,
    ),
  ).submitOpinion.opinion.id;
  await expectExact('a new opinion arrived');
  const withFresh = await create([fresh, o6]);
  await expectExact('linked the new opinion');
  must(
    await t.gql(
      'mutation($i: OpinionStatusInput!) { withdrawOpinion(input: $i) { status } }',
      { i: { id: fresh, reason: '提出人撤回' } },
      collector,
    ),
  );
  await expectExact('withdrew a linked opinion');

  // Deleting suggestions unlinks their sources.
  for (const row of [...parts, withFresh])
    must(
      await t.gql(
        'mutation($i: SuggestionVersionInput!) { deleteSuggestion(input: $i) { deletedSuggestionId } }',
        { i: { id: row.id, version: row.version } },
        liaison,
      ),
    );
  ids = await expectExact('deleted every suggestion');
  expect(ids).toContain(o2);

  // Drafting links every remaining opinion: nothing left.
  must(
    await t.gql(
      'mutation($i: PointTaskRefInput!) { draftSuggestions(input: $i) { created } }',
      { i: { taskId, contactPointId: pointId } },
      liaison,
    ),
  );
  await expectExact('drafted');
});
