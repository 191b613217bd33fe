/**
 * The consolidated feedback (意见建议汇总表) as plain data, ready to be rendered as a .docx for people and an .xlsx
 * for sorting and filtering. The caller decides what goes in and in what order; the renderers only lay it out.
 * Nothing here identifies a contributor: proposers are units and categories with counts, never a name or a phone.
 */

export interface CountLine {
  label: string;
  count: number;
}

export interface ConsolidatedDocument {
  /** e.g. 《重庆市养犬管理条例（草案）》意见建议汇总表 */
  title: string;
  cover: {
    /** 关于征求《重庆市养犬管理条例（草案）》意见的函 */
    taskTitle: string;
    /** 重庆市养犬管理条例（草案） */
    draftTitle: string;
    /** 一审稿 / 征求意见稿 … */
    draftVersionLabel: string;
    /** 重庆市人大常委会 */
    legislatureName: string;
    /** One name for a point's table; several for the legislature's cross-point view. */
    contactPoints: string[];
    /** YYYY-MM-DD, China dates. */
    period: { from: string; to: string };
    /** A role label like 点长, never a contributor. */
    approvedBy?: string | null;
    /** YYYY-MM-DD HH:mm */
    approvedAt?: string | null;
    /** YYYY-MM-DD HH:mm */
    submittedAt?: string | null;
    /** The cross-point view's sign-offs: each point's approval and submission, in the order of contactPoints. */
    signOffs?: PointSignOff[];
    counts: {
      opinions: number;
      people: number;
      suggestions: number;
      notForwarded: number;
      byChannel: CountLine[];
      byUnit: CountLine[];
    };
    /** YYYY-MM-DD HH:mm */
    generatedAt: string;
  };
  /** In the draft's order, general opinions (总体意见) last — the caller orders them; they are rendered as given. */
  rows: ConsolidatedRow[];
  /** Every source opinion (no personal data: never a name, phone or address). */
  sources: ConsolidatedSource[];
}

export interface PointSignOff {
  contactPoint: string;
  approvedBy?: string | null;
  /** YYYY-MM-DD HH:mm */
  approvedAt?: string | null;
  /** YYYY-MM-DD HH:mm */
  submittedAt?: string | null;
}

/**
 * The cover's 审核 and 报送 lines: the point's own, or in the cross-point view each point's in turn
 * ("西南大学…联系点：点长审核同意，…；重庆缙云…：…"). `approval` and `submission` word one point's stamps.
 */
export function signOffLines(
  cover: ConsolidatedDocument['cover'],
  approval: (s: PointSignOff) => string,
  submission: (s: PointSignOff) => string,
): { approval: string; submission: string } {
  const points = cover.signOffs ?? [];
  if (points.length === 0) {
    const own: PointSignOff = { contactPoint: cover.contactPoints.join('、'), ...cover };
    return { approval: approval(own), submission: submission(own) };
  }
  const each = (word: (s: PointSignOff) => string) =>
    points.map((p) => (points.length === 1 ? word(p) : `${p.contactPoint}：${word(p)}`)).join('；');
  return { approval: each(approval), submission: each(submission) };
}

export interface ConsolidatedRow {
  /** 序号 */
  number: number;
  /** 条款: 第九条 / 第八条第一款第（二）项 / 总体意见 */
  provision: string;
  /** 原文 ('' for a general opinion) */
  originalText: string;
  /** 修改意见 */
  proposedChange: string;
  /** 理由 */
  reason: string;
  /** 提出单位或个人 with counts, e.g. 北碚区总工会（3条，代表18人）；居民群众等 5 人 */
  proposers: string;
  /** Only in the legislature's cross-point view: the point that submitted it. */
  contactPoint?: string;
  opinionCount: number;
  peopleCount: number;
}

export interface ConsolidatedSource {
  /** 14 digits; kept as text (leading zeros). */
  receiptNumber: string;
  /** 序号 of the row it went into; null when not forwarded. */
  suggestionNumber: number | null;
  provision: string;
  /** Chinese label, e.g. 座谈会 */
  channel: string;
  /** Liaison unit name or ''. */
  unit: string;
  /** Contributor category label, e.g. 居民群众 */
  category: string;
  peopleRepresented: number;
  /** YYYY-MM-DD or '' */
  gatheredOn: string;
  /** e.g. 纳入第3条汇总意见 / 与第3条意见重复，已合并 / 不予报送：超出本法规调整范围 */
  disposition: string;
  contactPoint?: string;
}

/** The consolidated table's columns, by convention in this order; 联系点 only in the cross-point view. */
export const SUGGESTION_HEADERS = {
  number: '序号',
  provision: '条款',
  originalText: '原文',
  proposedChange: '修改意见',
  reason: '理由',
  proposers: '提出单位或个人',
  contactPoint: '联系点',
  opinionCount: '意见条数',
  peopleCount: '代表人数',
} as const;

export const SOURCE_HEADERS = {
  receiptNumber: '回执编号',
  suggestionNumber: '汇总序号',
  provision: '条款',
  channel: '征集方式',
  unit: '联系单位',
  category: '提出人类别',
  peopleRepresented: '代表人数',
  gatheredOn: '征集日期',
  disposition: '处理情况',
  contactPoint: '联系点',
} as const;

export const CONSOLIDATED_SHEET_NAMES = {
  suggestions: '汇总表',
  sources: '来源意见',
  statistics: '统计',
} as const;

/** Shown where the table would be when nothing was consolidated. */
export const NO_SUGGESTIONS = '（无汇总意见）';

/** True when the document is the legislature's cross-point view (some row names its contact point). */
export function hasContactPointColumn(doc: Pick<ConsolidatedDocument, 'rows'>): boolean {
  return doc.rows.some((row) => row.contactPoint !== undefined && row.contactPoint !== '');
}
