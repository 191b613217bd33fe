import { ArgsType, Field, ObjectType } from '@nestjs/graphql';
import { DateScalar, TextField, registerLabelledEnum } from '@app/common';
import { AdoptionOutcome } from './adoption.enums.js';

/** Where an opinion stands, as its contributor may be told by the receipt number alone. */
export enum ReceiptStage {
  RECEIVED = 'RECEIVED',
  CONSOLIDATED = 'CONSOLIDATED',
  SUBMITTED = 'SUBMITTED',
  DECIDED = 'DECIDED',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
  WITHDRAWN = 'WITHDRAWN',
}
export const RECEIPT_STAGE_LABELS: Record<ReceiptStage, string> = {
  RECEIVED: '已收到',
  CONSOLIDATED: '已汇总',
  SUBMITTED: '已报送立法机关',
  DECIDED: '立法机关已反馈采纳情况',
  OUT_OF_SCOPE: '不予报送',
  WITHDRAWN: '已撤回',
};
registerLabelledEnum(ReceiptStage, 'ReceiptStage', '意见处理进度（回执查询）', RECEIPT_STAGE_LABELS);

/**
 * What anyone holding a receipt number may see of the opinion (个人信息保护法: a guessed number must reveal nothing
 * personal). Deliberately its own type, never the Opinion: no text of the opinion, no contributor, collector or unit.
 */
@ObjectType('OpinionReceipt', {
  description: '意见回执查询的结果：只含处理情况，不含意见内容、提出人、采集员或联系单位等任何个人信息',
})
export class OpinionReceiptModel {
  @Field({ description: '回执号（14 位数字）' }) receiptNumber!: string;
  @Field({ description: '草案名称' }) draftTitle!: string;
  @Field(() => String, { nullable: true, description: '意见针对的条款，如 第十三条第一款；为空表示总体意见' })
  provisionCitation!: string | null;
  @Field(() => DateScalar, { description: '收到日期（北京时间）' }) receivedOn!: string;
  @Field(() => ReceiptStage, { description: '处理进度' }) stage!: ReceiptStage;
  @Field(() => [ReceiptDecisionModel], {
    description: '立法机关已公布的采纳情况（意见汇入的每个汇总条目一项，采纳程度高的在前；未公布的不显示）',
  })
  decisions!: ReceiptDecisionModel[];
}

@ObjectType('ReceiptDecision', { description: '意见汇入的汇总条目经立法机关公布的采纳情况' })
export class ReceiptDecisionModel {
  @Field(() => AdoptionOutcome, { description: '采纳情况' }) outcome!: AdoptionOutcome;
  @Field({ description: '立法机关公布的理由' }) reason!: string;
  @Field(() => DateScalar, { description: '公布日期（北京时间）' }) publishedOn!: string;
}

@ArgsType()
export class OpinionReceiptArgs {
  @Field({ description: '回执号：14 位数字，可带空格或短横线' })
  @TextField('回执号', 40)
  receiptNumber!: string;
}
