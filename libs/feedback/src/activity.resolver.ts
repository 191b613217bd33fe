import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Permission, RequirePermission, type Actor } from '@app/identity';
import { CollectionActivityModel, RecordActivityInput } from './activity.models.js';
import { ActivityService } from './activity.service.js';
import type { CollectionActivityEntity } from './feedback.entities.js';
import { FEEDBACK_OPTIONS, type FeedbackOptions } from './feedback.options.js';

export const toActivityModel = (a: CollectionActivityEntity): CollectionActivityModel => ({
  ...a,
  collectorIds: JSON.parse(a.collectorIds) as string[],
  onlineRound: a.publicToken !== null,
});

@Resolver(() => CollectionActivityModel)
export class ActivityResolver {
  constructor(
    private readonly activities: ActivityService,
    @Inject(FEEDBACK_OPTIONS) private readonly options: FeedbackOptions,
  ) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      '网上征集的公开链接（海报二维码所用），按服务器设置的公开地址（PUBLIC_BASE_URL）拼成；未设置时为空，由网页按自身地址拼出',
  })
  publicLink(@Parent() activity: CollectionActivityModel): string | null {
    const base = this.options.publicBaseUrl;
    return activity.publicToken && base ? `${base}/online/${activity.publicToken}` : null;
  }

  @RequirePermission(Permission.OPINION_WRITE)
  @Mutation(() => CollectionActivityModel, {
    description:
      '登记一次征集活动：征集中、截止前任何承担任务者；此后至报送前仅执行机构可补登截止前举办的活动',
  })
  async recordCollectionActivity(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: RecordActivityInput,
  ): Promise<CollectionActivityModel> {
    return toActivityModel(await this.activities.record(actor, input));
  }

  @RequirePermission(Permission.OPINION_WRITE)
  @Query(() => [CollectionActivityModel], { description: '任务的征集活动' })
  async collectionActivities(
    @CurrentActor() actor: Actor,
    @Args('taskId', { description: '征求意见任务编号', type: () => ID }) taskId: string,
  ): Promise<CollectionActivityModel[]> {
    return (await this.activities.list(actor, taskId)).map(toActivityModel);
  }
}
