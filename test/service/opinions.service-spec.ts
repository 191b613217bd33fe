/**
 * Submitting and withdrawing opinions through OpinionService on a real database, with a task and point made here.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PointTaskState } from '@app/consultation';
import {
  makeLegislature,
  makeOpinions,
  makePoint,
  makeTask,
  startWorld,
  type World,
} from './support/service-app.js';

describe('opinions (service tier)', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(() => w.t.close());

  it('submits an opinion to the point it was sent to, and lets only its author withdraw it, once', async () => {
    const legislature = await makeLegislature(w);
    const point = await makePoint(w, legislature.id);
    const stranger = await makePoint(w, legislature.id);
    const task = await makeTask(w, legislature, [point.id]);

    // A point the task was not sent to cannot submit: to it the task does not exist.
    await expect(makeOpinions(w, stranger.liaison, task.id, ['不相干的意见'])).rejects.toMatchObject({
      code: 'NOT_FOUND',
      reason: 'TASK_NOT_FOUND',
    });
    const [id] = await makeOpinions(w, point.liaison, task.id, ['建议第三条增加网上登记的规定。']);
    const opinion = await w.opinions.get(point.liaison, id);
    expect(opinion).toMatchObject({ status: 'ACTIVE', contactPointId: point.id, provisionAddress: 'art_3' });

    await expect(w.opinions.withdraw(point.head, { id, reason: '代为撤回' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_AUTHOR',
    });
    const withdrawn = await w.opinions.withdraw(point.liaison, { id, reason: '重复提交' });
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', statusReason: '重复提交' });
    await expect(w.opinions.withdraw(point.liaison, { id, reason: '再次撤回' })).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'OPINION_NOT_ACTIVE',
    });
    expect((await w.opinions.get(point.liaison, id)).status).toBe('WITHDRAWN');
  });

  it('stops taking opinions once the point consolidates, and takes them again when it goes back to collecting', async () => {
    const legislature = await makeLegislature(w);
    const point = await makePoint(w, legislature.id);
    const task = await makeTask(w, legislature, [point.id]);
    const ref = { taskId: task.id, contactPointId: point.id };
    await makeOpinions(w, point.liaison, task.id, ['意见一']);
    for (const to of [PointTaskState.DISPATCHED, PointTaskState.COLLECTING, PointTaskState.CONSOLIDATING])
      await w.tasks.transition(point.liaison, { ...ref, to });
    await expect(makeOpinions(w, point.liaison, task.id, ['意见二'])).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'COLLECTION_CLOSED',
    });
    await w.tasks.transition(point.liaison, { ...ref, to: PointTaskState.COLLECTING });
    expect(await makeOpinions(w, point.liaison, task.id, ['意见二'])).toHaveLength(1);
  });
});
