import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import iconv from 'iconv-lite';
import { AuditRecordEntity } from '@app/audit/entities';
import { Clock } from '@app/common';
import { ReminderService } from '@app/consultation';
import { ConsultationTaskEntity } from '@app/consultation/entities';
import { DraftVersionEntity } from '@app/drafts/entities';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { atIn, dayIn, utcIn } from '../support/dates.js';

const DRAFT_TEXT = `某市测试条例（草案）

第一章　总　则

第一条　为了测试，制定本条例。

第二条　本条例适用于本市行政区域。
有关部门按照职责做好相关工作。

第二章　管　理

第三条　养犬人应当遵守下列规定：
（一）携犬出户时束犬链；
（二）即时清除犬只粪便。

第四条　违反本条例第三条规定的，责令改正。
`;

const CREATE_TASK = `mutation($input: CreateConsultationTaskInput!) { createConsultationTask(input: $input) { id status deadline } }`;
const DISTRIBUTE = `mutation($input: DistributeTaskInput!) { distributeTask(input: $input) { id dueAt provisionAddresses } }`;

interface Ids {
  legislatureId: string;
  pointId: string;
  otherPointId: string;
  unionId: string;
  collectorId: string;
}

describe('drafts and consultation tasks', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ids = {} as Ids;
  let versionId: string;
  let taskId: string;
  const clock = () => t.app.get(Clock);
  const at = (iso: string) => jest.spyOn(clock(), 'now').mockReturnValue(new Date(iso));

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'legislature', 'head', 'liaison', 'collector', 'unit', 'expert'])
      tokens[user] = await t.login(user);
    const points = await t.gql<{
      contactPoints: { edges: Array<{ node: { id: string; name: string; legislatureId: string } }> };
    }>('{ contactPoints(first: 10) { edges { node { id name legislatureId } } } }', {}, tokens.legislature);
    const edges = points.data!.contactPoints.edges;
    const own = edges.find((e) => e.node.name.startsWith('西南大学'))!.node;
    ids.pointId = own.id;
    ids.legislatureId = own.legislatureId;
    ids.otherPointId = edges.find((e) => e.node.id !== own.id)!.node.id;
    const units = await t.gql<{
      contactPoint: {
        liaisonUnits: {
          edges: Array<{
            node: {
              id: string;
              name: string;
              collectors: { edges: Array<{ node: { id: string; name: string } }> };
            };
          }>;
        };
      };
    }>(
      'query($id: ID!) { contactPoint(id: $id) { liaisonUnits(first: 20) { edges { node { id name collectors(first: 20) { edges { node { id name } } } } } } } }',
      { id: ids.pointId },
      tokens.head,
    );
    const union = units.data!.contactPoint.liaisonUnits.edges.find(
      (e) => e.node.name === '北碚区总工会',
    )!.node;
    ids.unionId = union.id;
    ids.collectorId = union.collectors.edges.find((e) => e.node.name === '杨帆')!.node.id;
  });
  afterAll(() => t.close());

  it('shows the demo tasks to the collector as "my tasks", with the provisions assigned, the open round not overdue', async () => {
    const res = await t.gql<{
      consultationTasks: { totalCount: number };
      myAssignments: {
        edges: Array<{
          node: {
            assigneeType: string;
            overdue: boolean;
            dueAt: string;
            provisions: Array<{ citation: string; fullText: string }>;
            task: { title: string; deadline: string };
          };
        }>;
      };
    }>(
      '{ consultationTasks(first: 20) { totalCount } myAssignments(first: 30) { edges { node { assigneeType overdue dueAt provisions { citation fullText } task { title deadline } } } } }',
      {},
      tokens.collector,
    );
    expect(res.errors).toBeUndefined();
    // The dog and charity tasks' 2022 round and their round open now, and the seven other 2022 tasks (the ledger's
    // year) given to his trade union.
    expect(res.data!.consultationTasks.totalCount).toBe(11);
    const mine = res.data!.myAssignments.edges.map((e) => e.node);
    expect(mine.some((a) => a.assigneeType === 'LIAISON_UNIT')).toBe(true);
    const dogRounds = mine.filter((a) => a.assigneeType === 'COLLECTOR' && a.task.title.includes('养犬'));
    expect(dogRounds).toHaveLength(2);
    const open = dogRounds.find((a) => a.task.title.startsWith('关于再次征求'))!;
    const now = Date.now();
    // Open whenever the demo was seeded: due before the deadline, both ahead.
    expect(open.overdue).toBe(false);
    expect(Date.parse(open.dueAt)).toBeGreaterThan(now);
    expect(Date.parse(open.task.deadline)).toBeGreaterThan(Date.parse(open.dueAt));
    expect(open.provisions.map((p) => p.citation)).toEqual(['第八条', '第九条', '第十三条']);
    const direct = dogRounds.find((a) => a !== open)!;
    expect(direct.provisions.map((p) => p.citation)).toEqual(['第八条', '第九条', '第十三条']);
    expect(direct.provisions[0].fullText).toMatch(/^第八条\s个人在重点管理区养犬的/);
    expect(direct.provisions[0].fullText).toContain('（一）具有完全民事行为能力；');
    // The 2022 round was submitted on its deadline day: past its due date, but nothing is left to do, so not overdue.
    expect(Date.parse(direct.dueAt)).toBeLessThan(now);
    expect(direct.overdue).toBe(false);
  });

  it('takes a GBK file, parses it, and stores the tree', async () => {
    const draft = await t.gql<{ createDraft: { id: string } }>(
      'mutation($input: CreateDraftInput!) { createDraft(input: $input) { id } }',
      { input: { legislatureId: ids.legislatureId, title: '某市测试条例（草案）' } },
      tokens.legislature,
    );
    const gbk = iconv.encode(DRAFT_TEXT, 'gbk').toString('base64');
    const version = await t.gql<{
      addDraftVersion: {
        id: string;
        articleCount: number;
        sourceEncoding: string;
        frozen: boolean;
        provisions: { totalCount: number; edges: Array<{ node: { address: string; citation: string } }> };
      };
    }>(
      `mutation($input: AddDraftVersionInput!) { addDraftVersion(input: $input) { id articleCount sourceEncoding frozen
        provisions(first: 50, kinds: [article, item]) { totalCount edges { node { address citation } } } } }`,
      {
        input: {
          draftId: draft.data!.createDraft.id,
          stage: 'SOLICITATION',
          fileName: '测试条例.txt',
          contentBase64: gbk,
        },
      },
      tokens.legislature,
    );
    expect(version.errors).toBeUndefined();
    const v = version.data!.addDraftVersion;
    expect(v).toMatchObject({ articleCount: 4, sourceEncoding: 'gb18030', frozen: false });
    expect(v.provisions.edges.map((e) => e.node.citation)).toEqual([
      '第一条',
      '第二条',
      '第三条',
      '第三条第一款第（一）项',
      '第三条第一款第（二）项',
      '第四条',
    ]);
    versionId = v.id;
  });

  it.each([
    ['an empty file', '', 'EMPTY_FILE'],
    ['a binary file', Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]).toString('base64'), 'BINARY_FILE'],
    [
      'a text with no articles',
      Buffer.from('这是一封信，没有任何条文。\n此致敬礼').toString('base64'),
      'NO_ARTICLES',
    ],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_label, content, reason) => {
    const before = await t.db.getRepository(DraftVersionEntity).count();
    const draftId = (await t.db.getRepository(DraftVersionEntity).findOneByOrFail({ id: versionId })).draftId;
    const res = await t.gql(
      'mutation($input: AddDraftVersionInput!) { addDraftVersion(input: $input) { id } }',
      { input: { draftId, stage: 'FIRST_READING', fileName: 'x.txt', contentBase64: content } },
      tokens.legislature,
    );
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(await t.db.getRepository(DraftVersionEntity).count()).toBe(before);
  });

  it('refuses a task on a version that does not exist, and a deadline in the past', async () => {
    const tasks = await t.db.getRepository(ConsultationTaskEntity).count();
    const input = {
      draftVersionId: versionId,
      title: '测试任务',
      noticeText: '请提出意见。',
      deadline: atIn(300),
      contactPointIds: [ids.pointId],
    };
    expect(
      errorOf(await t.gql(CREATE_TASK, { input: { ...input, draftVersionId: 'nope' } }, tokens.legislature)),
    ).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'DRAFT_VERSION_NOT_FOUND',
    });
    expect(
      errorOf(
        await t.gql(
          CREATE_TASK,
          { input: { ...input, deadline: '2020-01-01T23:59:59+08:00' } },
          tokens.legislature,
        ),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DEADLINE_IN_PAST',
    });
    // DateTime inputs carry their offset (whose 17:00?), and a date alone is not an instant; Date inputs are real dates.
    for (const bad of ['2099-12-31T17:00:00', '2099-12-31', '2099-02-30T12:00:00+08:00', '下周五']) {
      expect(
        errorOf(await t.gql(CREATE_TASK, { input: { ...input, deadline: bad } }, tokens.legislature)),
      ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE_TIME' });
    }
    const inline = await t.gql(
      `mutation { createConsultationTask(input: {draftVersionId: "${versionId}", title: "x", noticeText: "x", deadline: "2099-12-31", contactPointIds: ["${ids.pointId}"]}) { id } }`,
      {},
      tokens.legislature,
    );
    expect(errorOf(inline)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE_TIME' });
    expect(errorOf(inline).message).toContain('2026-12-15T23:59:59+08:00');
    expect(
      errorOf(await t.gql(CREATE_TASK, { input: { ...input, issueDate: '2099-02-30' } }, tokens.legislature)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE' });
    expect(errorOf(await t.gql(CREATE_TASK, { input }, tokens.head))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERMISSION_DENIED',
    });
    expect(await t.db.getRepository(ConsultationTaskEntity).count()).toBe(tasks);
  });

  it('issues a task: the deadline is the instant given (end of a day in Beijing here), the point is told, the version freezes', async () => {
    const created = await t.gql<{ createConsultationTask: { id: string; status: string; deadline: string } }>(
      CREATE_TASK,
      {
        input: {
          draftVersionId: versionId,
          title: '关于征求《某市测试条例（草案）》意见的通知',
          noticeText: '请于截止日期前报送意见。',
          deadline: atIn(300),
          focusQuestions: ['第三条的规定是否可行？'],
          contactPointIds: [ids.pointId],
        },
      },
      tokens.legislature,
    );
    expect(created.data!.createConsultationTask).toMatchObject({
      status: 'DRAFT',
      deadline: utcIn(300),
    });
    taskId = created.data!.createConsultationTask.id;
    // Not yet issued, the task is outside the point's scope: it answers as a missing one.
    const hidden = await t.gql(`{ consultationTask(id: "${taskId}") { id } }`, {}, tokens.head);
    expect(errorOf(hidden)).toMatchObject({ code: 'NOT_FOUND', reason: 'TASK_NOT_FOUND' });

    expect(
      errorOf(await t.gql('mutation { issueConsultationTask { status } }', {}, tokens.legislature)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TASK_ID_REQUIRED' });
    // Like every other mutation, it takes an `input` (the bare `id` argument is deprecated).
    const issued = await t.gql<{ issueConsultationTask: { status: string } }>(
      'mutation($input: IssueConsultationTaskInput!) { issueConsultationTask(input: $input) { status } }',
      { input: { id: taskId } },
      tokens.legislature,
    );
    expect(issued.data!.issueConsultationTask.status).toBe('ISSUED');
    const inbox = await t.gql<{ notifications: { edges: Array<{ node: { kind: string; title: string } }> } }>(
      '{ notifications(first: 5) { edges { node { kind title } } } }',
      {},
      tokens.head,
    );
    expect(inbox.data!.notifications.edges.map((e) => e.node)).toContainEqual({
      kind: 'TASK_RECEIVED',
      title: expect.stringContaining('某市测试条例'),
    });
    const frozen = await t.gql(
      'mutation($input: UpdateDraftVersionInput!) { updateDraftVersion(input: $input) { id } }',
      { input: { id: versionId, label: '改名' } },
      tokens.legislature,
    );
    expect(errorOf(frozen)).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_FROZEN' });
  });

  it('refuses distribution beyond the deadline, to another point’s unit, or to a provision not in the draft', async () => {
    const assignment = {
      assigneeType: 'COLLECTOR',
      assigneeId: ids.collectorId,
      dueAt: atIn(289),
      provisionAddresses: ['art_3'],
    };
    const send = (a: Record<string, unknown>) =>
      t.gql(DISTRIBUTE, { input: { taskId, contactPointId: ids.pointId, assignments: [a] } }, tokens.head);
    expect(errorOf(await send({ ...assignment, dueAt: atIn(302) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DUE_AFTER_DEADLINE',
    });
    expect(errorOf(await send({ ...assignment, provisionAddresses: ['art_99'] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PROVISION_NOT_FOUND',
    });
    const otherUnit = await t.gql<{ addLiaisonUnit: { id: string } }>(
      'mutation($input: AddLiaisonUnitInput!) { addLiaisonUnit(input: $input) { id } }',
      { input: { contactPointId: ids.otherPointId, name: '别的单位', type: 'LIAISON_UNIT' } },
      tokens.admin,
    );
    expect(
      errorOf(
        await send({
          assigneeType: 'LIAISON_UNIT',
          assigneeId: otherUnit.data!.addLiaisonUnit.id,
          dueAt: atIn(289),
        }),
      ),
      // Another point's unit is outside the head's scope: it answers as one that does not exist.
    ).toMatchObject({
      code: 'NOT_FOUND',
      message: `联系单位不存在：${otherUnit.data!.addLiaisonUnit.id}`,
    });
    expect(
      errorOf(
        await t.gql(
          DISTRIBUTE,
          { input: { taskId, contactPointId: ids.pointId, assignments: [assignment] } },
          tokens.collector,
        ),
      ).code,
    ).toBe('FORBIDDEN');
    const state = await t.gql<{
      consultationTask: { pointTasks: Array<{ state: string; assignments: unknown[] }> };
    }>(`{ consultationTask(id: "${taskId}") { pointTasks { state assignments { id } } } }`, {}, tokens.head);
    expect(state.data!.consultationTask.pointTasks).toEqual([{ state: 'RECEIVED', assignments: [] }]);
  });

  it('distributes to a collector, who finds it in "my tasks" and the inbox; the task moves to DISPATCHED', async () => {
    const res = await t.gql<{ distributeTask: Array<{ id: string; dueAt: string }> }>(
      DISTRIBUTE,
      {
        input: {
          taskId,
          contactPointId: ids.pointId,
          assignments: [
            {
              assigneeType: 'COLLECTOR',
              assigneeId: ids.collectorId,
              dueAt: atIn(289),
              provisionAddresses: ['art_3'],
              note: '请走访',
            },
          ],
        },
      },
      tokens.liaison,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.distributeTask[0].dueAt).toBe(utcIn(289));
    const mine = await t.gql<{
      myAssignments: {
        edges: Array<{ node: { task: { id: string }; provisions: Array<{ fullText: string }> } }>;
      };
      notifications: { edges: Array<{ node: { kind: string; taskId: string | null } }> };
    }>(
      '{ myAssignments(first: 20) { edges { node { task { id } provisions { fullText } } } } notifications(first: 20) { edges { node { kind taskId } } } }',
      {},
      tokens.collector,
    );
    const assignment = mine.data!.myAssignments.edges.find((e) => e.node.task.id === taskId)!.node;
    expect(assignment.provisions[0].fullText).toBe(
      '第三条 养犬人应当遵守下列规定：\n（一）携犬出户时束犬链；\n（二）即时清除犬只粪便。',
    );
    // The demo's 2022 outcomes are in the inbox too: look for this task's line.
    expect(mine.data!.notifications.edges.map((e) => e.node)).toContainEqual({
      kind: 'TASK_ASSIGNED',
      taskId,
    });

    const seen = await t.gql<{
      consultationTask: { pointTasks: Array<{ state: string; assignments: unknown[] | null }> };
    }>(
      `{ consultationTask(id: "${taskId}") { pointTasks { state assignments { id } } } }`,
      {},
      tokens.legislature,
    );
    expect(seen.data!.consultationTask.pointTasks).toEqual([{ state: 'DISPATCHED', assignments: null }]);
  });

  it('moves through the allowed states only, each audited', async () => {
    const move = (to: string, token = tokens.head) =>
      t.gql<{ transitionPointTask: { state: string } }>(
        'mutation($input: TransitionPointTaskInput!) { transitionPointTask(input: $input) { state } }',
        { input: { taskId, contactPointId: ids.pointId, to } },
        token,
      );
    expect(errorOf(await move('SUBMITTED'))).toMatchObject({
      code: 'CONFLICT',
      reason: 'TRANSITION_NOT_ALLOWED',
    });
    expect((await move('COLLECTING')).data!.transitionPointTask.state).toBe('COLLECTING');
    expect(errorOf(await move('ARCHIVED'))).toMatchObject({ code: 'CONFLICT' });
    const audit = await t.gql<{
      auditRecords: { edges: Array<{ node: { action: string; after: string } }> };
    }>('{ auditRecords(first: 1) { edges { node { action after } } } }', {}, tokens.admin);
    expect(audit.data!.auditRecords.edges[0].node.action).toBe('pointTask.transition');
    expect(JSON.parse(audit.data!.auditRecords.edges[0].node.after).state).toBe('COLLECTING');
  });

  it('reminds from the server: due in 3 days, due tomorrow, overdue — once each', async () => {
    const reminders = t.app.get(ReminderService);
    const kinds = async () =>
      (
        await t.gql<{ notifications: { edges: Array<{ node: { kind: string } }> } }>(
          '{ notifications(first: 50) { edges { node { kind } } } }',
          {},
          tokens.collector,
        )
      ).data!.notifications.edges.map((e) => e.node.kind);
    // The scan runs at the given instant; the inbox is then read at the real time (tokens are issued for it).
    const scanAt = (iso: string) => reminders.runOnce(new Date(iso));
    await scanAt(atIn(287, '10:00:00'));
    await scanAt(atIn(287, '10:05:00'));
    expect((await kinds()).filter((k) => k === 'DUE_IN_3_DAYS')).toHaveLength(1);
    await scanAt(atIn(288, '10:00:00'));
    expect((await kinds()).filter((k) => k === 'DUE_TOMORROW')).toHaveLength(1);
    await scanAt(atIn(290, '10:00:00'));
    await scanAt(atIn(290, '10:05:00'));
    expect((await kinds()).filter((k) => k === 'OVERDUE')).toHaveLength(1);
    const count = await t.gql<{ unreadNotificationCount: number }>(
      '{ unreadNotificationCount }',
      {},
      tokens.collector,
    );
    expect(count.data!.unreadNotificationCount).toBeGreaterThanOrEqual(4);
    const after = await t.gql<{ markNotificationsRead: { unreadCount: number; notifications: unknown[] } }>(
      'mutation { markNotificationsRead(input: {}) { unreadCount notifications { id } } }',
      {},
      tokens.collector,
    );
    expect(after.data!.markNotificationsRead).toEqual({ unreadCount: 0, notifications: [] });
  });

  it('accepts nothing after the deadline until the legislature records an extension', async () => {
    const assignment = {
      assigneeType: 'LIAISON_UNIT',
      assigneeId: ids.unionId,
      dueAt: atIn(310),
    };
    const spy = at(atIn(301, '08:00:00'));
    try {
      // Tokens are short-lived: sign in again at the moved clock.
      const head = await t.login('head');
      const legislature = await t.login('legislature');
      const late = await t.gql(
        DISTRIBUTE,
        { input: { taskId, contactPointId: ids.pointId, assignments: [assignment] } },
        head,
      );
      expect(errorOf(late)).toMatchObject({ code: 'CONFLICT', reason: 'DEADLINE_PASSED' });
      const extended = await t.gql(
        'mutation($input: ExtendDeadlineInput!) { extendTaskDeadline(input: $input) { id } }',
        {
          input: {
            taskId,
            contactPointId: ids.pointId,
            deadline: atIn(315),
            reason: '联系点申请延期',
          },
        },
        legislature,
      );
      expect(extended.errors).toBeUndefined();
      const ok = await t.gql(
        DISTRIBUTE,
        { input: { taskId, contactPointId: ids.pointId, assignments: [assignment] } },
        head,
      );
      expect(ok.errors).toBeUndefined();
      const point = await t.gql<{
        consultationTask: { pointTasks: Array<{ effectiveDeadline: string; overdue: boolean }> };
      }>(`{ consultationTask(id: "${taskId}") { pointTasks { effectiveDeadline overdue } } }`, {}, head);
      expect(point.data!.consultationTask.pointTasks[0]).toEqual({
        effectiveDeadline: utcIn(315),
        overdue: false,
      });
    } finally {
      spy.mockRestore();
    }
  });

  it('moves the assignees’ due dates with an extension and tells everyone the task was distributed to', async () => {
    const created = await t.gql<{ createConsultationTask: { id: string } }>(
      CREATE_TASK,
      {
        input: {
          draftVersionId: versionId,
          title: '延期测试任务',
          noticeText: '请报送意见。',
          deadline: atIn(269),
          contactPointIds: [ids.pointId],
        },
      },
      tokens.legislature,
    );
    const extendedTaskId = created.data!.createConsultationTask.id;
    await t.gql(`mutation { issueConsultationTask(id: "${extendedTaskId}") { id } }`, {}, tokens.legislature);
    const experts = await t.gql<{
      contactPoint: { experts: { edges: Array<{ node: { id: string; name: string } }> } };
    }>(
      'query($id: ID!) { contactPoint(id: $id) { experts(first: 20) { edges { node { id name } } } } }',
      { id: ids.pointId },
      tokens.head,
    );
    const expertId = experts.data!.contactPoint.experts.edges.find((e) => e.node.name === '赵志强')!.node.id;
    const distributed = await t.gql(
      DISTRIBUTE,
      {
        input: {
          taskId: extendedTaskId,
          contactPointId: ids.pointId,
          assignments: [
            { assigneeType: 'COLLECTOR', assigneeId: ids.collectorId, dueAt: atIn(269) },
            { assigneeType: 'EXPERT', assigneeId: expertId, dueAt: atIn(264) },
            { assigneeType: 'LIAISON_UNIT', assigneeId: ids.unionId, dueAt: atIn(267) },
          ],
        },
      },
      tokens.head,
    );
    expect(distributed.errors).toBeUndefined();
    const audits = () => t.db.getRepository(AuditRecordEntity).countBy({ action: 'assignment.extendDue' });
    const auditsBefore = await audits();
    const spy = at(atIn(271, '10:00:00'));
    try {
      const head = await t.login('head');
      const legislature = await t.login('legislature');
      const STATE = `{ consultationTask(id: "${extendedTaskId}") { pointTasks { overdue assignments { assigneeType dueAt overdue } } } }`;
      type State = {
        consultationTask: {
          pointTasks: Array<{
            overdue: boolean;
            assignments: Array<{ assigneeType: string; dueAt: string; overdue: boolean }>;
          }>;
        };
      };
      const late = await t.gql<State>(STATE, {}, head);
      expect(late.data!.consultationTask.pointTasks[0].assignments.every((a) => a.overdue)).toBe(true);
      const extended = await t.gql(
        'mutation($input: ExtendDeadlineInput!) { extendTaskDeadline(input: $input) { id } }',
        {
          input: {
            taskId: extendedTaskId,
            deadline: atIn(279),
            reason: '草案修改，延长十天',
          },
        },
        legislature,
      );
      expect(extended.errors).toBeUndefined();
      const after = (await t.gql<State>(STATE, {}, head)).data!.consultationTask.pointTasks[0];
      // Ten more days for the point, ten more days for each assignee: each keeps its lead before the deadline.
      expect(after.overdue).toBe(false);
      expect(
        after.assignments
          .map((a) => [a.assigneeType, a.dueAt, a.overdue])
          .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
      ).toEqual([
        ['COLLECTOR', utcIn(279), false],
        ['EXPERT', utcIn(274), false],
        ['LIAISON_UNIT', utcIn(277), false],
      ]);
    } finally {
      spy.mockRestore();
    }
    expect(await audits()).toBe(auditsBefore + 3);
    const told = async (user: string) =>
      (
        await t.gql<{
          notifications: { edges: Array<{ node: { kind: string; taskId: string | null; body: string } }> };
        }>('{ notifications(first: 50) { edges { node { kind taskId body } } } }', {}, tokens[user])
      )
        .data!.notifications.edges.map((e) => e.node)
        .filter((n) => n.kind === 'DEADLINE_EXTENDED' && n.taskId === extendedTaskId)
        .map((n) => n.body);
    // The collector is told twice: for his own assignment and for his trade union's.
    expect((await told('collector')).sort()).toEqual([
      expect.stringContaining(`由 ${dayIn(267)} 23:59 顺延至 ${dayIn(277)} 23:59`),
      expect.stringContaining(`由 ${dayIn(269)} 23:59 顺延至 ${dayIn(279)} 23:59`),
    ]);
    expect(await told('expert')).toEqual([expect.stringContaining(`顺延至 ${dayIn(274)} 23:59`)]);
    expect(await told('unit')).toEqual([expect.stringContaining(`顺延至 ${dayIn(277)} 23:59`)]);
    expect(await told('head')).toEqual([expect.stringContaining('3 项任务的完成时限随之顺延')]);
  });

  it('keeps each point’s distribution to itself', async () => {
    const other = await t.gql(
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
      {
        input: {
          username: 'other-liaison',
          password: 'long-enough-pw',
          displayName: '他点联络员',
          role: 'LIAISON_OFFICER',
          organizationId: ids.otherPointId,
        },
      },
      // The legislature never grants a role at a point: the administrator does.
      tokens.admin,
    );
    expect(other.errors).toBeUndefined();
    const token = await t.login('other-liaison', 'long-enough-pw');
    // Not sent to that point, the task answers as one that does not exist.
    expect(errorOf(await t.gql(`{ consultationTask(id: "${taskId}") { id } }`, {}, token)).code).toBe(
      'NOT_FOUND',
    );
    const list = await t.gql<{ consultationTasks: { totalCount: number } }>(
      '{ consultationTasks(first: 5) { totalCount } }',
      {},
      token,
    );
    expect(list.data!.consultationTasks.totalCount).toBe(0);
    const assignments = {
      taskId,
      contactPointId: ids.pointId,
      assignments: [{ assigneeType: 'COLLECTOR', assigneeId: ids.collectorId, dueAt: atIn(289) }],
    };
    expect(errorOf(await t.gql(DISTRIBUTE, { input: assignments }, token)).code).toBe('NOT_FOUND');
  });
});
