/**
 * The columns of the opinion spreadsheet, named once: the template writes them and the import finds them by header
 * text. Also the few normalisations both sides must agree on (header text, provision entries of the drop-down).
 */
import { CHANNEL_LABELS, CONTRIBUTOR_CATEGORY_LABELS, OPINION_LIMITS } from '../opinion-vocabulary.js';

export type OpinionColumnKey =
  | 'provision'
  | 'proposedChange'
  | 'reason'
  | 'channel'
  | 'gatheredOn'
  | 'place'
  | 'peopleRepresented'
  | 'contributorCategory'
  | 'contributorUnit'
  | 'tags';

export interface OpinionColumn {
  key: OpinionColumnKey;
  /** The canonical header (also the `column` of an import error). */
  header: string;
  /** The column must exist for a sheet to be read (its cells may still be optional, as for 条款). */
  requiredColumn: boolean;
  /** Every non-empty row must fill this cell; the template marks the header （必填）. */
  requiredCell: boolean;
  /** Other header texts people use for the same column (the consolidated table's words, older templates). */
  aliases: readonly string[];
  width: number;
  /** The note on the header cell: what is expected, in Chinese. */
  note: string;
}

const channelList = Object.values(CHANNEL_LABELS).join('、');
const categoryList = Object.values(CONTRIBUTOR_CATEGORY_LABELS).join('、');

/** The word that stands for a general opinion (总体意见) in the 条款 column. */
export const GENERAL_OPINION = '总体意见';

export const OPINION_COLUMNS: readonly OpinionColumn[] = [
  {
    key: 'provision',
    header: '条款',
    requiredColumn: true,
    requiredCell: false,
    aliases: ['条文', '条目', '条款项'],
    width: 30,
    note: `从下拉列表选择意见针对的条款，如“第十七条第一款第（二）项”；针对草案整体的意见选“${GENERAL_OPINION}”（留空也视为${GENERAL_OPINION}）。`,
  },
  {
    key: 'proposedChange',
    header: '修改意见',
    requiredColumn: true,
    requiredCell: true,
    aliases: ['修改建议', '建议修改为', '意见建议'],
    width: 60,
    note: `必填。建议如何修改，最多 ${OPINION_LIMITS.proposedChange} 字。单元格内可换行（Alt+Enter）。`,
  },
  {
    key: 'reason',
    header: '理由',
    requiredColumn: false,
    requiredCell: false,
    aliases: ['修改理由', '理由依据'],
    width: 40,
    note: `选填。提出修改的理由或依据，最多 ${OPINION_LIMITS.reason} 字。`,
  },
  {
    key: 'channel',
    header: '征集方式',
    requiredColumn: true,
    requiredCell: true,
    aliases: [],
    width: 14,
    note: `必填。从下拉列表选择：${channelList}。`,
  },
  {
    key: 'gatheredOn',
    header: '征集日期',
    requiredColumn: false,
    requiredCell: false,
    aliases: [],
    width: 14,
    note: '选填。格式 YYYY-MM-DD，如 2024-03-01（也可写 2024/3/1 或 2024年3月1日），不能晚于今天。',
  },
  {
    key: 'place',
    header: '地点',
    requiredColumn: false,
    requiredCell: false,
    aliases: ['征集地点'],
    width: 20,
    note: `选填。征集活动的地点，如“天生街道社区活动室”，最多 ${OPINION_LIMITS.place} 字。`,
  },
  {
    key: 'peopleRepresented',
    header: '代表人数',
    requiredColumn: false,
    requiredCell: false,
    aliases: ['人数'],
    width: 10,
    note: `选填。这条意见代表多少人（如座谈会上多人提出相同意见），正整数，默认 1，最多 ${OPINION_LIMITS.peopleRepresented}。`,
  },
  {
    key: 'contributorCategory',
    header: '提出人类别',
    requiredColumn: false,
    requiredCell: false,
    aliases: ['提出人身份'],
    width: 18,
    note: `选填。从下拉列表选择：${categoryList}。请勿填写姓名。`,
  },
  {
    key: 'contributorUnit',
    header: '提出人单位',
    requiredColumn: false,
    requiredCell: false,
    aliases: ['提出单位', '单位'],
    width: 24,
    note: `选填。提出人所在单位或社区，最多 ${OPINION_LIMITS.unit} 字。请勿填写姓名、电话等个人信息。`,
  },
  {
    key: 'tags',
    header: '标签',
    requiredColumn: false,
    requiredCell: false,
    aliases: [],
    width: 20,
    note: `选填。用顿号或逗号分隔，如“养犬、文明养犬”，最多 ${OPINION_LIMITS.tags} 个，每个不超过 ${OPINION_LIMITS.tagLength} 字。`,
  },
];

