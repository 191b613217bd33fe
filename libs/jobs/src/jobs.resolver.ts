import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Permission, RequirePermission, type Actor } from '@app/identity';
import { JobModel, toJobModel } from './job.model.js';
import { JobService } from './job.service.js';

@Resolver(() => JobModel)
export class JobsResolver {
  constructor(private readonly jobs: JobService) {}

  /** Any signed-in account may ask; the job's kind then checks the object it works on (else NOT_FOUND). */
  @RequirePermission(Permission.SELF)
  @Query(() => JobModel, { description: '一个后台任务的状态与进度（能看到其处理对象的人才能看到）' })
  async job(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: '任务编号' }) id: string,
  ): Promise<JobModel> {
    return toJobModel(await this.jobs.find(actor, id));
  }
}
