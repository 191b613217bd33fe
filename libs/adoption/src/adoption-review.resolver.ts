import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, pageWindow, type Connection } from '@app/common';
import {
  ConsolidatedSuggestionConnection,
  ConsolidatedSuggestionModel,
  toSuggestionModel,
} from '@app/consolidation';
import { CurrentActor, Permission, RequirePermission, type Actor } from '@app/identity';
import { AdoptionReviewArgs, AdoptionReviewModel } from './adoption.models.js';
import { AdoptionReviewService, type AdoptionReview } from './adoption-review.service.js';

/** 采纳审议: the legislature's one list of a task's submitted suggestions, with the progress of its decisions. */
@Resolver(() => AdoptionReviewModel)
export class AdoptionReviewResolver {
  constructor(private readonly review: AdoptionReviewService) {}

  @RequirePermission(Permission.ADOPTION_DECIDE)
  @Query(() => AdoptionReviewModel, {
    description:
      '采纳审议：任务收到的全部汇总条目（各联系点，按条文顺序）及决定、发布的进度（仅收到意见的立法机关）',
  })
  adoptionReview(@CurrentActor() actor: Actor, @Args() args: AdoptionReviewArgs): Promise<AdoptionReview> {
    return this.review.review(actor, args.taskId);
  }

  // The parent was authorised by adoptionReview; decision and evidence on each row check the actor again.
  @ResolveField(() => ConsolidatedSuggestionConnection, {
    description: '汇总条目，按条文顺序（总体意见在后），同一条文按联系点',
  })
  async items(
    @Parent() review: AdoptionReview,
    @Args() args: ConnectionArgs,
  ): Promise<Connection<ConsolidatedSuggestionModel>> {
    const page = await this.review.rows(review, pageWindow(args));
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toSuggestionModel(e.node) })) };
  }
}
