/**
 * Reading a proposed change (修改意见): which wording it asks for, which it asks to delete, which it replaces. Quoted
 * wording is classified by the verb before it (修改为“B”, 增加“B”, 删除“R”) or, failing that, after it (将“A”修改为,
 * 将“A”删除). A deletion by reference (删除第三项, 删除第二款) is resolved against the consulted text. With nothing
 * quoted, the proposal's own prose stands in, minus its boilerplate (建议, 我认为, 应当, …的规定).
 */
import { parseChineseNumber } from '@app/drafts/text';
import type { ProposalWording } from './evidence.types.js';

const NUMERAL = '零〇一二两三四五六七八九十百千0-9０-９';
const WANTED_VERB =
  '(?:修改|更改|变更|调整|修订|替换|改|表述|写|规定|明确|界定|统一)(?:为|成)|增加|增设|增补|补充|新增|添加|加上|加入|写入|增写|充实';
const REPLACE_VERB = '(?:修改|更改|变更|调整|修订|替换|改|表述|写|规定|明确|界定|统一)(?:为|成)';
const REMOVAL_VERB = '删除|删去|删掉|去掉|去除|取消|拿掉|删减';
const VERB = new RegExp(`(${WANTED_VERB})|(${REMOVAL_VERB})`, 'g');
const REPLACE = new RegExp(REPLACE_VERB);

/** Opening quote → the characters that may close it (a repeated opening quote is a common typo for the closing one). */
const QUOTES: Record<string, string> = { '“': '”“', '「': '」', '『': '』', '"': '"', '＂': '＂', '‟': '”' };

/** The reason, when it travels in the same field, is not part of the change. */
const REASON = /(?:^|[。；;，,\s])(?:理由|原因|主要理由|主要考虑)\s*[:：是为]|[。；;，,]\s*(?:因为|由于)/;
const SENTENCE_END = /[。；;！!？?\n]/g;

/** Words between a reference and its verb: 第四项建议予以删除. */
const CONNECTIVE = '建议|予以|应当|应|可以|可|全部|整体|一并';
const ARTICLE_REF = `第[${NUMERAL}]+条(?:之[${NUMERAL}]+)?`;
const PARAGRAPH_REF = `第([${NUMERAL}]+)款`;
const ITEM_REF = `第[（(]?([${NUMERAL}]+)[）)]?项`;
const REFERENCE = `(?:本条|该条|此条)?(${ARTICLE_REF})?(?:${PARAGRAPH_REF})?(?:${ITEM_REF})?`;
/** 删除第三项 or 第三项予以删除; not 删除第三项中的“…”, which deletes words within the item. */
const REMOVE_REFERENCE = new RegExp(
  `(?:${REMOVAL_VERB})${REFERENCE}(?![中的里内])|(?=本条|该条|此条|第)${REFERENCE}(?:${CONNECTIVE})*(?:${REMOVAL_VERB})`,
  'g',
);
const SELF =
  '本条款|该条款|此条款|该条规定|本条规定|本条|该条|此条|这一条|这条|本款|该款|此款|本项|该项|此项|该规定|本规定|此规定|这一规定';
/** 删除本条, 该条予以删除; not 删除本条第三项 or 删除本条中的“…”. */
const DELETE_SELF = new RegExp(
  `(?:${REMOVAL_VERB})(?:${SELF})(?![第中的里内])|(?:${SELF})(?:${CONNECTIVE})*(?:${REMOVAL_VERB})`,
);

const LEADING = new RegExp(
  `^(?:建议|我们认为|我认为|本人认为|个人认为|认为|希望|应当|应该|需要|可以考虑|可以|考虑|是否|能否|予以|将|把|对|在|${SELF}|条文|中的|${ARTICLE_REF}|第[${NUMERAL}]+[款项]|[（(][${NUMERAL}]+[）)]|[，,：:、\\s])+`,
);
const TRAILING =
  /(?:的规定|相关规定|的内容|内容|的表述|表述|的条款|为宜|比较合适|较为合适|较好|更好|更为合理|[。；;，,！!？?\s])+$/;
const LEADING_VERB = new RegExp(`^(?:${WANTED_VERB}|明确|细化|完善|规定)`);

interface Quote {
  text: string;
  /** Offset of the opening quote mark. */
  start: number;
  /** Offset just after the closing quote mark. */
  end: number;
}

