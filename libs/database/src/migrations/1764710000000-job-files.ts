import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createTable, integer, ref } from './migration-helpers.js';

/**
 * Job result files (issue 17: exports as jobs): the file in chunks of at most 60,000 bytes (a MySQL BLOB holds 65,535),
 * so whichever instance is asked sends it; nothing on an instance's disk.
 */
export class JobFiles1764710000000 implements MigrationInterface {
  name = 'JobFiles1764710000000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      new Table({
        name: 'job_file_chunk',
        columns: [
          { ...ref('job_id'), isPrimary: true },
          { ...integer('seq'), isPrimary: true },
          { name: 'data', type: 'blob' },
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('job_file_chunk');
  }
}
