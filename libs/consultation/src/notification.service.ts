import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  In,
  IsNull,
  type DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  type FindOptionsWhere,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import { Clock, chunk, newId, type Connection } from '@app/common';
import { findKeysetPage } from '@app/database';
import { LiveEvents, type Actor } from '@app/identity';
import type { NotificationKind } from './consultation.enums.js';
import { NotificationEntity } from './consultation.entities.js';
import type { MarkNotificationsReadInput, NotificationsArgs } from './consultation.models.js';

export interface NewNotification {
  kind: NotificationKind;
  title: string;
  body: string;
  taskId?: string | null;
  assignmentId?: string | null;
  /** Identifies the event, without the account: the same event never reaches the same account twice. */
  eventKey: string;
  /** When the event happened, if not now (history recorded after the fact). */
  at?: Date;
}

/**
 * The in-app inbox. Writing is idempotent per (event, account), so reminders may be computed as often as one likes.
 * The accounts written to are told at once (LiveEvents: their listening pages refresh the unread count) — once the
 * transaction that wrote the rows has committed, so a page that asks on hearing it reads them; never on a rollback.
 */
@Injectable()
export class NotificationService implements EntitySubscriberInterface {
  /** Accounts notified inside transactions not yet ended, told when those commit. */
  private readonly pending = new Map<QueryRunner, Set<string>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly live: LiveEvents,
  ) {
    // Registered by hand: the data source's options are the database lib's (as WriteInvalidatedCache does).
    db.subscribers.push(this);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A released savepoint leaves the outer transaction open: wait for its end.
    if (event.queryRunner.isTransactionActive) return;
    const accounts = this.pending.get(event.queryRunner);
    if (!accounts) return;
    this.pending.delete(event.queryRunner);
    this.live.publish({ type: 'notification', accountIds: [...accounts] });
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  /** Tells the accounts of new rows now, or when `em`'s transaction commits. */
  private told(em: EntityManager, accountIds: readonly string[]): void {
    if (!accountIds.length) return;
    const runner = em.queryRunner;
    if (runner?.isTransactionActive) {
      const accounts = this.pending.get(runner) ?? new Set<string>();
      for (const id of accountIds) accounts.add(id);
      this.pending.set(runner, accounts);
    } else this.live.publish({ type: 'notification', accountIds: [...new Set(accountIds)] });
  }

  /** Writes one notification per account, skipping those already written (INSERT … IGNORE on the dedupe key). */
  async notify(
    em: EntityManager,
    accountIds: readonly string[],
    notification: NewNotification,
  ): Promise<void> {
    await this.notifyMany(em, [{ accountIds, notification }]);
  }

  /**
   * Several notifications (each to its accounts) written together, 200 rows a statement: a publication tells
   * thousands of accounts, each its own counts, in a few statements rather than one each.
   */
  async notifyMany(
    em: EntityManager,
    items: ReadonlyArray<{ accountIds: readonly string[]; notification: NewNotification }>,
  ): Promise<void> {
    const rows = items.flatMap(({ accountIds, notification }) => {
      const now = notification.at ?? this.clock.now();
      return [...new Set(accountIds)].map((accountId) => ({
        id: newId(),
        accountId,
        kind: notification.kind,
        dedupeKey: `${notification.eventKey}:${accountId}`.slice(0, 200),
        taskId: notification.taskId ?? null,
        assignmentId: notification.assignmentId ?? null,
        title: notification.title.slice(0, 200),
        body: notification.body.slice(0, 1000),
        createdAt: now,
        readAt: null,
      }));
    });
    for (const part of chunk(rows, 200)) {
      await em.createQueryBuilder().insert().into(NotificationEntity).values(part).orIgnore().execute();
    }
    this.told(em, [...new Set(rows.map((row) => row.accountId))]);
  }

  async list(actor: Actor, args: NotificationsArgs): Promise<Connection<NotificationEntity>> {
    const where: FindOptionsWhere<NotificationEntity> = { accountId: actor.accountId };
    if (args.unreadOnly) where.readAt = IsNull();
    // Keyset: notifications arriving while the inbox is paged never shift the next page.
    return findKeysetPage(
      this.db.getRepository(NotificationEntity),
      [where],
      [
        { property: 'createdAt', direction: 'DESC' },
        { property: 'id', direction: 'DESC' },
      ],
      args,
    );
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.db
      .getRepository(NotificationEntity)
      .countBy({ accountId: actor.accountId, readAt: IsNull() });
  }

  /** Marks the caller's own notifications read (others' ids are ignored); returns the unread count after. */
  /** Marks the caller's notifications read (those named, or all); returns the named ones as they now are. */
  async markRead(
    actor: Actor,
    input: MarkNotificationsReadInput,
  ): Promise<{ notifications: NotificationEntity[]; readAt: Date; unreadCount: number }> {
    const readAt = this.clock.now();
    const repo = this.db.getRepository(NotificationEntity);
    const where: FindOptionsWhere<NotificationEntity> = { accountId: actor.accountId, readAt: IsNull() };
    if (input.ids) where.id = In(input.ids);
    if (!input.ids || input.ids.length) {
      await repo.update(where, { readAt });
      this.told(this.db.manager, [actor.accountId]); // the account's other pages update their unread count too
    }
    // Only the caller's own: ids of someone else's notifications are left out, as if they did not exist.
    const notifications = input.ids?.length
      ? await repo.find({
          where: { accountId: actor.accountId, id: In(input.ids) },
          order: { createdAt: 'DESC', id: 'ASC' },
        })
      : [];
    return { notifications, readAt, unreadCount: await this.unreadCount(actor) };
  }
}
