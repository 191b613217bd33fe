/**
 * Plain text of a regulation → its provision tree (编 分编 章 节 条 款 项 目), with warnings for what looks wrong.
 *
 * Layout rules (how legislatures lay laws out): 编/分编/章/节/条 open only at the start of a line; every other
 * non-empty line of an article is a new paragraph (款), except items （一） which belong to the current paragraph and
 * subitems 1. which belong to the current item. Before the first provision: the title (first line) and a preamble; a
 * 目录 is skipped. After the articles: an annex (附件一) is reported, not parsed. A label glued to its words
 * (第十三条为了…) opens an article only if it moves the numbering forward, because a paragraph may start by citing an
 * earlier article (第十二条规定的…).
 *
 * Address scheme (stable keys that comments and annotations hang on, in the spirit of Akoma Ntoso eIds):
 * - Articles are numbered across the whole law, so an article's address is `art_17` (第十七条) or `art_17_1`
 *   (第十七条之一) whatever chapter holds it: moving an article to another chapter, or renumbering chapters, keeps it.
 * - Paragraphs, items and subitems nest under their article: `art_17__para_1`, `art_17__para_1__item_2`,
 *   `art_17__para_1__item_2__subitem_1`; a subitem directly under a paragraph is `art_17__para_1__subitem_1`.
 * - Divisions restart their numbers inside their parent (the Criminal Law has a 第一章 in each 编), so they nest under
 *   their parent divisions: `part_1`, `part_2__subp_1`, `part_2__subp_1__chp_4`, `part_1__chp_2`, `chp_2__sec_1`
 *   (no 编 above), `part_1__chp_4__sec_8`; insertions add `_N` (`chp_3_1` for 第三章之一).
 * - If a number is duplicated (reported as DUPLICATE_NUMBER), the second provision gets `__dup_2`, so addresses stay
 *   unique within one parse.
 */
import type { ParsedRegulation, ParseWarning, ParseWarningCode, ProvisionNode } from '../provision.js';
import { toChineseNumber } from './chinese-numerals.js';
import {
  type ArticleLine,
  canonicalLabel,
  classifyLine,
  DIVISION_RANK,
  type DivisionKind,
  type DivisionLine,
  isHeadingLike,
  type ItemLine,
  KIND_INFO,
  normalizeHeading,
} from './markers.js';

export function parseRegulation(text: string): ParsedRegulation {
  return new RegulationParser(text).parse();
}

interface NumberKey {
  number: number;
  insertion: number;
}

/** The numbers seen so far in one series (articles of the law, items of a paragraph, chapters of a part…). */
interface Sequence {
  last: NumberKey | null;
  seen: Map<string, number>;
}

interface Describer {
  /** Where it is, for a person: 第五条第一款第（三）项. */
  full: (n: number, k: number) => string;
  /** Just its own label, for the second half of a message: 第（三）项. */
  short: (n: number, k: number) => string;
}

const ROOT = {};
const LINE_BREAK_RE = /\r\n|[\r\n\u2028\u2029\u0085]/;
const EXCERPT_LENGTH = 20;

function newSequence(): Sequence {
  return { last: null, seen: new Map() };
}

function compareKeys(a: NumberKey, b: NumberKey): number {
  return a.number !== b.number ? a.number - b.number : a.insertion - b.insertion;
}

function excerpt(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}

function node(
  kind: ProvisionNode['kind'],
  fields: Pick<ProvisionNode, 'label' | 'number' | 'address' | 'citation'> & Partial<ProvisionNode>,
): ProvisionNode {
  // Keys in the order of ProvisionNode, so that stored and printed trees read naturally.
  return {
    kind,
    label: fields.label,
    number: fields.number,
    insertion: fields.insertion ?? 0,
    heading: fields.heading ?? null,
    text: fields.text ?? '',
    address: fields.address,
    citation: fields.citation,
    children: fields.children ?? [],
  };
}

class RegulationParser {
  private readonly lines: string[];
  private readonly warnings: ParseWarning[] = [];
  private readonly provisions: ProvisionNode[] = [];
  private readonly preamble: string[] = [];
  private readonly addresses = new Set<string>();
  private title: string | null = null;
  /** Whether the first provision has opened; before it, text is title and preamble. */
  private started = false;