type VerbKind = 'wanted' | 'removed';
type QuoteKind = VerbKind | 'replaced';

const CONJUNCTION = /^(?:[\s、，,]|和|及|以及|与)*$/;

export function extractProposal(proposedChange: string, consultedText: string | null): ProposalWording {
  const change = withoutReason(proposedChange);
  const wanted: string[] = [];
  const removed: string[] = [];
  const replaced: string[] = [];

  const quotes = findQuotes(change);
  const lists: Record<QuoteKind, string[]> = { wanted, removed, replaced };
  let previous: QuoteKind | null = null;
  quotes.forEach((quote, i) => {
    const gap = change.slice(i === 0 ? 0 : quotes[i - 1].end, quote.start);
    const gapAfter = change.slice(quote.end, i + 1 < quotes.length ? quotes[i + 1].start : change.length);
    let kind: QuoteKind | null = lastVerb(lastClause(gap));
    if (kind === null) {
      // 将“A”修改为… / 将“A”删除 / 在“A”后增加… (an anchor, neither wanted nor removed)
      const after = firstVerb(gapAfter);
      if (after?.kind === 'removed') kind = 'removed';
      else if (after !== null && REPLACE.test(after.verb)) kind = 'replaced';
    }
    // 删除“A”、“B”: a list goes on with the kind of its first quote (“A”或“B”, alternatives, do not).
    if (kind === null && i > 0 && CONJUNCTION.test(gap)) kind = previous;
    if (kind !== null) lists[kind].push(quote.text);
    previous = kind;
  });

  // 删除第三项, 第二款删除: resolved against the consulted text; quoted words are blanked so as not to be read twice.
  const unquoted = blankQuotes(change, quotes);
  let deleteProvision = false;
  let unresolved = false;
  for (const match of unquoted.matchAll(REMOVE_REFERENCE)) {
    const article = match[1] ?? match[4];
    const paragraph = match[2] ?? match[5];
    const item = match[3] ?? match[6];
    if (paragraph === undefined && item === undefined) {
      if (article !== undefined) deleteProvision = true;
      continue;
    }
    const text = consultedText === null ? null : locateReference(consultedText, paragraph, item);
    if (text !== null) removed.push(text);
    else unresolved = true;
  }
  if (DELETE_SELF.test(unquoted)) deleteProvision = true;

  if (wanted.length + removed.length + replaced.length > 0) {
    return {
      wanted: distinct(wanted),
      removed: distinct(removed),
      replaced: distinct(replaced),
      deleteProvision: false,
      explicit: true,
    };
  }
  if (deleteProvision)
    return { wanted: [], removed: [], replaced: [], deleteProvision: true, explicit: true };
  // 删除第三项 where the consulted text has no third item: the words are unknown, and guessing would mislead.
  if (unresolved) return { wanted: [], removed: [], replaced: [], deleteProvision: false, explicit: false };
  return fromProse(change, quotes);
}

/** Nothing quoted: the proposal's own words, minus boilerplate, stand for the wording. */
function fromProse(change: string, quotes: Quote[]): ProposalWording {
  const none: ProposalWording = {
    wanted: [],
    removed: [],
    replaced: [],
    deleteProvision: false,
    explicit: false,
  };
  const prose = stripLeading(blankQuotes(change, quotes, true));
  const removal = new RegExp(`^(?:${REMOVAL_VERB})`).exec(prose);
  if (removal !== null) {
    const rest = clean(prose.slice(removal[0].length));
    // A paragraph or item that could not be found is not the whole provision.
    if (new RegExp(`第[（(]?[${NUMERAL}]+[）)]?[款项]`).test(prose)) return none;
    if (rest === '') return { ...none, deleteProvision: true };
    return { ...none, removed: [rest] };
  }
  const replacement = new RegExp(`^(.*?)(?:${REPLACE_VERB})(.+)$`, 's').exec(prose);
  // 将每户限养一只犬改为两只: which part of the old words goes is unknown, so only the new words count.
  const wanted = clean(replacement !== null ? replacement[2] : prose.replace(LEADING_VERB, ''));
  return wanted === '' ? none : { ...none, wanted: [wanted] };
}

function clean(text: string): string {
  let out = text;
  for (;;) {
    const next = stripLeading(out).replace(LEADING_VERB, '').replace(TRAILING, '');
    if (next === out) return out.trim();
    out = next;
  }
}

