import { ContributorCategory, OpinionChannel } from '@app/feedback';

/**
 * Opinions of the demo's dog-management and charity consultations, written for the demo: what residents, workers,
 * lawyers and experts in Beibei might have said. `by` names the demo account that recorded it. `at` is given in the
 * 2022 first round's time; the seed records each as long after the open round's notice (demo-seed.service.ts).
 */
export interface DemoOpinion {
  by: 'collector' | 'expert' | 'unit';
  task: 'dog' | 'charity';
  at: string;
  provisionAddress: string | null;
  proposedChange: string;
  reason?: string;
  channel: OpinionChannel;
  peopleRepresented?: number;
  contributorCategory?: ContributorCategory;
  contributorUnit?: string;
  place?: string;
  tags?: string[];
  contributor?: { name: string; phone: string; notifyOutcome: boolean };
}

export const DEMO_OPINIONS: DemoOpinion[] = [
  {
    by: 'collector',
    task: 'dog',
    at: '2022-05-12T15:00:00+08:00',
    provisionAddress: 'art_9',
    proposedChange: '建议将“每户限养一只犬”修改为“每户限养两只犬，但烈性犬除外”。',
    reason: '不少家庭已饲养两只小型犬，一刀切限养一只难以执行，也容易引发遗弃。',
    channel: OpinionChannel.VISIT,
    peopleRepresented: 6,
    contributorCategory: ContributorCategory.RESIDENT,
    place: '天生街道某小区',
    tags: ['限养'],
    contributor: { name: '王建国', phone: '13983000001', notifyOutcome: true },
  },
  {
    by: 'collector',
    task: 'dog',
    at: '2022-05-12T16:30:00+08:00',
    provisionAddress: 'art_8__para_1__item_2',
    proposedChange: '建议删除“独户居住”的条件，或明确合租、与父母同住等情形如何认定。',
    reason: '“独户居住”含义不清，年轻租户养犬无法办理登记。',
    channel: OpinionChannel.VISIT,
    contributorCategory: ContributorCategory.RESIDENT,
    tags: ['养犬登记'],
  },
  {
    by: 'collector',
    task: 'dog',
    at: '2022-05-13T10:00:00+08:00',
    provisionAddress: 'art_13__para_1__item_1',
    proposedChange: '建议增加“夜间遛犬应当使用牵引绳并佩戴反光标识”。',
    reason: '夜间遛犬与行人、电动车冲突较多。',
    channel: OpinionChannel.FORUM,
    peopleRepresented: 12,
    contributorCategory: ContributorCategory.RESIDENT,
    place: '北碚区总工会职工之家',
    tags: ['文明养犬'],
  },
  {
    by: 'collector',
    task: 'dog',
    at: '2022-05-13T10:20:00+08:00',
    provisionAddress: 'art_13__para_1__item_5',
    proposedChange: '建议允许携带装入犬笼的小型犬乘坐轨道交通，并规定具体时段。',
    reason: '就医、迁居时需携犬出行，出租车往往拒载。',
    channel: OpinionChannel.FORUM,
    peopleRepresented: 5,
    contributorCategory: ContributorCategory.BUSINESS,
  },
  {
    by: 'collector',
    task: 'dog',
    at: '2022-05-14T09:30:00+08:00',
    provisionAddress: 'art_15',
    proposedChange: '建议增加“养犬人应当投保犬只伤人责任保险”的规定。',
    reason: '犬只伤人后赔偿纠纷多，保险可以保障受害人及时得到救治费用。',
    channel: OpinionChannel.COURTYARD_MEETING,
    peopleRepresented: 23,
    contributorCategory: ContributorCategory.RESIDENT,
    place: '施家梁镇院坝会',
    tags: ['犬只伤人'],
  },
  {
    by: 'collector',
    task: 'dog',
    at: '2022-05-14T11:00:00+08:00',
    provisionAddress: null,
    proposedChange: '总体赞成出台养犬管理条例，建议加强宣传，给养犬人办理登记留出过渡期。',
    channel: OpinionChannel.QUESTIONNAIRE,
    peopleRepresented: 41,
    contributorCategory: ContributorCategory.RESIDENT,
    tags: ['总体意见'],
  },
  {
    by: 'collector',
    task: 'dog',
    at: '2022-05-15T20:00:00+08:00',
    provisionAddress: 'art_11__para_1',
    proposedChange: '建议将养犬登记证有效期由一年延长为三年，可在网上办理延续。',
    reason: '每年到派出所办理延续手续负担较重。',
    channel: OpinionChannel.ONLINE,
    peopleRepresented: 3,
    contributorCategory: ContributorCategory.STUDENT,
    tags: ['养犬登记'],
  },
  {
    by: 'unit',
    task: 'dog',
    at: '2022-05-16T14:00:00+08:00',
    provisionAddress: 'art_18__para_1__item_1',
    proposedChange: '建议对已在住宅楼内经营的宠物美容店设置一年整改期。',
    reason: '部分小微经营者难以立即搬迁。',
    channel: OpinionChannel.FORUM,
    peopleRepresented: 8,
    contributorCategory: ContributorCategory.BUSINESS,
    contributorUnit: '北碚区总工会',
  },
  {
    by: 'expert',
    task: 'dog',
    at: '2022-05-17T09:00:00+08:00',
    provisionAddress: 'art_21',
    proposedChange: '建议将“没收犬只”修改为“责令限期办理，逾期不办理的，依法收容犬只”。',
    reason: '没收属于行政处罚，对未登记养犬直接没收与过罚相当原则不符，且上位法未设定此项处罚。',
    channel: OpinionChannel.EXPERT,
    contributorCategory: ContributorCategory.SCHOLAR,
    contributorUnit: '西南大学法学院',
    tags: ['法律责任'],
  },
  {
    by: 'expert',
    task: 'dog',
    at: '2022-05-17T09:30:00+08:00',
    provisionAddress: 'art_24',
    proposedChange: '建议明确“吊销养犬登记证”后再次申请登记的限制期限。',
    reason: '否则吊销后可以立即重新登记，处罚失去意义。',
    channel: OpinionChannel.EXPERT,
    contributorCategory: ContributorCategory.SCHOLAR,
    contributorUnit: '西南大学法学院',
    tags: ['法律责任'],
  },
  {
    by: 'collector',
    task: 'charity',
    at: '2022-08-20T10:00:00+08:00',
    provisionAddress: 'art_19',
    proposedChange: '建议明确社区慈善基金可以由村（居）民委员会发起设立，并由慈善组织代管资金。',
    reason: '基层对社区基金的设立主体和资金监管有疑问。',
    channel: OpinionChannel.COURTYARD_MEETING,
    peopleRepresented: 15,
    contributorCategory: ContributorCategory.GRASSROOTS_CADRE,
    tags: ['社区慈善'],
  },
  {
    by: 'collector',
    task: 'charity',
    at: '2022-08-21T15:00:00+08:00',
    provisionAddress: null,
    proposedChange: '建议条例对网络个人求助的平台责任作出更具体的规定。',
    channel: OpinionChannel.ONLINE,
    peopleRepresented: 2,
    contributorCategory: ContributorCategory.STUDENT,
  },
];

