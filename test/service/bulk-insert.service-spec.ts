/**
 * bulkInsert (multi-row INSERT in statements under a placeholder limit) on the real database: what it writes reads back
 * exactly as what em.insert writes, the statements are split at the limit, and a failing statement takes the whole
 * transaction with it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { In } from 'typeorm';
import { AuditRecordEntity } from '../../libs/audit/src/audit-record.entity.js';
import { BULK_INSERT_MAX_PARAMS, bulkInsert } from '@app/database';
import { startWorld, unique, type World } from './support/service-app.js';

function record(entityId: string, i: number): Omit<AuditRecordEntity, 'id'> {
  return {
    occurredAt: new Date(Date.UTC(2024, 5, 30, 8, 15, i % 60)),
    actorAccountId: null,
    actorUsername: '批量',
    action: 'bulk.test',
    entityType: 'BulkTest',
    entityId,
    before: null,
    after: JSON.stringify({ i, text: `第${i}行：含“引号”和 '单引号' 与 \\ 反斜杠` }),
  } as Omit<AuditRecordEntity, 'id'>;
}

describe('bulkInsert (service tier)', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(() => w.t.close());

  it('stays under both engines’ placeholder limits', () => {
    expect(BULK_INSERT_MAX_PARAMS).toBeLessThan(32_766);
    expect(BULK_INSERT_MAX_PARAMS).toBeLessThan(65_535);
  });

  it('writes the same rows as em.insert, split into statements of at most maxParams placeholders', async () => {
    const bulkId = unique('bulk');
    const singleId = unique('single');
    const statements: string[] = [];
    await w.t.db.transaction(async (em) => {
      const query = em.query.bind(em);
      em.query = ((sql: string, params?: unknown[]) => {
        if (sql.startsWith('INSERT INTO')) statements.push(sql);
        return query(sql, params);
      }) as typeof em.query;
      // 8 columns a row, 20 placeholders a statement: 2 rows each, so 7 rows are 4 statements.
      await bulkInsert(
        em,
        AuditRecordEntity,
        Array.from({ length: 7 }, (_, i) => record(bulkId, i) as AuditRecordEntity),
        20,
      );
      for (let i = 0; i < 7; i++) await em.insert(AuditRecordEntity, record(singleId, i));
    });
    expect(statements.filter((s) => s.includes('audit_record'))).toHaveLength(4);
    const rows = await w.t.db.getRepository(AuditRecordEntity).find({
      where: { entityId: In([bulkId, singleId]) },
      order: { id: 'ASC' },
    });
    const strip = (r: AuditRecordEntity) => ({ ...r, id: 0, entityId: '' });
    const bulk = rows.filter((r) => r.entityId === bulkId).map(strip);
    const single = rows.filter((r) => r.entityId === singleId).map(strip);
    expect(bulk).toHaveLength(7);
    expect(bulk).toEqual(single);
    expect(bulk[3].occurredAt.toISOString()).toBe('2024-06-30T08:15:03.000Z');
  });

  it('refuses a row that leaves out a column the first row sets, and the transaction keeps nothing', async () => {
    const id = unique('partial');
    const rows = [record(id, 1), { ...record(id, 2), after: undefined }] as unknown as AuditRecordEntity[];
    await expect(
      w.t.db.transaction(async (em) => {
        await bulkInsert(em, AuditRecordEntity, [record(id, 0) as AuditRecordEntity], 100);
        await bulkInsert(em, AuditRecordEntity, rows, 100);
      }),
    ).rejects.toThrow(/every row must set after/);
    expect(await w.t.db.getRepository(AuditRecordEntity).countBy({ entityId: id })).toBe(0);
  });
});
