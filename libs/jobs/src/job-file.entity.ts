import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A job's result file (an export), in the database in chunks so any instance can send it — never on an instance's
 * local disk. A BLOB holds at most 65,535 bytes on MySQL/MariaDB, so a chunk is at most JOB_FILE_LIMITS.chunkBytes.
 */
@Entity('job_file_chunk')
export class JobFileChunkEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  jobId!: string;

  /** 0, 1, 2, …: the chunks in order. */
  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @Column({ type: 'blob' })
  data!: Buffer;
}
