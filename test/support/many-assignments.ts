import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

type Row = Record<string, unknown>;

const DAY = 86_400_000;

/**
 * Gives the assignee of `assignmentId` `closed` more tasks long over (2020 onwards, one a day; a third of them still
 * 征集中 at their point but past the deadline, the rest 已报送) and `open` more still collecting, due in a few days —
 * copies of that assignment's task, point task and assignment with other ids and titles (`${tag}历年任务第007号`,
 * `${tag}进行中任务第2号`). Written straight into the tables (SQLite or MySQL/MariaDB, through TypeORM's inserts so dates
 * are stored as each engine stores them): years of a collector's work, for lists that must not stop at a first page.
 */
export async function addAssignments(
  db: DataSource,
  assignmentId: string,
  { closed, open, tag }: { closed: number; open: number; tag: string },
): Promise<{ openTitles: string[]; closedTitles: string[] }> {
  const assignments = db.getRepository<Row>('AssignmentEntity');
  const tasks = db.getRepository<Row>('ConsultationTaskEntity');
  const pointTasks = db.getRepository<Row>('PointTaskEntity');
  const assignment = await assignments.findOneByOrFail({ id: assignmentId });
  const task = await tasks.findOneByOrFail({ id: assignment.taskId as string });
  const pointTask = await pointTasks.findOneByOrFail({ id: assignment.pointTaskId as string });
  const now = Date.now();
  const specs = [
    ...Array.from({ length: closed }, (_, i) => ({
      title: `${tag}历年任务第${String(i + 1).padStart(3, '0')}号`,
      open: false,
      state: i % 3 === 0 ? 'COLLECTING' : 'SUBMITTED',
      due: new Date(Date.UTC(2020, 0, 1) + i * DAY),
    })),
    // Inserted latest-due first, so that no order of insertion passes for the order asked.
    ...Array.from({ length: open }, (_, i) => ({
      title: `${tag}进行中任务第${i + 1}号`,
      open: true,
      state: 'COLLECTING',
      due: new Date(now + (open - i + 1) * DAY),
    })),
  ].map((s) => ({ ...s, taskId: randomUUID(), pointTaskId: randomUUID() }));
  await tasks.insert(
    specs.map((s) => ({
      ...task,
      id: s.taskId,
      title: s.title,
      deadline: s.open ? new Date(now + 30 * DAY) : new Date(s.due.getTime() + 5 * DAY),
    })),
  );
  await pointTasks.insert(
    specs.map((s) => ({
      ...pointTask,
      id: s.pointTaskId,
      taskId: s.taskId,
      state: s.state,
      extendedDeadline: null,
    })),
  );
  await assignments.insert(
    specs.map((s) => ({
      ...assignment,
      id: randomUUID(),
      taskId: s.taskId,
      pointTaskId: s.pointTaskId,
      dueAt: s.due,
      active: true,
      openedAt: null,
    })),
  );
  return {
    openTitles: specs.filter((s) => s.open).map((s) => s.title),
    closedTitles: specs.filter((s) => !s.open).map((s) => s.title),
  };
}
