import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
} from 'graphql';
import { chinaDate } from '@app/common';
import { EXECUTING_BODY_ROLES, Role } from '@app/identity';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { FAR_DEADLINE, FAR_DEADLINE_DAYS, FAR_DUE, atIn } from '../support/dates.js';

/**
 * Scope holes (issue 10): a filter may only narrow what a caller may see; who may grant which role at a point; who reads
 * contributors' personal data; the caller's point must have been sent the task; dates, deadlines and text refused when
 * they cannot be true or would lie in an exported file; revision snapshots without internal fields.
 */

const DRAFT = [
  '第一条 为了规范养犬行为，制定本条例。',
  '第二条 本条例适用于本市行政区域。',
  '第三条 养犬人应当依法养犬。',
].join('\n');

type Edges<T> = { edges: Array<{ node: T }> };
interface Unit {
  id: string;
  name: string;
  collectors: Edges<{ id: string; name: string }>;
}
interface Point {
  id: string;
  name: string;
  legislature: { id: string };
  liaisonUnits: Edges<Unit>;
}

const DEMO_USERS: Record<Exclude<Role, Role.SYSTEM_ADMIN>, string> = {
  [Role.LEGISLATURE_STAFF]: 'legislature',
  [Role.POINT_HEAD]: 'head',
  [Role.DEPUTY_HEAD]: 'deputy',
  [Role.LIAISON_OFFICER]: 'liaison',
  [Role.EXPERT]: 'expert',
  [Role.UNIT_ADMIN]: 'unit',
  [Role.COLLECTOR]: 'collector',
};
const UNIT_LEVEL: Role[] = [Role.UNIT_ADMIN, Role.COLLECTOR];

