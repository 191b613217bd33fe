import { describe, expect, it } from '@jest/globals';
import type { DataSource, QueryRunner } from 'typeorm';
import { SUBMIT_LOOKUPS_MAX_ENTRIES, SUBMIT_LOOKUPS_TTL_MS, SubmitLookups } from './submit-lookups.js';

const newLookups = () => new SubmitLookups({ subscribers: [] } as unknown as DataSource);
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SubmitLookups', () => {
  it(`reuses a value for at most ${SUBMIT_LOOKUPS_TTL_MS / 1000} s, and never a failed load`, async () => {
    const lookups = newLookups();
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    expect(await lookups.get('k', load, 0)).toBe(1);
    await settle();
    expect(await lookups.get('k', load, SUBMIT_LOOKUPS_TTL_MS - 1)).toBe(1);
    expect(await lookups.get('k', load, SUBMIT_LOOKUPS_TTL_MS)).toBe(2);
    await expect(lookups.get('bad', () => Promise.reject(new Error('not found')))).rejects.toThrow();
    await settle();
    expect(await lookups.get('bad', () => Promise.resolve('found'))).toBe('found');
  });

  it(`holds at most ${SUBMIT_LOOKUPS_MAX_ENTRIES} values`, async () => {
    const lookups = newLookups();
    for (let i = 0; i <= SUBMIT_LOOKUPS_MAX_ENTRIES; i++)
      await lookups.get(`k${i}`, () => Promise.resolve(i));
    await settle();
    expect(lookups.size).toBe(SUBMIT_LOOKUPS_MAX_ENTRIES);
  });

  it('forgets on a write to a looked-up table, keeps nothing until its transaction ends, and ignores other tables', async () => {
    const lookups = newLookups();
    const tx = { isTransactionActive: true } as QueryRunner;
    await lookups.get('k', () => Promise.resolve(1));
    await settle();
    lookups.afterInsert({ metadata: { tableName: 'opinion' }, queryRunner: tx } as never);
    expect(lookups.size).toBe(1);
    lookups.afterUpdate({ metadata: { tableName: 'point_task' }, queryRunner: tx } as never);
    expect(lookups.size).toBe(0);
    await lookups.get('k', () => Promise.resolve(2));
    await settle();
    expect(lookups.size).toBe(0);
    (tx as { isTransactionActive: boolean }).isTransactionActive = false;
    lookups.afterTransactionRollback({ queryRunner: tx } as never);
    await lookups.get('k', () => Promise.resolve(3));
    await settle();
    expect(await lookups.get('k', () => Promise.resolve(4))).toBe(3);
  });
});
