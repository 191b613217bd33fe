import { ContributorCategory, OpinionChannel } from '@app/feedback';

/**
 * What the point submitted in the first round (2022) of the dog-management and charity drafts, written for the demo.
 * The legislature took some of it up in the 修改稿 the open round is sent on (DOG_DRAFT_REVISIONS and
 * CHARITY_DRAFT_REVISIONS in demo-draft-texts.ts), and has not recorded its decisions yet: they wait on the legislature's
 * 采纳情况 page, where 文本佐证 compares each suggestion with the 修改稿. Undecided, they leave the 2022 ledger's adopted
 * and partly adopted figures as the report tells them.
 */
export interface FirstRoundOpinion {
  by: 'collector' | 'expert' | 'unit';
  task: 'dog' | 'charity';
  /** ISO with +08:00, within the first round. */
  at: string;
  /** A provision of the first round's version, or null for a general opinion (总体意见). */
  provisionAddress: string | null;
  proposedChange: string;
  reason: string;
  channel: OpinionChannel;
  peopleRepresented?: number;
  contributorCategory: ContributorCategory;
}

export const FIRST_ROUND_OPINIONS: FirstRoundOpinion[] = [
  {
    by: 'collector',
    task: 'dog',
    at: '2022-05-11T10:00:00+08:00',
    provisionAddress: 'art_13__para_2',
    proposedChange: '建议将第十三条第二款中的“携带小型出租汽车的”修改为“携犬乘坐小型出租汽车的”。',
    reason: '原文“携带小型出租汽车”表述有误，本款规范的是携犬乘坐出租汽车的行为。',
    channel: OpinionChannel.VISIT,
    peopleRepresented: 3,
    contributorCategory: ContributorCategory.RESIDENT,
  },
  {
    by: 'collector',
    task: 'dog',
    at: '2022-05-12T09:30:00+08:00',
    provisionAddress: null,
    proposedChange: '建议加强文明养犬宣传，引导养犬人主动办理养犬登记。',
    reason: '走访中不少养犬户不了解登记要求。',
    channel: OpinionChannel.VISIT,
    peopleRepresented: 5,
    contributorCategory: ContributorCategory.RESIDENT,
  },
  {
    by: 'unit',
    task: 'dog',
    at: '2022-05-16T15:00:00+08:00',
    provisionAddress: 'art_10__para_2',
    proposedChange: '建议将“五个工作日”修改为“三个工作日”，并增加“养犬登记可以通过网上办理”。',
    reason: '职工反映办理登记需多次往返派出所，耗时较长。',
    channel: OpinionChannel.FORUM,
    peopleRepresented: 16,
    contributorCategory: ContributorCategory.RESIDENT,
  },
  {
    by: 'unit',
    task: 'dog',
    at: '2022-05-17T10:00:00+08:00',
    provisionAddress: 'art_20',
    proposedChange:
      '建议在第二十条中增加“收容场所应当自收容之日起三日内通过网站等途径发布认领公告”，认领期限自公告之日起计算。',
    reason: '犬只走失后，养犬人往往不知道犬只被收容，十五日内难以认领。',
    channel: OpinionChannel.FORUM,
    peopleRepresented: 8,
    contributorCategory: ContributorCategory.RESIDENT,
  },
  {
    by: 'expert',
    task: 'dog',
    at: '2022-05-18T09:00:00+08:00',
    provisionAddress: 'art_24',
    proposedChange: '建议删除第二十四条中的“并可以吊销养犬登记证”。',
    reason: '养犬人遗弃犬只后已不再饲养该犬，吊销其登记证缺乏实际意义。',
    channel: OpinionChannel.EXPERT,
    contributorCategory: ContributorCategory.SCHOLAR,
  },
  {
    by: 'collector',
    task: 'charity',
    at: '2022-08-18T15:00:00+08:00',
    provisionAddress: 'art_19',
    proposedChange: '建议在第十九条中增加“社区慈善基金应当定期向社区居民公开资金募集和使用情况”。',
    reason: '居民关心社区慈善基金的钱用在哪里，公开才能取信于民。',
    channel: OpinionChannel.COURTYARD_MEETING,
    peopleRepresented: 11,
    contributorCategory: ContributorCategory.GRASSROOTS_CADRE,
  },
  {
    by: 'collector',
    task: 'charity',
    at: '2022-08-22T10:00:00+08:00',
    provisionAddress: null,
    proposedChange: '建议把“中华慈善日”宣传活动开展到村（社区）。',
    reason: '基层群众对慈善法律知之不多。',
    channel: OpinionChannel.COURTYARD_MEETING,
    peopleRepresented: 11,
    contributorCategory: ContributorCategory.GRASSROOTS_CADRE,
  },
];
