import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { at, createTable, id, index, integer, longText, ref, text, unique } from './migration-helpers.js';

/**
 * Long work as jobs (issue 17): each job's state, progress and result live here, so any instance answers for a job
 * another instance runs. `active_key` is set while a job is queued or running: unique, so a subject has one such job.
 */
export class Jobs1764500000000 implements MigrationInterface {
  name = 'Jobs1764500000000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      new Table({
        name: 'job',
        columns: [
          id(),
          text('kind', 64),
          text('state', 16),
          integer('progress'),
          text('step', 200, true),
          text('subject_type', 64),
          ref('subject_id'),
          longText('payload'),
          text('active_key', 120, true),
          longText('result', true),
          text('summary', 500, true),
          text('error_code', 64, true),
          text('error_message', 500, true),
          integer('attempts'),
          text('worker', 120, true),
          at('heartbeat_at', true),
          ref('started_by_id', true),
          text('started_by_name', 100),
          at('created_at'),
          at('started_at', true),
          at('finished_at', true),
        ],
        indices: [index('subject_type', 'subject_id', 'created_at'), index('state'), unique('active_key')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('job');
  }
}
