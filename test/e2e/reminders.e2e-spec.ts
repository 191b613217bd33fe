// 催办 and "opened": the executing body sees which assignees have opened a distributed task (the first read of the
// task sets Assignment.openedAt) and reminds them through their inbox, at most once per assignee per day.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Clock } from '@app/common';
import { demoTaskRefs, errorOf, startTestApp, type TestApp } from '../support/test-app.js';

interface AssignmentRow {
  id: string;
  assigneeType: string;
  assigneeName: string;
  openedAt: string | null;
}

const ASSIGNMENTS = `query($t: ID!) { consultationTask(id: $t) { pointTasks { assignments { id assigneeType assigneeName openedAt } } } }`;
const REMIND = `mutation($input: RemindAssigneesInput!) { remindAssignees(input: $input) { assignmentId assigneeName sent reason message } }`;
const INBOX = `{ notifications(first: 50) { edges { node { kind title body taskId } } } }`;

describe('reminders and opened assignments', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let taskId: string;
  let pointId: string;

  const assignments = async (): Promise<AssignmentRow[]> => {
    const res = await t.gql<{ consultationTask: { pointTasks: Array<{ assignments: AssignmentRow[] }> } }>(
      ASSIGNMENTS,
      { t: taskId },
      tokens.liaison,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.consultationTask.pointTasks[0].assignments;
  };
  const reminders = async (user: string) => {
    const res = await t.gql<{
      notifications: { edges: Array<{ node: { kind: string; title: string; body: string } }> };
    }>(INBOX, {}, tokens[user]);
    return res.data!.notifications.edges.map((e) => e.node).filter((n) => n.kind === 'REMINDER');
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['head', 'liaison', 'collector', 'unit', 'expert']) tokens[user] = await t.login(user);
    ({ dogTaskId: taskId, pointId } = await demoTaskRefs(t, tokens.head));
  }, 120_000);
  afterAll(() => t.close());

  it('marks an assignment opened when its assignee first reads the task, and only then', async () => {
    const before = await assignments();
    const collectorRow = before.find((a) => a.assigneeType === 'COLLECTOR' && a.assigneeName === '杨帆')!;
    expect(collectorRow.openedAt).toBeNull();
    // The executing body reading the task opens nothing.
    expect((await assignments()).find((a) => a.id === collectorRow.id)!.openedAt).toBeNull();

    const read = await t.gql(
      'query($t: ID!) { consultationTask(id: $t) { id title } }',
      { t: taskId },
      tokens.collector,
    );
    expect(read.errors).toBeUndefined();
    const opened = (await assignments()).find((a) => a.id === collectorRow.id)!.openedAt;
    expect(opened).not.toBeNull();

    await t.gql('query($t: ID!) { consultationTask(id: $t) { id } }', { t: taskId }, tokens.collector);
    expect((await assignments()).find((a) => a.id === collectorRow.id)!.openedAt).toBe(opened);
  });

  it('reminds an assignee once a day through the inbox, and says so when asked again', async () => {
    // Both asks on one reading of the server's clock: "once a day" is per Beijing day, and a run crossing Beijing
    // midnight (16:00 UTC) between them made the second a new day's first reminder, sent.
    const at = new Date();
    const frozen = jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(at));
    try {
      const rows = await assignments();
      const collectorRow = rows.find((a) => a.assigneeType === 'COLLECTOR' && a.assigneeName === '杨帆')!;
      const unitRow = rows.find(
        (a) => a.assigneeType === 'LIAISON_UNIT' && a.assigneeName === '北碚区总工会',
      )!;
      const input = {
        taskId,
        contactPointId: pointId,
        assignmentIds: [collectorRow.id, unitRow.id],
        message: '请抓紧提交意见',
      };
      const first = await t.gql<{ remindAssignees: Array<{ assignmentId: string; sent: boolean }> }>(
        REMIND,
        { input },
        tokens.liaison,
      );
      expect(first.errors).toBeUndefined();
      expect(first.data!.remindAssignees.map((r) => r.sent)).toEqual([true, true]);

      const inbox = await reminders('collector');
      // Reached as a collector and, through the unit, as one of its people: one reminder each.
      expect(inbox).toHaveLength(2);
      expect(inbox[0].title).toMatch(/^催办：关于再次征求/);
      expect(inbox[0].body).toContain('附言：请抓紧提交意见');
      expect(await reminders('unit')).toHaveLength(1);

      const again = await t.gql<{
        remindAssignees: Array<{ sent: boolean; reason: string | null; message: string | null }>;
      }>(REMIND, { input }, tokens.head);
      expect(again.data!.remindAssignees).toEqual(
        [
          { sent: false, reason: 'ALREADY_REMINDED_TODAY', message: '今天已提醒过，明天可再次提醒' },
          { sent: false, reason: 'ALREADY_REMINDED_TODAY', message: '今天已提醒过，明天可再次提醒' },
        ].map((r, i) => ({
          ...r,
          assignmentId: input.assignmentIds[i],
          assigneeName: i ? '北碚区总工会' : '杨帆',
        })),
      );
      expect(await reminders('collector')).toHaveLength(2);
    } finally {
      frozen.mockRestore();
    }
  });

  it('is the executing body’s, for its own assignments only', async () => {
    const rows = await assignments();
    const forbidden = await t.gql(
      REMIND,
      { input: { taskId, contactPointId: pointId, assignmentIds: [rows[0].id] } },
      tokens.collector,
    );
    expect(errorOf(forbidden).code).toBe('FORBIDDEN');

    const unknown = await t.gql<unknown>(
      REMIND,
      { input: { taskId, contactPointId: pointId, assignmentIds: ['00000000-0000-4000-8000-000000000000'] } },
      tokens.liaison,
    );
    expect(errorOf(unknown).code).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].extensions.fields).toEqual([
      { field: 'input.assignmentIds', message: '所选分发不属于本联系点的这项任务，或已撤销，请刷新后重试' },
    ]);

    const empty = await t.gql(
      REMIND,
      { input: { taskId, contactPointId: pointId, assignmentIds: [] } },
      tokens.liaison,
    );
    expect(errorOf(empty).code).toBe('BAD_USER_INPUT');
  });
});
