import { registerLabelledEnum } from '@app/common';
import { registerEnumType } from '@nestjs/graphql';
import {
  CHANNEL_LABELS,
  CONTRIBUTOR_CATEGORY_LABELS,
  ContributorCategory,
  OpinionChannel,
} from './opinion-vocabulary.js';

export * from './opinion-vocabulary.js';

registerLabelledEnum(OpinionChannel, 'OpinionChannel', '征集方式', CHANNEL_LABELS);

registerLabelledEnum(ContributorCategory, 'ContributorCategory', '提出人类别', CONTRIBUTOR_CATEGORY_LABELS);

/** Why a contributor's personal data was erased (个人信息保护法 art. 47); the record of the erasure keeps only this. */
export enum ContributorErasureReason {
  WITHDRAWN = 'WITHDRAWN',
  REQUESTED = 'REQUESTED',
  PURPOSE_ACHIEVED = 'PURPOSE_ACHIEVED',
  RETENTION_EXPIRED = 'RETENTION_EXPIRED',
}

export const CONTRIBUTOR_ERASURE_REASON_LABELS: Record<ContributorErasureReason, string> = {
  WITHDRAWN: '意见已撤回',
  REQUESTED: '本人要求删除',
  PURPOSE_ACHIEVED: '已告知采纳情况',
  RETENTION_EXPIRED: '保存期限届满',
};

registerLabelledEnum(
  ContributorErasureReason,
  'ContributorErasureReason',
  '提出人个人信息删除原因',
  CONTRIBUTOR_ERASURE_REASON_LABELS,
);

export enum OpinionStatus {
  ACTIVE = 'ACTIVE',
  WITHDRAWN = 'WITHDRAWN',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
}
registerEnumType(OpinionStatus, {
  name: 'OpinionStatus',
  description: '意见状态',
  valuesMap: {
    ACTIVE: { description: '有效' },
    WITHDRAWN: { description: '已撤回' },
    OUT_OF_SCOPE: { description: '不予报送（须说明理由）' },
  },
});

export enum AnnotationStatus {
  ACTIVE = 'ACTIVE',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(AnnotationStatus, {
  name: 'AnnotationStatus',
  description: '批注状态',
  valuesMap: {
    ACTIVE: { description: '有效' },
    WITHDRAWN: { description: '已撤回（保留修改历史，不再列出，也不纳入汇总）' },
  },
});
