// The workbench's counters read tallies the database keeps as opinions, links, suggestions and groups are written
// (opinion_tally, consolidation_link_tally, consolidation_item_tally, kept by triggers; migration 1764600000000)
// instead of counting a million rows per request. They must equal a count made at read time after every kind of
// write, concurrent ones included (on MariaDB the writers really run at once), and a rolled-back write must leave
// them as they were. An import writes its opinions in bulk and, on MariaDB, counts them itself (migration
// 1764740000000 defers the per-row trigger for its statement): the same exactness holds after it.
import ExcelJS from 'exceljs';
import { OpinionEntity } from '@app/feedback/entities';
import { insertOpinionsInBulk } from '../../libs/feedback/src/opinion-bulk-insert.js';
import { demoTaskRefs, must, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let collector: string;
let liaison: string;
let taskId: string;
let pointId: string;

beforeAll(async () => {
  t = await startTestApp();
  collector = await t.login('collector');
  liaison = await t.login('liaison');
  ({ dogTaskId: taskId, pointId } = await demoTaskRefs(t, await t.login('head')));
});
afterAll(() => t.close());

type Line = Record<string, string | number>;

/** Every tally line (the kept one, or counted now from the opinions), in one order, as comparable values. */
async function opinionTallies(now: boolean, db = t.db.manager): Promise<Line[]> {
  const rows = await db.query<Line[]>(
    now
      ? `SELECT task_id, contact_point_id, status, COALESCE(provision_address, '') AS provision_address, channel,
           COALESCE(liaison_unit_id, '') AS liaison_unit_id, COUNT(*) AS opinions, SUM(people_represented) AS people
         FROM opinion
         GROUP BY task_id, contact_point_id, status, COALESCE(provision_address, ''), channel, COALESCE(liaison_unit_id, '')`
      : `SELECT task_id, contact_point_id, status, provision_address, channel, liaison_unit_id, opinions, people
         FROM opinion_tally WHERE opinions > 0`,
  );
  return rows
    .map((r) => ({ ...r, opinions: Number(r.opinions), people: Number(r.people) }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

async function linkTallies(now: boolean): Promise<Line[]> {
  const rows = await t.db.query<Line[]>(
    now
      ? `SELECT consolidation_id, COUNT(DISTINCT source_id) AS n FROM suggestion_source WHERE source_type = 'OPINION'
         GROUP BY consolidation_id`
      : 'SELECT consolidation_id, linked_opinions AS n FROM consolidation_link_tally WHERE linked_opinions > 0',
  );
  return rows
    .map((r) => ({ consolidation_id: r.consolidation_id, n: Number(r.n) }))
    .sort((a, b) => String(a.consolidation_id).localeCompare(String(b.consolidation_id)));
}

/** Suggestions and duplicate groups (the consolidation's current generation) per provision, kept or counted now. */
async function itemTallies(now: boolean): Promise<Line[]> {
  const rows = await t.db.query<Line[]>(
    now
      ? `SELECT consolidation_id, address AS provision_address, SUM(s) AS suggestions, SUM(g) AS duplicate_groups FROM (
           SELECT consolidation_id, COALESCE(provision_address, '') AS address, 1 AS s, 0 AS g FROM consolidated_suggestion
           UNION ALL SELECT g.consolidation_id, COALESCE(g.provision_address, ''), 0, 1 FROM duplicate_group g
             JOIN consolidation c ON c.id = g.consolidation_id AND g.generation = c.group_generation) x
         GROUP BY consolidation_id, address`
      : `SELECT consolidation_id, provision_address, suggestions, duplicate_groups FROM consolidation_item_tally
         WHERE suggestions > 0 OR duplicate_groups > 0`,
  );
  return rows
    .map((r) => ({ ...r, suggestions: Number(r.suggestions), duplicate_groups: Number(r.duplicate_groups) }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

async function expectExact(step: string): Promise<void> {
  expect({
    step,
    opinions: await opinionTallies(false),
    links: await linkTallies(false),
    items: await itemTallies(false),
  }).toEqual({
    step,
    opinions: await opinionTallies(true),
    links: await linkTallies(true),
    items: await itemTallies(true),
  });
}

const submit = (n: number) =>
  t.gql<{ submitOpinion: { opinion: { id: string } } }>(
    'mutation($input: SubmitOpinionInput!) { submitOpinion(input: $input) { opinion { id } } }',
    {
      input: {
        taskId,
        channel: n % 2 ? 'VISIT' : 'LETTER',
        provisionAddress: n % 3 ? null : 'art_1',
        peopleRepresented: 1 + (n % 4),
        proposedChange: `计数维护测试意见 ${n}：建议明确犬只登记期限`,
        idempotencyKey: `tally-test-${n}`,
      },
    },
    collector,
  );

it('equals a count at read time after concurrent submissions, edits, status changes and links, and after a rollback', async () => {
  await expectExact('the demo data (filled by the migration)');
  expect((await opinionTallies(false)).length).toBeGreaterThan(0);

  // Twelve submissions at once, onto the same few tally lines.
  const ids = (await Promise.all(Array.from({ length: 12 }, (_, n) => submit(n)))).map(
    (r) => must(r).submitOpinion.opinion.id,
  );
  await expectExact('twelve concurrent submissions');

  // At once: an edit of the people it stands for, a withdrawal by its author, two marked 不予报送.
  const results = await Promise.all([
    t.gql(
      'mutation($i: UpdateOpinionInput!) { updateOpinion(input: $i) { id } }',
      { i: { id: ids[0], peopleRepresented: 9 } },
      collector,
    ),
    t.gql(
      'mutation($i: OpinionStatusInput!) { withdrawOpinion(input: $i) { id } }',
      { i: { id: ids[1], reason: '重复提交' } },
      collector,
    ),
    ...[ids[2], ids[3]].map((id) =>
      t.gql(
        'mutation($i: OpinionStatusInput!) { markOpinionOutOfScope(input: $i) { id } }',
        { i: { id, reason: '不属于本条例调整范围' } },
        liaison,
      ),
    ),
  ]);
  for (const r of results) must(r);
  await expectExact('concurrent edit, withdrawal and 不予报送');

  // Two suggestions created at once, both linking the same opinions: each opinion counts once. The consolidation is
  // opened first (two first writers at once both creating it is another matter: on MariaDB one of them fails).
  must(
    await t.gql(
      'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { id } }',
      { t: taskId, p: pointId },
      liaison,
    ),
  );
  const shared = ids.slice(4, 8);
  const created = await Promise.all(
    ['甲', '乙'].map((word) =>
      t.gql<{ createSuggestion: { id: string; version: number } }>(
        'mutation($i: CreateSuggestionInput!) { createSuggestion(input: $i) { id version } }',
        {
          i: {
            taskId,
            contactPointId: pointId,
            proposedChange: `计数维护测试条目${word}`,
            sources: { opinionIds: shared },
          },
        },
        liaison,
      ),
    ),
  );
  const [a, b] = created.map((r) => must(r).createSuggestion);
  await expectExact('two concurrent suggestions sharing their opinions');
  expect((await linkTallies(false)).some((l) => l.n === shared.length)).toBe(true);
  // One moved to another provision: its count moves with it.
  const moved = must(
    await t.gql<{ updateSuggestion: { id: string; version: number } }>(
      'mutation($i: UpdateSuggestionInput!) { updateSuggestion(input: $i) { id version } }',
      { i: { id: a.id, version: a.version, provisionAddress: 'art_2' } },
      liaison,
    ),
  ).updateSuggestion;
  await expectExact('a suggestion moved to another provision');
  // Deleting one leaves the opinions linked by the other; deleting both unlinks them.
  const remove = (s: { id: string; version: number }) =>
    t.gql(
      'mutation($i: SuggestionVersionInput!) { deleteSuggestion(input: $i) { deletedSuggestionId } }',
      { i: { id: s.id, version: s.version } },
      liaison,
    );
  must(await remove(moved));
  await expectExact('one of the two deleted');
  must(await remove(b));
  await expectExact('both deleted');

  // Grouping (regrouping replaces every group) and drafting (a suggestion per opinion or group left).
  const ref = { taskId, contactPointId: pointId };
  for (const mutation of ['groupDuplicateOpinions', 'groupDuplicateOpinions', 'draftSuggestions'])
    must(
      await t.gql(
        `mutation($i: PointTaskRefInput!) { ${mutation}(input: $i) { __typename } }`,
        { i: ref },
        liaison,
      ),
    );
  await expectExact('grouped twice and drafted');
  expect((await itemTallies(false)).length).toBeGreaterThan(0);
  // The suggestions list's totalCount is read from the tally: it must equal the rows the same list holds — the whole
  // table, one provision (with those below it) and 总体意见.
  const listed = async (filter: string, vars: Record<string, unknown>, declared = '') =>
    must(
      await t.gql<{
        consolidation: {
          suggestions: {
            totalCount: number;
            edges: { node: { provisionAddress: string | null } }[];
            pageInfo: { hasNextPage: boolean };
          };
        };
      }>(
        `query($t: ID!, $p: ID!${declared}) { consolidation(taskId: $t, contactPointId: $p) {
          suggestions(first: 100${filter}) { totalCount edges { node { provisionAddress } } pageInfo { hasNextPage } } } }`,
        { t: taskId, p: pointId, ...vars },
        liaison,
      ),
    ).consolidation.suggestions;
  const whole = await listed('', {});
  expect(whole.pageInfo.hasNextPage).toBe(false);
  expect(whole.edges.length).toBeGreaterThan(0);
  expect(whole.totalCount).toBe(whole.edges.length);
  const address = whole.edges.find((e) => e.node.provisionAddress)!.node.provisionAddress;
  for (const [filter, vars, declared] of [
    [', provisionAddress: $a', { a: address }, ', $a: String'],
    [', general: $g', { g: true }, ', $g: Boolean'],
  ] as const) {
    const page = await listed(filter, vars, declared);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.totalCount).toBe(page.edges.length);
  }

  // A deletion and a status change inside a transaction are counted there and undone with it.
  const before = await opinionTallies(false);
  await expect(
    t.db.transaction(async (em) => {
      await em.query('DELETE FROM opinion_revision WHERE opinion_id = ?', [ids[8]]);
      await em.query('DELETE FROM opinion WHERE id = ?', [ids[8]]);
      await em.query(`UPDATE opinion SET status = 'OUT_OF_SCOPE' WHERE id = ?`, [ids[9]]);
      expect(await opinionTallies(false, em)).toEqual(await opinionTallies(true, em));
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  expect(await opinionTallies(false)).toEqual(before);
  await expectExact('after the rollback');
});

it('equals a count at read time after a spreadsheet import, and a failed bulk insert leaves the trigger counting', async () => {
  const template = await t.download(`/files/tasks/${taskId}/opinion-template.xlsx`, collector);
  expect(template.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template.body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.getWorksheet('意见')!;
  const headers = (sheet.getRow(1).values as Array<string | undefined>).map((v) =>
    String(v ?? '').replace(/（.*）/, ''),
  );
  // Several tally lines (provision × channel), several rows on each, people adding up.
  for (let n = 0; n < 30; n++) {
    const row = sheet.getRow(n + 2);
    row.getCell(headers.indexOf('条款')).value = n % 3 ? '总体意见' : '第九条第一款';
    row.getCell(headers.indexOf('修改意见')).value = `导入计数测试意见 ${n}`;
    row.getCell(headers.indexOf('征集方式')).value = n % 2 ? '座谈会' : '问卷';
    row.getCell(headers.indexOf('代表人数')).value = 1 + (n % 5);
    row.commit();
  }
  const before = await opinionTallies(false);
  const imported = must(
    await t.gql<{ importOpinions: { imported: number } }>(
      'mutation($i: ImportOpinionsInput!) { importOpinions(input: $i) { imported } }',
      { i: { taskId, fileBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') } },
      collector,
    ),
  ).importOpinions;
  expect(imported.imported).toBe(30);
  const added = (lines: Line[]) => lines.reduce((sum, l) => sum + Number(l.opinions), 0);
  expect(added(await opinionTallies(false)) - added(before)).toBe(30);
  await expectExact('a spreadsheet import of 30 rows');

  // A bulk insert that fails (an id already stored) counts nothing, and the next opinion written on the same
  // connection is counted by the trigger again: the deferral does not outlive the statement.
  const [existing] = await t.db.getRepository(OpinionEntity).find({ where: { taskId }, take: 1 });
  const copy = (id: string, receiptNumber: string): OpinionEntity => ({ ...existing, id, receiptNumber });
  const beforeFailure = await opinionTallies(false);
  await expect(
    t.db.transaction(async (em) => {
      await expect(
        insertOpinionsInBulk(em, [
          copy('tally-bulk-new-1', '99999999999901'),
          copy(existing.id, '99999999999902'),
        ]),
      ).rejects.toThrow();
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  expect(await opinionTallies(false)).toEqual(beforeFailure);
  await t.db.transaction(async (em) => {
    await expect(insertOpinionsInBulk(em, [copy(existing.id, '99999999999903')])).rejects.toThrow();
    await em.insert(OpinionEntity, copy('tally-bulk-new-2', '99999999999904'));
  });
  await expectExact('a failed bulk insert, then a plain insert on the same connection');
});
