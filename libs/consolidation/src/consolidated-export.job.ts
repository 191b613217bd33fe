import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainError } from '@app/common';
import type { Actor } from '@app/identity';
import { JobService, type JobContext, type JobHandler, type JobOutcome } from '@app/jobs';
import { ConsolidationService } from './consolidation.service.js';
import { ConsolidationStatus, ExportFormat } from './consolidation.enums.js';
import { FeedbackDocumentService } from './feedback-document.service.js';

export const CONSOLIDATED_EXPORT_JOB = 'consolidation.export';

/** An export's file is kept this long after it is made (then the job and its file are purged): one working day. */
export const EXPORT_RETENTION_MS = 24 * 3600_000;

export interface ConsolidatedExportPayload {
  taskId: string;
  /** One point's table; null: the legislature's across the points that submitted. */
  contactPointId: string | null;
  format: ExportFormat;
  /**
   * Whether the point's table had been submitted when the export was started. An export of a table still being
   * drafted holds the point's working text (internal wording, rows deleted before submission): it stays the executing
   * body's, also after the table is submitted (F10). Missing in jobs from before: treated as a draft.
   */
  submitted?: boolean;
}

/**
 * The consolidated table (汇总表) as a job (issue 17): a national consultation's table is tens of thousands of rows, a
 * long download on one instance. The job streams the file into the database (job_file_chunk) as its rows are read;
 * any instance then sends it from there (GET /files/jobs/:id/download, the same bearer token). A retry writes the whole
 * file again over what an earlier attempt left.
 */
@Injectable()
export class ConsolidatedExportJob implements JobHandler<ConsolidatedExportPayload>, OnModuleInit {
  readonly kind = CONSOLIDATED_EXPORT_JOB;
  readonly retentionMs = EXPORT_RETENTION_MS;

  constructor(
    private readonly jobs: JobService,
    private readonly documents: FeedbackDocumentService,
    private readonly consolidations: ConsolidationService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  /** Checks at once whom the export would refuse, then starts it (or returns the same export already under way). */
  async start(actor: Actor, request: ConsolidatedExportPayload) {
    let subject: { type: string; id: string };
    let payload: ConsolidatedExportPayload = request;
    if (request.contactPointId) {
      const { consolidation } = await this.consolidations.forReading(
        actor,
        request.taskId,
        request.contactPointId,
      );
      subject = { type: 'Consolidation', id: consolidation.id };
      payload = { ...request, submitted: consolidation.status === ConsolidationStatus.SUBMITTED };
    } else {
      await this.documents.assertTaskExport(actor, payload.taskId);
      subject = { type: 'ConsultationTask', id: payload.taskId };
    }
    return this.jobs.start<ConsolidatedExportPayload>(actor, {
      kind: this.kind,
      subjectType: subject.type,
      subjectId: subject.id,
      payload,
      // A drafting export is never handed out as "the same export already under way" to a reader of the submitted one.
      scope: payload.contactPointId && !payload.submitted ? `${payload.format}:DRAFT` : payload.format,
    });
  }

  /**
   * Whoever may export the same table now: the point's readers, or the legislature's staff across points. An export
   * made while the table was being drafted stays the point's executing body's (F10).
   */
  async maySee(actor: Actor, _subjectId: string, payload: ConsolidatedExportPayload): Promise<boolean> {
    try {
      if (payload.contactPointId) {
        const { executive } = await this.consolidations.forReading(
          actor,
          payload.taskId,
          payload.contactPointId,
        );
        return executive || payload.submitted === true;
      }
      await this.documents.assertTaskExport(actor, payload.taskId);
      return true;
    } catch (error) {
      if (error instanceof DomainError) return false;
      throw error;
    }
  }

  async run(context: JobContext<ConsolidatedExportPayload>): Promise<JobOutcome> {
    const { actor, payload } = context;
    await context.progress(0, '读取汇总数据');
    let rows = 0;
    const file = await this.documents.exportFile(
      actor,
      payload.taskId,
      payload.contactPointId,
      payload.format,
      async (written, total) => {
        rows = written;
        await context.progress(total ? (written / total) * 95 : 95, `已写入 ${written} / ${total} 行`);
      },
    );
    const stored = await this.jobs.storeFile(context.jobId, file);
    const size =
      stored.size < 1024 * 1024
        ? `${Math.ceil(stored.size / 1024)} KB`
        : `${(stored.size / 1024 / 1024).toFixed(1)} MB`;
    return {
      result: { file: stored, rows },
      summary: `导出完成：${stored.filename}（${rows} 行，${size}），24 小时内可下载`,
    };
  }
}