  private readonly divisions: { node: ProvisionNode; rank: number }[] = [];
  private article: ProvisionNode | null = null;
  private paragraph: ProvisionNode | null = null;
  private item: ProvisionNode | null = null;
  private awaitingHeading: ProvisionNode | null = null;

  private readonly articleSequence = newSequence();
  private readonly divisionSequences = new Map<object, Map<DivisionKind, Sequence>>();
  private readonly lastDivision = new Map<DivisionKind, NumberKey>();
  private itemSequence = newSequence();
  private subitemSequence = newSequence();

  constructor(text: string) {
    this.lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(LINE_BREAK_RE);
  }

  parse(): ParsedRegulation {
    const trimmed = this.lines.map((l) => l.trim());
    const toc = findTableOfContents(trimmed);
    if (toc) {
      this.warn(
        'TABLE_OF_CONTENTS_SKIPPED',
        `已跳过第${toc.start + 1}行至第${toc.last + 1}行的目录，目录中的标题未作为条文结构`,
        toc.start + 1,
      );
    }
    let annexLine = 0;
    let lastLine = 0;

    for (let i = 0; i < trimmed.length; i++) {
      const line = trimmed[i];
      if (line === '') continue;
      if (toc && i >= toc.start && i < toc.end) continue;
      lastLine = i + 1;
      if (annexLine > 0) continue;
      if (this.awaitingHeading) {
        const division = this.awaitingHeading;
        this.awaitingHeading = null;
        // 第一章 on one line and 总　则 on the next: the second line is the heading, not stray text.
        if (isHeadingLike(line)) {
          division.heading = normalizeHeading(line);
          continue;
        }
      }
      const c = classifyLine(line);
      switch (c.type) {
        case 'division':
          this.openDivision(c, i + 1);
          break;
        case 'article':
          if (c.glued && !this.mayOpenGluedArticle(c)) this.addText(line, i + 1);
          else this.openArticle(c, i + 1);
          break;
        case 'item':
          this.addItem(c, line, i + 1);
          break;
        case 'subitem':
          this.addSubitem(c, line, i + 1);
          break;
        case 'unnumbered-heading':
          if (!this.started) this.addText(line, i + 1);
          else this.unnumberedHeading(c.heading, i + 1);
          break;
        case 'annex':
          if (!this.started) this.addText(line, i + 1);
          else {
            // An annex (附件一) follows the articles; its lists are not 款/项 of the last article.
            this.closeArticle();
            this.divisions.length = 0;
            annexLine = i + 1;
          }
          break;
        default:
          this.addText(line, i + 1);
      }
    }
    if (annexLine > 0) {
      this.warn(
        'TEXT_OUTSIDE_ARTICLE',
        `第${annexLine}行至第${lastLine}行是附件，不属于任何条文，未纳入条文结构`,
        annexLine,
      );
    }

    this.warnings.sort((a, b) => a.line - b.line);
    return {
      title: this.title ?? '',
      preamble: this.preamble.length > 0 ? this.preamble.join('\n') : null,
      provisions: this.provisions,
      warnings: this.warnings,
    };
  }

  private warn(code: ParseWarningCode, message: string, line: number): void {
    this.warnings.push({ code, message, line });
  }

  private unique(address: string): string {
    let result = address;
    for (let i = 2; this.addresses.has(result); i++) result = `${address}__dup_${i}`;
    this.addresses.add(result);
    return result;
  }

  private closeArticle(): void {
    this.article = null;
    this.paragraph = null;
    this.item = null;
  }

  private openDivision(c: DivisionLine, line: number): void {
    this.started = true;
    this.closeArticle();
    const rank = DIVISION_RANK[c.kind];
    while (this.divisions.length > 0 && this.divisions[this.divisions.length - 1].rank >= rank)
      this.divisions.pop();
    const parent = this.divisions.length > 0 ? this.divisions[this.divisions.length - 1].node : null;

    const prefix = parent ? parent.citation : '';
    const short = (n: number, k: number): string => canonicalLabel(c.kind, n, k);
    let byKind = this.divisionSequences.get(parent ?? ROOT);
    if (!byKind) this.divisionSequences.set(parent ?? ROOT, (byKind = new Map<DivisionKind, Sequence>()));
    let sequence = byKind.get(c.kind);
    if (!sequence) byKind.set(c.kind, (sequence = newSequence()));
    // Chapters restart in each 编 (Criminal Law) or run on across 分编 (Civil Code): both are regular.
    const previous = this.lastDivision.get(c.kind);
    const runOn = previous ? { number: previous.number + 1, insertion: 0 } : null;
    this.checkSequence(sequence, c, line, { full: (n, k) => prefix + short(n, k), short }, runOn);
    this.lastDivision.set(c.kind, c);

    const own = `${KIND_INFO[c.kind].prefix}_${c.number}${c.insertion > 0 ? `_${c.insertion}` : ''}`;
    const division = node(c.kind, {
      label: c.label,
      number: c.number,
      insertion: c.insertion,
      heading: c.heading,
      address: this.unique(parent ? `${parent.address}__${own}` : own),
      citation: prefix + short(c.number, c.insertion),
    });
    (parent ? parent.children : this.provisions).push(division);
    this.divisions.push({ node: division, rank });
    if (c.heading === null) this.awaitingHeading = division;
  }

