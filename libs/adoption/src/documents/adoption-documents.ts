/**
 * The documents of the adoption step as plain data: the comparison table of a task (修改对照表, for the legislature
 * and the point), the feedback report to a unit or point (意见采纳情况反馈) and the yearly evaluation (年度考核表).
 * The caller decides what goes in and in what order; the renderers only lay it out. Nothing here names a member of the
 * public: suggestions name their contact point, opinions their receipt number and the collector (staff of the unit).
 */

/**
 * How the legislature decided on a suggestion; 待定 while it has not said. For an opinion that never reached it:
 * 尚未报送 while its task is still with the point, 不予报送 when the point decided not to forward it.
 */
export type OutcomeLabel = '采纳' | '部分采纳' | '未采纳' | '研究中' | '待定' | '尚未报送' | '不予报送';

// ---------------------------------------------------------------------------------------------------------------
// 修改对照表

export interface ComparisonSuggestion {
  /** 西南大学国家治理学院基层立法联系点 */
  contactPoint: string;
  /** The suggestion's 序号 in that point's consolidated table. */
  number: number;
  proposedChange: string;
  outcome: OutcomeLabel;
  /** The legislature's reason; '' when it gave none. */
  reason: string;
}

export interface ComparisonRow {
  /** 第九条 / 第八条第一款第（二）项 / 总体意见 */
  provision: string;
  /** The provision's text in the consulted version; '' for a general opinion. */
  consultedText: string;
  /** Where it went in the later version: 第十条 (renumbered) / 第九条 / '（已删除）' / '' (general, or not found). */
  laterProvision: string;
  laterText: string;
  suggestions: ComparisonSuggestion[];
}

export interface ComparisonTableDocument {
  /** 《重庆市养犬管理条例（草案）》修改对照表 */
  title: string;
  /** 重庆市人大常委会 */
  legislatureName: string;
  /** 重庆市养犬管理条例（草案） */
  draftTitle: string;
  /** 征求意见稿 / 一审稿 */
  consultedVersionLabel: string;
  /** 二审稿 / 表决稿; null when there is no later version yet. */
  laterVersionLabel: string | null;
  /** YYYY-MM-DD HH:mm */
  generatedAt: string;
  /** In the draft's order, general opinions last — rendered as given. */
  rows: ComparisonRow[];
}

// ---------------------------------------------------------------------------------------------------------------
// 意见采纳情况反馈

export interface FeedbackSummary {
  opinions: number;
  adopted: number;
  partiallyAdopted: number;
  notAdopted: number;
  underStudy: number;
  /** Submitted, no decision recorded yet (待定). */
  pending: number;
  /** Marked 不予报送 by the point: the legislature never saw them. Optional (0 when absent). */
  notForwarded?: number;
  /** In tasks the point has not submitted yet: still with the point. Optional (0 when absent). */
  withPoint?: number;
}

export interface FeedbackOpinion {
  /** 14 digits, kept as text. */
  receiptNumber: string;
  provision: string;
  proposedChange: string;
  /** The collector's name — staff of the unit, not a member of the public; '' when none (e.g. sent online). */
  collector: string;
  outcome: OutcomeLabel;
  /** The legislature's reason; '' when it gave none. */
  reason: string;
}

export interface FeedbackTask {
  /** 关于征求《重庆市养犬管理条例（草案）》意见的函 */
  taskTitle: string;
  /** When the legislature published its decisions on the task, YYYY-MM-DD HH:mm (the date is shown); null: not yet. */
  publishedAt: string | null;
  /** False while the point has not submitted the task to the legislature (absent: submitted). */
  submitted?: boolean;
  opinions: FeedbackOpinion[];
}

export interface FeedbackReportDocument {
  /** 北碚区总工会意见建议采纳情况反馈 */
  title: string;
  /** The unit (or point) written to: 北碚区总工会 */
  recipient: string;
  /** The point that writes: 西南大学国家治理学院基层立法联系点 */
  contactPoint: string;
  legislatureName: string;
  /** YYYY-MM-DD HH:mm */
  generatedAt: string;
  summary: FeedbackSummary;
  tasks: FeedbackTask[];
}

// ---------------------------------------------------------------------------------------------------------------
// 年度考核表

export interface EvaluationLine {
  /** The unit's or collector's name; for the totals line the label of the totals row ('' reads 合计). */
  name: string;
  /** A collector's unit. */
  unit?: string;
  tasks: number;
  opinions: number;
  /** 报送条目: the consolidated suggestions the opinions went into. */
  suggestions: number;
  adopted: number;
  partiallyAdopted: number;
  notAdopted: number;
  underStudy: number;
  /** 待反馈: submitted with no published decision yet (suggestions less the four outcomes). */
  awaitingDecision: number;
  /** (adopted + partiallyAdopted) / suggestions, 0..1. */
  adoptionRate: number;
}

export interface EvaluationWorkbook {
  /** 西南大学国家治理学院基层立法联系点2022年度立法信息采集工作考核表 */
  title: string;
  year: number;
  contactPoint: string;
  /** YYYY-MM-DD HH:mm */
  generatedAt: string;
  /** The whole point's figures, not the sum of the rows (the 说明 sheet says why). */
  totals: EvaluationLine;
  units: EvaluationLine[];
  collectors: EvaluationLine[];
}

// ---------------------------------------------------------------------------------------------------------------
// Labels shared by the renderers and their readers

/** The comparison table's columns; the third names the later version. */
export function comparisonHeaders(
  doc: Pick<ComparisonTableDocument, 'consultedVersionLabel' | 'laterVersionLabel'>,
): string[] {
  return [
    '条款',
    doc.consultedVersionLabel,
    `修改后（${doc.laterVersionLabel ?? '尚无后续稿次'}）`,
    '意见建议及采纳情况',
  ];
}

export const FEEDBACK_HEADERS = ['回执编号', '条款', '意见', '采集员', '采纳情况', '说明'] as const;

export const EVALUATION_SHEET_NAMES = { units: '联系单位', collectors: '采集员', notes: '说明' } as const;

/** The figures of an evaluation line, in column order, with their headers. */
export const EVALUATION_FIGURES = {
  tasks: '承担任务',
  opinions: '意见条数',
  suggestions: '报送条目',
  adopted: '采纳',
  partiallyAdopted: '部分采纳',
  notAdopted: '未采纳',
  underStudy: '研究中',
  awaitingDecision: '待反馈',
  adoptionRate: '采纳率',
} as const satisfies Partial<Record<keyof EvaluationLine, string>>;

/** Shown where a table would be when there is nothing to put in it. */
export const NOTHING_TO_LIST = '（无）';

/** Where a collector is blank: an opinion sent in without one. */
export const NO_COLLECTOR = '—';

/** "【西南大学…联系点 第3条】" — how a suggestion is cited in the comparison table. */
export function suggestionTag(s: Pick<ComparisonSuggestion, 'contactPoint' | 'number'>): string {
  return `【${s.contactPoint} 第${s.number}条】`;
}

/** "采纳情况：部分采纳。" and the reason after it, "理由：…" ('' when none was given). */
export function outcomeSentence(outcome: OutcomeLabel, reason: string): { outcome: string; reason: string } {
  return { outcome: `采纳情况：${outcome}。`, reason: reason.trim() === '' ? '' : `理由：${reason.trim()}` };
}
