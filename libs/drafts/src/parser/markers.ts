/**
 * Recognising one line of a regulation: a 编/分编/章/节 heading, an article label, an item （一）, a subitem 1.,
 * an unnumbered heading (附则), the start of an annex (附件一), a table of contents (目录), or plain text.
 * Lines arrive trimmed; only what stands at the start of a line can open a provision.
 */
import type { ProvisionKind } from '../provision.js';
import { NUMERAL_CHARS, parseChineseNumber, toChineseNumber } from './chinese-numerals.js';

export type DivisionKind = Extract<ProvisionKind, 'part' | 'subpart' | 'chapter' | 'section'>;

/** Depth of each division: a division closes every open division of the same or a lower rank. */
export const DIVISION_RANK: Readonly<Record<DivisionKind, number>> = {
  part: 0,
  subpart: 1,
  chapter: 2,
  section: 3,
};

/** The word after the number, and the address prefix (Akoma Ntoso style, shortened as in its eIds). */
export const KIND_INFO: Readonly<
  Record<Exclude<ProvisionKind, 'paragraph' | 'item' | 'subitem'>, { word: string; prefix: string }>
> = {
  part: { word: '编', prefix: 'part' },
  subpart: { word: '分编', prefix: 'subp' },
  chapter: { word: '章', prefix: 'chp' },
  section: { word: '节', prefix: 'sec' },
  article: { word: '条', prefix: 'art' },
};

const WORD_TO_KIND: Readonly<Record<string, DivisionKind | 'article'>> = {
  编: 'part',
  分编: 'subpart',
  章: 'chapter',
  节: 'section',
  条: 'article',
};

const NUM = `[${NUMERAL_CHARS}]+`;
// 分编 before 编 so that 第一分编 is not read as 第一 + 分编's tail.
const MARKER_RE = new RegExp(`^第\\s*(${NUM})\\s*(分编|编|章|节|条)(?:\\s*之\\s*(${NUM}))?`);
const ITEM_RE = /^[（(]\s*([零〇一二两三四五六七八九十百]+)\s*[）)]/;
// 1. 1． 1、 — but not 1.5 (a decimal opening a sentence).
const SUBITEM_RE = /^([0-9０-９]{1,3})\s*[.．、](?![0-9０-９])/;
// An article title glued to its label: 第一条（立法目的）; 【】 may be spaced: 第一条 【立法目的】.
const TITLE_RE = /^(?:[（(]([^（()）\n]{1,40})[）)]|\s*【([^【】\n]{1,40})】)/;
const WHITESPACE_RE = /\s+/g;
const HAS_WHITESPACE_RE = /\s/;
// A heading is a name, not a sentence: a line with these is body text even if it starts like a heading.
const SENTENCE_PUNCTUATION_RE = /[，。；：？！,;:?!]/;
const MAX_HEADING_LENGTH = 60;
const UNNUMBERED_HEADINGS = new Set(['总则', '分则', '附则']);
const ANNEX_RE = /^(?:附件|附表|附录)[一二三四五六七八九十0-9０-９]*[:：]?$/;

export interface DivisionLine {
  type: 'division';
  kind: DivisionKind;
  number: number;
  insertion: number;
  label: string;
  heading: string | null;
}

export interface ArticleLine {
  type: 'article';
  number: number;
  insertion: number;
  label: string;
  heading: string | null;
  /** Words after the label (and title): the first paragraph, or '' when it starts on the next line. */
  rest: string;
  /** True when the words follow the label without a space (第十三条为了…), which body text citing 第十三条 also does. */
  glued: boolean;
}

export interface ItemLine {
  type: 'item' | 'subitem';
  number: number;
  label: string;
  rest: string;
}

export type ClassifiedLine =
  | DivisionLine
  | ArticleLine
  | ItemLine
  | { type: 'unnumbered-heading'; heading: string }
  | { type: 'annex' }
  | { type: 'toc' }
  | { type: 'text' };

const TEXT: ClassifiedLine = { type: 'text' };

