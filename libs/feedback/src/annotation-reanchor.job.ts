import { createHash } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ForbiddenError } from '@app/common';
import type { Actor } from '@app/identity';
import { JobService, type JobContext, type JobHandler, type JobOutcome } from '@app/jobs';
import type { ReanchorAnnotationsInput, ReanchorSummaryModel } from './annotation.models.js';
import { AnnotationService } from './annotation.service.js';

export const ANNOTATION_REANCHOR_JOB = 'feedback.reanchorAnnotations';

/** The task, the new version, and the points whose annotations its starter may re-place (fixed when started). */
export interface AnnotationReanchorPayload {
  taskId: string;
  toVersionId: string;
  contactPointIds: string[];
}

/**
 * Re-placing a task's annotations on a new version (重新定位批注) as a job (issue 17): the same work as the
 * reanchorAnnotations mutation, computed with progress per annotation and written in one transaction. Run again
 * after its earlier attempt committed, it leaves the annotations as placed (resume) and reports the same counts. Seen by
 * the executing bodies of the points it works on (and administrators), as the mutation is allowed to them.
 */
@Injectable()
export class AnnotationReanchorJob implements JobHandler<AnnotationReanchorPayload>, OnModuleInit {
  readonly kind = ANNOTATION_REANCHOR_JOB;

  constructor(
    private readonly jobs: JobService,
    private readonly annotations: AnnotationService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  async start(actor: Actor, input: ReanchorAnnotationsInput): ReturnType<JobService['start']> {
    const points = (await this.annotations.reanchorPoints(actor, input.taskId)).sort();
    if (!points.length) throw new ForbiddenError('只有本联系点的执行机构可以重新定位批注');
    // A target that is not a newer version of the task's draft is refused now, not by a job that fails later.
    await this.annotations.checkReanchorTarget(actor, input);
    return this.jobs.start<AnnotationReanchorPayload>(actor, {
      kind: this.kind,
      subjectType: 'ConsultationTask',
      subjectId: input.taskId,
      payload: { taskId: input.taskId, toVersionId: input.toVersionId, contactPointIds: points },
      // One run at a time per new version and set of points (two points' executives each re-place their own). Runs to
      // two versions may overlap: each writes only rows unchanged since it read them, so the later version's placement
      // is never taken back by the earlier one's (see reanchorAll).
      scope: createHash('sha256')
        .update(`${input.toVersionId}\n${points.join(',')}`)
        .digest('hex')
        .slice(0, 16),
    });
  }

  async maySee(actor: Actor, subjectId: string, payload: AnnotationReanchorPayload): Promise<boolean> {
    const mine = await this.annotations.reanchorPoints(actor, subjectId).catch(() => [] as string[]);
    return mine.some((p) => payload.contactPointIds.includes(p));
  }

  async run(context: JobContext<AnnotationReanchorPayload>): Promise<JobOutcome> {
    await context.progress(0, '重新定位批注');
    const summary: ReanchorSummaryModel = await this.annotations.reanchorAll(
      context.actor,
      { taskId: context.payload.taskId, toVersionId: context.payload.toVersionId },
      { progress: (percent) => context.progress(percent), resume: context.attempt > 1 },
    );
    return {
      result: summary,
      summary:
        `批注重新定位完成：原位 ${summary.anchored} 条，随条文移动 ${summary.moved} 条，未能定位 ${summary.orphaned} 条` +
        (summary.skipped ? `；${summary.skipped} 条在定位期间已被修改、撤回或定位到更新稿次，未改动` : ''),
    };
  }
}
