import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '@app/identity';
import { JobService, type JobContext, type JobHandler, type JobOutcome } from '@app/jobs';
import { DraftsService } from './drafts.service.js';
import { VERSION_FOLLOW_UP_JOB, type VersionFollowUpPayload } from './version-follow-up.types.js';

/**
 * What follows a new version (issue 17), run off the upload request: each listener the other domains registered with
 * DraftsService.onVersionAdded (today the adoption domain's 文本佐证 from the later text) is one step, with its own
 * share of the progress. Each listener replaces what an earlier attempt wrote in one transaction per unit of its work,
 * so a job retried after its instance died leaves the same rows. Seen by those who may see the version (its
 * legislature's staff), as the upload itself.
 */
@Injectable()
export class VersionFollowUpJob implements JobHandler<VersionFollowUpPayload>, OnModuleInit {
  readonly kind = VERSION_FOLLOW_UP_JOB;

  constructor(
    private readonly jobs: JobService,
    private readonly drafts: DraftsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  async maySee(actor: Actor, subjectId: string): Promise<boolean> {
    return this.drafts.getVersionForStaff(actor, subjectId).then(
      () => true,
      () => false,
    );
  }

  async run(context: JobContext<VersionFollowUpPayload>): Promise<JobOutcome> {
    const version = await this.drafts.mustFindVersion(context.payload.versionId);
    await context.progress(0, '读取新稿次');
    const sentences = await this.drafts.followUp(context.actor, version, (percent, step) =>
      context.progress(percent, step),
    );
    return {
      result: { versionId: version.id, steps: sentences.length },
      summary: `「${version.label}」的后续处理完成${sentences.length ? `：${sentences.join('；')}` : ''}`,
    };
  }
}
