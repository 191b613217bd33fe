/**
 * For the specs: realistic adoption documents (the Chongqing dog-management draft, Southwest University's point and
 * the district trade union). Not exported from the lib's public face; the readers that take the rendered files apart
 * are in test/support/office-files.ts.
 */
import type {
  ComparisonTableDocument,
  EvaluationLine,
  EvaluationWorkbook,
  FeedbackReportDocument,
} from './adoption-documents.js';

export const SWU = '西南大学国家治理学院基层立法联系点';
export const JINYUN = '重庆缙云律师事务所基层立法联系点';

/** The 考核表's figure columns as a reader sees them (both renderings), and its title for the workbook below. */
export const EVALUATION_FIGURE_HEADINGS = [
  '承担任务',
  '意见条数',
  '报送条目',
  '采纳',
  '部分采纳',
  '未采纳',
  '研究中',
  '待反馈',
  '采纳率',
];
export const EVALUATION_TITLE = `${SWU}2022年度立法信息采集工作考核表`;

export function comparisonDocument(): ComparisonTableDocument {
  return {
    title: '《重庆市养犬管理条例（草案）》修改对照表',
    legislatureName: '重庆市人大常委会',
    draftTitle: '重庆市养犬管理条例（草案）',
    consultedVersionLabel: '征求意见稿',
    laterVersionLabel: '二审稿',
    generatedAt: '2022-09-28 15:30',
    rows: [
      {
        provision: '第九条',
        consultedText: '养犬人应当自取得犬只之日起三十日内，到所在地公安派出所办理养犬登记。',
        laterProvision: '第十条',
        laterText:
          '养犬人应当自取得犬只之日起十五日内，到所在地公安派出所办理养犬登记。\n养犬登记可以通过网上办理。',
        suggestions: [
          {
            contactPoint: SWU,
            number: 2,
            proposedChange: '建议将“三十日”修改为“十五日”。\n同时增加“可以通过网上办理”的规定。',
            outcome: '采纳',
            reason: '已按建议修改。',
          },
          {
            contactPoint: JINYUN,
            number: 5,
            proposedChange: '建议保留“三十日”。',
            outcome: '未采纳',
            reason: '',
          },
        ],
      },
      {
        provision: '第十七条',
        consultedText: '携带犬只出户的，应当为犬只束犬链（绳），犬链（绳）长度不得超过一点五米。',
        laterProvision: '第十八条',
        laterText: '携带犬只出户的，应当为犬只束犬链（绳），犬链（绳）长度不得超过二米。',
        suggestions: [
          {
            contactPoint: SWU,
            // Pasted from a messaging app: a bell character, and a leading minus sign.
            proposedChange: '-删除“一点五米”，\u0007改为“二米”。',
            number: 3,
            outcome: '部分采纳',
            reason: '=长度已调整 <实际情况> & 其余未采纳',
          },
        ],
      },
      {
        provision: '第二十条',
        consultedText: '犬只在公共场所排泄粪便的，携犬人应当立即清除。',
        laterProvision: '（已删除）',
        laterText: '',
        suggestions: [
          {
            contactPoint: JINYUN,
            number: 6,
            proposedChange: '建议删除本条。',
            outcome: '采纳',
            reason: '本条已删除。',
          },
        ],
      },
      {
        provision: '第三十条',
        consultedText: '本条例自2023年1月1日起施行。',
        laterProvision: '第三十一条',
        laterText: '本条例自2023年5月1日起施行。',
        suggestions: [],
      },
      {
        provision: '总体意见',
        consultedText: '',
        laterProvision: '',
        laterText: '',
        suggestions: [
          {
            contactPoint: SWU,
            number: 4,
            proposedChange: '建议增加关于流浪犬收容、救助和领养的专门条款。',
            outcome: '研究中',
            reason: '拟在配套规定中研究。\n将会同农业农村部门研究。',
          },
        ],
      },
    ],
  };
}

export function feedbackDocument(): FeedbackReportDocument {
  return {
    title: '北碚区总工会意见建议采纳情况反馈',
    recipient: '北碚区总工会',
    contactPoint: SWU,
    legislatureName: '重庆市人大常委会',
    generatedAt: '2023-01-06 09:15',
    summary: { opinions: 4, adopted: 1, partiallyAdopted: 1, notAdopted: 1, underStudy: 0, pending: 1 },
    tasks: [
      {
        taskTitle: '关于征求《重庆市养犬管理条例（草案）》意见的函',
        publishedAt: '2022-09-28 16:00',
        opinions: [
          {
            receiptNumber: '00012022051001',
            provision: '第九条',
            proposedChange: '建议将“三十日”修改为“十五日”。',
            collector: '张晓梅',
            outcome: '采纳',
            reason: '已按建议修改。',
          },
          {
            receiptNumber: '00012022051002',
            provision: '第十七条',
            proposedChange: '犬链长度建议改为二米。\n便于大型犬活动。',
            collector: '',
            outcome: '部分采纳',
            reason: '长度已调整，其余未采纳。',
          },
        ],
      },
      {
        taskTitle: '关于征求《重庆市慈善条例（草案）》意见的函',
        publishedAt: null,
        opinions: [
          {
            receiptNumber: '00012022081601',
            provision: '总体意见',
            proposedChange: '建议增加慈善信托的规定。',
            collector: '李强',
            outcome: '未采纳',
            reason: '上位法已有规定。',
          },
          {
            receiptNumber: '00012022081602',
            provision: '第十二条',
            proposedChange: '建议明确募捐备案期限。',
            collector: '李强',
            outcome: '待定',
            reason: '',
          },
        ],
      },
      {
        taskTitle: '关于征求《重庆市物业管理条例（修订草案）》意见的函',
        publishedAt: '2022-12-20 10:30',
        opinions: [],
      },
    ],
  };
}

export function evaluationWorkbook(): EvaluationWorkbook {
  const figures = (
    tasks: number,
    opinions: number,
    suggestions: number,
    [adopted, partiallyAdopted, notAdopted, underStudy]: [number, number, number, number],
  ): Omit<EvaluationLine, 'name'> => ({
    tasks,
    opinions,
    suggestions,
    adopted,
    partiallyAdopted,
    notAdopted,
    underStudy,
    awaitingDecision: suggestions - adopted - partiallyAdopted - notAdopted - underStudy,
    adoptionRate: suggestions === 0 ? 0 : (adopted + partiallyAdopted) / suggestions,
  });
  return {
    title: `${SWU}2022年度立法信息采集工作考核表`,
    year: 2022,
    contactPoint: SWU,
    generatedAt: '2023-01-05 10:00',
    totals: { name: '合计', ...figures(9, 163, 58, [6, 17, 30, 5]) },
    units: [
      { name: '北碚区总工会', ...figures(6, 41, 16, [2, 5, 8, 1]) },
      { name: '施家梁镇', ...figures(4, 27, 9, [1, 2, 6, 0]) },
      { name: '=重庆缙云律师事务所', ...figures(3, 12, 8, [0, 0, 8, 0]) },
    ],
    collectors: [
      { name: '张晓梅', unit: '北碚区总工会', ...figures(5, 22, 9, [1, 3, 5, 0]) },
      { name: '李强', unit: '施家梁镇', ...figures(2, 7, 3, [0, 0, 3, 0]) },
      { name: '王芳', unit: '', ...figures(1, 0, 0, [0, 0, 0, 0]) },
    ],
  };
}