  /**
   * 第十三条为了… (no space) opens article 13 only if it moves the numbering forward: at the start of a paragraph,
   * 第十二条规定的… cites an earlier article. A forward jump is taken as an article, and any gap is reported.
   */
  private mayOpenGluedArticle(c: ArticleLine): boolean {
    const last = this.articleSequence.last;
    return last === null || compareKeys(c, last) > 0;
  }

  private openArticle(c: ArticleLine, line: number): void {
    this.started = true;
    this.closeArticle();
    const short = (n: number, k: number): string => canonicalLabel('article', n, k);
    this.checkSequence(this.articleSequence, c, line, { full: short, short }, null);
    const citation = short(c.number, c.insertion);
    const article = node('article', {
      label: c.label,
      number: c.number,
      insertion: c.insertion,
      heading: c.heading,
      address: this.unique(`art_${c.number}${c.insertion > 0 ? `_${c.insertion}` : ''}`),
      citation,
    });
    const parent = this.divisions.length > 0 ? this.divisions[this.divisions.length - 1].node : null;
    (parent ? parent.children : this.provisions).push(article);
    this.article = article;
    if (c.rest !== '') this.newParagraph(c.rest);
  }

  private newParagraph(text: string): ProvisionNode {
    const article = this.article as ProvisionNode;
    const n = article.children.length + 1;
    const paragraph = node('paragraph', {
      label: '',
      number: n,
      text,
      address: this.unique(`${article.address}__para_${n}`),
      citation: `${article.citation}第${toChineseNumber(n)}款`,
    });
    article.children.push(paragraph);
    this.paragraph = paragraph;
    this.item = null;
    this.itemSequence = newSequence();
    this.subitemSequence = newSequence();
    return paragraph;
  }

  private addText(line: string, lineNo: number): void {
    if (this.article) this.newParagraph(line);
    else this.outsideArticle(line, lineNo, 'TEXT_OUTSIDE_ARTICLE');
  }

  /** Text before the first provision is title and preamble; later, it is reported and kept where it can be. */
  private outsideArticle(line: string, lineNo: number, code: ParseWarningCode): void {
    const what = code === 'ITEM_OUTSIDE_ARTICLE' ? '项' : '文字';
    if (!this.started) {
      if (this.title === null) {
        this.title = line;
        return;
      }
      this.preamble.push(line);
      if (code === 'ITEM_OUTSIDE_ARTICLE') {
        this.warn(code, `第${lineNo}行的项“${excerpt(line)}”出现在第一个条文之前，已归入序言`, lineNo);
      }
      return;
    }
    const division = this.divisions.length > 0 ? this.divisions[this.divisions.length - 1].node : null;
    if (division) {
      division.text = division.text === '' ? line : `${division.text}\n${line}`;
      this.warn(
        code,
        `第${lineNo}行的${what}“${excerpt(line)}”不属于任何条文，已归入${division.citation}`,
        lineNo,
      );
    } else {
      this.warn(code, `第${lineNo}行的${what}“${excerpt(line)}”不属于任何条文，未纳入条文结构`, lineNo);
    }
  }

  /** 附则 standing alone (Criminal Law): a division without a number, which the tree cannot hold; it is reported. */
  private unnumberedHeading(heading: string, lineNo: number): void {
    this.closeArticle();
    this.divisions.length = 0;
    this.warn(
      'TEXT_OUTSIDE_ARTICLE',
      `第${lineNo}行的“${heading}”是未编号的标题，未作为编、章、节处理；其后的条文不再归入前面的编、章、节`,
      lineNo,
    );
  }

