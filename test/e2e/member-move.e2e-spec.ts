// A member moved to another unit or position takes the linked account's grant along, in the same transaction (attack
// notes F3): before, updateCollector moved the record and left the COLLECTOR grant at the old unit, so the account kept
// reading the old unit's tasks, draft and focus questions (and 我的任务 listed them) while its submissions followed the
// record; updateExecutiveMember's position change left the old position's role (a head made deputy kept managing
// accounts). Each case checks, with the token the person held before the change (no sign-in again): what the new
// place allows is allowed, nothing of the old one is — from the very next request (the account cache is emptied).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditRecordEntity } from '@app/audit/entities';
import { errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';
import { FAR_DEADLINE, FAR_DUE } from '../support/dates.js';

const DRAFT = `某市调动测试条例（草案）
第一条　为了检验采集员调动后的权限，制定本条例。
第二条　本条例自公布之日起施行。
`;
const ROLES = '{ me { id roles { role contactPointId liaisonUnitId } } }';
const TASK =
  'query($id: ID!) { consultationTask(id: $id) { id title focusQuestions draftVersion { id label } } }';
const MINE = '{ myAssignments(first: 100) { edges { node { taskId assigneeType assigneeId } } } }';
const TASKS = '{ consultationTasks(first: 100) { edges { node { id } } } }';
const SUBMIT = `mutation($input: SubmitOpinionInput!) {
  submitOpinion(input: $input) { receiptNumber opinion { id liaisonUnitId } } }`;
const UPDATE_COLLECTOR =
  'mutation($input: UpdateCollectorInput!) { updateCollector(input: $input) { id liaisonUnitId } }';
const UPDATE_MEMBER =
  'mutation($input: UpdateExecutiveMemberInput!) { updateExecutiveMember(input: $input) { id position } }';

interface Unit {
  id: string;
  name: string;
  collectors: { edges: Array<{ node: { id: string; name: string; accountId: string | null } }> };
}
interface Member {
  id: string;
  name: string;
  accountId: string | null;
}

describe('moving a member moves the linked account’s grant', () => {
  let t: TestApp;
  let pointId: string;
  let union: Unit;
  let town: Unit;
  const tokens: Record<string, string> = {};
  const tasks: { union: string; town: string } = { union: '', town: '' };
  let executingBody: { pointHead: Member; deputyHeads: Member[]; liaisonOfficers: Member[] };

  const roles = async (user: string) =>
    must(
      await t.gql<{
        me: {
          id: string;
          roles: Array<{ role: string; contactPointId: string; liaisonUnitId: string | null }>;
        };
      }>(ROLES, {}, tokens[user]),
    ).me;
  const reads = async (user: string, taskId: string) =>
    (await t.gql<{ consultationTask: { id: string } | null }>(TASK, { id: taskId }, tokens[user])).data
      ?.consultationTask?.id === taskId;
  const listed = async (user: string) =>
    must(
      await t.gql<{ myAssignments: { edges: Array<{ node: { taskId: string } }> } }>(MINE, {}, tokens[user]),
    ).myAssignments.edges.map((e) => e.node.taskId);
  const visible = async (user: string) =>
    must(
      await t.gql<{ consultationTasks: { edges: Array<{ node: { id: string } }> } }>(TASKS, {}, tokens[user]),
    ).consultationTasks.edges.map((e) => e.node.id);
  const submit = (user: string, taskId: string, text: string) =>
    t.gql<{
      submitOpinion: { receiptNumber: string; opinion: { id: string; liaisonUnitId: string | null } };
    }>(
      SUBMIT,
      { input: { taskId, proposedChange: text, reason: '调动测试', channel: 'VISIT' } },
      tokens[user],
    );
  const regrants = async (accountId: string) =>
    (await t.db.getRepository(AuditRecordEntity).findBy({ entityId: accountId })).filter(
      (a) => a.action === 'account.regrant',
    );

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'legislature', 'head', 'deputy', 'liaison', 'collector'])
      tokens[user] = await t.login(user);
    const legislatureId = must(
      await t.gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
        '{ legislatures(first: 1) { edges { node { id } } } }',
        {},
        tokens.legislature,
      ),
    ).legislatures.edges[0].node.id;
    pointId = (await roles('head')).roles[0].contactPointId;
    const point = must(
      await t.gql<{
        contactPoint: {
          executingBody: typeof executingBody;
          liaisonUnits: { edges: Array<{ node: Unit }> };
        };
      }>(
        `query($id: ID!) { contactPoint(id: $id) {
          executingBody { pointHead { id name accountId } deputyHeads { id name accountId } liaisonOfficers { id name accountId } }
          liaisonUnits(first: 20) { edges { node { id name collectors(first: 20) { edges { node { id name accountId } } } } } } } }`,
        { id: pointId },
        tokens.head,
      ),
    ).contactPoint;
    executingBody = point.executingBody;
    union = point.liaisonUnits.edges.find((e) => e.node.name === '北碚区总工会')!.node;
    town = point.liaisonUnits.edges.find((e) => e.node.name === '施家梁镇')!.node;

    // Two fresh tasks at the point: one distributed to 北碚区总工会 only, one to 施家梁镇 only.
    const draftId = must(
      await t.gql<{ createDraft: { id: string } }>(
        'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
        { i: { legislatureId, title: '某市调动测试条例（草案）' } },
        tokens.legislature,
      ),
    ).createDraft.id;
    const versionId = must(
      await t.gql<{ addDraftVersion: { id: string } }>(
        'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id } }',
        { i: { draftId, stage: 'SOLICITATION', text: DRAFT } },
        tokens.legislature,
      ),
    ).addDraftVersion.id;
    for (const [key, unit] of [
      ['union', union],
      ['town', town],
    ] as const) {
      tasks[key] = must(
        await t.gql<{ createConsultationTask: { id: string } }>(
          'mutation($i: CreateConsultationTaskInput!) { createConsultationTask(input: $i) { id } }',
          {
            i: {
              draftVersionId: versionId,
              title: `调动测试任务（${unit.name}）`,
              noticeText: '请提意见',
              focusQuestions: [`${unit.name}的重点问题`],
              deadline: FAR_DEADLINE,
              contactPointIds: [pointId],
            },
          },
          tokens.legislature,
        ),
      ).createConsultationTask.id;
      must(
        await t.gql(`mutation { issueConsultationTask(id: "${tasks[key]}") { id } }`, {}, tokens.legislature),
      );
      must(
        await t.gql(
          'mutation($i: DistributeTaskInput!) { distributeTask(input: $i) { id } }',
          {
            i: {
              taskId: tasks[key],
              contactPointId: pointId,
              assignments: [{ assigneeType: 'LIAISON_UNIT', assigneeId: unit.id, dueAt: FAR_DUE }],
            },
          },
          tokens.head,
        ),
      );
    }
  }, 120_000);
  afterAll(() => t.close());

  it('a collector moved to another unit sees and does what the new unit may, nothing of the old one', async () => {
    const collector = union.collectors.edges.map((e) => e.node).find((c) => c.name === '杨帆')!;
    const accountId = (await roles('collector')).id;
    expect(collector.accountId).toBe(accountId);

    // Before: 北碚区总工会's task, not 施家梁镇's.
    expect(await reads('collector', tasks.union)).toBe(true);
    expect(await reads('collector', tasks.town)).toBe(false);
    expect(await listed('collector')).toContain(tasks.union);
    expect(await listed('collector')).not.toContain(tasks.town);
    const before = must(await submit('collector', tasks.union, '调动前在总工会征集的意见')).submitOpinion;
    expect(before.opinion.liaisonUnitId).toBe(union.id);
    // The workbench on the collector's phone, signed in before the move: it keeps the account's roles from its sign-in.
    const phone = must(
      await t.gql<{ login: { refreshToken: string; account: { roles: Array<{ liaisonUnitId: string }> } } }>(
        'mutation { login(input: {username: "collector", password: "demo-password"}) { refreshToken account { roles { liaisonUnitId } } } }',
      ),
    ).login;
    expect(phone.account.roles.map((r) => r.liaisonUnitId)).toEqual([union.id]);

    // The liaison officer moves 杨帆 to 施家梁镇.
    expect(
      must(
        await t.gql<{ updateCollector: { liaisonUnitId: string } }>(
          UPDATE_COLLECTOR,
          { input: { id: collector.id, liaisonUnitId: town.id } },
          tokens.liaison,
        ),
      ).updateCollector.liaisonUnitId,
    ).toBe(town.id);

    // Its next token refresh brings the account as it now stands: the workbench shows the new unit's work from then on.
    const refreshed = must(
      await t.gql<{ refreshSession: { account: { roles: Array<{ role: string; liaisonUnitId: string }> } } }>(
        'mutation($i: RefreshSessionInput!) { refreshSession(input: $i) { account { roles { role liaisonUnitId } } } }',
        { i: { refreshToken: phone.refreshToken } },
      ),
    ).refreshSession;
    expect(refreshed.account.roles).toEqual([{ role: 'COLLECTOR', liaisonUnitId: town.id }]);
    // The same session goes on (no sign-in again), under the new unit from the very next request.
    expect((await roles('collector')).roles).toEqual([
      expect.objectContaining({ role: 'COLLECTOR', contactPointId: pointId, liaisonUnitId: town.id }),
    ]);
    // The old unit's task — its draft, its focus questions — is refused; the new unit's is read.
    const old = await t.gql(TASK, { id: tasks.union }, tokens.collector);
    expect(old.data?.consultationTask ?? null).toBeNull();
    expect(errorOf(old).code).toMatch(/FORBIDDEN|NOT_FOUND/);
    const now = must(
      await t.gql<{ consultationTask: { focusQuestions: string[]; draftVersion: { id: string } } }>(
        TASK,
        { id: tasks.town },
        tokens.collector,
      ),
    ).consultationTask;
    expect(now.focusQuestions).toEqual(['施家梁镇的重点问题']);
    // 我的任务 and the task list: the new unit's task, not the old one's.
    const mine = await listed('collector');
    expect(mine).toContain(tasks.town);
    expect(mine).not.toContain(tasks.union);
    const list = await visible('collector');
    expect(list).toContain(tasks.town);
    expect(list).not.toContain(tasks.union);
    // Submitting agrees with what is seen: the old unit's task refused, the new unit's filed under the new unit.
    // (what the 待同步 queue meets when it sends, after the move, opinions recorded for the old unit: a reason that says
    // what to do, and no 修改 — see queued-refusal.ts)
    const refused = errorOf(await submit('collector', tasks.union, '调动后补交总工会的意见'));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ASSIGNED' });
    expect(refused.message).toContain('如您已调整到其他联系单位');
    const after = must(await submit('collector', tasks.town, '调动后在施家梁镇征集的意见')).submitOpinion;
    expect(after.opinion.liaisonUnitId).toBe(town.id);

    // What was gathered before the move stays with the unit it was gathered for (nothing re-attributed), and its author
    // still finds it.
    const kept = must(
      await t.gql<{ opinion: { liaisonUnitId: string } }>(
        'query($id: ID!) { opinion(id: $id) { liaisonUnitId } }',
        { id: before.opinion.id },
        tokens.head,
      ),
    ).opinion;
    expect(kept.liaisonUnitId).toBe(union.id);
    expect(
      (
        await t.gql(
          'query($id: ID!) { opinion(id: $id) { id } }',
          { id: before.opinion.id },
          tokens.collector,
        )
      ).errors,
    ).toBeUndefined();

    // Audited with the grants before and after.
    const [audit] = await regrants(accountId);
    expect(audit).toBeDefined();
    expect(audit.before).toContain(union.id);
    expect(audit.after).toContain(town.id);
  });

  it('a deputy head made liaison officer (and back) holds the new position’s role at once', async () => {
    const deputy = executingBody.deputyHeads.find((m) => m.accountId)!; // 王晓红, account `deputy`
    const addUnit = (name: string) =>
      t.gql(
        'mutation($i: AddLiaisonUnitInput!) { addLiaisonUnit(input: $i) { id } }',
        { i: { contactPointId: pointId, name, type: 'LIAISON_UNIT' } },
        tokens.deputy,
      );
    // A deputy head does not edit the point's structure; a liaison officer does.
    expect(errorOf(await addUnit('调动测试单位一')).code).toBe('FORBIDDEN');
    must(await t.gql(UPDATE_MEMBER, { input: { id: deputy.id, position: 'LIAISON_OFFICER' } }, tokens.head));
    expect((await roles('deputy')).roles.map((r) => r.role)).toEqual(['LIAISON_OFFICER']);
    expect((await addUnit('调动测试单位一')).errors).toBeUndefined();

    must(await t.gql(UPDATE_MEMBER, { input: { id: deputy.id, position: 'DEPUTY_HEAD' } }, tokens.head));
    expect((await roles('deputy')).roles.map((r) => r.role)).toEqual(['DEPUTY_HEAD']);
    expect(errorOf(await addUnit('调动测试单位二')).code).toBe('FORBIDDEN');
    expect(await regrants(deputy.accountId!)).toHaveLength(2);
  });

  it('a head made deputy head no longer manages accounts, from the next request of the same session', async () => {
    const head = executingBody.pointHead; // 李国华, account `head`
    const collectorAccount = (await roles('collector')).id;
    const reset = () =>
      t.gql(
        'mutation($i: ResetAccountPasswordInput!) { resetAccountPassword(input: $i) { id } }',
        { i: { accountId: collectorAccount, password: '嘉陵江边的黄葛树很高很高' } },
        tokens.head,
      );
    must(await t.gql(UPDATE_MEMBER, { input: { id: head.id, position: 'DEPUTY_HEAD' } }, tokens.admin));
    expect((await roles('head')).roles.map((r) => r.role)).toEqual(['DEPUTY_HEAD']);
    expect(errorOf(await reset()).code).toBe('FORBIDDEN');
    // Made head again by the administrator: the head's rights come back.
    must(await t.gql(UPDATE_MEMBER, { input: { id: head.id, position: 'POINT_HEAD' } }, tokens.admin));
    expect((await roles('head')).roles.map((r) => r.role)).toEqual(['POINT_HEAD']);
    expect((await reset()).errors).toBeUndefined();
  });
});
