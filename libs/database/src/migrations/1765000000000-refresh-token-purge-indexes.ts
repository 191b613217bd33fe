import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * refresh_token's indexes for the purge of spent tokens (SessionService.purgeSpent, run by SessionPurgeJob):
 * - adds (expires_at, id): the purge walks the expired tokens oldest first, a batch at a time, from where the last
 *   batch stopped — without it each batch read the whole table;
 * - drops the single-column index on account_id: (account_id, revoked_at) from 1764980000000 begins with the same
 *   column, so it serves every read by account and, on MySQL/MariaDB, the foreign key to account; the single one only
 *   cost a B-tree write per sign-in and per refresh.
 */
export class RefreshTokenPurgeIndexes1765000000000 implements MigrationInterface {
  name = 'RefreshTokenPurgeIndexes1765000000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createIndex('refresh_token', new TableIndex({ columnNames: ['expires_at', 'id'] }));
    const table = await qr.getTable('refresh_token');
    const single = table?.indices.find((i) => i.columnNames.join() === 'account_id' && !i.isUnique);
    if (table && single) await qr.dropIndex(table, single);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.createIndex('refresh_token', new TableIndex({ columnNames: ['account_id'] }));
    const table = await qr.getTable('refresh_token');
    const walk = table?.indices.find((i) => i.columnNames.join() === 'expires_at,id');
    if (table && walk) await qr.dropIndex(table, walk);
  }
}
