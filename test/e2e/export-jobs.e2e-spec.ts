import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { EXPORT_RETENTION_MS, FeedbackDocumentService, renderConsolidatedXlsx } from '@app/consolidation';
import { AccountService } from '@app/identity';
import { JOB_FILE_LIMITS, JobService } from '@app/jobs';
import { JobEntity, JobFileChunkEntity } from '@app/jobs/entities';
import { docxText } from '../support/office-files.js';
import { JOB, pollJob, type JobView } from '../support/jobs.js';
import { demoTaskRefs, errorOf, startTestApp, type TestApp } from '../support/test-app.js';

const START_EXPORT = `mutation($i: StartConsolidatedExportInput!) { startConsolidatedExport(input: $i) { id kind state } }`;
const JOB_FILE = `query($id: ID!) { job(id: $id) { state progress summary file { filename contentType size url expiresAt } } }`;

interface JobFile {
  filename: string;
  contentType: string;
  size: number;
  url: string;
  expiresAt: string;
}

/** Every sheet's cells as text, without the cover line that says when the file was made. */
async function sheets(body: Buffer): Promise<Record<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const out: Record<string, string[][]> = {};
  for (const ws of workbook.worksheets) {
    const rows: string[][] = [];
    ws.eachRow((row) =>
      rows.push(
        (row.values as Array<string | number | Date | null | undefined>)
          .slice(1)
          .map((v) => (v instanceof Date ? v.toISOString() : String(v ?? '')).replace(/生成时间：.*$/, '')),
      ),
    );
    out[ws.name] = rows;
  }
  return out;
}

/**
 * Large exports as jobs (issue 17): the consolidated table (汇总表) started by a mutation that returns at once, followed
 * with job(id), its file stored in the database and sent by any instance from GET /files/jobs/:id/download with the
 * same token — only to those who may export that table — and purged with its job after EXPORT_RETENTION_MS. SQLite by
 * default, MariaDB with DATABASE_URL.
 */