  private addItem(c: ItemLine, line: string, lineNo: number): void {
    if (!this.article) {
      this.outsideArticle(line, lineNo, 'ITEM_OUTSIDE_ARTICLE');
      return;
    }
    // 第三条 on its own line followed by （一）: the items belong to an (empty) first paragraph.
    const paragraph = this.paragraph ?? this.newParagraph('');
    const citationOf = (n: number): string => `第（${toChineseNumber(n)}）项`;
    this.checkSequence(
      this.itemSequence,
      { number: c.number, insertion: 0 },
      lineNo,
      { full: (n) => paragraph.citation + citationOf(n), short: citationOf },
      null,
    );
    const item = node('item', {
      label: c.label,
      number: c.number,
      text: c.rest,
      address: this.unique(`${paragraph.address}__item_${c.number}`),
      citation: paragraph.citation + citationOf(c.number),
    });
    paragraph.children.push(item);
    this.item = item;
    this.subitemSequence = newSequence();
  }

  private addSubitem(c: ItemLine, line: string, lineNo: number): void {
    if (!this.article) {
      this.outsideArticle(line, lineNo, 'ITEM_OUTSIDE_ARTICLE');
      return;
    }
    // 1. 2. belong to the current item; a paragraph may also list them directly.
    const parent = this.item ?? this.paragraph ?? this.newParagraph('');
    const citationOf = (n: number): string => `第${n}目`;
    this.checkSequence(
      this.subitemSequence,
      { number: c.number, insertion: 0 },
      lineNo,
      { full: (n) => parent.citation + citationOf(n), short: citationOf },
      null,
    );
    parent.children.push(
      node('subitem', {
        label: c.label,
        number: c.number,
        text: c.rest,
        address: this.unique(`${parent.address}__subitem_${c.number}`),
        citation: parent.citation + citationOf(c.number),
      }),
    );
  }

  /**
   * Reports a duplicate, a number going backwards, or a gap. Inserted provisions (之一, 之二) follow their base
   * number without a gap. `alsoFirst` is another acceptable first number (a chapter numbering running on).
   */
  private checkSequence(
    sequence: Sequence,
    current: NumberKey,
    line: number,
    d: Describer,
    alsoFirst: NumberKey | null,
  ): void {
    const { number: n, insertion: k } = current;
    const key = `${n}_${k}`;
    const last = sequence.last;
    const seenAt = sequence.seen.get(key);
    if (seenAt !== undefined) {
      this.warn('DUPLICATE_NUMBER', `${d.full(n, k)}重复出现，第${seenAt}行已有${d.short(n, k)}`, line);
    } else if (last === null) {
      const regular = (n === 1 && k === 0) || (alsoFirst !== null && compareKeys(current, alsoFirst) === 0);
      if (!regular) {
        this.warn(
          'NUMBER_GAP',
          `${d.full(n, k)}之前缺少${describeMissing(d, sequence, 1, k > 0 ? n : n - 1)}`,
          line,
        );
      }
    } else if (compareKeys(current, last) <= 0) {
      this.warn(
        'OUT_OF_ORDER',
        `${d.full(n, k)}出现在${d.short(last.number, last.insertion)}之后，编号顺序有误`,
        line,
      );
    } else {
      // 第十二条 → 第十四条 misses 13; 第十二条 → 第十三条之一 misses 第十三条 itself; 之一 → 之三 misses 之二.
      // Numbers already seen (before an out-of-order one) are not missing.
      const missing =
        n === last.number
          ? describeMissingInsertions(d, sequence, n, last.insertion + 1, k - 1)
          : describeMissing(d, sequence, last.number + 1, k > 0 ? n : n - 1);
      if (missing !== '') {
        this.warn('NUMBER_GAP', `${d.full(last.number, last.insertion)}之后缺少${missing}`, line);
      }
    }
    sequence.seen.set(key, line);
    sequence.last = { number: n, insertion: k };
  }
}

/** The numbers from..to (no insertion) not seen yet, as runs: 第三条、第五条至第七条; '' if none. */
function describeMissing(d: Describer, sequence: Sequence, from: number, to: number): string {
  const missing: number[] = [];
  for (let n = from; n <= to; n++) if (!sequence.seen.has(`${n}_0`)) missing.push(n);
  return runs(missing, (n) => d.short(n, 0));
}

