import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '@app/identity';
import { JobService, type JobContext, type JobHandler, type JobOutcome } from '@app/jobs';
import { isExecutiveOf } from './consolidation-access.js';
import { ConsolidationService } from './consolidation.service.js';
import { DuplicateGroupService, type GroupingResult } from './duplicate-group.service.js';

export const DUPLICATE_GROUPING_JOB = 'consolidation.groupDuplicates';

export interface DuplicateGroupingPayload {
  taskId: string;
  contactPointId: string;
}

/**
 * Grouping duplicates as a job (issue 17): ~23 s at a million opinions is too long for one HTTP request, and the
 * request's instance may die. The steps are DuplicateGroupService.regroup's — read and cluster apart, write the groups
 * under a new generation in bounded transactions, switch to it in one small transaction, delete the old generations —
 * so a retry from the start after an interruption is safe: it takes a generation of its own, and what a dead attempt
 * left is deleted after the switch.
 */
@Injectable()
export class DuplicateGroupingJob implements JobHandler<DuplicateGroupingPayload>, OnModuleInit {
  readonly kind = DUPLICATE_GROUPING_JOB;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobService,
    private readonly groups: DuplicateGroupService,
    private readonly consolidations: ConsolidationService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  /** Checks at once what the job would refuse (who, which task, still being drafted), then starts it. */
  async start(actor: Actor, taskId: string, contactPointId: string) {
    const { consolidation } = await this.db.transaction((em) =>
      this.consolidations.forEditing(em, actor, taskId, contactPointId),
    );
    return this.jobs.start<DuplicateGroupingPayload>(actor, {
      kind: this.kind,
      subjectType: 'Consolidation',
      subjectId: consolidation.id,
      payload: { taskId, contactPointId },
    });
  }

  /** The point's executing body, who may group its opinions, sees the job. */
  maySee(actor: Actor, _subjectId: string, payload: DuplicateGroupingPayload): Promise<boolean> {
    return Promise.resolve(isExecutiveOf(actor, payload.contactPointId));
  }

  async run(context: JobContext<DuplicateGroupingPayload>): Promise<JobOutcome> {
    const { actor, payload } = context;
    const result: GroupingResult = await this.groups.regroup(
      actor,
      payload.taskId,
      payload.contactPointId,
      (percent, step) => context.progress(percent, step),
    );
    return {
      result,
      summary: `分组完成：比对 ${result.opinions} 条意见，找到 ${result.groups} 个重复意见组，共 ${result.grouped} 条意见`,
    };
  }
}