/** The header text the template writes: the canonical header, marked （必填） where the cell is required. */
export function templateHeader(column: OpinionColumn): string {
  return column.requiredCell ? `${column.header}（必填）` : column.header;
}

/**
 * A header cell's text reduced to what identifies the column: full-width forms folded (NFKC), every space removed
 * (including U+3000), then trailing notes in brackets — （必填）, (YYYY-MM-DD) — and a required-marker * stripped.
 */
export function normalizeHeader(text: string): string {
  let s = text.normalize('NFKC').replace(/\s+/gu, '');
  for (;;) {
    const next = s
      .replace(/^\*+|\*+$/gu, '')
      .replace(/[([【][^()[\]【】]*[)\]】]$/u, '')
      .replace(/[:：]$/u, '');
    if (next === s) return s;
    s = next;
  }
}

const HEADER_INDEX: ReadonlyMap<string, OpinionColumn> = new Map(
  OPINION_COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((h) => [normalizeHeader(h), c] as const)),
);

export function columnForHeader(text: string): OpinionColumn | undefined {
  return HEADER_INDEX.get(normalizeHeader(text));
}

/** Longest label shown after a citation in the drop-down: a hint to tell provisions apart, not their text. */
export const DROPDOWN_LABEL_LENGTH = 30;

/** What the 条款 drop-down offers for a provision; the import accepts exactly this, the bare citation, or the address. */
export function provisionEntry(provision: { citation: string; label?: string }): string {
  const label = provision.label?.replace(/\s+/gu, ' ').trim();
  if (!label) return provision.citation;
  const chars = Array.from(label);
  const short =
    chars.length > DROPDOWN_LABEL_LENGTH ? `${chars.slice(0, DROPDOWN_LABEL_LENGTH).join('')}…` : label;
  return `${provision.citation} ${short}`;
}

/**
 * The drop-down entries of a list of provisions, in order, once per address. Two provisions with the same entry (a
 * data slip upstream: citations should be unique within a version) get their address appended so that each entry
 * still names one provision.
 */
export function provisionEntries(
  provisions: ReadonlyArray<{ address: string; citation: string; label?: string }>,
): Array<{ address: string; entry: string }> {
  const seen = new Set<string>();
  const unique = provisions.filter((p) => {
    if (seen.has(p.address)) return false;
    seen.add(p.address);
    return true;
  });
  const counts = new Map<string, number>();
  for (const p of unique) {
    const key = provisionKey(provisionEntry(p));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return unique.map((p) => {
    const entry = provisionEntry(p);
    const shared = (counts.get(provisionKey(entry)) ?? 0) > 1;
    return { address: p.address, entry: shared ? `${entry}（${p.address}）` : entry };
  });
}

/**
 * The key under which a 条款 cell is looked up: NFKC folds full-width brackets and digits (（二） and (二) match),
 * spaces go, Latin letters are compared case-insensitively (addresses such as art_17).
 */
export function provisionKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/** The names of the sheets the template writes. */
export const SHEET_NAMES = {
  opinions: '意见',
  instructions: '说明',
  /** Hidden: the drop-down lists, referenced by range (an inline list is limited to 255 characters). */
  lists: '选项',
} as const;
