import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * An index on refresh_token (account_id, revoked_at). Loading an account into the account cache (on every cache miss)
 * reads its recently signed-out sessions: `account_id = ? AND credential_version = ? AND revoked_at > ?`
 * (AccountService.signedOutSessionsOf). Through the account_id index alone that read every refresh token the account
 * ever had (one per refresh, and none are deleted); now it reads only those revoked within the window. A sign-out
 * everywhere (`account_id = ? AND revoked_at IS NULL`) reads the unrevoked ones through it too.
 */
export class RefreshTokenRevokedIndex1764980000000 implements MigrationInterface {
  name = 'RefreshTokenRevokedIndex1764980000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createIndex('refresh_token', new TableIndex({ columnNames: ['account_id', 'revoked_at'] }));
  }

  async down(qr: QueryRunner): Promise<void> {
    const table = await qr.getTable('refresh_token');
    const index = table?.indices.find((i) => i.columnNames.join() === 'account_id,revoked_at');
    if (table && index) await qr.dropIndex(table, index);
  }
}
