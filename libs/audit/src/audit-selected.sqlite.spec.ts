import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Clock } from '@app/common';
import { SnakeNamingStrategy } from '@app/database';
import { AuditRecordEntity } from './audit-record.entity.js';
import { AuditService } from './audit.service.js';

/** recordSelected (the database builds the JSON) against recordMany (the application does), on SQLite. */
describe('AuditService.recordSelected', () => {
  let db: DataSource;
  let audit: AuditService;
  const actor = { accountId: 'a1', username: 'legislature', requestId: 'r1' };
  const things = [
    { id: 't1', name: '引号"与反斜杠\\，换行\n制表\t', secret: 's1' },
    { id: 't2', name: null, secret: 's2' },
    { id: 't3', name: '普通 😀 text', secret: 's3' },
  ];

  beforeAll(async () => {
    db = new DataSource({
      type: 'better-sqlite3',
      database: ':memory:',
      entities: [AuditRecordEntity],
      namingStrategy: new SnakeNamingStrategy(),
      synchronize: true,
    });
    await db.initialize();
    await db.query('CREATE TABLE thing (id varchar PRIMARY KEY, name text NULL, secret text NULL)');
    for (const t of things) await db.query('INSERT INTO thing VALUES (?, ?, ?)', [t.id, t.name, t.secret]);
    audit = new AuditService(new Clock(), db);
  });
  afterAll(() => db.destroy());

  it('writes per row the record recordMany writes: the same JSON text, a secret key left out', async () => {
    await db.transaction(async (em) => {
      await audit.recordSelected(em, actor, {
        action: 'thing.selected',
        entityType: 'Thing',
        from: 'thing t WHERE t.id <> ?',
        params: ['none'],
        entityId: 't.id',
        before: { name: null, password: 'x' },
        after: [
          { key: 'name', sql: 't.name' },
          { key: 'upper', sql: 'CASE t.id WHEN ? THEN ? END', params: ['t1', '一'] },
          { key: 'apiToken', sql: 't.secret' },
          { key: 'at', value: '2026-01-01T00:00:00.000Z' },
        ],
      });
      await audit.recordMany(
        em,
        actor,
        things.map((t) => ({
          action: 'thing.many',
          entityType: 'Thing',
          entityId: t.id,
          before: { name: null, password: 'x' },
          after: {
            name: t.name,
            upper: t.id === 't1' ? '一' : null,
            apiToken: t.secret,
            at: '2026-01-01T00:00:00.000Z',
          },
        })),
      );
    });
    const rows = await db.query<Array<Record<string, string | null>>>(
      'SELECT action, entity_type, entity_id, actor_account_id, actor_username, request_id, "before", "after" FROM audit_record ORDER BY entity_id, action',
    );
    expect(rows).toHaveLength(6);
    for (let i = 0; i < rows.length; i += 2) {
      const [many, selected] = [rows[i], rows[i + 1]];
      expect({ ...selected, action: 'thing.many' }).toEqual(many);
      expect(selected.after).not.toContain('apiToken');
    }
  });
});
