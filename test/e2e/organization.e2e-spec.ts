import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Like, Not } from 'typeorm';
import { AuditRecordEntity } from '@app/audit/entities';
import { ContactPointEntity, InformationCollectorEntity } from '@app/organization/entities';
import { errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';

const STRUCTURE = `query($id: ID!) { contactPoint(id: $id) {
  name hostInstitution level kind designatedOn legislature { name commission }
  executingBody { pointHead { name phone } deputyHeads { name } liaisonOfficers { name } }
  experts(first: 50) { totalCount edges { node { name discipline phone } } }
  liaisonUnits(first: 50) { totalCount edges { node { id name type contactPhone collectors(first: 50) { totalCount edges { node { name category phone } } } } } }
} }`;

interface Structure {
  contactPoint: {
    name: string;
    legislature: { name: string };
    executingBody: {
      pointHead: { name: string; phone: string | null };
      deputyHeads: unknown[];
      liaisonOfficers: unknown[];
    };
    experts: { totalCount: number; edges: Array<{ node: { phone: string | null } }> };
    liaisonUnits: {
      totalCount: number;
      edges: Array<{
        node: {
          id: string;
          name: string;
          contactPhone: string | null;
          collectors: {
            totalCount: number;
            edges: Array<{ node: { name: string; category: string; phone: string | null } }>;
          };
        };
      }>;
    };
  };
}

describe('the contact point and its 1+1+X structure', () => {
  let t: TestApp;
  let pointId: string;
  let otherPointId: string;
  let unionId: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'legislature', 'head', 'liaison', 'expert', 'collector', 'unit'])
      tokens[user] = await t.login(user);
    const points = await t.gql<{ contactPoints: { edges: Array<{ node: { id: string; name: string } }> } }>(
      '{ contactPoints(first: 20) { edges { node { id name } } } }',
      {},
      tokens.legislature,
    );
    const edges = points.data!.contactPoints.edges;
    pointId = edges.find((e) => e.node.name === '西南大学国家治理学院基层立法联系点')!.node.id;
    otherPointId = edges.find((e) => e.node.name !== '西南大学国家治理学院基层立法联系点')!.node.id;
  });
  afterAll(() => t.close());

  it('shows the demo structure to the legislature, with contact details', async () => {
    const res = await t.gql<Structure>(STRUCTURE, { id: pointId }, tokens.legislature);
    expect(res.errors).toBeUndefined();
    const point = res.data!.contactPoint;
    expect(point.legislature.name).toBe('重庆市人民代表大会常务委员会');
    expect(point.executingBody.pointHead.name).toBeTruthy();
    expect(point.executingBody.pointHead.phone).toMatch(/^1\d{10}$/);
    expect(point.executingBody.deputyHeads).toHaveLength(2);
    expect(point.executingBody.liaisonOfficers).toHaveLength(1);
    expect(point.experts.totalCount).toBeGreaterThanOrEqual(5);
    expect(point.liaisonUnits.totalCount).toBe(9);
    const names = point.liaisonUnits.edges.map((e) => e.node.name);
    expect(names).toEqual(expect.arrayContaining(['北碚区总工会', '施家梁镇', '重庆缙云律师事务所']));
    const categories = new Set(
      point.liaisonUnits.edges.flatMap((e) => e.node.collectors.edges.map((c) => c.node.category)),
    );
    expect([...categories].sort()).toEqual([
      'CONGRESS_WORKER',
      'LAWYER',
      'PEOPLES_DEPUTY',
      'PUBLIC_REPRESENTATIVE',
      'STUDENT_VOLUNTEER',
      'TOWN_STREET_CADRE',
      'VILLAGE_COMMUNITY_HEAD',
    ]);
    unionId = point.liaisonUnits.edges.find((e) => e.node.name === '北碚区总工会')!.node.id;
  });

  it('shows a collector the structure of their own point but not the phone numbers', async () => {
    const res = await t.gql<Structure>(STRUCTURE, { id: pointId }, tokens.collector);
    expect(res.errors).toBeUndefined();
    const point = res.data!.contactPoint;
    expect(point.executingBody.pointHead.phone).toBeNull();
    expect(point.experts.edges.every((e) => e.node.phone === null)).toBe(true);
    expect(point.liaisonUnits.edges.every((e) => e.node.contactPhone === null)).toBe(true);
    const collectors = point.liaisonUnits.edges.flatMap((e) => e.node.collectors.edges);
    expect(collectors.length).toBeGreaterThan(0);
    expect(collectors.every((c) => c.node.phone === null)).toBe(true);
  });

  it('lists to each caller only the points they may see', async () => {
    const query = '{ contactPoints(first: 20) { totalCount edges { node { id } } } }';
    const legislature = await t.gql<{ contactPoints: { totalCount: number } }>(query, {}, tokens.legislature);
    expect(legislature.data!.contactPoints.totalCount).toBe(2);
    for (const user of ['head', 'collector', 'unit', 'expert']) {
      const own = await t.gql<{
        contactPoints: { totalCount: number; edges: Array<{ node: { id: string } }> };
      }>(query, {}, tokens[user]);
      expect(own.data!.contactPoints.edges.map((e) => e.node.id)).toEqual([pointId]);
    }
    const other = await t.gql(`{ contactPoint(id: "${otherPointId}") { name } }`, {}, tokens.head);
    // Another point answers as one that does not exist (no telling which ids exist).
    expect(errorOf(other)).toMatchObject({ code: 'NOT_FOUND', message: `联系点不存在：${otherPointId}` });
  });

  it('pages through a list with cursors and refuses a page over the limit', async () => {
    const page = (after?: string) =>
      t.gql<{
        contactPoint: {
          liaisonUnits: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: Array<{ node: { name: string } }>;
          };
        };
      }>(
        'query($id: ID!, $after: String) { contactPoint(id: $id) { liaisonUnits(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } }',
        { id: pointId, after },
        tokens.head,
      );
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 5; i++) {
      const res = await page(after);
      const list = res.data!.contactPoint.liaisonUnits;
      seen.push(...list.edges.map((e) => e.node.name));
      if (!list.pageInfo.hasNextPage) break;
      after = list.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);

    const tooBig = await t.gql('{ contactPoints(first: 101) { totalCount } }', {}, tokens.head);
    expect(errorOf(tooBig)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(tooBig).message).toContain('100');
    const badCursor = await t.gql(
      '{ contactPoints(first: 5, after: "garbage") { totalCount } }',
      {},
      tokens.head,
    );
    expect(errorOf(badCursor)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
  });

  describe('managing the structure', () => {
    const ADD = `mutation($input: AddCollectorInput!) { addCollector(input: $input) { id name category active activeFrom activeUntil liaisonUnitId } }`;
    const UPDATE = `mutation($input: UpdateCollectorInput!) { updateCollector(input: $input) { id name active activeUntil } }`;
    const counts = async () => ({
      collectors: await t.db.getRepository(InformationCollectorEntity).count(),
      // Changes audited; a refusal's own security event is not a change.
      audit: await t.db.getRepository(AuditRecordEntity).countBy({ action: Not(Like('security.%')) }),
    });

    it('lets the point head add, edit and deactivate a collector, with an audit record for each change', async () => {
      const added = await t.gql<{ addCollector: { id: string; active: boolean; activeFrom: string } }>(
        ADD,
        {
          input: {
            liaisonUnitId: unionId,
            name: '新采集员',
            category: 'PUBLIC_REPRESENTATIVE',
            phone: '13712345678',
          },
        },
        tokens.head,
      );
      expect(added.errors).toBeUndefined();
      const id = added.data!.addCollector.id;
      expect(added.data!.addCollector).toMatchObject({ active: true });
      expect(added.data!.addCollector.activeFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      const renamed = await t.gql(UPDATE, { input: { id, name: '新采集员（更名）' } }, tokens.liaison);
      expect(renamed.errors).toBeUndefined();
      const deactivated = await t.gql<{ updateCollector: { active: boolean; activeUntil: string } }>(
        UPDATE,
        { input: { id, active: false } },
        tokens.head,
      );
      expect(deactivated.data!.updateCollector.active).toBe(false);
      expect(deactivated.data!.updateCollector.activeUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      const list = async (includeInactive: boolean) =>
        (
          await t.gql<{ liaisonUnit: { collectors: { edges: Array<{ node: { id: string } }> } } }>(
            'query($id: ID!, $all: Boolean) { liaisonUnit(id: $id) { collectors(first: 50, includeInactive: $all) { edges { node { id } } } } }',
            { id: unionId, all: includeInactive },
            tokens.head,
          )
        ).data!.liaisonUnit.collectors.edges.map((e) => e.node.id);
      expect(await list(false)).not.toContain(id);
      expect(await list(true)).toContain(id);

      const audit = await t.gql<{
        auditRecords: {
          edges: Array<{
            node: { action: string; actorUsername: string; before: string | null; after: string };
          }>;
        };
      }>(
        'query($id: ID!) { auditRecords(first: 10, entityId: $id) { edges { node { action actorUsername before after } } } }',
        { id },
        tokens.admin,
      );
      const records = audit.data!.auditRecords.edges.map((e) => e.node);
      expect(records.map((r) => r.action)).toEqual([
        'informationCollector.deactivate',
        'informationCollector.update',
        'informationCollector.create',
      ]);
      expect(records.map((r) => r.actorUsername)).toEqual(['head', 'liaison', 'head']);
      expect(JSON.parse(records[1].before!).name).toBe('新采集员');
      expect(JSON.parse(records[1].after).name).toBe('新采集员（更名）');
    });

    it.each([
      ['an empty name', { name: '   ' }, 'input.name', '姓名不能为空'],
      ['an over-long name', { name: '名'.repeat(51) }, 'input.name', '姓名不能超过 50 个字符'],
      ['a malformed phone number', { phone: '12345' }, 'input.phone', '联系电话格式不正确'],
      ['control characters', { name: '张\u0007三' }, 'input.name', '姓名不能包含控制字符'],
      ['an invalid start date', { activeFrom: '2024-02-30' }, 'input.activeFrom', '不是有效日期'],
    ])(
      'refuses %s with BAD_USER_INPUT naming the field, and writes nothing',
      async (_label, patch, field, message) => {
        const before = await counts();
        const res = await t.gql(
          ADD,
          { input: { liaisonUnitId: unionId, name: '张三', category: 'LAWYER', ...patch } },
          tokens.head,
        );
        const error = res.errors![0];
        expect(error.extensions.code).toBe('BAD_USER_INPUT');
        expect(error.extensions.fields!.map((f) => f.field)).toContain(field);
        expect(error.message).toContain(message);
        expect(await counts()).toEqual(before);
      },
    );

    it('refuses an unknown category with a Chinese BAD_USER_INPUT', async () => {
      const before = await counts();
      const res = await t.gql(
        ADD,
        { input: { liaisonUnitId: unionId, name: '张三', category: 'ASTRONAUT' } },
        tokens.head,
      );
      expect(errorOf(res).code).toBe('BAD_USER_INPUT');
      expect(errorOf(res).message).toContain('ASTRONAUT');
      expect(errorOf(res).message).toMatch(/有效选项/);
      expect(await counts()).toEqual(before);
    });

    it('refuses a collector (FORBIDDEN); to a head of another point and for an unknown unit, NOT_FOUND', async () => {
      const before = await counts();
      const input = { liaisonUnitId: unionId, name: '张三', category: 'LAWYER' };
      expect(errorOf(await t.gql(ADD, { input }, tokens.collector))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'PERMISSION_DENIED',
      });
      expect(errorOf(await t.gql(ADD, { input }, tokens.expert)).code).toBe('FORBIDDEN');

      const otherHead = await t.gql(
        'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
        {
          input: {
            username: 'head-other',
            password: 'another-password',
            displayName: '另一点长',
            role: 'POINT_HEAD',
            organizationId: otherPointId,
          },
        },
        // A point's head is appointed by the administrator: the legislature never grants a role at a point.
        tokens.admin,
      );
      expect(otherHead.errors).toBeUndefined();
      const otherToken = await t.login('head-other', 'another-password');
      const afterAccount = await counts();
      // Another point's unit is outside that head's scope: it answers as a missing one.
      expect(errorOf(await t.gql(ADD, { input }, otherToken))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'NOT_FOUND',
      });
      expect(
        errorOf(await t.gql(ADD, { input: { ...input, liaisonUnitId: 'no-such-unit' } }, tokens.head)).code,
      ).toBe('NOT_FOUND');
      expect(await counts()).toEqual(afterAccount);
      expect(afterAccount.collectors).toBe(before.collectors);
    });

    it('refuses a duplicate username with CONFLICT, naming the field, and writes nothing', async () => {
      const before = await t.db.query('SELECT COUNT(*) AS n FROM account');
      const res = await t.gql(
        'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
        {
          input: {
            username: 'Collector',
            password: 'long-enough-pw',
            displayName: '重复',
            role: 'COLLECTOR',
            organizationId: unionId,
          },
        },
        tokens.head,
      );
      expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', reason: 'USERNAME_TAKEN' });
      expect(res.errors![0].extensions.field).toBe('input.username');
      expect(await t.db.query('SELECT COUNT(*) AS n FROM account')).toEqual(before);
    });

    it('refuses blanking a required field on update, ignores null, clears an optional one with ""', async () => {
      const UNIT =
        'mutation($input: UpdateLiaisonUnitInput!) { updateLiaisonUnit(input: $input) { name address contactPhone } }';
      const blank = await t.gql(UNIT, { input: { id: unionId, name: '  ' } }, tokens.head);
      expect(errorOf(blank).code).toBe('BAD_USER_INPUT');
      expect(blank.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['input.name']);
      const cleared = await t.gql<{
        updateLiaisonUnit: { name: string; address: string | null; contactPhone: string | null };
      }>(UNIT, { input: { id: unionId, name: null, address: '', contactPhone: '' } }, tokens.head);
      expect(cleared.errors).toBeUndefined();
      expect(cleared.data!.updateLiaisonUnit).toEqual({
        name: '北碚区总工会',
        address: null,
        contactPhone: null,
      });
    });

    it('writes no audit record for an update that changes nothing', async () => {
      const UNIT = 'mutation($input: UpdateLiaisonUnitInput!) { updateLiaisonUnit(input: $input) { name } }';
      const before = await counts();
      await t.gql(UNIT, { input: { id: unionId, name: '北碚区总工会' } }, tokens.head);
      expect(await counts()).toEqual(before);
    });

    it('switches off the account of a collector who leaves, and lets a manager switch accounts off and on', async () => {
      const SET =
        'mutation($input: SetAccountActiveInput!) { setAccountActive(input: $input) { username active } }';
      const me = await t.gql<{ me: { id: string } }>('{ me { id } }', {}, tokens.unit);
      const unitAccount = me.data!.me.id;
      expect(
        errorOf(await t.gql(SET, { input: { accountId: unitAccount, active: false } }, tokens.collector))
          .code,
      ).toBe('FORBIDDEN');
      const off = await t.gql<{ setAccountActive: { active: boolean } }>(
        SET,
        { input: { accountId: unitAccount, active: false } },
        tokens.head,
      );
      expect(off.data!.setAccountActive.active).toBe(false);
      expect(errorOf(await t.gql('{ me { id } }', {}, tokens.unit)).reason).toBe('ACCOUNT_INACTIVE');
      await t.gql(SET, { input: { accountId: unitAccount, active: true } }, tokens.head);
      // Switched back on, the account signs in again, but its old token stays dead.
      expect(errorOf(await t.gql('{ me { id } }', {}, tokens.unit)).reason).toBe('TOKEN_REVOKED');
      tokens.unit = await t.login('unit');
      expect((await t.gql('{ me { id } }', {}, tokens.unit)).errors).toBeUndefined();

      const collector = await t.gql<{ me: { id: string } }>('{ me { id } }', {}, tokens.collector);
      const row = await t.db
        .getRepository(InformationCollectorEntity)
        .findOneByOrFail({ accountId: collector.data!.me.id });
      const UPDATE_COLLECTOR =
        'mutation($input: UpdateCollectorInput!) { updateCollector(input: $input) { active } }';
      await t.gql(UPDATE_COLLECTOR, { input: { id: row.id, active: false } }, tokens.head);
      expect(errorOf(await t.gql('{ me { id } }', {}, tokens.collector)).reason).toBe('ACCOUNT_INACTIVE');
      await t.gql(UPDATE_COLLECTOR, { input: { id: row.id, active: true } }, tokens.head);
      expect(errorOf(await t.gql('{ me { id } }', {}, tokens.collector)).reason).toBe('TOKEN_REVOKED');
      tokens.collector = await t.login('collector');
      expect((await t.gql('{ me { id } }', {}, tokens.collector)).errors).toBeUndefined();
    });

    it('lets everyone change their own password, knowing the current one', async () => {
      const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { username } }';
      const wrong = await t.gql(
        CHANGE,
        { input: { currentPassword: 'nope', newPassword: 'a-new-password' } },
        tokens.expert,
      );
      expect(errorOf(wrong)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
      const short = await t.gql(
        CHANGE,
        { input: { currentPassword: 'demo-password', newPassword: 'short' } },
        tokens.expert,
      );
      expect(errorOf(short).code).toBe('BAD_USER_INPUT');
      const ok = await t.gql(
        CHANGE,
        { input: { currentPassword: 'demo-password', newPassword: 'a-new-password' } },
        tokens.expert,
      );
      expect(ok.errors).toBeUndefined();
      // The changed account comes back (a client updates its cache from it).
      expect(ok.data).toEqual({ changePassword: { username: 'expert' } });
      await expect(t.login('expert')).rejects.toThrow();
      // The token from before the change is refused at once; the new password signs in.
      expect(errorOf(await t.gql('{ me { id } }', {}, tokens.expert))).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'TOKEN_REVOKED',
      });
      tokens.expert = await t.login('expert', 'a-new-password');
      expect((await t.gql('{ me { id } }', {}, tokens.expert)).errors).toBeUndefined();
    });

    it('keeps one point head: a second active head is a CONFLICT', async () => {
      const res = await t.gql(
        'mutation($input: AddExecutiveMemberInput!) { addExecutiveMember(input: $input) { id } }',
        { input: { contactPointId: pointId, name: '第二点长', position: 'POINT_HEAD' } },
        tokens.admin,
      );
      expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', reason: 'POINT_HEAD_EXISTS' });
    });

    it('refuses to deactivate a unit that still has active collectors', async () => {
      const res = await t.gql(
        'mutation($input: UpdateLiaisonUnitInput!) { updateLiaisonUnit(input: $input) { id active } }',
        { input: { id: unionId, active: false } },
        tokens.head,
      );
      expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', reason: 'UNIT_HAS_ACTIVE_COLLECTORS' });
    });

    it('lets legislature staff create a contact point, and refuses the point head', async () => {
      const legislatureId = (
        await t.gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
          '{ legislatures(first: 5) { edges { node { id } } } }',
          {},
          tokens.legislature,
        )
      ).data!.legislatures.edges[0].node.id;
      const input = {
        legislatureId,
        name: '（测试）新联系点',
        hostInstitution: '测试单位',
        level: 'PROVINCIAL',
        kind: 'ENTERPRISE',
        designatedOn: '2026-01-01',
      };
      const CREATE =
        'mutation($input: CreateContactPointInput!) { createContactPoint(input: $input) { id name active } }';
      expect(errorOf(await t.gql(CREATE, { input }, tokens.head))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'PERMISSION_DENIED',
      });
      const created = await t.gql<{ createContactPoint: { name: string; active: boolean } }>(
        CREATE,
        { input },
        tokens.legislature,
      );
      expect(created.data!.createContactPoint).toEqual({
        id: expect.any(String),
        name: '（测试）新联系点',
        active: true,
      });
      expect(errorOf(await t.gql(CREATE, { input }, tokens.legislature))).toMatchObject({
        code: 'CONFLICT',
        reason: 'CONTACT_POINT_EXISTS',
      });
    });

    it('lets the administrator rename a legislature (audited, name kept unique) and count its points, and refuses the rest', async () => {
      const LIST = '{ legislatures(first: 5) { edges { node { id name contactPointCount } } } }';
      type List = {
        legislatures: {
          edges: Array<{ node: { id: string; name: string; contactPointCount: number | null } }>;
        };
      };
      const [chongqing] = must(await t.gql<List>(LIST, {}, tokens.admin)).legislatures.edges.map(
        (e) => e.node,
      );
      const activePoints = await t.db
        .getRepository(ContactPointEntity)
        .countBy({ legislatureId: chongqing.id, active: true });
      expect(activePoints).toBeGreaterThan(0);
      expect(chongqing.contactPointCount).toBe(activePoints);
      // The legislature's staff see the count; a point's head sees the legislature but not how many points it has.
      expect(
        must(await t.gql<List>(LIST, {}, tokens.legislature)).legislatures.edges[0].node.contactPointCount,
      ).toBe(activePoints);
      expect(
        must(await t.gql<List>(LIST, {}, tokens.head)).legislatures.edges[0].node.contactPointCount,
      ).toBeNull();

      const UPDATE =
        'mutation($input: UpdateLegislatureInput!) { updateLegislature(input: $input) { id name region level commission } }';
      for (const who of ['legislature', 'head'])
        expect(
          errorOf(await t.gql(UPDATE, { input: { id: chongqing.id, name: 'x' } }, tokens[who])),
        ).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'PERMISSION_DENIED',
        });
      const other = must(
        await t.gql<{ createLegislature: { id: string } }>(
          'mutation($input: CreateLegislatureInput!) { createLegislature(input: $input) { id } }',
          { input: { name: '（测试）某市人大常委会', region: '某市', level: 'CITY' } },
          tokens.admin,
        ),
      ).createLegislature.id;
      const duplicate = await t.gql(UPDATE, { input: { id: other, name: chongqing.name } }, tokens.admin);
      expect(errorOf(duplicate)).toMatchObject({ code: 'CONFLICT', reason: 'LEGISLATURE_EXISTS' });
      expect(duplicate.errors![0].extensions.field).toBe('input.name');
      const blank = await t.gql(UPDATE, { input: { id: other, region: ' ' } }, tokens.admin);
      expect(errorOf(blank)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(blank.errors![0].extensions.fields).toEqual([
        { field: 'input.region', message: '行政区域不能为空' },
      ]);
      expect(errorOf(await t.gql(UPDATE, { input: { id: 'missing', name: 'x' } }, tokens.admin)).code).toBe(
        'NOT_FOUND',
      );

      const audits = () =>
        t.db.getRepository(AuditRecordEntity).countBy({ action: 'legislature.update', entityId: other });
      const updated = must(
        await t.gql<{ updateLegislature: unknown }>(
          UPDATE,
          {
            input: {
              id: other,
              name: '（测试）另一市人大常委会',
              level: 'PROVINCIAL',
              commission: '法制工作委员会',
            },
          },
          tokens.admin,
        ),
      ).updateLegislature;
      expect(updated).toEqual({
        id: other,
        name: '（测试）另一市人大常委会',
        region: '某市',
        level: 'PROVINCIAL',
        commission: '法制工作委员会',
      });
      expect(await audits()).toBe(1);
      // "" clears the working body; the same values again change nothing and audit nothing.
      const cleared = await t.gql<{ updateLegislature: { commission: string | null } }>(
        UPDATE,
        { input: { id: other, commission: '' } },
        tokens.admin,
      );
      expect(must(cleared).updateLegislature.commission).toBeNull();
      await t.gql(UPDATE, { input: { id: other, name: '（测试）另一市人大常委会' } }, tokens.admin);
      expect(await audits()).toBe(2);
    });
  });
  it('refuses to let the head or the liaison officer deactivate their own row (and so their own account)', async () => {
    const BODY = `query($id: ID!) { contactPoint(id: $id) { executingBody {
      pointHead { id accountId active } liaisonOfficers { id accountId active } } } }`;
    const DEACTIVATE =
      'mutation($input: UpdateExecutiveMemberInput!) { updateExecutiveMember(input: $input) { id active } }';
    for (const user of ['head', 'liaison'] as const) {
      const me = (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, tokens[user])).data!.me.id;
      const body = (
        await t.gql<{
          contactPoint: {
            executingBody: {
              pointHead: { id: string; accountId: string | null };
              liaisonOfficers: Array<{ id: string; accountId: string | null }>;
            };
          };
        }>(BODY, { id: pointId }, tokens[user])
      ).data!.contactPoint.executingBody;
      const own = [body.pointHead, ...body.liaisonOfficers].find((m) => m.accountId === me)!;
      expect(own).toBeDefined();
      const refused = errorOf(
        await t.gql(DEACTIVATE, { input: { id: own.id, active: false } }, tokens[user]),
      );
      expect(refused).toMatchObject({ code: 'CONFLICT', reason: 'CANNOT_DEACTIVATE_SELF' });
      expect(refused.message).toMatch(/^不能停用自己/);
      // Nothing changed: still signed in, the row still active.
      expect((await t.gql('{ me { id } }', {}, tokens[user])).errors).toBeUndefined();
      const after = await t.gql<{ contactPoint: { executingBody: { pointHead: { active: boolean } } } }>(
        BODY,
        { id: pointId },
        tokens[user],
      );
      expect(after.data!.contactPoint.executingBody.pointHead.active).toBe(true);
    }
  });
});