describe('security: scopes, grants, personal data, task ownership, input sanity', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let legislatureId: string;
  let pointA: Point;
  let pointB: Point;
  let union: Unit;
  let otherUnit: Unit;
  let taskId: string;
  let versionId: string;
  /** Point A's 网上征集 round and an ordinary activity of it (onlineCollectionFlow's activityId). */
  let onlineRoundId: string;
  let forumId: string;
  let opinionWithContributor: string;
  let otherUnitOpinion: string;
  /** The second legislature's world: a point, unit, collector, draft version and task, none of it the demo's. */
  const far = {} as {
    legislatureId: string;
    pointId: string;
    unitId: string;
    collectorId: string;
    versionId: string;
    taskId: string;
  };

  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await t.gql<T>(query, variables, token);
    if (res.errors) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
    return res.data!;
  }

  async function newTask(token: string, legislature: string, points: string[], title: string) {
    const draft = await ok<{ createDraft: { id: string } }>(
      'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
      { i: { legislatureId: legislature, title: `${title}（草案）` } },
      token,
    );
    const version = await ok<{ addDraftVersion: { id: string } }>(
      'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id } }',
      { i: { draftId: draft.createDraft.id, stage: 'SOLICITATION', text: DRAFT } },
      token,
    );
    const task = await ok<{ createConsultationTask: { id: string } }>(
      'mutation($i: CreateConsultationTaskInput!) { createConsultationTask(input: $i) { id } }',
      {
        i: {
          draftVersionId: version.addDraftVersion.id,
          title,
          noticeText: '请提意见',
          deadline: FAR_DEADLINE,
          contactPointIds: points,
        },
      },
      token,
    );
    await ok(`mutation { issueConsultationTask(id: "${task.createConsultationTask.id}") { id } }`, {}, token);
    return { taskId: task.createConsultationTask.id, versionId: version.addDraftVersion.id };
  }

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', ...Object.values(DEMO_USERS)]) tokens[user] = await t.login(user);
    const points = await ok<{ contactPoints: Edges<Point> }>(
      '{ contactPoints(first: 5) { edges { node { id name legislature { id } liaisonUnits(first: 20) { edges { node { id name collectors(first: 5) { edges { node { id name } } } } } } } } } }',
      {},
      tokens.admin,
    );
    pointA = points.contactPoints.edges.find((e) => e.node.name.startsWith('西南大学'))!.node;
    pointB = points.contactPoints.edges.find((e) => e.node.name.includes('天生街道'))!.node;
    legislatureId = pointA.legislature.id;
    union = pointA.liaisonUnits.edges.find((e) => e.node.name === '北碚区总工会')!.node;
    otherUnit = pointA.liaisonUnits.edges.find((e) => e.node.name.includes('施家梁'))!.node;

    // A fresh task at point A, distributed to two of its units, with an opinion from each.
    ({ taskId, versionId } = await newTask(
      tokens.legislature,
      legislatureId,
      [pointA.id],
      '养犬条例（安全测试）',
    ));
    await ok(
      'mutation($i: DistributeTaskInput!) { distributeTask(input: $i) { id } }',
      {
        i: {
          taskId,
          contactPointId: pointA.id,
          assignments: [union, otherUnit].map((u) => ({
            assigneeType: 'LIAISON_UNIT',
            assigneeId: u.id,
            dueAt: FAR_DUE,
          })),
        },
      },
      tokens.head,
    );
    const member = await ok<{ addCollector: { id: string } }>(
      'mutation($i: AddCollectorInput!) { addCollector(input: $i) { id } }',
      { i: { liaisonUnitId: otherUnit.id, name: '测试采集员', category: 'LAWYER' } },
      tokens.head,
    );
    await ok(
      'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
      {
        i: {
          username: 'other-unit-collector',
          password: 'long-enough-pw',
          displayName: '测试采集员',
          role: 'COLLECTOR',
          organizationId: otherUnit.id,
          memberId: member.addCollector.id,
        },
      },
      tokens.head,
    );
    tokens.otherCollector = await t.login('other-unit-collector', 'long-enough-pw');
    const SUBMIT = 'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { opinion { id } } }';
    otherUnitOpinion = (
      await ok<{ submitOpinion: { opinion: { id: string } } }>(
        SUBMIT,
        { i: { taskId, proposedChange: '建议明确犬只登记的办理时限', channel: 'VISIT' } },
        tokens.otherCollector,
      )
    ).submitOpinion.opinion.id;
    opinionWithContributor = (
      await ok<{ submitOpinion: { opinion: { id: string } } }>(
        SUBMIT,
        {
          i: {
            taskId,
            proposedChange: '建议对养犬给予指导',
            channel: 'VISIT',
            contributor: {
              name: '王大爷',
              phone: '13800138000',
              address: '北碚区某小区',
              consentText: '同意将姓名电话用于意见核实和采纳反馈',
              consentMethod: 'ORAL',
              minor: false,
              notifyOutcome: true,
            },
          },
        },
        tokens.collector,
      )
    ).submitOpinion.opinion.id;
    await ok(
      'mutation($i: UpdateOpinionInput!) { updateOpinion(input: $i) { id } }',
      { i: { id: opinionWithContributor, proposedChange: '建议对老年人养犬给予指导' } },
      tokens.collector,
    );

    // A second legislature with its own point, unit, collector and task (built by the administrator).
    far.legislatureId = (
      await ok<{ createLegislature: { id: string } }>(
        'mutation($i: CreateLegislatureInput!) { createLegislature(input: $i) { id } }',
        { i: { name: '（测试）另一立法机关', region: '测试市', level: 'CITY' } },
        tokens.admin,
      )
    ).createLegislature.id;
    far.pointId = (
      await ok<{ createContactPoint: { id: string } }>(
        'mutation($i: CreateContactPointInput!) { createContactPoint(input: $i) { id } }',
        {
          i: {
            legislatureId: far.legislatureId,
            name: '（测试）另一联系点',
            hostInstitution: '测试单位',
            level: 'CITY',
            kind: 'OTHER',
            designatedOn: '2025-01-01',
          },
        },
        tokens.admin,
      )
    ).createContactPoint.id;
    far.unitId = (
      await ok<{ addLiaisonUnit: { id: string } }>(
        'mutation($i: AddLiaisonUnitInput!) { addLiaisonUnit(input: $i) { id } }',
        { i: { contactPointId: far.pointId, name: '（测试）另一单位', type: 'LIAISON_UNIT' } },
        tokens.admin,
      )
    ).addLiaisonUnit.id;
    far.collectorId = (
      await ok<{ addCollector: { id: string } }>(
        'mutation($i: AddCollectorInput!) { addCollector(input: $i) { id } }',
        { i: { liaisonUnitId: far.unitId, name: '（测试）另一采集员', category: 'LAWYER' } },
        tokens.admin,
      )
    ).addCollector.id;
    // A member of point B's executing body: point A's ids are all outside its scope.
    await ok(
      'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
      {
        i: {
          username: 'point-b-deputy',
          password: 'long-enough-pw',
          displayName: 'B点副点长',
          role: 'DEPUTY_HEAD',
          organizationId: pointB.id,
        },
      },
      tokens.admin,
    );
    tokens.pointB = await t.login('point-b-deputy', 'long-enough-pw');
    const farTask = await newTask(tokens.admin, far.legislatureId, [far.pointId], '（测试）另一任务');
    far.taskId = farTask.taskId;
    far.versionId = farTask.versionId;
    onlineRoundId = (
      await ok<{ openOnlineCollection: { id: string } }>(
        'mutation($i: OpenOnlineCollectionInput!) { openOnlineCollection(input: $i) { id } }',
        { i: { taskId } },
        tokens.head,
      )
    ).openOnlineCollection.id;
    forumId = (
      await ok<{ recordCollectionActivity: { id: string } }>(
        'mutation($i: RecordActivityInput!) { recordCollectionActivity(input: $i) { id } }',
        { i: { taskId, channel: 'FORUM', title: '座谈会', heldOn: chinaDate(new Date()), participants: 3 } },
        tokens.head,
      )
    ).recordCollectionActivity.id;
  });
  afterAll(() => t.close());

  describe('a filter only narrows the caller’s scope (generated from the schema)', () => {
    /** Values the caller may use for the arguments it must give (its own point, task, version …). */
    const own = (): Record<string, unknown> => ({
      taskId,
      contactPointId: pointA.id,
      legislatureId,
      fromVersionId: versionId,
      toVersionId: versionId,
      year: 2026,
      query: '犬只',
      first: 100,
    });

    /** Point B's deputy head: every id of point A is outside its scope (its legislature is shared). */
    function foreignToPointB(arg: string): string[] {
      const byKind: Record<string, string[]> = {
        taskId: [taskId],
        contactPointId: [pointA.id],
        liaisonUnitId: [union.id, otherUnit.id],
        collectorId: union.collectors.edges.slice(0, 1).map((e) => e.node.id),
        legislatureId: [far.legislatureId],
        fromVersionId: [versionId],
        toVersionId: [versionId],
        actorAccountId: ['any-account'],
        entityId: [taskId],
        activityId: [onlineRoundId],
      };
      const values = byKind[arg];
      if (!values) throw new Error(`no out-of-scope values for the filter argument "${arg}"`);
      return values;
    }

    /** Ids outside each role's scope, by argument name: what the filter names and the role may not see. */
    function foreign(role: Role, arg: string): string[] {
      const unitLevel = UNIT_LEVEL.includes(role);
      const legislature = role === Role.LEGISLATURE_STAFF;
      const pointBUnit = pointB.liaisonUnits.edges[0]?.node;
      const byKind: Record<string, string[]> = {
        taskId: [far.taskId],
        contactPointId: [far.pointId, ...(legislature ? [] : [pointB.id])],
        liaisonUnitId: [
          far.unitId,
          ...(legislature || !pointBUnit ? [] : [pointBUnit.id]),
          ...(unitLevel ? [otherUnit.id] : []),
        ],
        collectorId: [
          far.collectorId,
          ...(unitLevel ? otherUnit.collectors.edges.slice(0, 1).map((e) => e.node.id) : []),
        ],
        legislatureId: [far.legislatureId],
        fromVersionId: [far.versionId],
        toVersionId: [far.versionId],
        // The audit trail is the administrator's alone: anyone else is refused whatever the filter.
        actorAccountId: ['any-account'],
        entityId: [far.taskId],
        // A round's flow is its own point's executing body's: everyone else is refused it; that body, asked for an
        // ordinary activity (no flow), is told NOT_FOUND.
        activityId: EXECUTING_BODY_ROLES.includes(role) ? [forumId] : [onlineRoundId],
      };
      const values = byKind[arg];
      // A new kind of id filter must say here what lies outside each role's scope.
      if (!values) throw new Error(`no out-of-scope values for the filter argument "${arg}"`);
      return values;
    }

    function documentFor(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>) {
      const type = getNullableType(field.type);
      const named = getNamedType(field.type);
      const selection = isListType(type)
        ? '{ __typename }'
        : isObjectType(named) && 'totalCount' in named.getFields()
          ? '{ totalCount }'
          : '{ __typename }';
      const declared = field.args
        .filter((a) => a.name in args)
        .map((a: GraphQLArgument) => `$${a.name}: ${a.type.toString()}`);
      const passed = field.args.filter((a) => a.name in args).map((a) => `${a.name}: $${a.name}`);
      const vars = declared.length ? `(${declared.join(', ')})` : '';
      const call = passed.length ? `(${passed.join(', ')})` : '';
      return `query${vars} { ${field.name}${call} ${selection} }`;
    }

    function isEmpty(value: unknown): boolean {
      if (Array.isArray(value)) return value.length === 0;
      if (value && typeof value === 'object' && 'totalCount' in value) return value.totalCount === 0;
      return false;
    }

    it('covers every query that takes an id argument, for every role narrower than everything', async () => {
      const schema = t.app.get(GraphQLSchemaHost).schema;
      const fields = Object.values(schema.getQueryType()!.getFields()).filter((f) =>
        f.args.some((a) => /Id$/.test(a.name)),
      );
      // The operations that today take an id filter (a new one joins automatically; this only guards the walk).
      expect(fields.map((f) => f.name)).toEqual(
        expect.arrayContaining([
          'opinions',
          'searchOpinions',
          'ledgerSuggestions',
          'contactPoints',
          'drafts',
        ]),
      );
      const leaks: unknown[] = [];
      let calls = 0;
      for (const field of fields) {
        for (const arg of field.args.filter((a) => /Id$/.test(a.name))) {
          const callers = [
            ...(Object.entries(DEMO_USERS) as Array<[Role, string]>).map(([role, username]) => ({
              who: role,
              token: tokens[username],
              values: foreign(role, arg.name),
            })),
            { who: 'point B deputy', token: tokens.pointB, values: foreignToPointB(arg.name) },
          ];
          for (const { who: role, token, values } of callers) {
            for (const value of values) {
              const base = own();
              const args = Object.fromEntries(
                field.args.flatMap((a) =>
                  a.name === arg.name
                    ? [[a.name, value]]
                    : a.name in base && (a.type.toString().endsWith('!') || !/Id$/.test(a.name))
                      ? [[a.name, base[a.name]]]
                      : [],
                ),
              );
              const res = await t.gql<Record<string, unknown>>(documentFor(field, args), args, token);
              calls += 1;
              const refused = (res.errors ?? []).every((e) =>
                ['FORBIDDEN', 'NOT_FOUND'].includes(e.extensions.code),
              );
              const outcome = res.errors?.length
                ? refused
                  ? 'refused'
                  : `error ${res.errors[0].extensions.code}/${res.errors[0].extensions.reason}`
                : isEmpty(res.data?.[field.name])
                  ? 'empty'
                  : 'LEAK';
              if (outcome !== 'refused' && outcome !== 'empty')
                leaks.push({ operation: field.name, filter: arg.name, value, role, outcome, data: res.data });
            }
          }
        }
      }
      expect(leaks).toEqual([]);
      expect(calls).toBeGreaterThan(50);
    });

    it('unit asking for another unit’s opinions gets nothing, though they exist', async () => {
      const LIST =
        'query($t: ID!, $u: ID) { opinions(taskId: $t, liaisonUnitId: $u, first: 50) { totalCount edges { node { id } } } }';
      const SEARCH =
        'query($t: ID!, $u: ID) { searchOpinions(taskId: $t, query: "犬只", liaisonUnitId: $u, first: 50) { totalCount } }';
      const asHead = await ok<{ opinions: { totalCount: number } }>(
        LIST,
        { t: taskId, u: otherUnit.id },
        tokens.head,
      );
      expect(asHead.opinions.totalCount).toBe(1);
      const asUnit = await ok<{ opinions: { totalCount: number } }>(
        LIST,
        { t: taskId, u: otherUnit.id },
        tokens.unit,
      );
      expect(asUnit.opinions.totalCount).toBe(0);
      expect(
        (
          await ok<{ searchOpinions: { totalCount: number } }>(
            SEARCH,
            { t: taskId, u: otherUnit.id },
            tokens.head,
          )
        ).searchOpinions.totalCount,
      ).toBe(1);
      expect(
        (
          await ok<{ searchOpinions: { totalCount: number } }>(
            SEARCH,
            { t: taskId, u: otherUnit.id },
            tokens.unit,
          )
        ).searchOpinions.totalCount,
      ).toBe(0);
      // Its own unit's filter still works: the union's opinion, not the other unit's.
      const own = await ok<{ opinions: { edges: Array<{ node: { id: string } }> } }>(
        LIST,
        { t: taskId, u: union.id },
        tokens.unit,
      );
      expect(own.opinions.edges.map((e) => e.node.id)).toEqual([opinionWithContributor]);
      expect(
        errorOf(await t.gql(`{ opinion(id: "${otherUnitOpinion}") { id } }`, {}, tokens.unit)).code,
      ).toBe('NOT_FOUND');
    });
  });

  describe('who may grant which role at a point', () => {
    const CREATE = 'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }';
    const account = (username: string, role: string, organizationId: string | null) => ({
      username,
      password: 'long-enough-pw',
      displayName: `测试${username}`,
      role,
      ...(organizationId ? { organizationId } : {}),
    });

    it('refuses the legislature every role at a point, writing nothing', async () => {
      const before = await t.db.query('SELECT COUNT(*) AS n FROM account');
      const at = {
        POINT_HEAD: pointA.id,
        DEPUTY_HEAD: pointA.id,
        LIAISON_OFFICER: pointA.id,
        EXPERT: pointA.id,
        UNIT_ADMIN: union.id,
        COLLECTOR: union.id,
      };
      for (const [role, org] of Object.entries(at)) {
        const res = await t.gql(
          CREATE,
          { i: account(`leg-${role.toLowerCase()}`, role, org) },
          tokens.legislature,
        );
        expect({ role, ...errorOf(res), message: undefined }).toEqual({
          role,
          code: 'FORBIDDEN',
          reason: 'GRANT_FORBIDDEN',
          message: undefined,
        });
      }
      expect(await t.db.query('SELECT COUNT(*) AS n FROM account')).toEqual(before);
      // Its own staff, still.
      expect(
        (
          await t.gql(
            CREATE,
            { i: account('leg-staff', 'LEGISLATURE_STAFF', legislatureId) },
            tokens.legislature,
          )
        ).errors,
      ).toBeUndefined();
    });

    it('lets the head grant the executing body’s roles, the liaison officer only experts, units and collectors', async () => {
      expect(
        (await t.gql(CREATE, { i: account('new-deputy', 'DEPUTY_HEAD', pointA.id) }, tokens.head)).errors,
      ).toBeUndefined();
      expect(
        errorOf(
          await t.gql(CREATE, { i: account('liaison-deputy', 'DEPUTY_HEAD', pointA.id) }, tokens.liaison),
        ),
      ).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'GRANT_FORBIDDEN',
      });
      expect(
        (await t.gql(CREATE, { i: account('liaison-collector', 'COLLECTOR', union.id) }, tokens.liaison))
          .errors,
      ).toBeUndefined();
      expect(
        errorOf(await t.gql(CREATE, { i: account('head-head', 'POINT_HEAD', pointA.id) }, tokens.head)).code,
      ).toBe('FORBIDDEN');
      expect(
        errorOf(await t.gql(CREATE, { i: account('deputy-collector', 'COLLECTOR', union.id) }, tokens.deputy))
          .code,
      ).toBe('FORBIDDEN');
    });

    it('tells the point’s head of every grant at the point, and audits it', async () => {
      const NOTES = '{ notifications(first: 100) { edges { node { kind title body } } } }';
      await ok(CREATE, { i: account('told-collector', 'COLLECTOR', union.id) }, tokens.liaison);
      await ok(CREATE, { i: account('told-expert', 'EXPERT', pointA.id) }, tokens.admin);
      const notes = await ok<{ notifications: Edges<{ kind: string; title: string; body: string }> }>(
        NOTES,
        {},
        tokens.head,
      );
      const granted = notes.notifications.edges
        .filter((e) => e.node.kind === 'ROLE_GRANTED')
        .map((e) => e.node.body);
      expect(granted.some((b) => b.includes('told-collector') && b.includes('采集员'))).toBe(true);
      expect(granted.some((b) => b.includes('told-expert') && b.includes('专家'))).toBe(true);
      const audit = await ok<{ auditRecords: Edges<{ action: string; after: string | null }> }>(
        '{ auditRecords(first: 50, entityType: "Account") { edges { node { action after } } } }',
        {},
        tokens.admin,
      );
      expect(
        audit.auditRecords.edges.some(
          (e) => e.node.action === 'account.create' && e.node.after?.includes('told-collector'),
        ),
      ).toBe(true);
    });

    it('keeps one active head per point, on creation and on reactivation', async () => {
      const first = await ok<{ createAccount: { id: string } }>(
        CREATE,
        { i: account('far-head-1', 'POINT_HEAD', far.pointId) },
        tokens.admin,
      );
      expect(
        errorOf(await t.gql(CREATE, { i: account('far-head-2', 'POINT_HEAD', far.pointId) }, tokens.admin)),
      ).toMatchObject({
        code: 'CONFLICT',
        reason: 'POINT_HEAD_EXISTS',
      });
      const ACTIVE = 'mutation($i: SetAccountActiveInput!) { setAccountActive(input: $i) { id active } }';
      await ok(ACTIVE, { i: { accountId: first.createAccount.id, active: false } }, tokens.admin);
      expect(
        (await t.gql(CREATE, { i: account('far-head-2', 'POINT_HEAD', far.pointId) }, tokens.admin)).errors,
      ).toBeUndefined();
      expect(
        errorOf(
          await t.gql(ACTIVE, { i: { accountId: first.createAccount.id, active: true } }, tokens.admin),
        ),
      ).toMatchObject({
        code: 'CONFLICT',
        reason: 'POINT_HEAD_EXISTS',
      });
      // Several heads asked for at once (on a Galera cluster, through different nodes): one is created, the rest refused.
      const fresh = await ok<{ createContactPoint: { id: string } }>(
        'mutation($i: CreateContactPointInput!) { createContactPoint(input: $i) { id } }',
        {
          i: {
            legislatureId: far.legislatureId,
            name: '（测试）同时授予点长的联系点',
            hostInstitution: '测试单位',
            level: 'CITY',
            kind: 'OTHER',
            designatedOn: '2025-01-01',
          },
        },
        tokens.admin,
      );
      const atOnce = await Promise.all(
        [1, 2, 3, 4].map((n) =>
          t.gql(
            CREATE,
            { i: account(`racing-head-${n}`, 'POINT_HEAD', fresh.createContactPoint.id) },
            tokens.admin,
          ),
        ),
      );
      expect(atOnce.filter((r) => !r.errors).length).toBe(1);
      expect(atOnce.filter((r) => r.errors).map((r) => errorOf(r).reason)).toEqual(
        Array(3).fill('POINT_HEAD_EXISTS'),
      );
      // The demo point has its head: even the administrator cannot add a second.
      expect(
        errorOf(await t.gql(CREATE, { i: account('second-head', 'POINT_HEAD', pointA.id) }, tokens.admin))
          .reason,
      ).toBe('POINT_HEAD_EXISTS');
    });
  });

  describe('personal data', () => {
    const READ = 'query($id: ID!) { opinion(id: $id) { id contributor { name phone address } } }';

    it('is refused to the administrator with PERSONAL_DATA_FORBIDDEN, shown to the recorder and the executing body', async () => {
      const admin = await t.gql<{ opinion: { contributor: unknown } }>(
        READ,
        { id: opinionWithContributor },
        tokens.admin,
      );
      expect(errorOf(admin)).toMatchObject({ code: 'FORBIDDEN', reason: 'PERSONAL_DATA_FORBIDDEN' });
      expect(JSON.stringify(admin.data)).not.toContain('王大爷');
      for (const user of ['collector', 'head', 'liaison']) {
        const res = await t.gql<{ opinion: { contributor: { name: string } } }>(
          READ,
          { id: opinionWithContributor },
          tokens[user],
        );
        expect({ user, name: res.data?.opinion.contributor.name }).toEqual({ user, name: '王大爷' });
      }
    });

    it('never reaches the legislature, the unit admin, an expert or another point', async () => {
      for (const user of ['legislature', 'unit', 'expert', 'pointB']) {
        const res = await t.gql(READ, { id: opinionWithContributor }, tokens[user]);
        expect({
          user,
          leaked: JSON.stringify(res.data ?? '').includes('王大爷'),
          code: errorOf(res).code,
        }).toEqual({
          user,
          leaked: false,
          code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/),
        });
      }
    });
  });

  describe('a task the caller’s point was not sent', () => {
    // Not sent to its point, the task is outside its scope: it answers as a task that does not exist.
    it('refuses another point’s head recording an activity or taking the template', async () => {
      const pointBHead = tokens.pointB;
      const res = await t.gql(
        'mutation($i: RecordActivityInput!) { recordCollectionActivity(input: $i) { id } }',
        { i: { taskId, channel: 'FORUM', title: '座谈会', heldOn: '2026-01-01', participants: 3 } },
        pointBHead,
      );
      expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND', reason: 'TASK_NOT_FOUND' });
      const file = await t.download(`/files/tasks/${taskId}/opinion-template.xlsx`, pointBHead);
      expect(file.status).toBe(404);
      expect((await t.download(`/files/tasks/${taskId}/opinion-template.xlsx`, tokens.head)).status).toBe(
        200,
      );
    });
  });

  describe('input that cannot be true or would lie in an exported file', () => {
    const SUBMIT = 'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { opinion { id } } }';
    const tomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

    it('refuses future gatheredOn and heldOn, and an unknown activity', async () => {
      expect(
        errorOf(
          await t.gql(
            SUBMIT,
            { i: { taskId, proposedChange: '意见', channel: 'VISIT', gatheredOn: tomorrow() } },
            tokens.collector,
          ),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_IN_FUTURE' });
      expect(
        errorOf(
          await t.gql(
            SUBMIT,
            { i: { taskId, proposedChange: '意见', channel: 'VISIT', activityId: 'no-such-activity' } },
            tokens.collector,
          ),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACTIVITY_NOT_FOUND' });
      const ACTIVITY = 'mutation($i: RecordActivityInput!) { recordCollectionActivity(input: $i) { id } }';
      const activity = { taskId, channel: 'FORUM', title: '座谈会', participants: 3 };
      expect(
        errorOf(await t.gql(ACTIVITY, { i: { ...activity, heldOn: tomorrow() } }, tokens.head)),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'DATE_IN_FUTURE',
      });
      const held = await ok<{ recordCollectionActivity: { id: string } }>(
        ACTIVITY,
        // The task was issued when this suite began: today is the earliest date its activities may have.
        { i: { ...activity, heldOn: chinaDate(new Date()) } },
        tokens.head,
      );
      // A real activity of the point is accepted.
      expect(
        (
          await t.gql(
            SUBMIT,
            {
              i: {
                taskId,
                proposedChange: '座谈会上的意见',
                channel: 'FORUM',
                activityId: held.recordCollectionActivity.id,
              },
            },
            tokens.collector,
          )
        ).errors,
      ).toBeUndefined();
    });

    it.each([
      ['a lone surrogate', '建议\uD800修改'],
      ['a right-to-left override', '建议\u202E改修'],
      ['a zero-width space', '建议\u200B修改'],
      ['a zero-width no-break space inside', '建议\uFEFF修改'],
      ['an invisible tag character', '建议\u{E0041}修改'],
      ['a noncharacter', '建议\uFDD0修改'],
      ['a plane’s last code point', '建议\u{10FFFF}修改'],
      ['a pile of combining marks (Zalgo)', `建议${'\u0301'.repeat(12)}修改`],
    ])('refuses %s in free text, with UNSAFE_TEXT', async (_what, text) => {
      const res = await t.gql(
        SUBMIT,
        { i: { taskId, proposedChange: text, channel: 'VISIT' } },
        tokens.collector,
      );
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNSAFE_TEXT' });
      expect(res.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['input.proposedChange']);
      const tagged = await t.gql(
        SUBMIT,
        { i: { taskId, proposedChange: '意见', channel: 'VISIT', tags: [text] } },
        tokens.collector,
      );
      expect(errorOf(tagged).reason).toBe('UNSAFE_TEXT');
    });

    it('takes a name on one line only, without invisible characters; real names of every script pass', async () => {
      const ADD = 'mutation($i: AddCollectorInput!) { addCollector(input: $i) { id name } }';
      const add = (name: string) =>
        t.gql<{ addCollector: { name: string } }>(
          ADD,
          { i: { liaisonUnitId: union.id, name, category: 'LAWYER' } },
          tokens.head,
        );
      // A line break splits a table's row and lets a second line pass for a value of its own (attack F6).
      for (const name of ['张三\n=1+1', '张三\r\n李四', '张三\u2028李四']) {
        const res = await add(name);
        expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', message: '姓名不能换行' });
        expect(res.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['input.name']);
      }
      // A second 张三 that looks like the first (a tag character after it), a noncharacter, a pile of marks.
      for (const name of ['张三\u{E0041}', '张三\uFDD0', `Z${'\u0301'.repeat(45)}`])
        expect(errorOf(await add(name)).reason).toBe('UNSAFE_TEXT');
      // Kept: a rare character from an older system's 造字 (private use), a Tibetan stack, Vietnamese accents.
      for (const name of ['王\uE000', 'བསྐྱོད་', 'Nguyễn Thị Ánh']) {
        const res = await add(name);
        expect(res.errors).toBeUndefined();
        expect(res.data!.addCollector.name).toBe(name);
      }
    });

    it('refuses an extension to 9999-12-31 (DEADLINE_TOO_FAR), accepts one within a year', async () => {
      const EXTEND = 'mutation($i: ExtendDeadlineInput!) { extendTaskDeadline(input: $i) { id } }';
      expect(
        errorOf(
          await t.gql(
            EXTEND,
            { i: { taskId, deadline: '9999-12-31T23:59:59+08:00', reason: '延期' } },
            tokens.legislature,
          ),
        ),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'DEADLINE_TOO_FAR',
      });
      expect(
        (
          await t.gql(
            EXTEND,
            { i: { taskId, deadline: atIn(FAR_DEADLINE_DAYS + 180), reason: '延期' } },
            tokens.legislature,
          )
        ).errors,
      ).toBeUndefined();
    });
  });

  it('shows revision snapshots without the author, idempotency key or content hash', async () => {
    const res = await ok<{ opinion: { revisions: Array<{ snapshot: string }> } }>(
      'query($id: ID!) { opinion(id: $id) { revisions { snapshot } } }',
      { id: opinionWithContributor },
      tokens.head,
    );
    expect(res.opinion.revisions.length).toBe(1);
    const snapshot = JSON.parse(res.opinion.revisions[0].snapshot) as Record<string, unknown>;
    expect(snapshot.proposedChange).toBe('建议对养犬给予指导');
    for (const hidden of ['authorAccountId', 'idempotencyKey', 'contentHash', 'collectorId', 'expertId'])
      expect({ hidden, present: hidden in snapshot }).toEqual({ hidden, present: false });
  });
});
