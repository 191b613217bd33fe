import { Logger } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { JobProcessor, JobQueue } from './job-queue.js';

/** The BullMQ queue's name (under the deployment's key prefix). */
export const QUEUE_NAME = 'jobs';

/** A job another instance still holds: BullMQ tries again after a back-off. */
class JobBusyError extends Error {}

/**
 * BullMQ on Redis (REDIS_URL): every instance's worker takes jobs from one queue. BullMQ's lock gives a job to one
 * worker at a time and, when that worker's instance dies (its lock is not renewed within `claimMs`), hands the job
 * to another; the database claim in JobService makes sure a job that already finished is not run again.
 */
export class BullMqJobQueue implements JobQueue {
  private readonly queue: Queue;
  private worker: Worker | null = null;
  private readonly connections: Redis[] = [];
  private readonly logger = new Logger('Jobs');
  private readonly prefix: string;

  constructor(
    private readonly url: string,
    keyPrefix: string,
    private readonly concurrency: number,
    private readonly claimMs: number,
  ) {
    // BullMQ adds ":jobs:…" to it; a trailing ':' of the deployment's prefix would make "::".
    this.prefix = `${keyPrefix.replace(/:$/, '')}:bull`;
    this.queue = new Queue(QUEUE_NAME, { connection: this.connect('minyi-jobs'), prefix: this.prefix });
    this.queue.on('error', (error) => this.logger.warn(`任务队列出错 (job queue error): ${error.message}`));
  }

  private connect(name: string): Redis {
    // BullMQ's blocking commands need maxRetriesPerRequest null; reconnects every ≤ 2 s like the other connections.
    const connection = new Redis(this.url, {
      connectionName: name,
      maxRetriesPerRequest: null,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    connection.on('error', () => undefined); // reported once by the shared connections (redis.module.ts)
    this.connections.push(connection);
    return connection;
  }

  async enqueue(jobId: string): Promise<void> {
    // jobId: adding the same job twice (a recovery at start, two instances) keeps one entry.
    await this.queue.add(
      'run',
      { id: jobId },
      {
        jobId,
        attempts: 20,
        backoff: { type: 'fixed', delay: Math.ceil(this.claimMs / 2) },
        removeOnComplete: 1000,
        removeOnFail: 1000,
      },
    );
  }

  async startWorker(processor: JobProcessor): Promise<void> {
    this.worker = new Worker<{ id: string }>(
      QUEUE_NAME,
      async (job) => {
        if ((await processor(job.data.id)) === 'busy')
          throw new JobBusyError(`job ${job.data.id} held elsewhere`);
      },
      {
        connection: this.connect('minyi-jobs-worker'),
        prefix: this.prefix,
        concurrency: this.concurrency,
        lockDuration: this.claimMs,
        stalledInterval: Math.max(1000, Math.ceil(this.claimMs / 2)),
        // A job whose instance died is handed on up to this many times before BullMQ gives up on it.
        maxStalledCount: 5,
      },
    );
    this.worker.on('error', (error) =>
      this.logger.warn(`任务执行器出错 (job worker error): ${error.message}`),
    );
    await this.worker.waitUntilReady();
  }

  async close(): Promise<void> {
    // The worker waits for its running jobs, which stop at their next progress report (JobService is stopping).
    await this.worker?.close();
    await this.queue.close();
    for (const connection of this.connections) connection.disconnect();
  }
}
