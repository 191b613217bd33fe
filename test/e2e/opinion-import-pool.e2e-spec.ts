// Attack F1: an .xlsx of 6 MB whose shared-string table held 2.5 million tiny strings was parsed on the event loop
// (11.6 s, /health stalled 4 s; two at once 25 s and nearly 1 GB), and nothing limited how many imports ran at once.
// The import now reads sheets in the upload pool's workers (shared with draft uploads: 2 at a time, 2 waiting, then
// UPLOAD_BUSY; one upload per account at a time: UPLOAD_IN_PROGRESS) and the package pre-check counts the shared strings (OPINION_SHEET_LIMITS).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { UPLOAD_WORKER_LIMITS } from '@app/common/upload-worker';
import { withJunkSharedStrings } from '../../libs/feedback/src/spreadsheet/testing.js';
import { OPINION_SHEET_LIMITS } from '../../libs/feedback/src/spreadsheet/opinion-import.js';
import { errorOf, openDogTaskId, startTestApp, type TestApp } from '../support/test-app.js';

const IMPORT = `mutation($i: ImportOpinionsInput!) { importOpinions(input: $i) { imported totalRows errors { code } } }`;

describe('the opinion sheet import runs off the event loop, in the shared upload pool', () => {
  let t: TestApp;
  let collector: string;
  let taskId: string;

  /** The task's template with `rows` rows filled in (column header → value). */
  const sheet = async (rows: number, values: (i: number) => Record<string, string>): Promise<Buffer> => {
    const download = await t.download(`/files/tasks/${taskId}/opinion-template.xlsx`, collector);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const ws = workbook.getWorksheet('意见')!;
    const headers = (ws.getRow(1).values as Array<string | undefined>).map((v) =>
      String(v ?? '').replace(/（.*）/, ''),
    );
    for (let i = 0; i < rows; i++) {
      const row = ws.getRow(i + 2);
      for (const [name, value] of Object.entries(values(i))) row.getCell(headers.indexOf(name)).value = value;
      row.commit();
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };

  const importSheet = (file: Buffer, token = collector) =>
    t.gql<{ importOpinions: { imported: number; totalRows: number; errors: Array<{ code: string }> } }>(
      IMPORT,
      { i: { taskId, fileBase64: file.toString('base64') } },
      token,
    );
  /** Accounts that may import on the task: the collector and five of the executing body. */
  let importers: string[];

  beforeAll(async () => {
    t = await startTestApp();
    collector = await t.login('collector');
    taskId = await openDogTaskId(t, collector);
    // Two more of the executing body (who import for the whole point), opened by the head.
    const head = await t.login('head');
    const me = await t.gql<{ me: { roles: Array<{ contactPointId: string | null }> } }>(
      '{ me { roles { contactPointId } } }',
      {},
      head,
    );
    const pointId = me.data!.me.roles.find((r) => r.contactPointId)!.contactPointId;
    for (const username of ['pool-liaison-a', 'pool-liaison-b']) {
      const created = await t.gql(
        'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
        {
          i: {
            username,
            displayName: '联络员（导入测试）',
            password: 'demo-password',
            role: 'LIAISON_OFFICER',
            organizationId: pointId,
          },
        },
        head,
      );
      expect(created.errors).toBeUndefined();
    }
    importers = [collector];
    for (const username of ['pool-liaison-a', 'pool-liaison-b', 'head', 'deputy', 'liaison'])
      importers.push(await t.login(username));
  }, 180_000);
  afterAll(() => t.close());

  it('refuses 2.5 million tiny shared strings fast, with its code, while /health/live keeps answering', async () => {
    const one = await sheet(1, () => ({ 条款: '总体意见', 修改意见: '建议简化养犬登记', 征集方式: '走访' }));
    // The attack's file: a lying declared count too (the entries are counted, not the header believed).
    const bomb = withJunkSharedStrings(one, 2_500_000, 1);
    expect(bomb.length).toBeLessThan(10 * 1024 * 1024);

    // /health/live asked every 50 ms while the import is in flight: the longest wait says how long the loop stalled.
    let done = false;
    const waits: number[] = [];
    const pinging = (async () => {
      while (!done) {
        const started = performance.now();
        const health = await request(t.app.getHttpServer()).get('/health/live');
        waits.push(performance.now() - started);
        expect(health.status).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const started = performance.now();
    const result = await importSheet(bomb);
    const seconds = (performance.now() - started) / 1000;
    done = true;
    await pinging;

    // objectContaining: a failure prints the whole error, its message included (an internal error's says why).
    expect(errorOf(result)).toEqual(
      expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_SHARED_STRINGS' }),
    );
    expect(errorOf(result).message).toContain(`${OPINION_SHEET_LIMITS.minSharedStrings} 个的上限`);
    expect(errorOf(result).message).toMatch(/\p{Script=Han}/u);
    // Loose, for a loaded machine: refused within the worker's time limit (a second or two on a quiet machine; the
    // parse took 11.6 s before), with its own code rather than the timeout's, and the loop never
    // stalled for long (4.1 s before; what is left is the 8 MB request itself: base64, JSON, the copy to the worker)
    // — /health/live answered throughout.
    expect(seconds).toBeLessThan(UPLOAD_WORKER_LIMITS.timeoutMs / 1000);
    expect(waits.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...waits)).toBeLessThan(3000);
  }, 120_000);

  it('answers UPLOAD_BUSY at once to imports beyond the pool and its line, and reads the others', async () => {
    // Every row read and refused (an unknown 征集方式): a full parse in the worker, nothing written.
    const heavy = await sheet(10_000, (i) => ({
      条款: '总体意见',
      修改意见: `建议第${i}号：养犬人应当为犬只办理登记，登记手续应当简化，网上即可办理。`,
      征集方式: '电报',
    }));
    const capacity = UPLOAD_WORKER_LIMITS.concurrency + UPLOAD_WORKER_LIMITS.maxWaiting;
    const beyond = 2;
    expect(importers.length).toBe(capacity + beyond);
    const finished: Array<{ at: number; reason?: string }> = [];
    const started = performance.now();
    // Each from another account (one account has one upload in the pool at a time: the next test).
    const results = await Promise.all(
      importers.map(async (token) => {
        const result = await importSheet(heavy, token);
        finished.push({
          at: performance.now() - started,
          reason: result.errors?.[0]?.extensions?.reason,
        });
        return result;
      }),
    );
    const busy = results.filter((r) => r.errors?.[0]?.extensions?.reason === 'UPLOAD_BUSY');
    expect(busy).toHaveLength(beyond);
    for (const refusal of busy) {
      expect(errorOf(refusal)).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'UPLOAD_BUSY' });
      expect(errorOf(refusal).message).toContain('请约');
      expect(refusal.errors![0].extensions.retryAfterSeconds).toBe(
        UPLOAD_WORKER_LIMITS.busyRetryAfterSeconds,
      );
    }
    // The busy answers came first, without waiting for a turn.
    const firstRead = Math.min(...finished.filter((f) => f.reason !== 'UPLOAD_BUSY').map((f) => f.at));
    for (const f of finished.filter((f) => f.reason === 'UPLOAD_BUSY')) expect(f.at).toBeLessThan(firstRead);
    const read = results.filter((r) => r.errors === undefined);
    expect(read).toHaveLength(capacity);
    for (const r of read) expect(r.data!.importOpinions).toMatchObject({ imported: 0, totalRows: 10_000 });

    // And once the pool has room again, an import goes through.
    const again = await importSheet(heavy);
    expect(again.errors).toBeUndefined();
  }, 300_000);

  it('takes one upload per account at a time: a second while the first is read is refused at once', async () => {
    // One account's slow sheets could otherwise hold every turn of the pool, drafts' uploads included (review).
    const heavy = await sheet(10_000, (i) => ({ 条款: '总体意见', 修改意见: `建议${i}`, 征集方式: '电报' }));
    const both = await Promise.all([importSheet(heavy), importSheet(heavy)]);
    const refused = both.filter((r) => r.errors !== undefined);
    expect(refused).toHaveLength(1);
    expect(errorOf(refused[0])).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'UPLOAD_IN_PROGRESS' });
    expect(errorOf(refused[0]).message).toBe('您上传的上一个文件还在处理中，请等它处理完再上传');
    expect(both.filter((r) => r.errors === undefined)).toHaveLength(1);
    // Once the first is read, the account's next upload goes through.
    expect((await importSheet(heavy)).errors).toBeUndefined();
  }, 300_000);
});
