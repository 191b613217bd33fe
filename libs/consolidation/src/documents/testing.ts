/**
 * For the specs: a realistic consolidated table (the Chongqing dog-management draft, a general opinion last) and its
 * cross-point variant. Not exported from the lib's public face; the readers that take the rendered files apart are in
 * test/support/office-files.ts.
 */
import type { ConsolidatedDocument, ConsolidatedRow, ConsolidatedSource } from './consolidated-document.js';

export const SAMPLE_ROWS: ConsolidatedRow[] = [
  {
    number: 1,
    provision: '第八条第一款第（二）项',
    originalText: '（二）烈性犬、大型犬的认定标准和管理办法；',
    proposedChange: '建议明确由市公安机关会同农业农村部门制定并公布烈性犬、大型犬的品种目录和体高标准。',
    reason: '认定标准不明确，基层执法中难以判断，容易引发争议。',
    proposers: '重庆缙云律师事务所（2条，代表2人）',
    opinionCount: 2,
    peopleCount: 2,
  },
  {
    number: 2,
    provision: '第九条',
    originalText:
      '养犬人应当自取得犬只之日起三十日内，持本人身份证明和犬只免疫证明到所在地公安派出所办理养犬登记。',
    proposedChange: '建议将“三十日”修改为“十五日”。\n同时增加“可以通过网上办理”的规定。',
    reason: '1. 期限过长，不利于及时掌握犬只情况；\n2. 与周边省市的规定保持一致；\n3. 方便群众办理。',
    proposers: '北碚区总工会（3条，代表18人）；居民群众等 5 人',
    opinionCount: 8,
    peopleCount: 23,
  },
  {
    number: 3,
    provision: '第十七条',
    originalText: '携带犬只出户的，应当为犬只束犬链（绳），犬链（绳）长度不得超过一点五米。',
    // Pasted from a messaging app: a bell character and an invalid code unit, and a leading minus sign.
    proposedChange: '-删除“不得超过一点五米”中的\u0007“一点五米”，\uFFFE改为“二米”。',
    reason: '=犬链过短不便于大型犬活动 & 牵引 <实际情况>',
    proposers: '施家梁镇（1条，代表40人）',
    opinionCount: 1,
    peopleCount: 40,
  },
  {
    number: 4,
    provision: '总体意见',
    originalText: '',
    proposedChange: '建议增加关于流浪犬收容、救助和领养的专门条款。',
    reason: '流浪犬问题群众反映强烈，草案未作规定。',
    proposers: '居民群众等 12 人；人大代表 2 人',
    opinionCount: 14,
    peopleCount: 14,
  },
];

export const SAMPLE_SOURCES: ConsolidatedSource[] = [
  {
    receiptNumber: '00012024050601',
    suggestionNumber: 2,
    provision: '第九条',
    channel: '座谈会',
    unit: '北碚区总工会',
    category: '职工代表',
    peopleRepresented: 18,
    gatheredOn: '2024-05-08',
    disposition: '纳入第2条汇总意见',
  },
  {
    receiptNumber: '00012024050602',
    suggestionNumber: 2,
    provision: '第九条',
    channel: '网上',
    unit: '',
    category: '居民群众',
    peopleRepresented: 1,
    gatheredOn: '2024-05-09',
    disposition: '与第2条意见重复，已合并',
  },
  {
    receiptNumber: '00012024050603',
    suggestionNumber: 3,
    provision: '第十七条',
    channel: '院坝会',
    unit: '施家梁镇',
    category: '村（社区）干部',
    peopleRepresented: 40,
    gatheredOn: '2024-05-10',
    disposition: '纳入第3条汇总意见',
  },
  {
    receiptNumber: '00012024050604',
    suggestionNumber: null,
    provision: '第三十条',
    channel: '走访',
    unit: '@天生街道',
    category: '居民群众',
    peopleRepresented: 1,
    gatheredOn: '',
    disposition: '不予报送：超出本法规调整范围',
  },
  {
    receiptNumber: '00012024050605',
    suggestionNumber: 4,
    provision: '总体意见',
    channel: '代表接待',
    unit: '',
    category: '人大代表',
    peopleRepresented: 2,
    gatheredOn: '2024-05-12',
    disposition: '纳入第4条汇总意见',
  },
];

export function sampleDocument(): ConsolidatedDocument {
  return {
    title: '《重庆市养犬管理条例（草案）》意见建议汇总表',
    cover: {
      taskTitle: '关于征求《重庆市养犬管理条例（草案）》意见的函',
      draftTitle: '重庆市养犬管理条例（草案）',
      draftVersionLabel: '一审稿',
      legislatureName: '重庆市人大常委会',
      contactPoints: ['西南大学国家治理学院基层立法联系点'],
      period: { from: '2024-05-06', to: '2024-05-20' },
      approvedBy: '点长',
      approvedAt: '2024-05-20 10:30',
      submittedAt: '2024-05-20 16:05',
      counts: {
        opinions: 25,
        people: 79,
        suggestions: 4,
        notForwarded: 1,
        byChannel: [
          { label: '座谈会', count: 9 },
          { label: '院坝会', count: 6 },
          { label: '网上', count: 10 },
        ],
        byUnit: [
          { label: '北碚区总工会', count: 9 },
          { label: '施家梁镇', count: 6 },
          { label: '', count: 10 },
        ],
      },
      generatedAt: '2024-05-20 16:00',
    },
    rows: SAMPLE_ROWS.map((row) => ({ ...row })),
    sources: SAMPLE_SOURCES.map((source) => ({ ...source })),
  };
}

/** The legislature's view across points: each row and source names the point that submitted it. */
export function crossPointDocument(): ConsolidatedDocument {
  const doc = sampleDocument();
  const points = ['西南大学国家治理学院基层立法联系点', '重庆缙云律师事务所基层立法联系点'];
  return {
    ...doc,
    cover: {
      ...doc.cover,
      contactPoints: points,
      approvedBy: null,
      approvedAt: null,
      submittedAt: null,
      signOffs: [
        {
          contactPoint: points[0],
          approvedBy: '点长',
          approvedAt: '2024-05-20 10:30',
          submittedAt: '2024-05-20 16:05',
        },
        {
          contactPoint: points[1],
          approvedBy: '副点长',
          approvedAt: '2024-05-21 09:00',
          submittedAt: '2024-05-21 11:20',
        },
      ],
    },
    rows: doc.rows.map((row, i) => ({ ...row, contactPoint: points[i % 2] })),
    sources: doc.sources.map((source, i) => ({ ...source, contactPoint: points[i % 2] })),
  };
}
