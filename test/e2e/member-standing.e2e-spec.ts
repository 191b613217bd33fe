import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RoleAssignmentEntity } from '@app/identity/entities';
import { errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A member's standing — in office or not, as what, for which unit — and the account linked to the record go together:
 * switching the record off switches the account off. So changing it is for whoever could manage that account and that
 * position (the roles they may grant), not for everyone who edits the point's structure: the liaison officer edits
 * names and phones of the executing body, but neither switches off the head's or a deputy's account nor makes anyone
 * 点长 through the member record (attack notes F2). Linking an account to a member (createAccount's memberId) must match
 * the role and the unit (F8).
 */
const BODY = `query($id: ID!) { contactPoint(id: $id) { executingBody {
  pointHead { id name accountId active position }
  deputyHeads { id name accountId active position }
  liaisonOfficers { id name accountId active position } }
  experts(first: 50) { edges { node { id name accountId active } } }
  liaisonUnits(first: 50) { edges { node { id name collectors(first: 50) { edges { node { id name accountId active liaisonUnitId } } } } } }
} }`;
const UPDATE_MEMBER =
  'mutation($input: UpdateExecutiveMemberInput!) { updateExecutiveMember(input: $input) { id active position } }';
const UPDATE_EXPERT = 'mutation($input: UpdateExpertInput!) { updateExpert(input: $input) { id active } }';
const UPDATE_COLLECTOR =
  'mutation($input: UpdateCollectorInput!) { updateCollector(input: $input) { id active liaisonUnitId } }';
const CREATE_ACCOUNT =
  'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id username } }';

interface Member {
  id: string;
  name: string;
  accountId: string | null;
  active: boolean;
  position: string;
}
interface Body {
  contactPoint: {
    executingBody: { pointHead: Member; deputyHeads: Member[]; liaisonOfficers: Member[] };
    experts: {
      edges: Array<{ node: { id: string; name: string; accountId: string | null; active: boolean } }>;
    };
    liaisonUnits: {
      edges: Array<{
        node: {
          id: string;
          name: string;
          collectors: {
            edges: Array<{
              node: {
                id: string;
                name: string;
                accountId: string | null;
                active: boolean;
                liaisonUnitId: string;
              };
            }>;
          };
        };
      }>;
    };
  };
}

describe('who may change a member’s standing (and so the linked account’s)', () => {
  let t: TestApp;
  let pointId: string;
  const tokens: Record<string, string> = {};
  let body: () => Promise<Body['contactPoint']>;

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'head', 'deputy', 'liaison', 'expert', 'collector'])
      tokens[user] = await t.login(user);
    const me = must(
      await t.gql<{ me: { roles: Array<{ contactPointId: string | null }> } }>(
        '{ me { roles { contactPointId } } }',
        {},
        tokens.head,
      ),
    );
    pointId = me.me.roles[0].contactPointId!;
    body = async () => must(await t.gql<Body>(BODY, { id: pointId }, tokens.admin)).contactPoint;
  });
  afterAll(() => t.close());

  const signedIn = async (user: string) =>
    (await t.gql('{ me { id } }', {}, tokens[user])).errors === undefined;

  it('refuses the liaison officer every change of an executive member’s standing, linked or not', async () => {
    const { executingBody } = await body();
    const head = executingBody.pointHead;
    const deputy = executingBody.deputyHeads.find((m) => m.accountId)!; // 王晓红, account `deputy`
    const unlinkedDeputy = executingBody.deputyHeads.find((m) => !m.accountId)!; // 陈立新
    const own = executingBody.liaisonOfficers[0]; // 刘洋, the liaison's own record
    const attempts: Array<[Member, Record<string, unknown>]> = [
      [head, { active: false }],
      [head, { position: 'DEPUTY_HEAD' }],
      [deputy, { active: false }],
      [deputy, { position: 'LIAISON_OFFICER' }],
      [unlinkedDeputy, { active: false }],
      [unlinkedDeputy, { position: 'POINT_HEAD' }],
      [own, { position: 'POINT_HEAD' }],
      [own, { position: 'DEPUTY_HEAD' }],
    ];
    for (const [member, change] of attempts) {
      const res = await t.gql(UPDATE_MEMBER, { input: { id: member.id, ...change } }, tokens.liaison);
      expect({ member: member.name, change, error: errorOf(res) }).toMatchObject({
        error: { code: 'FORBIDDEN', reason: 'GRANT_FORBIDDEN' },
      });
      expect(errorOf(res).message).toContain(member.name);
    }
    // Nothing changed: the head and the deputy are still signed in, every record as it was.
    expect(await signedIn('head')).toBe(true);
    expect(await signedIn('deputy')).toBe(true);
    expect((await body()).executingBody).toEqual(executingBody);

    // What the liaison officer may still do to the executing body: its names, titles and phones.
    const renamed = await t.gql(
      UPDATE_MEMBER,
      { input: { id: deputy.id, jobTitle: '副院长（更正）' } },
      tokens.liaison,
    );
    expect(renamed.errors).toBeUndefined();
    // Sending the unchanged position along (as the web's form does) is no change of standing.
    const same = await t.gql(
      UPDATE_MEMBER,
      { input: { id: head.id, position: 'POINT_HEAD', phone: '13900000009' } },
      tokens.liaison,
    );
    expect(same.errors).toBeUndefined();
  });

  it('lets the head manage deputies and liaison officers, but not name a head nor move their own position', async () => {
    const { executingBody } = await body();
    const head = executingBody.pointHead;
    const deputy = executingBody.deputyHeads.find((m) => m.accountId)!;
    const refused: Array<[Member, Record<string, unknown>]> = [
      [deputy, { position: 'POINT_HEAD' }],
      [head, { position: 'DEPUTY_HEAD' }],
    ];
    for (const [member, change] of refused)
      expect(
        errorOf(await t.gql(UPDATE_MEMBER, { input: { id: member.id, ...change } }, tokens.head)),
      ).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'GRANT_FORBIDDEN',
      });

    const off = await t.gql(UPDATE_MEMBER, { input: { id: deputy.id, active: false } }, tokens.head);
    expect(off.errors).toBeUndefined();
    expect(errorOf(await t.gql('{ me { id } }', {}, tokens.deputy)).reason).toBe('ACCOUNT_INACTIVE');
    expect(
      (await t.gql(UPDATE_MEMBER, { input: { id: deputy.id, active: true } }, tokens.head)).errors,
    ).toBeUndefined();
    const moved = await t.gql<{ updateExecutiveMember: { position: string } }>(
      UPDATE_MEMBER,
      { input: { id: deputy.id, position: 'LIAISON_OFFICER' } },
      tokens.head,
    );
    expect(must(moved).updateExecutiveMember.position).toBe('LIAISON_OFFICER');
    await t.gql(UPDATE_MEMBER, { input: { id: deputy.id, position: 'DEPUTY_HEAD' } }, tokens.head);
    tokens.deputy = await t.login('deputy');

    // An administrator may change the head's record.
    const admin = await t.gql(
      UPDATE_MEMBER,
      { input: { id: head.id, jobTitle: '点长（管理员更正）' } },
      tokens.admin,
    );
    expect(admin.errors).toBeUndefined();
  });

  it('lets head and liaison switch experts and collectors off and on, but not one whose account holds a role above theirs', async () => {
    const point = await body();
    const expert = point.experts.edges.map((e) => e.node).find((e) => e.accountId)!; // 赵志强, account `expert`
    const units = point.liaisonUnits.edges.map((e) => e.node);
    const collector = units.flatMap((u) => u.collectors.edges.map((c) => c.node)).find((c) => c.accountId)!;
    const otherUnit = units.find((u) => u.id !== collector.liaisonUnitId)!;

    for (const user of ['head', 'liaison']) {
      for (const [doc, id] of [
        [UPDATE_EXPERT, expert.id],
        [UPDATE_COLLECTOR, collector.id],
      ] as const) {
        expect((await t.gql(doc, { input: { id, active: false } }, tokens[user])).errors).toBeUndefined();
        expect((await t.gql(doc, { input: { id, active: true } }, tokens[user])).errors).toBeUndefined();
      }
      const there = await t.gql(
        UPDATE_COLLECTOR,
        { input: { id: collector.id, liaisonUnitId: otherUnit.id } },
        tokens[user],
      );
      expect(there.errors).toBeUndefined();
      const back = await t.gql(
        UPDATE_COLLECTOR,
        { input: { id: collector.id, liaisonUnitId: collector.liaisonUnitId } },
        tokens[user],
      );
      expect(back.errors).toBeUndefined();
    }

    // Switched off and on again: their old tokens are dead, they sign in anew.
    tokens.expert = await t.login('expert');
    tokens.collector = await t.login('collector');

    // The expert's account also serves as a deputy head (and the collector's as the liaison officer): switching the
    // record off would switch off that role too, which the liaison officer may not grant.
    const grants = t.db.getRepository(RoleAssignmentEntity);
    const [expertGrant] = await grants.findBy({ accountId: expert.accountId! });
    const [collectorGrant] = await grants.findBy({ accountId: collector.accountId! });
    await grants.insert({
      ...expertGrant,
      id: '00000000-0000-4000-8000-00000000f201',
      role: 'DEPUTY_HEAD' as never,
      liaisonUnitId: null,
    });
    await grants.insert({
      ...collectorGrant,
      id: '00000000-0000-4000-8000-00000000f202',
      role: 'LIAISON_OFFICER' as never,
      liaisonUnitId: null,
    });
    const refused: Array<[string, Record<string, unknown>]> = [
      [UPDATE_EXPERT, { id: expert.id, active: false }],
      [UPDATE_COLLECTOR, { id: collector.id, active: false }],
      [UPDATE_COLLECTOR, { id: collector.id, liaisonUnitId: otherUnit.id }],
    ];
    for (const [doc, input] of refused) {
      const res = errorOf(await t.gql(doc, { input }, tokens.liaison));
      expect(res).toMatchObject({ code: 'FORBIDDEN', reason: 'GRANT_FORBIDDEN' });
      expect(res.message).toMatch(/^无权/);
    }
    expect(await signedIn('expert')).toBe(true);
    expect(await signedIn('collector')).toBe(true);
    // The head may grant both roles, so the head may.
    expect(
      (await t.gql(UPDATE_EXPERT, { input: { id: expert.id, active: false } }, tokens.head)).errors,
    ).toBeUndefined();
    expect(
      (await t.gql(UPDATE_EXPERT, { input: { id: expert.id, active: true } }, tokens.head)).errors,
    ).toBeUndefined();
    await grants.delete(['00000000-0000-4000-8000-00000000f201', '00000000-0000-4000-8000-00000000f202']);
    tokens.expert = await t.login('expert');
  });
  it('links a new account only to the member record that matches its role and unit', async () => {
    const point = await body();
    const units = point.liaisonUnits.edges.map((e) => e.node);
    const union = units.find((u) => u.name === '北碚区总工会')!;
    const town = units.find((u) => u.name === '施家梁镇')!;
    const townCollector = town.collectors.edges.map((c) => c.node).find((c) => !c.accountId && c.active)!;
    const unionCollector = union.collectors.edges.map((c) => c.node).find((c) => !c.accountId && c.active)!;
    const unlinkedDeputy = point.executingBody.deputyHeads.find((m) => !m.accountId)!;
    const fake = must(
      await t.gql<{ addExecutiveMember: { id: string } }>(
        'mutation($input: AddExecutiveMemberInput!) { addExecutiveMember(input: $input) { id } }',
        { input: { contactPointId: pointId, name: '假副点长', position: 'DEPUTY_HEAD' } },
        tokens.head,
      ),
    ).addExecutiveMember.id;
    const account = (role: string, organizationId: string, memberId: string, username: string) => ({
      input: { username, password: 'long-enough-pw', displayName: username, role, organizationId, memberId },
    });
    const refused: Array<[string, ReturnType<typeof account>, string]> = [
      // A unit's administrator is no member of the point.
      ['liaison', account('UNIT_ADMIN', union.id, fake, 'fakedeputy'), 'MEMBER_ROLE_MISMATCH'],
      // A collector of 施家梁镇 given an account of 北碚区总工会.
      ['liaison', account('COLLECTOR', union.id, townCollector.id, 'mismatchcol'), 'MEMBER_OF_OTHER_UNIT'],
      ['head', account('COLLECTOR', union.id, townCollector.id, 'mismatchcol'), 'MEMBER_OF_OTHER_UNIT'],
      // A deputy head's record given a liaison officer's account.
      [
        'head',
        account('LIAISON_OFFICER', pointId, unlinkedDeputy.id, 'wrongposition'),
        'MEMBER_ROLE_MISMATCH',
      ],
      // The point has its head, who alone staffs the executing body (an administrator meets POINT_HAS_HEAD first).
      ['head', account('LIAISON_OFFICER', pointId, fake, 'wrongliaison'), 'MEMBER_ROLE_MISMATCH'],
    ];
    for (const [user, variables, reason] of refused) {
      const error = errorOf(await t.gql(CREATE_ACCOUNT, variables, tokens[user]));
      expect({ user, username: variables.input.username, ...error }).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason,
      });
      expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
      // Nothing was created: the account cannot sign in.
      expect(
        (
          await t.gql(
            'mutation { login(input: {username: "' +
              variables.input.username +
              '", password: "long-enough-pw"}) { accessToken } }',
          )
        ).errors,
      ).toBeDefined();
    }
    const after = await body();
    expect(after.executingBody.deputyHeads.find((m) => m.name === '假副点长')!.accountId).toBeNull();
    expect(after.executingBody.deputyHeads.find((m) => m.id === unlinkedDeputy.id)!.accountId).toBeNull();

    // The matching records are linked as before.
    for (const [user, variables] of [
      ['head', account('DEPUTY_HEAD', pointId, unlinkedDeputy.id, 'chenlixin')],
      ['liaison', account('COLLECTOR', union.id, unionCollector.id, 'unioncol')],
    ] as const)
      expect((await t.gql(CREATE_ACCOUNT, variables, tokens[user])).errors).toBeUndefined();
    const linked = await body();
    expect(linked.executingBody.deputyHeads.find((m) => m.id === unlinkedDeputy.id)!.accountId).toBeTruthy();
  });
});
