import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@app/common';
import { JobModel, toJobModel } from '@app/jobs';
import { CurrentActor, Permission, RequirePermission, type Actor } from '@app/identity';
import {
  AnnotationModel,
  AnnotationReanchorPlanModel,
  AnnotationRevisionModel,
  CreateAnnotationInput,
  ReanchorAnnotationsInput,
  ReanchorSummaryModel,
  ReplyToAnnotationInput,
  UpdateAnnotationInput,
  WithdrawAnnotationInput,
} from './annotation.models.js';
import { AnnotationReanchorJob } from './annotation-reanchor.job.js';
import { AnnotationService } from './annotation.service.js';
import { REPLIES_TO_ANNOTATION, REVISIONS_OF_ANNOTATION } from './feedback.loaders.js';

@Resolver(() => AnnotationModel)
export class AnnotationResolver {
  constructor(
    private readonly service: AnnotationService,
    private readonly reanchorJob: AnnotationReanchorJob,
  ) {}

  @RequirePermission(Permission.ANNOTATION_WRITE)
  @Mutation(() => AnnotationModel, {
    description: '在条文中选中一段文字并批注（写明意见、建议修改为、法律依据）；本联系点征集中、截止时间前',
  })
  createAnnotation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: CreateAnnotationInput,
  ): Promise<AnnotationModel> {
    return this.service.create(actor, input);
  }

  @RequirePermission(Permission.ANNOTATION_WRITE)
  @Mutation(() => AnnotationModel, { description: '回复批注（本联系点征集中、截止时间前）' })
  replyToAnnotation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: ReplyToAnnotationInput,
  ): Promise<AnnotationModel> {
    return this.service.reply(actor, input);
  }

  @RequirePermission(Permission.ANNOTATION_WRITE)
  @Mutation(() => AnnotationModel, {
    description: '修改自己的批注（本联系点征集中、截止时间前）：重新选择原文或修改文字，保留修改历史',
  })
  updateAnnotation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: UpdateAnnotationInput,
  ): Promise<AnnotationModel> {
    return this.service.update(actor, input);
  }

  @RequirePermission(Permission.ANNOTATION_WRITE)
  @Mutation(() => AnnotationModel, {
    description: '撤回自己的批注（本联系点开始汇总前，截止后仍可撤回）：不再列出、不纳入汇总，修改历史保留',
  })
  withdrawAnnotation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: WithdrawAnnotationInput,
  ): Promise<AnnotationModel> {
    return this.service.withdraw(actor, input);
  }

  @RequirePermission(Permission.ANNOTATION_WRITE)
  @Mutation(() => ReanchorSummaryModel, {
    description: '新稿次到来后，把任务的批注重新定位到同一草案更新的稿次（可跨过中间稿次，直接到最新稿次）',
  })
  reanchorAnnotations(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: ReanchorAnnotationsInput,
  ): Promise<ReanchorSummaryModel> {
    return this.service.reanchorAll(actor, input);
  }

  @RequirePermission(Permission.ANNOTATION_WRITE)
  @Mutation(() => JobModel, {
    description:
      '在后台把任务的批注重新定位到新稿次，立即返回任务（用 job(id) 查询进度，完成后 summary 给出原位、移动、未能定位的条数）；同一新稿次已有排队或执行中的定位任务时返回那一个',
  })
  async startAnnotationReanchor(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: ReanchorAnnotationsInput,
  ): Promise<JobModel> {
    return toJobModel(await this.reanchorJob.start(actor, input));
  }

  @RequirePermission(Permission.ANNOTATION_WRITE)
  @Query(() => AnnotationReanchorPlanModel, {
    description:
      '重新定位批注的依据（本联系点的执行机构）：任务所附稿次、草案的最新稿次，以及尚未定位到最新稿次的批注条数；其他人无权查看',
  })
  annotationReanchorPlan(
    @CurrentActor() actor: Actor,
    @Args('taskId', { description: '征求意见任务编号', type: () => ID }) taskId: string,
  ): Promise<AnnotationReanchorPlanModel> {
    return this.service.reanchorPlan(actor, taskId);
  }

  @RequirePermission(Permission.ANNOTATION_WRITE)
  @Query(() => [AnnotationModel], { description: '任务的批注（专家团队和执行机构可见）' })
  annotations(
    @CurrentActor() actor: Actor,
    @Args('taskId', { description: '征求意见任务编号', type: () => ID }) taskId: string,
    @Args('provisionAddress', { description: '只看这一条文的批注', nullable: true })
    provisionAddress?: string,
  ): Promise<AnnotationModel[]> {
    return this.service.list(actor, taskId, provisionAddress ?? undefined);
  }

  @ResolveField(() => [AnnotationRevisionModel], { description: '修改历史（每次修改或撤回前的内容）' })
  revisions(
    @Parent() annotation: AnnotationModel,
    @Context() ctx: GqlContext,
  ): Promise<AnnotationRevisionModel[]> {
    return ctx.loaders
      .get(REVISIONS_OF_ANNOTATION, (ids) => this.service.revisionsOf(ids))
      .load(annotation.id);
  }

  @ResolveField(() => [AnnotationModel], { description: '讨论中的回复' })
  replies(@Parent() annotation: AnnotationModel, @Context() ctx: GqlContext): Promise<AnnotationModel[]> {
    return ctx.loaders.get(REPLIES_TO_ANNOTATION, (ids) => this.service.repliesOf(ids)).load(annotation.id);
  }
}
