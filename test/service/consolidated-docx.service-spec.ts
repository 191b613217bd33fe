/**
 * The consolidated table as a streamed .docx (FeedbackDocumentService.pointDocx / taskDocx): rows read by keyset over
 * several pages, and across points merged in the draft's order, read back with mammoth and compared with the table
 * built whole in memory (taskDocument / pointDocument, what the .xlsx is made of).
 */
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ConsolidationService,
  DOCX_PAGE_SIZE,
  FeedbackDocumentService,
  SUGGESTION_HEADERS,
  SuggestionService,
  docxBuffer,
  xmlSafe,
  type ConsolidatedRow,
} from '@app/consolidation';
import { OpinionChannel } from '@app/feedback';
import { readDocx } from '../support/office-files.js';
import {
  makeLegislature,
  makePoint,
  makeTask,
  startCollecting,
  startWorld,
  type World,
} from './support/service-app.js';

/** More than two keyset pages for the first point. */
const FIRST = DOCX_PAGE_SIZE * 2 + 37;
const SECOND = 60;
const PROVISIONS = ['art_1', 'art_2', 'art_3', undefined] as const;

/** A row as a reader sees it: what XML cannot hold (the pasted control character) is gone. */
const cells = (row: ConsolidatedRow, crossPoint: boolean): string[] =>
  [
    String(row.number),
    row.provision,
    row.originalText,
    row.proposedChange,
    row.reason,
    row.proposers,
    ...(crossPoint ? [row.contactPoint ?? ''] : []),
  ].map(xmlSafe);

describe('the consolidated table as a streamed .docx (service tier)', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(() => w.t.close());

  it('holds every suggestion, in the order and with the numbers of the table built whole', async () => {
    const consolidations = w.t.app.get(ConsolidationService);
    const suggestions = w.t.app.get(SuggestionService);
    const documents = w.t.app.get(FeedbackDocumentService);
    const legislature = await makeLegislature(w);
    const a = await makePoint(w, legislature.id);
    const b = await makePoint(w, legislature.id);
    const task = await makeTask(w, legislature, [a.id, b.id]);
    for (const [point, count] of [
      [a, FIRST],
      [b, SECOND],
    ] as const) {
      await startCollecting(w, point.liaison, task.id, point.id);
      for (let i = 0; i < count; i++) {
        const provisionAddress = PROVISIONS[i % PROVISIONS.length];
        await w.opinions.submit(point.liaison, {
          taskId: task.id,
          ...(provisionAddress ? { provisionAddress } : {}),
          // Text a reader must see as typed: markup characters and a control character pasted in.
          proposedChange: `建议<${i}>&修改\u0007第${i}项`,
          channel: i % 2 ? OpinionChannel.FORUM : OpinionChannel.ONLINE,
        });
      }
      await suggestions.draft(point.liaison, task.id, point.id);
      await consolidations.requestApproval(point.liaison, task.id, point.id);
      await consolidations.approve(point.head, task.id, point.id);
      await consolidations.submit(point.liaison, task.id, point.id);
    }

    const read = async (content: Buffer | Readable) =>
      readDocx(Buffer.isBuffer(content) ? content : await docxBuffer(content));

    // One point: more than two keyset pages, numbered as approved.
    const own = await read((await documents.pointDocx(a.liaison, task.id, a.id)).content);
    const whole = await documents.pointDocument(a.liaison, task.id, a.id);
    const table = own.tables.at(-1)!;
    expect(table.head[0]).toEqual(
      ['number', 'provision', 'originalText', 'proposedChange', 'reason', 'proposers'].map(
        (k) => SUGGESTION_HEADERS[k as keyof typeof SUGGESTION_HEADERS],
      ),
    );
    expect(table.body).toHaveLength(FIRST);
    expect(table.body).toEqual(whole.rows.map((row) => cells(row, false)));
    expect(table.body.map((row) => row[0])).toEqual(Array.from({ length: FIRST }, (_, i) => String(i + 1)));
    expect(table.body.at(-1)![1]).toBe('总体意见');
    expect(table.body.some((row) => /^建议<\d+>&修改第\d+项$/u.test(row[3]))).toBe(true);
    // The cover's figures, from GROUP BYs: every opinion, the suggestions.
    expect(own.paragraphs.join('\n')).toContain(`本次共征集意见建议 ${FIRST} 条`);
    expect(own.paragraphs.join('\n')).toContain(`形成汇总意见 ${FIRST} 条`);

    // Across points: merged by provision, then by point, numbered anew — as the table built whole sorts them.
    const across = await read((await documents.taskDocx(legislature.staff, task.id)).content);
    const all = await documents.taskDocument(legislature.staff, task.id);
    const merged = across.tables.at(-1)!;
    expect(merged.head[0]).toContain('联系点');
    expect(merged.body).toHaveLength(FIRST + SECOND);
    expect(merged.body).toEqual(all.rows.map((row) => cells(row, true)));
    expect(across.paragraphs.join('\n')).toContain(`形成汇总意见 ${FIRST + SECOND} 条`);
  });
});
