// Attack round 2: nobody new at a switched-off (停用) point or unit, and nothing new written in a switched-off unit's
// name. Before, the head of a switched-off point still opened accounts and added experts there, and a switched-off
// unit still got a new administrator who wrote opinions in its name. Switching people off stays open. And two oracles:
// another point's member or collector named in createAccount / recordCollectionActivity answered differently from a
// missing one.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chinaDate } from '@app/common/china-date';
import { errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_ACCOUNT = 'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }';
const SET_ACCOUNT_ACTIVE =
  'mutation($id: ID!, $active: Boolean!) { setAccountActive(input: {accountId: $id, active: $active}) { id active } }';
const UPDATE_POINT = 'mutation($i: UpdateContactPointInput!) { updateContactPoint(input: $i) { id active } }';
const UPDATE_UNIT = 'mutation($i: UpdateLiaisonUnitInput!) { updateLiaisonUnit(input: $i) { id active } }';
const UPDATE_COLLECTOR = 'mutation($i: UpdateCollectorInput!) { updateCollector(input: $i) { id active } }';
const UPDATE_EXPERT = 'mutation($i: UpdateExpertInput!) { updateExpert(input: $i) { id active } }';
const SUBMIT = 'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }';
const POINT = `query($id: ID!) { contactPoint(id: $id) { id name
  experts(first: 100, includeInactive: true) { edges { node { id name accountId active } } }
  liaisonUnits(first: 40, includeInactive: true) { edges { node { id name active
    collectors(first: 60, includeInactive: true) { edges { node { id name accountId active } } } } } } } }`;

interface Point {
  id: string;
  name: string;
  experts: {
    edges: Array<{ node: { id: string; name: string; accountId: string | null; active: boolean } }>;
  };
  liaisonUnits: {
    edges: Array<{
      node: {
        id: string;
        name: string;
        active: boolean;
        collectors: {
          edges: Array<{ node: { id: string; name: string; accountId: string | null; active: boolean } }>;
        };
      };
    }>;
  };
}

describe('a switched-off point or unit takes nobody new, and a switched-off unit nothing new in its name', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let ours: Point;
  let theirs: Point;
  const account = (username: string, role: string, organizationId: string, memberId?: string) => ({
    i: {
      username,
      displayName: '停用测试',
      password: 'demo-password',
      role,
      organizationId,
      ...(memberId ? { memberId } : {}),
    },
  });
  const point = async (id: string) =>
    must(await t.gql<{ contactPoint: Point }>(POINT, { id }, tokens.admin)).contactPoint;
  const count = async (sql: string): Promise<number> =>
    Number((await t.db.query<Array<{ n: number | string }>>(sql))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'head', 'liaison', 'collector']) tokens[user] = await t.login(user);
    const points = must(
      await t.gql<{ contactPoints: { edges: Array<{ node: { id: string; name: string } }> } }>(
        '{ contactPoints(first: 10) { edges { node { id name } } } }',
        {},
        tokens.admin,
      ),
    ).contactPoints.edges.map((e) => e.node);
    const headPoint = must(
      await t.gql<{ me: { roles: Array<{ contactPointId: string | null }> } }>(
        '{ me { roles { contactPointId } } }',
        {},
        tokens.head,
      ),
    ).me.roles[0].contactPointId!;
    ours = await point(headPoint);
    const theirsId = points.find((p) => p.id !== headPoint && p.name.includes('天生'))!.id;
    // The second point's own expert and collector (the demo gives it units; the administrator adds the rest).
    must(
      await t.gql(
        'mutation($i: AddExpertInput!) { addExpert(input: $i) { id } }',
        { i: { contactPointId: theirsId, name: '天生专家', discipline: '法学', affiliation: '某大学' } },
        tokens.admin,
      ),
    );
    const before = await point(theirsId);
    if (!before.liaisonUnits.edges.some((u) => u.node.active && u.node.collectors.edges.length > 0)) {
      const unit =
        before.liaisonUnits.edges.find((u) => u.node.active)?.node ??
        must(
          await t.gql<{ addLiaisonUnit: { id: string } }>(
            'mutation($i: AddLiaisonUnitInput!) { addLiaisonUnit(input: $i) { id } }',
            { i: { contactPointId: theirsId, name: '天生社区', type: 'LIAISON_UNIT' } },
            tokens.admin,
          ),
        ).addLiaisonUnit;
      must(
        await t.gql(
          'mutation($i: AddCollectorInput!) { addCollector(input: $i) { id } }',
          { i: { liaisonUnitId: unit.id, name: '天生采集员', category: 'PUBLIC_REPRESENTATIVE' } },
          tokens.admin,
        ),
      );
    }
    theirs = await point(theirsId);
  });
  afterAll(() => t.close());

  it('answers another point’s member or collector as a missing one (no oracle), to a head of this point', async () => {
    const otherExpert = theirs.experts.edges[0].node.id;
    const otherCollector = theirs.liaisonUnits.edges.flatMap((u) => u.node.collectors.edges)[0].node.id;
    const missing = '01890000-0000-7000-8000-000000000000';
    const linkTo = async (memberId: string) =>
      errorOf(
        await t.gql(
          CREATE_ACCOUNT,
          account(`oracle-${memberId.slice(0, 6)}`, 'EXPERT', ours.id, memberId),
          tokens.head,
        ),
      );
    const [other, none] = [await linkTo(otherExpert), await linkTo(missing)];
    expect(other).toMatchObject({ code: 'NOT_FOUND' });
    expect(other).toEqual({ ...none, message: none.message.replace(missing, otherExpert) });

    const taskId = must(
      await t.gql<{ consultationTasks: { edges: Array<{ node: { id: string; title: string } }> } }>(
        '{ consultationTasks(first: 50) { edges { node { id title } } } }',
        {},
        tokens.head,
      ),
    ).consultationTasks.edges.find(
      (e) => e.node.title.startsWith('关于再次征求') && e.node.title.includes('养犬'),
    )!.node.id;
    const record = async (collectorId: string) =>
      errorOf(
        await t.gql(
          'mutation($i: RecordActivityInput!) { recordCollectionActivity(input: $i) { id } }',
          {
            i: {
              taskId,
              channel: 'FORUM',
              title: '座谈会',
              heldOn: chinaDate(new Date()),
              participants: 5,
              collectorIds: [collectorId],
            },
          },
          tokens.head,
        ),
      );
    const [otherOne, noOne] = [await record(otherCollector), await record(missing)];
    expect(otherOne).toMatchObject({ code: 'NOT_FOUND' });
    expect(otherOne).toEqual({ ...noOne, message: noOne.message.replace(missing, otherCollector) });
  });

  it('a switched-off point gets no new account, member or unit, and nobody switched back on; switching off stays open', async () => {
    // The second point's head, as the attack had it: the administrator switches the point off while he is signed in.
    const expert = theirs.experts.edges.find((e) => e.node.active && !e.node.accountId)!.node;
    const unit = theirs.liaisonUnits.edges.find((u) => u.node.active)!.node;
    must(await t.gql(UPDATE_POINT, { i: { id: theirs.id, active: false } }, tokens.admin));
    try {
      const attempts: Array<[string, string, Record<string, unknown>]> = [
        ['createAccount', CREATE_ACCOUNT, account('off-expert', 'EXPERT', theirs.id)],
        ['createAccount (unit)', CREATE_ACCOUNT, account('off-unit', 'UNIT_ADMIN', unit.id)],
        [
          'addExpert',
          'mutation($i: AddExpertInput!) { addExpert(input: $i) { id } }',
          { i: { contactPointId: theirs.id, name: '新专家', discipline: '法学', affiliation: '某大学' } },
        ],
        [
          'addLiaisonUnit',
          'mutation($i: AddLiaisonUnitInput!) { addLiaisonUnit(input: $i) { id } }',
          { i: { contactPointId: theirs.id, name: '新单位', type: 'LIAISON_UNIT' } },
        ],
        [
          'addCollector',
          'mutation($i: AddCollectorInput!) { addCollector(input: $i) { id } }',
          { i: { liaisonUnitId: unit.id, name: '新采集员', category: 'PUBLIC_REPRESENTATIVE' } },
        ],
      ];
      for (const [name, document, variables] of attempts) {
        const error = errorOf(await t.gql(document, variables, tokens.admin));
        expect({ name, ...error }).toEqual(
          expect.objectContaining({ name, code: 'CONFLICT', reason: 'CONTACT_POINT_INACTIVE' }),
        );
        expect(error.message).toContain('已停用');
      }
      // Switching a member off works; switching them back on does not, while the point is off.
      must(await t.gql(UPDATE_EXPERT, { i: { id: expert.id, active: false } }, tokens.admin));
      const back = errorOf(await t.gql(UPDATE_EXPERT, { i: { id: expert.id, active: true } }, tokens.admin));
      expect(back).toMatchObject({ code: 'CONFLICT', reason: 'CONTACT_POINT_INACTIVE' });
      expect(await count("SELECT COUNT(*) AS n FROM account WHERE username LIKE 'off-%'")).toBe(0);
      expect(await count("SELECT COUNT(*) AS n FROM expert WHERE name = '新专家'")).toBe(0);
    } finally {
      must(await t.gql(UPDATE_POINT, { i: { id: theirs.id, active: true } }, tokens.admin));
    }
    // Back on: the expert can be switched on again.
    must(await t.gql(UPDATE_EXPERT, { i: { id: expert.id, active: true } }, tokens.admin));
  });

  it('a switched-off unit gets no new account, and its administrator adds nothing in its name (reads stay)', async () => {
    // 施家梁镇: its collector records are switched off first (the unit is not switched off while they serve), and an
    // administrator account opened for it before.
    const unit = ours.liaisonUnits.edges.find((u) => u.node.name === '施家梁镇')!.node;
    for (const c of unit.collectors.edges.filter((e) => e.node.active))
      must(await t.gql(UPDATE_COLLECTOR, { i: { id: c.node.id, active: false } }, tokens.head));
    must(await t.gql(CREATE_ACCOUNT, account('u2admin', 'UNIT_ADMIN', unit.id), tokens.head));
    const admin = await t.login('u2admin');
    const mine = must(
      await t.gql<{
        myAssignments: {
          edges: Array<{
            node: { taskId: string; provisionAddresses: string[]; pointTask: { acceptingOpinions: boolean } };
          }>;
        };
      }>(
        '{ myAssignments(first: 50) { edges { node { taskId provisionAddresses pointTask { acceptingOpinions } } } } }',
        {},
        admin,
      ),
    ).myAssignments.edges.map((e) => e.node);
    const open = mine.find((a) => a.pointTask.acceptingOpinions)!;
    const opinion = (text: string) => ({
      i: {
        taskId: open.taskId,
        channel: 'FORUM',
        proposedChange: text,
        ...(open.provisionAddresses.length ? { provisionAddress: open.provisionAddresses[0] } : {}),
      },
    });
    must(await t.gql(SUBMIT, opinion('停用前以单位名义提交'), admin));

    must(await t.gql(UPDATE_UNIT, { i: { id: unit.id, active: false } }, tokens.head));
    const refused = errorOf(await t.gql(SUBMIT, opinion('停用后以单位名义提交'), admin));
    expect(refused).toMatchObject({ code: 'CONFLICT', reason: 'UNIT_INACTIVE' });
    expect(refused.message).toContain('施家梁镇');
    const created = errorOf(
      await t.gql(CREATE_ACCOUNT, account('u2admin-2', 'UNIT_ADMIN', unit.id), tokens.head),
    );
    expect(created).toMatchObject({ code: 'CONFLICT', reason: 'UNIT_INACTIVE' });
    const collectorAccount = errorOf(
      await t.gql(CREATE_ACCOUNT, account('u2collector', 'COLLECTOR', unit.id), tokens.liaison),
    );
    expect(collectorAccount).toMatchObject({ code: 'CONFLICT', reason: 'UNIT_INACTIVE' });
    expect(
      await count("SELECT COUNT(*) AS n FROM opinion WHERE proposed_change = '停用后以单位名义提交'"),
    ).toBe(0);
    // Its history stays readable to its administrator.
    const history = await t.gql<{ opinions: { totalCount: number } }>(
      'query($t: ID!) { opinions(taskId: $t, first: 5) { totalCount } }',
      { t: open.taskId },
      admin,
    );
    expect(history.errors).toBeUndefined();
    expect(history.data!.opinions.totalCount).toBeGreaterThan(0);

    // An account switched off with it is not switched back on while the unit is off.
    const u2 = must(await t.gql<{ me: { id: string } }>('{ me { id } }', {}, admin)).me.id;
    must(await t.gql(SET_ACCOUNT_ACTIVE, { id: u2, active: false }, tokens.head));
    const again = errorOf(await t.gql(SET_ACCOUNT_ACTIVE, { id: u2, active: true }, tokens.head));
    expect(again).toMatchObject({ code: 'CONFLICT', reason: 'UNIT_INACTIVE' });
  });
});
