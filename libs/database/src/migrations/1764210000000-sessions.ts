import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { at, createTable, fk, id, index, integer, ref, text, unique } from './migration-helpers.js';

/**
 * Revocable sessions: a credential version on each account (stamped into tokens, raised to refuse every token issued
 * before) and the refresh tokens, stored hashed, one family per sign-in.
 */
export class Sessions1764210000000 implements MigrationInterface {
  name = 'Sessions1764210000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn(
      'account',
      new TableColumn({ name: 'credential_version', type: 'integer', default: 0, isNullable: false }),
    );
    await createTable(
      qr,
      new Table({
        name: 'refresh_token',
        columns: [
          id(),
          ref('account_id'),
          ref('family_id'),
          text('token_hash', 64),
          integer('credential_version'),
          at('family_started_at'),
          at('created_at'),
          at('expires_at'),
          at('rotated_at', true),
          at('revoked_at', true),
        ],
        indices: [index('account_id'), index('family_id'), unique('token_hash')],
        foreignKeys: [fk('account_id', 'account', 'CASCADE')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('refresh_token');
    await qr.dropColumn('account', 'credential_version');
  }
}