/**
 * Collapses the spaces typesetters put between Chinese characters of a heading (总　则, 附　　则) but keeps one next
 * to Latin letters or digits (WTO 规则 stays as written).
 */
export function normalizeHeading(raw: string): string {
  const text = raw.trim();
  if (!HAS_WHITESPACE_RE.test(text)) return text;
  return text.replace(/(\S)\s+(?=(\S))/g, (_m: string, before: string, after: string) =>
    isAscii(before) || isAscii(after) ? `${before} ` : before,
  );
}

function isAscii(c: string): boolean {
  return c.charCodeAt(0) < 0x80;
}

/** Whether a line could be a heading standing alone (the 总则 under a bare 第一章 line). */
export function isHeadingLike(text: string): boolean {
  return (
    text.length <= MAX_HEADING_LENGTH &&
    !SENTENCE_PUNCTUATION_RE.test(text) &&
    classifyLine(text).type === 'text'
  );
}

/** Classifies a trimmed, non-empty line without context; the parser decides what glued article labels mean. */
export function classifyLine(line: string): ClassifiedLine {
  const first = line.charCodeAt(0);
  if (first === 0x7b2c /* 第 */) return classifyMarker(line);
  if (first === 0xff08 /* （ */ || first === 0x28 /* ( */) return classifyItem(line, ITEM_RE, 'item');
  if ((first >= 0x30 && first <= 0x39) || (first >= 0xff10 && first <= 0xff19)) {
    return classifyItem(line, SUBITEM_RE, 'subitem');
  }
  if (line.length <= 12) {
    const compact = line.replace(WHITESPACE_RE, '');
    if (compact === '目录') return { type: 'toc' };
    if (UNNUMBERED_HEADINGS.has(compact)) return { type: 'unnumbered-heading', heading: compact };
    if (ANNEX_RE.test(compact)) return { type: 'annex' };
  }
  return TEXT;
}

function classifyItem(line: string, re: RegExp, type: 'item' | 'subitem'): ClassifiedLine {
  const m = re.exec(line);
  if (!m) return TEXT;
  const number = parseChineseNumber(m[1]);
  if (number === null) return TEXT;
  return { type, number, label: m[0].replace(WHITESPACE_RE, ''), rest: line.slice(m[0].length).trim() };
}

function classifyMarker(line: string): ClassifiedLine {
  const m = MARKER_RE.exec(line);
  if (!m) return TEXT;
  const number = parseChineseNumber(m[1]);
  const insertion = m[3] === undefined ? 0 : parseChineseNumber(m[3]);
  if (number === null || insertion === null) return TEXT;
  const kind = WORD_TO_KIND[m[2]];
  const label = m[0].replace(WHITESPACE_RE, '');
  let rest = line.slice(m[0].length);

  if (kind === 'article') {
    let heading: string | null = null;
    const t = TITLE_RE.exec(rest);
    const title = t ? (t[1] ?? t[2]).trim() : '';
    // （一） after a label is an item, （删去） the article's whole content: neither is a title.
    if (t && title !== '' && parseChineseNumber(title) === null && !/^删[去除]$/.test(title)) {
      heading = normalizeHeading(title);
      rest = rest.slice(t[0].length);
    }
    const glued = heading === null && rest.length > 0 && !/^\s/.test(rest);
    return { type: 'article', number, insertion, label, heading, rest: rest.trim(), glued };
  }

  const heading = rest.trim();
  if (heading.length > MAX_HEADING_LENGTH || SENTENCE_PUNCTUATION_RE.test(heading)) return TEXT;
  return {
    type: 'division',
    kind,
    number,
    insertion,
    label,
    heading: heading === '' ? null : normalizeHeading(heading),
  };
}

/** 第十七条之一 from numbers, as citations and messages write it whatever the label looked like. */
export function canonicalLabel(kind: DivisionKind | 'article', number: number, insertion: number): string {
  const base = `第${toChineseNumber(number)}${KIND_INFO[kind].word}`;
  return insertion > 0 ? `${base}之${toChineseNumber(insertion)}` : base;
}
