import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, type Connection, type GqlContext } from '@app/common';
import { CurrentActor, Permission, Public, RequirePermission, type Actor } from '@app/identity';
import { CollectionActivityModel } from './activity.models.js';
import { toActivityModel } from './activity.resolver.js';
import {
  CloseOnlineCollectionInput,
  OnlineCollectionFlowModel,
  OnlineCollectionModel,
  OnlineOpinionReceiptModel,
  OpenOnlineCollectionInput,
  PublicArticleModel,
  PublicProvisionConnection,
  SubmitOnlineOpinionInput,
} from './online-collection.models.js';
import { OnlineCollectionService } from './online-collection.service.js';
import { ONLINE_PAGE_LIMITS, type PublicArticle, type PublicProvision } from './online-page.js';

/** 网上征集: the executing body opens and closes it; the public reads and submits through its token, unsigned. */
@Resolver(() => OnlineCollectionModel)
export class OnlineCollectionResolver {
  constructor(private readonly online: OnlineCollectionService) {}

  @RequirePermission(Permission.TASK_DISTRIBUTE)
  @Mutation(() => CollectionActivityModel, {
    description:
      '开放网上征集（执行机构）：生成公开链接和二维码，截止时间不晚于本联系点的征集截止时间；公众无需登录即可提交意见',
  })
  async openOnlineCollection(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: OpenOnlineCollectionInput,
  ): Promise<CollectionActivityModel> {
    return toActivityModel(await this.online.open(actor, input));
  }

  @RequirePermission(Permission.TASK_DISTRIBUTE)
  @Mutation(() => CollectionActivityModel, {
    description: '提前结束网上征集（执行机构）；链接随即不再接收意见',
  })
  async closeOnlineCollection(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: CloseOnlineCollectionInput,
  ): Promise<CollectionActivityModel> {
    return toActivityModel(await this.online.close(actor, input.activityId));
  }

  @RequirePermission(Permission.TASK_DISTRIBUTE)
  @Query(() => OnlineCollectionFlowModel, {
    description:
      '网上征集的进展（本联系点执行机构）：已收到的意见数，最近 48 小时每小时、整个征集期每天（北京时间）的提交量',
  })
  onlineCollectionFlow(
    @CurrentActor() actor: Actor,
    @Args('activityId', { type: () => ID, description: '网上征集（征集活动）编号' }) activityId: string,
  ): Promise<OnlineCollectionFlowModel> {
    return this.online.flow(actor, activityId);
  }

  @Public()
  @Query(() => OnlineCollectionModel, {
    description:
      '公开的网上征集页面（无需登录；每个网络地址每分钟的次数有限）：草案、稿次、截止时间、重点问题和条文。链接无效为 NOT_FOUND / ONLINE_COLLECTION_NOT_FOUND，已结束为 CONFLICT / ONLINE_COLLECTION_CLOSED',
  })
  onlineCollection(
    @Args('token', { description: '链接或二维码中的征集令牌' }) token: string,
    @Context() ctx: GqlContext,
  ): Promise<OnlineCollectionModel> {
    return this.online.view(token, ctx.req.ip);
  }

  // The two fields below read only the version that onlineCollection resolved after its checks (rate limit, open
  // round): they are reached through it, and each request of the page (a page of provisions as the reader scrolls)
  // is one onlineCollection query, counted against ONLINE_READS_PER_MINUTE like the first.
  @ResolveField(() => PublicProvisionConnection, {
    description: `草案条文，按全文顺序分页（每页最多 ${ONLINE_PAGE_LIMITS.pageProvisions} 条、正文约 ${ONLINE_PAGE_LIMITS.pageCharacters} 字；不填 first 即为 ${ONLINE_PAGE_LIMITS.pageProvisions}）；页面随阅读向下加载后续各页`,
  })
  provisions(
    @Parent() page: OnlineCollectionModel,
    @Args() args: ConnectionArgs,
  ): Promise<Connection<PublicProvision>> {
    return this.online.provisionPage(page.draftVersionId, args);
  }

  @ResolveField(() => [PublicArticleModel], {
    description: '草案的全部条（引用方式和条标题，不含正文），供“针对条款”选择',
  })
  async articles(@Parent() page: OnlineCollectionModel): Promise<PublicArticle[]> {
    return (await this.online.publicDraft(page.draftVersionId)).articles;
  }

  @Public()
  @Mutation(() => OnlineOpinionReceiptModel, {
    description:
      '公众通过网上征集提交一条意见（无需登录；每个网络地址每分钟、每天的提交次数有限），回答回执号；同一幂等键重试得到同一回执号',
  })
  async submitOnlineOpinion(
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: SubmitOnlineOpinionInput,
    @Context() ctx: GqlContext,
  ): Promise<OnlineOpinionReceiptModel> {
    const { opinion, replayed } = await this.online.submit(input, ctx.req.ip, String(ctx.req.id));
    return { receiptNumber: opinion.receiptNumber, replayed, receivedAt: opinion.createdAt };
  }
}
