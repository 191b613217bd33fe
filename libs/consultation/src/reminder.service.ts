import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, In, type DataSource } from 'typeorm';
import { Clock, chinaDate } from '@app/common';
import { AccountService, EXECUTING_BODY_ROLES } from '@app/identity';
import { NotificationKind, TaskStatus } from './consultation.enums.js';
import { AssignmentEntity, PointTaskEntity } from './consultation.entities.js';
import { formatChinaTime } from './deadline.js';
import { NotificationService } from './notification.service.js';
import { DISTRIBUTABLE_STATES, OPEN_STATES } from './task-state-machine.js';
import { TaskService, effectiveDeadline } from './task.service.js';

export const CONSULTATION_OPTIONS = Symbol('CONSULTATION_OPTIONS');
export interface ConsultationOptions {
  /**
   * The reminder scan's interval: one scan per slot of this length across all instances (a job, reminder-scan.job.ts);
   * 0 turns the scheduler off (tests run it by hand).
   */
  reminderIntervalSeconds: number;
}

/** Says how far a scan is (a job's progress); may throw to stop it between its steps. */
export type ScanProgress = (percent: number, step: string) => Promise<void>;

const DAY = 24 * 3600_000;
/** Overdue items older than this are not reminded again on each scan. */
const OVERDUE_LOOKBACK = 7 * DAY;

/** Which reminder, if any, is due for something due at `dueAt`, seen at `now` (a plain function, tested directly). */
export function reminderFor(dueAt: Date, now: Date): NotificationKind | null {
  const left = dueAt.getTime() - now.getTime();
  if (left <= 0) return left > -OVERDUE_LOOKBACK ? NotificationKind.OVERDUE : null;
  if (chinaDate(dueAt) <= chinaDate(new Date(now.getTime() + DAY))) return NotificationKind.DUE_TOMORROW;
  if (left <= 3 * DAY) return NotificationKind.DUE_IN_3_DAYS;
  return null;
}

const TITLES: Partial<Record<NotificationKind, string>> = {
  [NotificationKind.DUE_IN_3_DAYS]: '3 天内截止',
  [NotificationKind.DUE_TOMORROW]: '明天截止',
  [NotificationKind.OVERDUE]: '已逾期',
};

/**
 * Reminders (due in 3 days, due tomorrow, overdue) come from the server, not from a client: a scan per interval, run as
 * a job once across instances (ReminderScanJob). Each scan is idempotent: a reminder is keyed by (kind, item, due
 * instant, account), so running it again — or after a restart — never repeats one, and an extended deadline earns
 * fresh reminders.
 */
@Injectable()
export class ReminderService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CONSULTATION_OPTIONS) readonly options: ConsultationOptions,
    private readonly tasks: TaskService,
    private readonly accounts: AccountService,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
  ) {}

  /**
   * One scan at the clock's `now`; returns how many reminders were considered (written or already there). Two steps,
   * each its own transaction (internal due dates, then the legislature's deadlines), progress said between them and
   * outside them.
   */
  async runOnce(now = this.clock.now(), progress?: ScanProgress): Promise<number> {
    const window = Between(new Date(now.getTime() - OVERDUE_LOOKBACK), new Date(now.getTime() + 3 * DAY));
    let considered = 0;
    await progress?.(0, '扫描各联系点分发任务的完成时限');
    await this.db.transaction(async (em) => {
      // Internal due dates of assignments, to their assignees.
      const assignments = await em.find(AssignmentEntity, { where: { active: true, dueAt: window } });
      const pointTasks = await this.tasks.pointTasksByIds([
        ...new Set(assignments.map((a) => a.pointTaskId)),
      ]);
      const tasks = await this.tasks.tasksByIds([...new Set(assignments.map((a) => a.taskId))]);
      // A switched-off point's assignees can add nothing more: no "due soon" or "overdue" for them.
      const switchedOff = await this.tasks.switchedOffPoints(
        pointTasks.flatMap((p) => (p ? [p.contactPointId] : [])),
      );
      for (const assignment of assignments) {
        const pointTask = pointTasks.find((p) => p?.id === assignment.pointTaskId);
        const task = tasks.find((t) => t?.id === assignment.taskId);
        const kind = reminderFor(assignment.dueAt, now);
        if (!kind || !pointTask || !task || !DISTRIBUTABLE_STATES.includes(pointTask.state)) continue;
        if (switchedOff.has(pointTask.contactPointId)) continue;
        considered += 1;
        await this.notifications.notify(em, await this.tasks.assigneeAccounts(em, assignment), {
          kind,
          eventKey: `${kind}:assignment:${assignment.id}:${assignment.dueAt.getTime()}`,
          taskId: task.id,
          assignmentId: assignment.id,
          title: `${TITLES[kind]}：${task.title}`,
          body: `您的任务完成时限为 ${formatChinaTime(assignment.dueAt)}（北京时间）。`,
        });
      }
    });
    await progress?.(50, '扫描立法机关的截止时间');
    await this.db.transaction(async (em) => {
      // The legislature's deadline (or its extension), to each open point's executing body.
      const openPointTasks = await em.find(PointTaskEntity, { where: { state: In([...OPEN_STATES]) } });
      const pointTaskTasks = await this.tasks.tasksByIds([...new Set(openPointTasks.map((p) => p.taskId))]);
      for (const pointTask of openPointTasks) {
        const task = pointTaskTasks.find((t) => t?.id === pointTask.taskId);
        if (!task || task.status !== TaskStatus.ISSUED) continue;
        const deadline = effectiveDeadline(task, pointTask);
        const kind = reminderFor(deadline, now);
        if (!kind) continue;
        considered += 1;
        const recipients = await this.accounts.accountIdsWithRole(
          EXECUTING_BODY_ROLES,
          { contactPointId: pointTask.contactPointId },
          em,
        );
        await this.notifications.notify(em, recipients, {
          kind,
          eventKey: `${kind}:point-task:${pointTask.id}:${deadline.getTime()}`,
          taskId: task.id,
          title: `${TITLES[kind]}：${task.title}`,
          body: `立法机关的截止时间为 ${formatChinaTime(deadline)}（北京时间）。`,
        });
      }
    });
    return considered;
  }
}