/** The expert team's annotations on both drafts (批注), each anchored to a quoted passage. */
/**
 * An online campaign (网上征集 through the collector's QR code): the same ask, copied with small edits — what the
 * consolidation shows as one group of eight opinions with four variants, never as eight rows or as one opinion.
 */
const CAMPAIGN_TEXTS = [
  '建议允许小型犬装入犬笼后乘坐公共交通工具。',
  '建议允许小型犬装入犬笼后乘坐公共交通工具。',
  '建议允许小型犬装入犬笼后乘坐公共交通工具',
  '建议允许小型犬装入犬笼后 乘坐公共交通工具！',
  '强烈建议允许小型犬装入犬笼后乘坐公共交通工具。',
  '建议允许小型犬装进犬笼后乘坐公共交通工具。',
  '建议允许小型犬装入犬笼后乘坐公共交通工具，方便就医。',
  '建议允许小型犬装入犬笼后乘坐公共交通工具。',
];

DEMO_OPINIONS.push(
  ...CAMPAIGN_TEXTS.map((proposedChange, i): DemoOpinion => ({
    by: 'collector',
    task: 'dog',
    at: `2022-05-18T${String(9 + i).padStart(2, '0')}:15:00+08:00`,
    provisionAddress: 'art_13__para_1__item_5',
    proposedChange,
    reason: '携犬就医、迁居时出行困难。',
    channel: OpinionChannel.ONLINE,
    contributorCategory: ContributorCategory.RESIDENT,
    tags: ['网上征集'],
  })),
);

export const DEMO_ANNOTATIONS: Array<{
  task: 'dog' | 'charity';
  provisionAddress: string;
  quote: string;
  note: string;
  proposedWording?: string;
  legalBasis?: string;
  reply?: string;
}> = [
  {
    task: 'dog',
    provisionAddress: 'art_21__para_1',
    quote: '没收犬只',
    note: '对未登记养犬直接没收犬只，处罚过重，且与行政处罚法的过罚相当原则不一致。',
    proposedWording: '逾期不办理的，由公安机关依法收容犬只，并处五百元以上一千元以下罚款',
    legalBasis: '《中华人民共和国行政处罚法》第五条',
    reply: '同意，请在汇总表中作为重点意见报送。',
  },
  {
    task: 'dog',
    provisionAddress: 'art_9__para_1',
    quote: '每户限养一只犬',
    note: '限养数量宜结合住房面积和犬只体型分类规定，避免一刀切。',
    legalBasis: '参考《上海市养犬管理条例》第十一条',
  },
  {
    task: 'charity',
    provisionAddress: 'art_12__para_2',
    quote: '进行查验',
    note: '“查验”的范围和标准不明确，平台难以操作，建议明确查验的内容。',
    proposedWording: '对求助人身份、求助事实进行必要的核实，并进行风险提示',
  },
  {
    task: 'charity',
    provisionAddress: 'art_19__para_1',
    quote: '社区慈善基金',
    note: '建议明确社区慈善基金的设立主体和监管方式。',
    reply: '已转请施家梁镇补充基层意见。',
  },
];
