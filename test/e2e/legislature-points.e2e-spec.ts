// A legislature's staff set up their own legislature's contact points (the web workbench's 联系点, /contact-points)
// and nothing of another legislature's: every operation that reads or changes a point or a legislature, given the
// other legislature's ids, is refused (or narrowed to nothing) and writes nothing. At their own points they create, edit,
// switch off and on — but appoint no head: a point's roles are never the legislature's to grant (issue 7, grantRefusal).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ContactPointEntity, ExecutiveMemberEntity } from '@app/organization/entities';
import { errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';

const POINT_INPUT = {
  hostInstitution: '测试单位',
  level: 'CITY',
  kind: 'OTHER',
  designatedOn: '2025-01-01',
};

describe('legislature staff and contact points', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let ownLegislatureId: string;
  let farLegislatureId: string;
  let farPointId: string;

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'legislature']) tokens[user] = await t.login(user);
    ownLegislatureId = must(
      await t.gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
        '{ legislatures(first: 5) { edges { node { id } } } }',
        {},
        tokens.legislature,
      ),
    ).legislatures.edges[0].node.id;
    farLegislatureId = must(
      await t.gql<{ createLegislature: { id: string } }>(
        'mutation($i: CreateLegislatureInput!) { createLegislature(input: $i) { id } }',
        { i: { name: '（测试）另一立法机关', region: '测试市', level: 'CITY' } },
        tokens.admin,
      ),
    ).createLegislature.id;
    farPointId = must(
      await t.gql<{ createContactPoint: { id: string } }>(
        'mutation($i: CreateContactPointInput!) { createContactPoint(input: $i) { id } }',
        { i: { legislatureId: farLegislatureId, name: '（测试）另一机关的联系点', ...POINT_INPUT } },
        tokens.admin,
      ),
    ).createContactPoint.id;
  });
  afterAll(() => t.close());

  /** The other legislature's points as stored, for "nothing written". */
  const farRows = () =>
    t.db
      .getRepository(ContactPointEntity)
      .find({ where: { legislatureId: farLegislatureId }, order: { id: 'ASC' } });

  it('refuses every read and change of another legislature’s points and legislature, writing nothing', async () => {
    const before = await farRows();
    expect(before).toHaveLength(1);
    // Each operation that names a point or a legislature, with the other legislature's ids.
    const refused: Array<[string, string, Record<string, unknown>]> = [
      ['contactPoint', '{ contactPoint(id: $id) { id name } }', { id: farPointId }],
      ['legislature', '{ legislature(id: $id) { id name } }', { id: farLegislatureId }],
      [
        'createContactPoint',
        'mutation($i: CreateContactPointInput!) { createContactPoint(input: $i) { id } }',
        { i: { legislatureId: farLegislatureId, name: '（测试）越权设立', ...POINT_INPUT } },
      ],
      [
        'updateContactPoint (edit)',
        'mutation($i: UpdateContactPointInput!) { updateContactPoint(input: $i) { id } }',
        { i: { id: farPointId, name: '（测试）越权改名' } },
      ],
      [
        'updateContactPoint (switch off)',
        'mutation($i: UpdateContactPointInput!) { updateContactPoint(input: $i) { id } }',
        { i: { id: farPointId, active: false } },
      ],
      [
        'updateLegislature',
        'mutation($i: UpdateLegislatureInput!) { updateLegislature(input: $i) { id } }',
        { i: { id: farLegislatureId, name: '（测试）越权改名' } },
      ],
      [
        'addExecutiveMember (head)',
        'mutation($i: AddExecutiveMemberInput!) { addExecutiveMember(input: $i) { id } }',
        { i: { contactPointId: farPointId, name: '（测试）点长', position: 'POINT_HEAD' } },
      ],
    ];
    for (const [name, query, variables] of refused) {
      const declared = query.startsWith('{') ? `query($id: ID!) ${query}` : query;
      const res = await t.gql(declared, variables, tokens.legislature);
      // Another legislature's point or legislature answers as a missing one (NOT_FOUND): a refusal would say it exists.
      // Editing a legislature and naming a 点长 are the administrator's alone: refused to staff whatever the id
      // (FORBIDDEN, the same for a missing one).
      const expected = ['updateLegislature', 'addExecutiveMember (head)'].includes(name)
        ? 'FORBIDDEN'
        : 'NOT_FOUND';
      expect([name, errorOf(res).code]).toEqual([name, expected]);
      // Nothing answered: no data at all, or the (nullable) field null.
      expect([name, Object.values(res.data ?? {}).filter((v) => v !== null)]).toEqual([name, []]);
    }
    // A list asked for the other legislature's points is empty, not refused: a filter only narrows the caller's scope.
    const listed = must(
      await t.gql<{ contactPoints: { totalCount: number; edges: unknown[] } }>(
        'query($l: ID) { contactPoints(first: 20, legislatureId: $l, includeInactive: true) { totalCount edges { node { id } } } }',
        { l: farLegislatureId },
        tokens.legislature,
      ),
    ).contactPoints;
    expect(listed).toEqual({ totalCount: 0, edges: [] });
    const everything = must(
      await t.gql<{ contactPoints: { edges: Array<{ node: { legislature: { id: string } } }> } }>(
        '{ contactPoints(first: 100, includeInactive: true) { edges { node { legislature { id } } } } }',
        {},
        tokens.legislature,
      ),
    ).contactPoints.edges.map((e) => e.node.legislature.id);
    expect(everything.length).toBeGreaterThan(0);
    expect(new Set(everything)).toEqual(new Set([ownLegislatureId]));
    expect(await farRows()).toEqual(before);
  });

  it('lets them create, edit, switch off and on their own legislature’s point, but appoint no head there', async () => {
    const point = must(
      await t.gql<{ createContactPoint: { id: string; legislature: { id: string } } }>(
        'mutation($i: CreateContactPointInput!) { createContactPoint(input: $i) { id legislature { id } } }',
        { i: { legislatureId: ownLegislatureId, name: '（测试）本机关新联系点', ...POINT_INPUT } },
        tokens.legislature,
      ),
    ).createContactPoint;
    expect(point.legislature.id).toBe(ownLegislatureId);
    const UPDATE =
      'mutation($i: UpdateContactPointInput!) { updateContactPoint(input: $i) { name hostInstitution active } }';
    for (const [input, expected] of [
      [
        { name: '（测试）本机关联系点', hostInstitution: '某街道办事处' },
        { name: '（测试）本机关联系点', hostInstitution: '某街道办事处', active: true },
      ],
      [{ active: false }, { name: '（测试）本机关联系点', hostInstitution: '某街道办事处', active: false }],
      [{ active: true }, { name: '（测试）本机关联系点', hostInstitution: '某街道办事处', active: true }],
    ] as const)
      expect(
        must(
          await t.gql<{ updateContactPoint: unknown }>(
            UPDATE,
            { i: { id: point.id, ...input } },
            tokens.legislature,
          ),
        ).updateContactPoint,
      ).toEqual(expected);

    // The head is the administrator's to appoint: no member record, no account, and grantOptions says so.
    const member = await t.gql(
      'mutation($i: AddExecutiveMemberInput!) { addExecutiveMember(input: $i) { id } }',
      { i: { contactPointId: point.id, name: '（测试）点长', position: 'POINT_HEAD' } },
      tokens.legislature,
    );
    expect(errorOf(member).code).toBe('FORBIDDEN');
    const account = await t.gql(
      'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
      {
        i: {
          username: 'test-leg-head',
          password: '西南山城的雾散得很慢',
          displayName: '（测试）点长',
          role: 'POINT_HEAD',
          organizationId: point.id,
        },
      },
      tokens.legislature,
    );
    expect(errorOf(account)).toMatchObject({ code: 'FORBIDDEN', reason: 'GRANT_FORBIDDEN' });
    expect(account.errors![0].extensions.grantRefusal).toBe('NOT_GRANTABLE');
    expect(await t.db.getRepository(ExecutiveMemberEntity).countBy({ contactPointId: point.id })).toBe(0);
    const options = must(
      await t.gql<{ contactPoint: { grantOptions: Array<{ role: string; grantable: boolean }> } }>(
        'query($id: ID!) { contactPoint(id: $id) { grantOptions { role grantable } } }',
        { id: point.id },
        tokens.legislature,
      ),
    ).contactPoint.grantOptions;
    expect(options.length).toBeGreaterThan(0);
    expect(options.filter((o) => o.grantable)).toEqual([]);
  });
});
