import { Logger } from '@nestjs/common';

/** Runs one job by its id: 'busy' when another instance holds a live claim on it (try again later). */
export type JobProcessor = (jobId: string) => Promise<'done' | 'busy'>;

/** Says which instance runs a job next. The job's record is in the database; a queue carries only its id. */
export interface JobQueue {
  enqueue(jobId: string): Promise<void>;
  /** Starts taking jobs (this process is a worker). */
  startWorker(processor: JobProcessor): Promise<void>;
  close(): Promise<void>;
}

/**
 * The default without Redis: jobs run in this process, `concurrency` at a time, in the order started. Jobs left
 * queued or running by a previous process are enqueued again at start (JobService.recover).
 */
export class InProcessJobQueue implements JobQueue {
  private readonly waiting: string[] = [];
  private running = 0;
  private processor: JobProcessor | null = null;
  private closed = false;
  private readonly active = new Set<Promise<void>>();
  private readonly logger = new Logger('Jobs');

  constructor(private readonly concurrency: number) {}

  enqueue(jobId: string): Promise<void> {
    if (!this.waiting.includes(jobId)) this.waiting.push(jobId);
    this.pump();
    return Promise.resolve();
  }

  startWorker(processor: JobProcessor): Promise<void> {
    this.processor = processor;
    this.pump();
    return Promise.resolve();
  }

  /** Waits for the running jobs (they stop at their next progress report once JobService is shutting down). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.active]);
  }

  private pump(): void {
    const processor = this.processor;
    if (!processor) return;
    while (!this.closed && this.running < this.concurrency && this.waiting.length > 0) {
      const jobId = this.waiting.shift()!;
      this.running++;
      const run = (async () => {
        try {
          // A job another process holds cannot be busy here: one process owns an in-process queue's database.
          await processor(jobId);
        } catch (error) {
          this.logger.error(`任务 ${jobId} 执行出错 (job failed to run): ${(error as Error).message}`);
        } finally {
          this.running--;
          setImmediate(() => this.pump());
        }
      })();
      void run.finally(() => this.active.delete(run));
      this.active.add(run);
    }
  }
}
