import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@app/common';
import { Public } from '@app/identity';
import { OpinionReceiptArgs, OpinionReceiptModel } from './receipt-lookup.models.js';
import { ReceiptLookupService } from './receipt-lookup.service.js';

/** 意见回执查询: public, limited per client address (RECEIPT_LOOKUP_LIMITS). */
@Resolver(() => OpinionReceiptModel)
export class ReceiptLookupResolver {
  constructor(private readonly service: ReceiptLookupService) {}

  @Public()
  @Query(() => OpinionReceiptModel, {
    nullable: true,
    description:
      '凭回执号查询意见的处理情况（无需登录；每个网络地址每分钟、每天的查询次数有限）。只回答草案名称、条款、收到日期、处理进度和已公布的采纳情况，不含意见内容和任何个人信息；查不到时为 null，原因见 errors',
  })
  opinionReceipt(@Args() args: OpinionReceiptArgs, @Context() ctx: GqlContext): Promise<OpinionReceiptModel> {
    return this.service.lookup(args.receiptNumber, ctx.req.ip);
  }
}
