// A contact point switched off (停用, 动态调整) takes no new material by any channel: its online links closed with it
// (online-collection spec), and the signed-in channels — a collector's opinion, a sheet, an edit, an expert's
// annotation, a reply, an activity — refuse it too with CONTACT_POINT_INACTIVE, while what it gathered stays and can
// still be withdrawn. Switched back on, it takes material again at once (the submission's cached lookups forget it).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { chinaDate } from '@app/common/china-date';
import { demoTaskRefs, errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';

const SUBMIT =
  'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber opinion { id } } }';
const UPDATE = 'mutation($i: UpdateOpinionInput!) { updateOpinion(input: $i) { id } }';
const WITHDRAW = 'mutation($i: OpinionStatusInput!) { withdrawOpinion(input: $i) { status } }';
const IMPORT = 'mutation($i: ImportOpinionsInput!) { importOpinions(input: $i) { imported } }';
const ANNOTATE = 'mutation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }';
const REPLY = 'mutation($i: ReplyToAnnotationInput!) { replyToAnnotation(input: $i) { id } }';
const UPDATE_ANNOTATION = 'mutation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id } }';
const RECORD = 'mutation($i: RecordActivityInput!) { recordCollectionActivity(input: $i) { id } }';
const REMIND = 'mutation($i: RemindAssigneesInput!) { remindAssignees(input: $i) { assignmentId sent } }';
const ASSIGNMENTS = `query($t: ID!) { consultationTask(id: $t) { pointTasks { contactPointId
  assignments { id } } } }`;
const ACCEPTING = `query($t: ID!) { consultationTask(id: $t) { pointTasks { contactPointId acceptingOpinions } } }`;

describe('a switched-off contact point takes no new material through any signed-in channel', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let taskId: string;
  let pointId: string;

  const opinion = (proposedChange: string) => ({
    i: { taskId, proposedChange, channel: 'VISIT' },
  });
  const setActive = async (active: boolean) =>
    must(
      await t.gql(
        'mutation($i: UpdateContactPointInput!) { updateContactPoint(input: $i) { id active } }',
        { i: { id: pointId, active } },
        tokens.admin,
      ),
    );
  const accepting = async (token: string) =>
    must(
      await t.gql<{
        consultationTask: { pointTasks: Array<{ contactPointId: string; acceptingOpinions: boolean }> };
      }>(ACCEPTING, { t: taskId }, token),
    ).consultationTask.pointTasks.find((p) => p.contactPointId === pointId)!.acceptingOpinions;
  const count = async (table: string, where: string): Promise<number> =>
    Number(
      (
        await t.db.query<Array<{ n: number | string }>>(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`)
      )[0].n,
    );

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'head', 'collector', 'expert']) tokens[user] = await t.login(user);
    ({ dogTaskId: taskId, pointId } = await demoTaskRefs(t, tokens.head));
    // The demo gives the expert team the dog-management draft: the expert annotates it.
  });
  afterAll(() => t.close());

  it('refuses each with its code and a Chinese reason, keeps what was gathered, and takes material again once back on', async () => {
    // Before: the channels work (the submission's lookups are now cached, as under load).
    const before = must(
      await t.gql<{ submitOpinion: { opinion: { id: string } } }>(
        SUBMIT,
        opinion('停用前的意见'),
        tokens.collector,
      ),
    );
    const annotation = must(
      await t.gql<{ createAnnotation: { id: string } }>(
        ANNOTATE,
        { i: { taskId, provisionAddress: 'art_1__para_1', start: 0, end: 2, note: '停用前的批注' } },
        tokens.expert,
      ),
    ).createAnnotation.id;
    expect(await accepting(tokens.collector)).toBe(true);

    await setActive(false);
    try {
      const refusals: Array<[string, Promise<{ errors?: unknown }>, string]> = [
        ['submitOpinion', t.gql(SUBMIT, opinion('停用后的意见'), tokens.collector), '不再接收新的意见'],
        [
          'updateOpinion',
          t.gql(
            UPDATE,
            { i: { id: before.submitOpinion.opinion.id, proposedChange: '停用后改的意见' } },
            tokens.collector,
          ),
          '意见不能再修改',
        ],
        [
          // Refused before the file is read: this is not even a spreadsheet.
          'importOpinions',
          t.gql(
            IMPORT,
            { i: { taskId, fileBase64: Buffer.from('不是表格').toString('base64') } },
            tokens.collector,
          ),
          '不再接收新的意见',
        ],
        [
          'createAnnotation',
          t.gql(
            ANNOTATE,
            { i: { taskId, provisionAddress: 'art_1__para_1', start: 0, end: 2, note: '停用后的批注' } },
            tokens.expert,
          ),
          '不再接收新的批注',
        ],
        [
          'replyToAnnotation',
          t.gql(REPLY, { i: { parentId: annotation, note: '停用后的回复' } }, tokens.head),
          '批注不能再回复',
        ],
        [
          'updateAnnotation',
          t.gql(UPDATE_ANNOTATION, { i: { id: annotation, note: '停用后改的批注' } }, tokens.expert),
          '批注不能再修改',
        ],
        [
          'recordCollectionActivity',
          t.gql(
            RECORD,
            {
              i: {
                taskId,
                channel: 'FORUM',
                title: '停用后的座谈会',
                heldOn: chinaDate(new Date()),
                participants: 5,
              },
            },
            tokens.head,
          ),
          '不能再登记征集活动',
        ],
      ];
      for (const [name, pending, says] of refusals) {
        const error = errorOf((await pending) as Parameters<typeof errorOf>[0]);
        expect({ name, ...error }).toEqual(
          expect.objectContaining({ name, code: 'CONFLICT', reason: 'CONTACT_POINT_INACTIVE' }),
        );
        expect(error.message).toContain('已停用');
        expect(error.message).toContain(says);
      }
      // Nothing of it was written; the workbench says the point no longer takes opinions.
      expect(await count('opinion', "proposed_change LIKE '停用后%'")).toBe(0);
      expect(await count('annotation', "note LIKE '停用后%'")).toBe(0);
      expect(await count('collection_activity', "title = '停用后的座谈会'")).toBe(0);
      expect(await accepting(tokens.collector)).toBe(false);
      // What was gathered stays, and its author may still take it out.
      must(
        await t.gql(
          WITHDRAW,
          { i: { id: before.submitOpinion.opinion.id, reason: '提出人撤回' } },
          tokens.collector,
        ),
      );
    } finally {
      await setActive(true);
    }

    // Back on: the same submission goes through at once (no stale "switched off" kept by the lookups).
    must(await t.gql(SUBMIT, opinion('恢复后的意见'), tokens.collector));
    expect(await accepting(tokens.collector)).toBe(true);
  });
  it('refuses 催办 at a switched-off point: its assignees can add nothing more', async () => {
    const { consultationTask } = must(
      await t.gql<{
        consultationTask: {
          pointTasks: Array<{ contactPointId: string; assignments: Array<{ id: string }> }>;
        };
      }>(ASSIGNMENTS, { t: taskId }, tokens.head),
    );
    const assignmentIds = consultationTask.pointTasks
      .find((p) => p.contactPointId === pointId)!
      .assignments.map((a) => a.id);
    expect(assignmentIds.length).toBeGreaterThan(0);
    await setActive(false);
    try {
      const refused = errorOf(
        await t.gql(REMIND, { i: { taskId, contactPointId: pointId, assignmentIds } }, tokens.head),
      );
      expect(refused).toMatchObject({ code: 'CONFLICT', reason: 'CONTACT_POINT_INACTIVE' });
      expect(refused.message).toContain('不需要催办');
    } finally {
      await setActive(true);
    }
  });

  it('judges a sheet again once it is read: switched off while the worker read it, nothing of it is stored', async () => {
    // A sheet that takes the worker a second or more: the point is switched off meanwhile.
    const template = await t.download(`/files/tasks/${taskId}/opinion-template.xlsx`, tokens.collector);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet('意见')!;
    const headers = (sheet.getRow(1).values as Array<string | undefined>).map((v) =>
      String(v ?? '').replace(/（.*）/, ''),
    );
    for (let i = 0; i < 10_000; i++) {
      const row = sheet.getRow(i + 2);
      row.getCell(headers.indexOf('条款')).value = '总体意见';
      row.getCell(headers.indexOf('修改意见')).value = `读取期间停用的意见${i}`;
      row.getCell(headers.indexOf('征集方式')).value = '走访';
      row.commit();
    }
    const file = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const pending = t.gql(IMPORT, { i: { taskId, fileBase64: file } }, tokens.collector);
    // Switched off as soon as the import has passed its first checks (it is then in the worker for a second or more).
    await new Promise((resolve) => setTimeout(resolve, 150));
    await setActive(false);
    try {
      const error = errorOf(await pending);
      expect(error).toMatchObject({ code: 'CONFLICT', reason: 'CONTACT_POINT_INACTIVE' });
      expect(await count('opinion', "proposed_change LIKE '读取期间停用的意见%'")).toBe(0);
    } finally {
      await setActive(true);
    }
  }, 120_000);
});