function describeMissingInsertions(
  d: Describer,
  sequence: Sequence,
  n: number,
  from: number,
  to: number,
): string {
  const missing: number[] = [];
  for (let k = from; k <= to; k++) if (!sequence.seen.has(`${n}_${k}`)) missing.push(k);
  return runs(missing, (k) => d.short(n, k));
}

function runs(values: number[], label: (v: number) => string): string {
  const parts: string[] = [];
  for (let i = 0; i < values.length;) {
    let j = i;
    while (j + 1 < values.length && values[j + 1] === values[j] + 1) j++;
    parts.push(i === j ? label(values[i]) : `${label(values[i])}至${label(values[j])}`);
    i = j + 1;
  }
  return parts.join('、');
}

interface TableOfContents {
  /** The 目录 line (0-based). */
  start: number;
  /** The first line of the body (0-based, exclusive end of what is skipped). */
  end: number;
  /** The last non-empty line skipped (0-based), for the message. */
  last: number;
}

/** TOC entries may carry leaders and page numbers: 第一章　总则……………1. */
function stripPageNumber(line: string): string {
  return line.replace(/(?:[\s.．…·•_—-]{2,}|\s+)[0-9０-９]*$/, '');
}

/** What identifies an entry: a division by its number (the heading may be spaced differently), else its words. */
function tocKey(line: string): string {
  const entry = stripPageNumber(line);
  const c = classifyLine(entry);
  if (c.type === 'division') return `${c.kind}:${c.number}:${c.insertion}`;
  if (c.type === 'article') return `article:${c.number}:${c.insertion}`;
  return entry.replace(/\s+/g, '');
}

function isTocEntry(line: string): boolean {
  const entry = stripPageNumber(line);
  const c = classifyLine(entry);
  if (c.type === 'article') return isArticleTitleEntry(c); // a flat regulation's table lists article titles
  return (
    c.type === 'division' || c.type === 'unnumbered-heading' || c.type === 'annex' || isHeadingLike(entry)
  );
}

/** 第一条　立法目的 or 第一条（立法目的） in a table of contents, as opposed to 第一条　为了……，制定本条例。 */
function isArticleTitleEntry(c: ArticleLine): boolean {
  if (c.rest === '') return c.heading !== null;
  return c.heading === null && c.rest.length <= 30 && isHeadingLike(c.rest);
}

/**
 * A 目录 line before any provision, followed by headings, is a table of contents. The body starts where its first
 * entry comes again (第一章　总则, or 序言, a second time); failing that, at the chain of 编/章/节 headings just above
 * the first article or the first sentence.
 */
function findTableOfContents(lines: string[]): TableOfContents | null {
  let start = -1;
  for (let i = 0; i < lines.length && start < 0; i++) {
    if (lines[i] === '') continue;
    const c = classifyLine(lines[i]);
    if (c.type === 'toc') start = i;
    else if (c.type === 'division' || c.type === 'article') return null;
  }
  if (start < 0) return null;

  let firstAt = start + 1;
  while (firstAt < lines.length && lines[firstAt] === '') firstAt++;
  if (firstAt >= lines.length || !isTocEntry(lines[firstAt])) return null;
  const firstKey = tocKey(lines[firstAt]);

  const lastNonEmptyBefore = (end: number): number => {
    let j = end - 1;
    while (j > start && lines[j] === '') j--;
    return j;
  };
  let sawDivision = classifyLine(stripPageNumber(lines[firstAt])).type === 'division';
  for (let j = firstAt + 1; j < lines.length; j++) {
    if (lines[j] === '') continue;
    if (tocKey(lines[j]) === firstKey) return { start, end: j, last: lastNonEmptyBefore(j) };
    if (classifyLine(stripPageNumber(lines[j])).type === 'division') sawDivision = true;
    if (!isTocEntry(lines[j])) {
      // Without a repeated first entry, the body starts with the headings just above its first article or sentence.
      if (!sawDivision) return null;
      let end = j;
      let rank = Number.POSITIVE_INFINITY;
      for (let p = j - 1; p > firstAt; p--) {
        if (lines[p] === '') continue;
        const h = classifyLine(lines[p]);
        if (h.type !== 'division' || DIVISION_RANK[h.kind] >= rank) break;
        rank = DIVISION_RANK[h.kind];
        end = p;
      }
      return { start, end, last: lastNonEmptyBefore(end) };
    }
  }
  return null;
}
