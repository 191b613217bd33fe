import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { AuditService } from '@app/audit';
import { ADOPTION_ENTITIES } from '@app/adoption/entities';
import { AUDIT_ENTITIES, AuditRecordEntity } from '@app/audit/entities';
import { CONSOLIDATION_ENTITIES } from '@app/consolidation/entities';
import { CONSULTATION_ENTITIES } from '@app/consultation/entities';
import { DRAFT_ENTITIES } from '@app/drafts/entities';
import { FEEDBACK_ENTITIES } from '@app/feedback/entities';
import { IDENTITY_ENTITIES } from '@app/identity/entities';
import {
  InformationCollectorEntity,
  LiaisonUnitEntity,
  ORGANIZATION_ENTITIES,
} from '@app/organization/entities';
import { Like } from 'typeorm';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.js';

describe('the data layer', () => {
  let t: TestApp;
  let admin: string;
  let unitId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    unitId = (await t.db.getRepository(LiaisonUnitEntity).findOneByOrFail({ name: '北碚区总工会' })).id;
  });
  afterAll(() => t.close());

  it('has a schema from migrations that matches the entities exactly', async () => {
    const pending = await t.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    expect(await t.db.showMigrations()).toBe(false);
  });

  it('keeps the foreign keys between libs (held by id, not by relation): the database refuses an orphan id', async () => {
    const libOf = new Map<unknown, string>(
      Object.entries({
        identity: IDENTITY_ENTITIES,
        organization: ORGANIZATION_ENTITIES,
        audit: AUDIT_ENTITIES,
        drafts: DRAFT_ENTITIES,
        consultation: CONSULTATION_ENTITIES,
        feedback: FEEDBACK_ENTITIES,
        consolidation: CONSOLIDATION_ENTITIES,
        adoption: ADOPTION_ENTITIES,
      }).flatMap(([lib, entities]) => entities.map((e): [unknown, string] => [e, lib])),
    );
    const crossLib = t.db.entityMetadatas.flatMap((m) =>
      m.foreignKeys
        .filter((fk) => libOf.get(m.target) !== libOf.get(fk.referencedEntityMetadata.target))
        .map((fk) => ({
          table: m.tableName,
          column: fk.columnNames.join(),
          references: fk.referencedTablePath,
          onDelete: fk.onDelete,
        })),
    );
    // The relations that became id columns, each with the table it points into (more may follow).
    expect(crossLib.map((k) => `${k.table}.${k.column} → ${k.references}`)).toEqual(
      expect.arrayContaining([
        'draft.legislature_id → legislature',
        'consultation_task.legislature_id → legislature',
        'consultation_task.draft_version_id → draft_version',
        'point_task.contact_point_id → contact_point',
        'executive_member.account_id → account',
        'expert.account_id → account',
        'information_collector.account_id → account',
      ]),
    );
    const q = (name: string) => t.db.driver.escape(name);
    const runner = t.db.createQueryRunner();
    const refused: string[] = [];
    try {
      for (const k of crossLib) {
        // In the migrated schema, not only in the metadata: the same column, table and delete rule.
        const table = await runner.getTable(k.table);
        const inSchema = table?.foreignKeys.find((fk) => fk.columnNames.join() === k.column);
        expect(inSchema?.referencedTableName.split('.').pop()).toBe(k.references);
        expect(inSchema?.onDelete).toBe(k.onDelete);
        // An existing row pointed at a row that does not exist is refused (the demo fills every table checked here).
        const [row] = await t.db.query<Array<{ id: string }>>(`SELECT id FROM ${q(k.table)} LIMIT 1`);
        if (!row) continue;
        await runner.startTransaction();
        try {
          await expect(
            runner.query(`UPDATE ${q(k.table)} SET ${q(k.column)} = ? WHERE id = ?`, [
              '00000000-0000-0000-0000-00000000dead',
              row.id,
            ]),
          ).rejects.toThrow(/foreign key/i);
        } finally {
          await runner.rollbackTransaction();
        }
        refused.push(`${k.table}.${k.column}`);
      }
    } finally {
      await runner.release();
    }
    expect(refused).toEqual(
      expect.arrayContaining([
        'draft.legislature_id',
        'consultation_task.legislature_id',
        'consultation_task.draft_version_id',
        'point_task.contact_point_id',
        'executive_member.account_id',
        'expert.account_id',
        'information_collector.account_id',
      ]),
    );
  });

  it('flushes every SQLite commit to disk (synchronous = FULL), so an acknowledged write survives a power cut', async () => {
    if (t.engine !== 'sqlite') return; // InnoDB flushes its log at commit by default (innodb_flush_log_at_trx_commit=1)
    const rows = await t.db.query<Array<{ synchronous: number }>>('PRAGMA synchronous');
    expect(rows[0].synchronous).toBe(2); // 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA
    const journal = await t.db.query<Array<{ journal_mode: string }>>('PRAGMA journal_mode');
    expect(journal[0].journal_mode).toBe('wal');
  });

  it('round-trips names outside the BMP and emoji unchanged', async () => {
    const name = '𠮷野家😀';
    const res = await t.gql<{ addCollector: { id: string; name: string } }>(
      'mutation($input: AddCollectorInput!) { addCollector(input: $input) { id name } }',
      { input: { liaisonUnitId: unitId, name, category: 'PUBLIC_REPRESENTATIVE' } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.addCollector.name).toBe(name);
    const stored = await t.db
      .getRepository(InformationCollectorEntity)
      .findOneByOrFail({ id: res.data!.addCollector.id });
    expect(stored.name).toBe(name);
    expect([...stored.name]).toEqual(['𠮷', '野', '家', '😀']);
    expect(await t.db.getRepository(InformationCollectorEntity).countBy({ name })).toBe(1);
  });

  it('writes the change and its audit record in one transaction: when the audit fails, nothing is written', async () => {
    const collectors = await t.db.getRepository(InformationCollectorEntity).count();
    const audits = await t.db.getRepository(AuditRecordEntity).count();
    const spy = jest.spyOn(t.app.get(AuditService), 'record').mockRejectedValueOnce(new Error('disk full'));
    try {
      const res = await t.gql(
        'mutation($input: AddCollectorInput!) { addCollector(input: $input) { id } }',
        { input: { liaisonUnitId: unitId, name: '不应写入', category: 'LAWYER' } },
        admin,
      );
      expect(errorOf(res).code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      spy.mockRestore();
    }
    expect(await t.db.getRepository(InformationCollectorEntity).count()).toBe(collectors);
    expect(await t.db.getRepository(AuditRecordEntity).count()).toBe(audits);
  });

  it('keeps concurrent changes apart: one request failing loses nobody else’s work', async () => {
    const before = await t.db.getRepository(InformationCollectorEntity).count();
    const audit = t.app.get(AuditService);
    const original = audit.record.bind(audit);
    let calls = 0;
    // Each transaction stays open a moment inside its audit step, so that the requests overlap.
    const spy = jest.spyOn(audit, 'record').mockImplementation(async (...args) => {
      calls += 1;
      const call = calls;
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (call === 5) throw new Error('disk full');
      return original(...args);
    });
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          t.gql(
            'mutation($input: AddCollectorInput!) { addCollector(input: $input) { id } }',
            { input: { liaisonUnitId: unitId, name: `并发采集员${i}`, category: 'LAWYER' } },
            admin,
          ),
        ),
      );
      expect(results.filter((r) => r.errors).length).toBe(1);
      const succeeded = results.flatMap((r, i) => (r.errors ? [] : [`并发采集员${i}`])).sort();
      const stored = (
        await t.db.getRepository(InformationCollectorEntity).find({ where: { name: Like('并发采集员%') } })
      )
        .map((c) => c.name)
        .sort();
      // Exactly the requests that reported success are stored: the failed one left nothing, and took nobody with it.
      expect(stored).toEqual(succeeded);
    } finally {
      spy.mockRestore();
    }
    expect(await t.db.getRepository(InformationCollectorEntity).count()).toBe(before + 19);
  });

  it('runs a transaction again when the database rolls it back for a conflict (a deadlock; on Galera, a lost certification): each change stored once', async () => {
    if (t.engine !== 'mysql') return; // SQLite: one writer at a time, no conflicts to retry
    const collectors = await t.db
      .getRepository(InformationCollectorEntity)
      .find({ take: 2, order: { id: 'ASC' } });
    const [a, b] = collectors.map((c) => c.id);
    const append = 'UPDATE information_collector SET name = CONCAT(name, ?) WHERE id = ?';
    // Both first runs take their first row, then wait for each other before taking the other's: one must lose (InnoDB
    // picks a deadlock victim; on two Galera nodes neither waits and the second to commit fails certification).
    let arrived = 0;
    let release!: () => void;
    const bothHoldOne = new Promise<void>((resolve) => (release = resolve));
    const runs = [0, 0];
    const change = (worker: number, first: string, second: string) =>
      t.db.transaction(async (em) => {
        runs[worker] += 1;
        await em.query(append, [`#${worker}`, first]);
        if (runs[worker] === 1) {
          if (++arrived === 2) release();
          await Promise.race([bothHoldOne, new Promise((resolve) => setTimeout(resolve, 2000))]);
        }
        await em.query(append, [`#${worker}`, second]);
      });
    await Promise.all([change(0, a, b), change(1, b, a)]);
    expect(runs[0] + runs[1]).toBeGreaterThanOrEqual(3);
    // Each row has each worker's mark exactly once: the rolled-back run left nothing, its second run wrote once.
    for (const id of [a, b]) {
      const { name } = await t.db.getRepository(InformationCollectorEntity).findOneByOrFail({ id });
      expect([name.split('#0').length - 1, name.split('#1').length - 1]).toEqual([1, 1]);
    }
  });

  it('loads nested lists with a number of statements that does not grow with the page size', async () => {
    // Three points with units and collectors, so that a page of points has several parents to batch.
    // In a legislature of their own, so that every point on a page has the same shape whatever the collation's order.
    const legislature = await t.gql<{ createLegislature: { id: string } }>(
      'mutation($input: CreateLegislatureInput!) { createLegislature(input: $input) { id } }',
      { input: { name: '（测试）某市人大常委会', region: '某市', level: 'CITY' } },
      admin,
    );
    const legislatureId = legislature.data!.createLegislature.id;
    for (let p = 0; p < 3; p++) {
      const point = await t.gql<{ createContactPoint: { id: string } }>(
        'mutation($input: CreateContactPointInput!) { createContactPoint(input: $input) { id } }',
        {
          input: {
            legislatureId,
            name: `批量点${p}`,
            hostInstitution: '测试',
            level: 'CITY',
            kind: 'OTHER',
            designatedOn: '2025-01-01',
          },
        },
        admin,
      );
      const pointId = point.data!.createContactPoint.id;
      await t.gql(
        'mutation($input: AddExecutiveMemberInput!) { addExecutiveMember(input: $input) { id } }',
        {
          input: { contactPointId: pointId, name: `点长${p}`, position: 'POINT_HEAD', phone: '13900001111' },
        },
        admin,
      );
      await t.gql(
        'mutation($input: AddExpertInput!) { addExpert(input: $input) { id } }',
        { input: { contactPointId: pointId, name: `专家${p}`, discipline: '法学', affiliation: '测试大学' } },
        admin,
      );
      for (let u = 0; u < 3; u++) {
        const unit = await t.gql<{ addLiaisonUnit: { id: string } }>(
          'mutation($input: AddLiaisonUnitInput!) { addLiaisonUnit(input: $input) { id } }',
          {
            input: {
              contactPointId: point.data!.createContactPoint.id,
              name: `单位${u}`,
              type: 'COLLECTION_POINT',
            },
          },
          admin,
        );
        await t.gql(
          'mutation($input: AddCollectorInput!) { addCollector(input: $input) { id } }',
          { input: { liaisonUnitId: unit.data!.addLiaisonUnit.id, name: `采集员${u}`, category: 'LAWYER' } },
          admin,
        );
      }
    }
    const query = (
      n: number,
    ) => `{ contactPoints(first: ${n}, legislatureId: "${legislatureId}") { totalCount edges { node { name legislature { name }
      executingBody { pointHead { name phone } } experts(first: 10) { totalCount edges { node { name phone } } }
      liaisonUnits(first: 10) { totalCount edges { node { name contactPhone collectors(first: 10) { totalCount edges { node { name phone liaisonUnit { name } } } } } } } } } } }`;
    const run = async (n: number) => {
      let nodes = 0;
      const statements = await t.countQueries(async () => {
        const res = await t.gql<{ contactPoints: { edges: unknown[] } }>(query(n), {}, admin);
        expect(res.errors).toBeUndefined();
        nodes = res.data!.contactPoints.edges.length;
      });
      return { statements, nodes };
    };
    // 'A…' sorts the three new points first on every engine and collation: a page of one and a page of five hold points of the same shape.
    const one = await run(1);
    const three = await run(3);
    expect(one.nodes).toBe(1);
    expect(three.nodes).toBe(3);
    expect(three.statements).toBe(one.statements);
  });
});
