/**
 * Submitting a point's consolidated table freezes where its opinions came from (submitted_origin), as the table stood:
 * through the services on a real database, with the opinions this test makes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConsolidationService, SuggestionService } from '@app/consolidation';
import { OpinionChannel } from '@app/feedback';
import {
  makeLegislature,
  makeOpinions,
  makePoint,
  makeTask,
  startCollecting,
  startWorld,
  type World,
} from './support/service-app.js';

interface OriginRow {
  suggestion_id: string | null;
  channel: string;
  opinions: number | string;
}

describe('submission (service tier)', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(() => w.t.close());

  it('freezes the origins of the gathered and the suggested opinions once, at submission', async () => {
    const consolidations = w.t.app.get(ConsolidationService);
    const suggestions = w.t.app.get(SuggestionService);
    const legislature = await makeLegislature(w);
    const point = await makePoint(w, legislature.id);
    const task = await makeTask(w, legislature, [point.id]);
    await startCollecting(w, point.liaison, task.id, point.id);
    const forum = await makeOpinions(w, point.liaison, task.id, [
      '建议网上登记',
      '建议降低登记费用',
      '建议撤回的意见',
    ]);
    await makeOpinions(w, point.liaison, task.id, ['建议延长登记期限'], {
      provisionAddress: 'art_2',
      channel: OpinionChannel.ONLINE,
    });
    await w.opinions.withdraw(point.liaison, { id: forum[2], reason: '提交人撤回' });

    const drafted = await suggestions.draft(point.liaison, task.id, point.id);
    expect(drafted.opinions).toBe(3); // the withdrawn one is not drafted
    await consolidations.requestApproval(point.liaison, task.id, point.id);
    await consolidations.approve(point.head, task.id, point.id);
    const origins = () =>
      w.t.db.query<OriginRow[]>(
        'SELECT suggestion_id, channel, opinions FROM submitted_origin WHERE task_id = ? AND contact_point_id = ?',
        [task.id, point.id],
      );
    expect(await origins()).toEqual([]);
    await consolidations.submit(point.liaison, task.id, point.id);

    const rows = (await origins()).map((r) => ({ ...r, opinions: Number(r.opinions) }));
    const gathered = rows.filter((r) => r.suggestion_id === null);
    const suggested = rows.filter((r) => r.suggestion_id !== null);
    expect(gathered.map((r) => [r.channel, r.opinions]).sort()).toEqual([
      [OpinionChannel.FORUM, 2],
      [OpinionChannel.ONLINE, 1],
    ]);
    expect(suggested.reduce((n, r) => n + r.opinions, 0)).toBe(3);

    // A second submission is refused and freezes nothing more.
    await expect(consolidations.submit(point.liaison, task.id, point.id)).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_SUBMITTED',
    });
    expect(await origins()).toHaveLength(rows.length);
  });
});