function stripLeading(text: string): string {
  return text.trim().replace(LEADING, '');
}

function withoutReason(text: string): string {
  const match = REASON.exec(text);
  return match === null ? text : text.slice(0, match.index);
}

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let i = 0;
  while (i < text.length) {
    const closers = QUOTES[text[i]];
    if (closers === undefined) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && !closers.includes(text[j])) j++;
    const end = Math.min(j + 1, text.length);
    const quoted = text.slice(i + 1, j).trim();
    if (quoted !== '') quotes.push({ text: quoted, start: i, end });
    i = end;
  }
  return quotes;
}

/** The text with its quotes replaced by spaces (or, with `keepWords`, by their bare words). */
function blankQuotes(text: string, quotes: Quote[], keepWords = false): string {
  let out = '';
  let at = 0;
  for (const q of quotes) {
    out += text.slice(at, q.start) + (keepWords ? q.text : ' ');
    at = q.end;
  }
  return out + text.slice(at);
}

function lastClause(gap: string): string {
  let start = 0;
  for (const m of gap.matchAll(SENTENCE_END)) start = m.index + m[0].length;
  return gap.slice(start);
}

function lastVerb(gap: string): VerbKind | null {
  let kind: VerbKind | null = null;
  for (const m of gap.matchAll(VERB)) kind = m[1] !== undefined ? 'wanted' : 'removed';
  return kind;
}

function firstVerb(gap: string): { kind: VerbKind; verb: string } | null {
  const m = new RegExp(VERB.source).exec(firstClause(gap));
  if (m === null) return null;
  return { kind: m[1] !== undefined ? 'wanted' : 'removed', verb: m[0] };
}

/** The gap after a quote up to the end of its sentence. */
function firstClause(gap: string): string {
  const end = gap.search(/[。；;！!？?\n]/);
  return end < 0 ? gap : gap.slice(0, end);
}

function distinct(texts: string[]): string[] {
  return [...new Set(texts)];
}

/** An item (第三项) or paragraph (第二款) of the consulted text, without its label; null when it is not there. */
export function locateReference(
  consultedText: string,
  paragraph: string | undefined,
  item: string | undefined,
): string | null {
  const paragraphs = provisionBlocks(consultedText);
  const p = paragraph === undefined ? null : parseChineseNumber(paragraph);
  const n = item === undefined ? null : parseChineseNumber(item);
  if (n === null) {
    if (p === null || p < 1 || p > paragraphs.length) return null;
    const found = paragraphs[p - 1];
    return [found.text, ...found.items.map((i) => i.text)].join('\n');
  }
  const within = p === null ? paragraphs : p >= 1 && p <= paragraphs.length ? [paragraphs[p - 1]] : [];
  for (const para of within) {
    const found = para.items.find((i) => i.number === n);
    if (found !== undefined) return found.text;
  }
  return null;
}

interface ParagraphBlock {
  text: string;
  items: Array<{ number: number | null; text: string }>;
}

const ARTICLE_MARKER = new RegExp(`^${ARTICLE_REF}\\s*(?:[（(][^）)]{1,20}[）)])?\\s*`);
const ITEM_LABEL = new RegExp(`^[（(]([${NUMERAL}]+)[）)]\\s*`);
const SUBITEM_LABEL = /^[0-9０-９]+[.．、]\s*/;

/** Paragraphs (款) and their items (项), one line each as a legislature lays them out. */
function provisionBlocks(text: string): ParagraphBlock[] {
  const paragraphs: ParagraphBlock[] = [];
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  lines.forEach((raw, index) => {
    const line = index === 0 ? raw.replace(ARTICLE_MARKER, '') : raw;
    const item = ITEM_LABEL.exec(line);
    if (item !== null) {
      if (paragraphs.length === 0) paragraphs.push({ text: '', items: [] });
      paragraphs[paragraphs.length - 1].items.push({
        number: parseChineseNumber(item[1]),
        text: line.slice(item[0].length),
      });
    } else if (SUBITEM_LABEL.test(line) && paragraphs.length > 0) {
      const last = paragraphs[paragraphs.length - 1];
      const text = line.replace(SUBITEM_LABEL, '');
      if (last.items.length > 0) last.items[last.items.length - 1].text += `\n${text}`;
      else last.text += `\n${text}`;
    } else if (line !== '') {
      paragraphs.push({ text: line, items: [] });
    }
  });
  return paragraphs;
}
