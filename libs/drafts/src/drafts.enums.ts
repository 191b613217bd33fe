import { registerLabelledEnum } from '@app/common';
import { registerEnumType } from '@nestjs/graphql';

/** 稿次: which stage of the legislative process a version of the text belongs to. */
export enum DraftStage {
  SOLICITATION = 'SOLICITATION',
  FIRST_READING = 'FIRST_READING',
  SECOND_READING = 'SECOND_READING',
  THIRD_READING = 'THIRD_READING',
  VOTING = 'VOTING',
  ADOPTED = 'ADOPTED',
}

export const DRAFT_STAGE_LABELS: Record<DraftStage, string> = {
  SOLICITATION: '征求意见稿',
  FIRST_READING: '一审稿',
  SECOND_READING: '二审稿',
  THIRD_READING: '三审稿',
  VOTING: '表决稿',
  ADOPTED: '通过文本',
};

registerLabelledEnum(DraftStage, 'DraftStage', '稿次', DRAFT_STAGE_LABELS);

export enum ProvisionKindEnum {
  part = 'part',
  subpart = 'subpart',
  chapter = 'chapter',
  section = 'section',
  article = 'article',
  paragraph = 'paragraph',
  item = 'item',
  subitem = 'subitem',
}
registerEnumType(ProvisionKindEnum, {
  name: 'ProvisionKind',
  description: '编、分编、章、节、条、款、项、目',
  valuesMap: {
    part: { description: '编' },
    subpart: { description: '分编' },
    chapter: { description: '章' },
    section: { description: '节' },
    article: { description: '条' },
    paragraph: { description: '款' },
    item: { description: '项' },
    subitem: { description: '目' },
  },
});
