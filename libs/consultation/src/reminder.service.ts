import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
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
  /** How often the reminder scan runs inside the server; 0 turns the scheduler off (tests run it by hand). */
  reminderIntervalSeconds: number;
}

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
 * Reminders (due in 3 days, due tomorrow, overdue) come from this scheduler inside the server, not from a client.
 * Each scan is idempotent: a reminder is keyed by (kind, item, due instant, account), so running it every few minutes —
 * or after a restart — never repeats one, and an extended deadline earns fresh reminders.
 */
@Injectable()
export class ReminderService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderService.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CONSULTATION_OPTIONS) private readonly options: ConsultationOptions,
    private readonly tasks: TaskService,
    private readonly accounts: AccountService,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.reminderIntervalSeconds <= 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error(`提醒扫描失败：${String(error)}`))
        .finally(() => (this.running = undefined));
    }, this.options.reminderIntervalSeconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One scan at the clock's `now`; returns how many reminders were considered (written or already there). */
  async runOnce(now = this.clock.now()): Promise<number> {
    const window = Between(new Date(now.getTime() - OVERDUE_LOOKBACK), new Date(now.getTime() + 3 * DAY));
    let considered = 0;
    await this.db.transaction(async (em) => {
      // Internal due dates of assignments, to their assignees.
      const assignments = await em.find(AssignmentEntity, { where: { active: true, dueAt: window } });
      const pointTasks = await this.tasks.pointTasksByIds([
        ...new Set(assignments.map((a) => a.pointTaskId)),
      ]);
      const tasks = await this.tasks.tasksByIds([...new Set(assignments.map((a) => a.taskId))]);
      for (const [i, assignment] of assignments.entries()) {
        const pointTask = pointTasks.find((p) => p?.id === assignment.pointTaskId);
        const task = tasks.find((t) => t?.id === assignment.taskId);
        const kind = reminderFor(assignment.dueAt, now);
        if (!kind || !pointTask || !task || !DISTRIBUTABLE_STATES.includes(pointTask.state)) continue;
        considered += 1;
        await this.notifications.notify(em, await this.tasks.assigneeAccounts(em, assignment), {
          kind,
          eventKey: `${kind}:assignment:${assignment.id}:${assignment.dueAt.getTime()}`,
          taskId: task.id,
          assignmentId: assignment.id,
          title: `${TITLES[kind]}：${task.title}`,
          body: `您的任务完成时限为 ${formatChinaTime(assignment.dueAt)}（北京时间）。`,
        });
        if (i % 500 === 499) this.logger.debug(`已处理 ${i + 1} 项分发`);
      }
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