describe('exports as jobs: the consolidated table', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let ref: { taskId: string; contactPointId: string };

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['legislature', 'head', 'liaison', 'collector', 'expert'])
      tokens[user] = await t.login(user);
    const refs = await demoTaskRefs(t, tokens.head);
    ref = { taskId: refs.dogTaskId, contactPointId: refs.pointId };
  });
  afterAll(() => t.close());

  const exportJob = async (format: 'DOCX' | 'XLSX', user = 'liaison', input: object = ref) => {
    const res = await t.gql<{ startConsolidatedExport: JobView }>(
      START_EXPORT,
      { i: { ...input, format } },
      tokens[user],
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    const seen = await pollJob((q, v) => t.gql(q, v, tokens[user]), res.data.startConsolidatedExport.id);
    const done = (
      await t.gql<{ job: JobView & { file: JobFile } }>(
        JOB_FILE,
        { id: res.data.startConsolidatedExport.id },
        tokens[user],
      )
    ).data!.job;
    return { id: res.data.startConsolidatedExport.id, seen, done };
  };

  it('exports the point’s .xlsx as a job: the same workbook the direct download gives, from the database', async () => {
    const { id, seen, done } = await exportJob('XLSX');
    expect(seen.at(-1)).toMatchObject({ state: 'SUCCEEDED', progress: 100, error: null, attempts: 1 });
    const progress = seen.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(done.file).toMatchObject({
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      url: `/files/jobs/${id}/download`,
    });
    expect(done.file.filename).toMatch(/^西南大学.*-意见建议汇总表-.*\.xlsx$/);
    expect(done.summary).toMatch(/^导出完成：.+\.xlsx（\d+ 行，\d+(\.\d)? [KM]B），24 小时内可下载$/);
    const finished = new Date(seen.at(-1)!.finishedAt!).getTime();
    expect(new Date(done.file.expiresAt).getTime()).toBe(finished + EXPORT_RETENTION_MS);

    const file = await t.download(done.file.url, tokens.liaison);
    expect(file.status).toBe(200);
    expect(file.body.length).toBe(done.file.size);
    // Spread over several chunk rows when larger than one (60,000 bytes each).
    const chunks = await t.db.getRepository(JobFileChunkEntity).countBy({ jobId: id });
    expect(chunks).toBe(Math.ceil(done.file.size / JOB_FILE_LIMITS.chunkBytes));

    // The reference: the whole table built in memory (pointDocument) and written by the in-memory workbook.
    const me = (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, tokens.liaison)).data!.me.id;
    const actor = (await t.app.get(AccountService).loadActor(me, 'test'))!;
    const documents = t.app.get(FeedbackDocumentService);
    const whole = await renderConsolidatedXlsx(
      await documents.pointDocument(actor, ref.taskId, ref.contactPointId),
    );
    const direct = await t.download(
      `/files/tasks/${ref.taskId}/points/${ref.contactPointId}/consolidated-feedback.xlsx`,
      tokens.liaison,
    );
    expect(await sheets(direct.body)).toEqual(await sheets(whole));
    const [fromJob, fromRoute] = [await sheets(file.body), await sheets(whole)];
    expect(Object.keys(fromJob)).toEqual(['汇总表', '来源意见', '统计']);
    expect(fromJob).toEqual(fromRoute);
    expect(fromJob['来源意见'].length).toBeGreaterThan(1);
  });

  it('exports the .docx as a job, and the legislature’s table across points', async () => {
    const { done } = await exportJob('DOCX');
    const text = await docxText((await t.download(done.file.url, tokens.liaison)).body);
    expect(text).toContain('《重庆市养犬管理条例（草案）》意见建议汇总表');
    for (const secret of ['王建国', '13983000001']) expect(text).not.toContain(secret);

    const across = await exportJob('XLSX', 'legislature', { taskId: ref.taskId });
    expect(across.done.state).toBe('SUCCEEDED');
    expect(across.done.file.filename).toMatch(/^意见建议汇总表-.*\.xlsx$/);
    expect((await t.download(across.done.file.url, tokens.legislature)).status).toBe(200);
    // Only the legislature exports across points.
    expect(
      errorOf(await t.gql(START_EXPORT, { i: { taskId: ref.taskId, format: 'XLSX' } }, tokens.liaison)).code,
    ).toBe('FORBIDDEN');
  });

  it('shows the job and sends its file only to those who may export that table', async () => {
    const { id, done } = await exportJob('XLSX');
    expect((await t.download(done.file.url, tokens.head)).status).toBe(200);
    for (const user of ['collector', 'expert']) {
      expect(errorOf(await t.gql(JOB, { id }, tokens[user]))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'JOB_NOT_FOUND',
      });
      expect((await t.download(done.file.url, tokens[user])).status).toBe(404);
    }
    expect((await t.download(done.file.url)).status).toBe(401);
    expect(errorOf(await t.gql(START_EXPORT, { i: { ...ref, format: 'XLSX' } }, tokens.collector)).code).toBe(
      'NOT_FOUND',
    );
  });

  it('purges an export and its file after the retention, and refuses a file over the size limit', async () => {
    const { id, done } = await exportJob('XLSX');
    const jobs = t.app.get(JobService);
    const finished = (await t.db.getRepository(JobEntity).findOneByOrFail({ id })).finishedAt!.getTime();
    await jobs.purge(new Date(finished + EXPORT_RETENTION_MS - 1000));
    expect((await t.download(done.file.url, tokens.liaison)).status).toBe(200);
    await jobs.purge(new Date(finished + EXPORT_RETENTION_MS + 1000));
    expect((await t.download(done.file.url, tokens.liaison)).status).toBe(404);
    expect(await t.db.getRepository(JobFileChunkEntity).countBy({ jobId: id })).toBe(0);

    // The limit (JOB_FILE_LIMITS.maxBytes, 200 MB) checked as the bytes arrive, here against a smaller one.
    async function* bytes(n: number) {
      for (let i = 0; i < n; i++) yield await Promise.resolve(Buffer.alloc(50_000, 1));
    }
    await expect(
      jobs.storeFile(
        'limit-test',
        { filename: 'x.bin', contentType: 'x', content: bytes(5) },
        undefined,
        200_000,
      ),
    ).rejects.toMatchObject({ reason: 'JOB_FILE_TOO_LARGE', message: expect.stringContaining('上限') });
    expect(JOB_FILE_LIMITS.maxBytes).toBe(200 * 1024 * 1024);
  });
});
