import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, FileLinkService, Permission, RequirePermission, type Actor } from '@app/identity';
import { JobFileModel, JobModel, jobFileUrl, toJobModel } from './job.model.js';
import { JobService, type StoredJobFile } from './job.service.js';
import { JobState } from './job.types.js';

/** The stored file a succeeded job's result names, if any. */
export function storedFileOf(job: { state: string; result: string | null }): StoredJobFile | null {
  if (job.state !== (JobState.SUCCEEDED as string) || !job.result) return null;
  const result = JSON.parse(job.result) as { file?: StoredJobFile } | null;
  return result?.file ?? null;
}

@Resolver(() => JobModel)
export class JobsResolver {
  constructor(
    private readonly jobs: JobService,
    private readonly links: FileLinkService,
  ) {}

  /** Any signed-in account may ask; the job's kind then checks the object it works on (else NOT_FOUND). */
  @RequirePermission(Permission.SELF)
  @Query(() => JobModel, { description: '一个后台任务的状态与进度（能看到其处理对象的人才能看到）' })
  async job(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: '任务编号' }) id: string,
  ): Promise<JobModel> {
    return toJobModel(await this.jobs.find(actor, id));
  }

  /** Only on a job its viewer was allowed to load (job(id), or the kind's own field, both checked). */
  @ResolveField(() => JobFileModel, {
    nullable: true,
    description: '任务生成的文件（完成后才有；过期后任务与文件一并删除）',
  })
  file(@Parent() job: JobModel, @CurrentActor() actor: Actor): JobFileModel | null {
    const file = storedFileOf(job);
    if (!file) return null;
    const retention = this.jobs.retentionOf(job.kind);
    const signed = this.links.sign(jobFileUrl(job.id), actor);
    return {
      signedUrl: signed.url,
      signedUrlExpiresAt: signed.expiresAt,
      filename: file.filename,
      contentType: file.contentType,
      size: file.size,
      url: jobFileUrl(job.id),
      expiresAt: retention && job.finishedAt ? new Date(job.finishedAt.getTime() + retention) : null,
    };
  }
}
