// Chinese names of the draft stages (the schema's own descriptions), for the legislature's pages.
import type { DraftStage } from '../../gql/graphql';

export const DRAFT_STAGE_LABELS: Record<DraftStage, string> = {
  SOLICITATION: '征求意见稿',
  FIRST_READING: '一审稿',
  SECOND_READING: '二审稿',
  THIRD_READING: '三审稿',
  VOTING: '表决稿',
  ADOPTED: '通过文本',
};

export const STAGE_OPTIONS = (Object.keys(DRAFT_STAGE_LABELS) as DraftStage[]).map((value) => ({
  value,
  label: DRAFT_STAGE_LABELS[value],
}));
