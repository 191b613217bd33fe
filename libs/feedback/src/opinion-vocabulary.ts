/**
 * The words of an opinion that the spreadsheet (template and import) shares with the API — how it was gathered, who
 * gave it, its limits — as plain values: no Nest or GraphQL here, because the import reads sheets in a worker thread
 * whose start must stay light (feedback.enums.ts registers these enums for GraphQL).
 */
/** 征集方式: how an opinion was gathered. */
export enum OpinionChannel {
  FORUM = 'FORUM',
  COURTYARD_MEETING = 'COURTYARD_MEETING',
  VISIT = 'VISIT',
  QUESTIONNAIRE = 'QUESTIONNAIRE',
  DEPUTY_RECEPTION = 'DEPUTY_RECEPTION',
  ONLINE = 'ONLINE',
  LETTER = 'LETTER',
  EXPERT = 'EXPERT',
  OTHER = 'OTHER',
}

export const CHANNEL_LABELS: Record<OpinionChannel, string> = {
  FORUM: '座谈会',
  COURTYARD_MEETING: '院坝会',
  VISIT: '走访',
  QUESTIONNAIRE: '问卷',
  DEPUTY_RECEPTION: '代表接待',
  ONLINE: '网上征集',
  LETTER: '来信',
  EXPERT: '专家团队意见',
  OTHER: '其他',
};

/** Who gave the opinion, by category — what travels to the legislature instead of the person. */
export enum ContributorCategory {
  RESIDENT = 'RESIDENT',
  BUSINESS = 'BUSINESS',
  LAWYER = 'LAWYER',
  PEOPLES_DEPUTY = 'PEOPLES_DEPUTY',
  PUBLIC_SERVANT = 'PUBLIC_SERVANT',
  GRASSROOTS_CADRE = 'GRASSROOTS_CADRE',
  STUDENT = 'STUDENT',
  SCHOLAR = 'SCHOLAR',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
  OTHER = 'OTHER',
}

export const CONTRIBUTOR_CATEGORY_LABELS: Record<ContributorCategory, string> = {
  RESIDENT: '居民群众',
  BUSINESS: '企业及从业人员',
  LAWYER: '律师',
  PEOPLES_DEPUTY: '人大代表',
  PUBLIC_SERVANT: '机关事业单位人员',
  GRASSROOTS_CADRE: '基层干部',
  STUDENT: '学生',
  SCHOLAR: '专家学者',
  SOCIAL_ORGANIZATION: '社会组织',
  OTHER: '其他',
};

/** Limits of an opinion, named once (checked at the edge and by the spreadsheet import). */
export const OPINION_LIMITS = {
  proposedChange: 5000,
  reason: 5000,
  originalText: 10000,
  place: 100,
  tags: 10,
  tagLength: 20,
  unit: 100,
  /** People one opinion may stand for (a forum of hundreds, a petition of thousands). */
  peopleRepresented: 100000,
  batchSize: 200,
  importRows: 10000,
} as const;

/**
 * The most people one opinion may stand for, by how it was gathered (F11: a 走访 claimed for 100,000 people). A
 * meeting, a visit or a reception is people in one room or yard: a thousand is already a very large one, and a higher
 * count there is a typing slip or a made-up number. A joint letter (联名信) may carry thousands of signatures; a
 * questionnaire or an online round may stand for many more (OPINION_LIMITS.peopleRepresented).
 */
export const PEOPLE_BY_CHANNEL: Record<OpinionChannel, number> = {
  FORUM: 1000,
  COURTYARD_MEETING: 1000,
  VISIT: 1000,
  DEPUTY_RECEPTION: 1000,
  EXPERT: 100,
  LETTER: 10000,
  QUESTIONNAIRE: OPINION_LIMITS.peopleRepresented,
  ONLINE: OPINION_LIMITS.peopleRepresented,
  OTHER: OPINION_LIMITS.peopleRepresented,
};

/** Why `people` is not believable for an opinion gathered by `channel`, or null. */
export function implausiblePeople(channel: OpinionChannel, people: number): string | null {
  const max = PEOPLE_BY_CHANNEL[channel];
  if (people <= max) return null;
  return (
    `征集方式为“${CHANNEL_LABELS[channel]}”的一条意见最多代表 ${max} 人（填写的是 ${people} 人），请核对；` +
    '多人分别提出的意见请分别录入，问卷或网上征集的汇总结果请选相应的征集方式'
  );
}
