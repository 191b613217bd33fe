/**
 * The task's state machine and deadline rules through TaskService on a real database: each test makes its own
 * legislature, point and task (no demo).
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

describe('consultation tasks (service tier)', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(() => w.t.close());

  it('moves a point task along the executing body’s edges and refuses the others, leaving the state as it was', async () => {
    const legislature = await makeLegislature(w);
    const point = await makePoint(w, legislature.id);
    const other = await makePoint(w, legislature.id);
    const task = await makeTask(w, legislature, [point.id]);
    const ref = { taskId: task.id, contactPointId: point.id };
    const state = async () => (await w.tasks.mustFindPointTask(task.id, point.id)).state;
    expect(await state()).toBe(PointTaskState.RECEIVED);

    await expect(
      w.tasks.transition(point.liaison, { ...ref, to: PointTaskState.SUBMITTED }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'TRANSITION_NOT_ALLOWED',
    });
    // Another point's executing body cannot move this one: to it the task does not exist (it was not sent there).
    await expect(
      w.tasks.transition(other.liaison, { ...ref, to: PointTaskState.DISPATCHED }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      reason: 'TASK_NOT_FOUND',
    });
    expect(await state()).toBe(PointTaskState.RECEIVED);

    await w.tasks.transition(point.liaison, { ...ref, to: PointTaskState.DISPATCHED });
    await w.tasks.transition(point.liaison, { ...ref, to: PointTaskState.COLLECTING });
    await w.tasks.transition(point.liaison, { ...ref, to: PointTaskState.CONSOLIDATING });
    expect(await state()).toBe(PointTaskState.CONSOLIDATING);
    // Review is entered through the sign-off, never by hand — not even by the head.
    await expect(
      w.tasks.transition(point.head, { ...ref, to: PointTaskState.UNDER_REVIEW }),
    ).rejects.toMatchObject({ reason: 'TRANSITION_NOT_BY_HAND' });
    await w.tasks.transition(point.liaison, { ...ref, to: PointTaskState.COLLECTING });
    expect(await state()).toBe(PointTaskState.COLLECTING);
  });

  it('extends a deadline only later, only within reach, only by the legislature; opinions follow the deadline', async () => {
    const legislature = await makeLegislature(w);
    const point = await makePoint(w, legislature.id);
    // Whole seconds: MariaDB's DATETIME keeps no milliseconds, and both engines must read back the same instant.
    const now = new Date(Math.floor(w.clock.now().getTime() / 1000) * 1000);
    const deadline = new Date(now.getTime() + 2 * 86_400_000);
    const task = await makeTask(w, legislature, [point.id], deadline);
    const pointTask = () => w.tasks.mustFindPointTask(task.id, point.id);
    const after = new Date(deadline.getTime() + 3600_000);

    // Past the deadline the point no longer takes opinions, and the point task is overdue.
    await expect(
      w.clock.recordingAt(after, () => makeOpinions(w, point.liaison, task.id, ['逾期提交的意见'])),
    ).rejects.toMatchObject({ code: 'CONFLICT', reason: 'DEADLINE_PASSED' });
    const taskRow = await w.tasks.mustFindTask(task.id);
    expect(w.tasks.isOverdue(taskRow, await pointTask(), after)).toBe(true);

    const extend = (actor = legislature.staff, to: Date) =>
      w.tasks.extendDeadline(actor, {
        taskId: task.id,
        contactPointId: point.id,
        deadline: to,
        reason: '延期',
      });
    await expect(extend(point.head, new Date(deadline.getTime() + 86_400_000))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(extend(legislature.staff, new Date(deadline.getTime() - 3600_000))).rejects.toMatchObject({
      reason: 'DEADLINE_NOT_LATER',
    });
    await expect(
      extend(legislature.staff, new Date(deadline.getTime() + 400 * 86_400_000)),
    ).rejects.toMatchObject({
      reason: 'DEADLINE_TOO_FAR',
    });
    expect((await pointTask()).extendedDeadline).toBeNull();

    const extended = new Date(deadline.getTime() + 7 * 86_400_000);
    await extend(legislature.staff, extended);
    expect((await pointTask()).extendedDeadline?.getTime()).toBe(extended.getTime());
    expect(w.tasks.isOverdue(taskRow, await pointTask(), after)).toBe(false);
    const [id] = await w.clock.recordingAt(after, () =>
      makeOpinions(w, point.liaison, task.id, ['延期后提交的意见']),
    );
    expect(id).toBeTruthy();
  });
});
