import { registerLabelledEnum } from '@app/common';
import { registerEnumType } from '@nestjs/graphql';

/** Where a point's consolidation of a task stands. */
export enum ConsolidationStatus {
  DRAFTING = 'DRAFTING',
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  APPROVED = 'APPROVED',
  SUBMITTED = 'SUBMITTED',
}
export const CONSOLIDATION_STATUS_LABELS: Record<ConsolidationStatus, string> = {
  DRAFTING: '汇总中',
  PENDING_APPROVAL: '待审核',
  APPROVED: '已审核',
  SUBMITTED: '已报送',
};
registerLabelledEnum(ConsolidationStatus, 'ConsolidationStatus', '汇总状态', CONSOLIDATION_STATUS_LABELS);

export enum SourceType {
  OPINION = 'OPINION',
  ANNOTATION = 'ANNOTATION',
}
registerEnumType(SourceType, {
  name: 'SuggestionSourceType',
  description: '汇总条目的来源类型',
  valuesMap: { OPINION: { description: '意见建议' }, ANNOTATION: { description: '专家批注' } },
});

export enum ExportFormat {
  DOCX = 'DOCX',
  XLSX = 'XLSX',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: '导出格式',
  valuesMap: { DOCX: { description: 'Word 文档（.docx）' }, XLSX: { description: 'Excel 表格（.xlsx）' } },
});

/** A step of the sign-off, as the consolidation's timeline shows it (from its audit trail). */
export enum ConsolidationStepKind {
  PREPARED = 'PREPARED',
  APPROVAL_REQUESTED = 'APPROVAL_REQUESTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
  SUBMITTED = 'SUBMITTED',
}
export const CONSOLIDATION_STEP_LABELS: Record<ConsolidationStepKind, string> = {
  PREPARED: '编制汇总初稿',
  APPROVAL_REQUESTED: '提交审核',
  RETURNED: '退回修改',
  APPROVED: '审核通过',
  SUBMITTED: '报送立法机关',
};
registerLabelledEnum(
  ConsolidationStepKind,
  'ConsolidationStepKind',
  '审核与报送的步骤',
  CONSOLIDATION_STEP_LABELS,
);

/** Limits of the consolidation, named once (checked at the edge and in the service). */
export const CONSOLIDATION_LIMITS = {
  proposedChange: 10000,
  reason: 10000,
  originalText: 10000,
  returnReason: 500,
  /** Sources named in one call (a duplicate group counts as one, whatever its size). */
  sourcesPerCall: 500,
  mergeSuggestions: 100,
  splitParts: 20,
  /** Unaccounted opinions listed in a refused sign-off's error (the full list is a query). */
  unaccountedInError: 50,
  /** Characters of a search of the suggestions (their wording, reason, citation or number). */
  suggestionSearch: 100,
  /** Suggestions listed under each provision of the legislature's cross-point view (feedbackByProvision). */
  feedbackItemsPerProvision: { default: 20, max: 100 },
} as const;

/** Sort key of general opinions (总体意见): after every provision. */
export const GENERAL_SORT_KEY = 1_000_000;
