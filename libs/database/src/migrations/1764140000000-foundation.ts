import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableForeignKey } from 'typeorm';
import type { TableColumnOptions } from 'typeorm/schema-builder/options/TableColumnOptions.js';
import { at, createTable, day, fk, flag, id, index, ref, text, timestamps } from './migration-helpers.js';

/** Accounts and roles, the 1+1+X organisation, and the audit trail. */
export class Foundation1764140000000 implements MigrationInterface {
  name = 'Foundation1764140000000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      new Table({
        name: 'account',
        columns: [
          id(),
          text('username', 64),
          text('display_name', 100),
          text('password_hash', 255),
          flag('active'),
          at('created_at'),
          at('updated_at'),
        ],
        indices: [new TableIndex({ columnNames: ['username'], isUnique: true })],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'role_assignment',
        columns: [
          id(),
          ref('account_id'),
          text('role', 32),
          ref('legislature_id', true),
          ref('contact_point_id', true),
          ref('liaison_unit_id', true),
          at('created_at'),
        ],
        indices: [
          index('account_id'),
          index('legislature_id'),
          index('contact_point_id'),
          index('liaison_unit_id'),
        ],
        foreignKeys: [fk('account_id', 'account', 'CASCADE')],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'legislature',
        columns: [
          id(),
          ...timestamps(),
          text('name', 100),
          text('region', 100),
          text('level', 32),
          text('commission', 100, true),
        ],
        indices: [new TableIndex({ columnNames: ['name'], isUnique: true })],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'contact_point',
        columns: [
          id(),
          ...timestamps(),
          ref('legislature_id'),
          text('name', 100),
          text('host_institution', 100),
          text('level', 32),
          text('kind', 32),
          day('designated_on'),
          text('address', 200, true),
        ],
        indices: [index('legislature_id')],
        foreignKeys: [fk('legislature_id', 'legislature', 'RESTRICT')],
      }),
    );
    const member = (): TableColumnOptions[] => [
      id(),
      ...timestamps(),
      ref('contact_point_id'),
      text('name', 50),
      text('phone', 32, true),
      ref('account_id', true),
    ];
    const memberKeys = (): TableForeignKey[] => [
      fk('contact_point_id', 'contact_point', 'RESTRICT'),
      fk('account_id', 'account', 'SET NULL'),
    ];
    await createTable(
      qr,
      new Table({
        name: 'executive_member',
        columns: [...member(), text('position', 32), text('job_title', 100, true)],
        indices: [index('contact_point_id')],
        foreignKeys: memberKeys(),
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'expert',
        columns: [...member(), text('discipline', 100), text('affiliation', 100), text('title', 50, true)],
        indices: [index('contact_point_id')],
        foreignKeys: memberKeys(),
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'liaison_unit',
        columns: [
          id(),
          ...timestamps(),
          ref('contact_point_id'),
          text('name', 100),
          text('type', 32),
          text('address', 200, true),
          text('contact_person', 50, true),
          text('contact_phone', 32, true),
        ],
        indices: [index('contact_point_id')],
        foreignKeys: [fk('contact_point_id', 'contact_point', 'RESTRICT')],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'information_collector',
        columns: [
          ...member(),
          ref('liaison_unit_id'),
          text('category', 32),
          day('active_from'),
          day('active_until', true),
        ],
        indices: [index('contact_point_id'), index('liaison_unit_id')],
        foreignKeys: [...memberKeys(), fk('liaison_unit_id', 'liaison_unit', 'RESTRICT')],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'audit_record',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          at('occurred_at'),
          ref('actor_account_id', true),
          text('actor_username', 64),
          text('action', 64),
          text('entity_type', 64),
          text('entity_id', 36),
          { name: 'before', type: 'text', isNullable: true },
          { name: 'after', type: 'text', isNullable: true },
          text('request_id', 64, true),
        ],
        indices: [index('occurred_at'), index('actor_account_id'), index('entity_type', 'entity_id')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [
      'audit_record',
      'information_collector',
      'liaison_unit',
      'expert',
      'executive_member',
      'contact_point',
      'legislature',
      'role_assignment',
      'account',
    ]) {
      await qr.dropTable(table);
    }
  }
}
