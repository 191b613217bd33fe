/**
 * The structure of a regulation's text (Legislation Law, art. 65): 编 part, 分编 subpart, 章 chapter, 节 section,
 * 条 article, 款 paragraph, 项 item, 目 subitem. Plain data, shared by the parser, the comparison and storage.
 */
export const PROVISION_KINDS = [
  'part',
  'subpart',
  'chapter',
  'section',
  'article',
  'paragraph',
  'item',
  'subitem',
] as const;
export type ProvisionKind = (typeof PROVISION_KINDS)[number];

export interface ProvisionNode {
  kind: ProvisionKind;
  /** As written: 第二编, 第一章, 第十七条之一, （二）, 1. — empty for paragraphs, which carry no number. */
  label: string;
  /** The number: 17 for 第十七条之一, 2 for （二）, the 1-based position for a paragraph. */
  number: number;
  /** The 之N of an inserted provision (第十七条之一 → 1); 0 otherwise. */
  insertion: number;
  /** A heading (第一章 总则 → 总则) or an article's title (第一条（立法目的） → 立法目的); null if none. */
  heading: string | null;
  /**
   * The node's own text, without its children's: a paragraph's words before its items, an item's words before its
   * subitems. Headings of 编/章/节 and article labels are not part of it; an article's words live in its paragraphs.
   */
  text: string;
  /** Stable address, in the spirit of Akoma Ntoso's eId: `chp_2__art_17__para_1__item_2`; `art_17_1` for 第十七条之一. */
  address: string;
  /** How a person cites it: 第十七条第一款第（二）项. */
  citation: string;
  children: ProvisionNode[];
}

export type ParseWarningCode =
  | 'NUMBER_GAP'
  | 'DUPLICATE_NUMBER'
  | 'OUT_OF_ORDER'
  | 'ITEM_OUTSIDE_ARTICLE'
  | 'TEXT_OUTSIDE_ARTICLE'
  | 'TABLE_OF_CONTENTS_SKIPPED';

export interface ParseWarning {
  code: ParseWarningCode;
  /** For a person, in Chinese: 第十二条之后缺少第十三条. */
  message: string;
  /** 1-based line of the input the warning is about. */
  line: number;
}

export interface ParsedRegulation {
  /** The first non-empty line before any provision, e.g. 上海市养犬管理条例. */
  title: string;
  /** Text between the title and the first provision (dates of adoption, a preamble), if any. */
  preamble: string | null;
  provisions: ProvisionNode[];
  warnings: ParseWarning[];
}
