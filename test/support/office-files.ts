/**
 * For the specs of the rendered documents (consolidation's and adoption's): readers that take a .docx or .xlsx apart —
 * the entries of the zip, and the tables and paragraphs a reader sees in mammoth's HTML.
 */
import mammoth from 'mammoth';
// The opinion import's zip reader, which checks every offset and size: test/ may reach into a lib's files.
import { unzip } from '../../libs/feedback/src/spreadsheet/xlsx-package.js';

/** Every entry of a zip, inflated. */
export { unzip };

/** Every entry of a zip as UTF-8 text. */
export function zipEntries(buffer: Buffer): Map<string, string> {
  return new Map([...unzip(buffer)].map(([name, data]) => [name, data.toString('utf8')]));
}

/** One entry of a zip as UTF-8 text; throws when it is missing. */
export function zipText(buffer: Buffer, name: string): string {
  const entry = unzip(buffer).get(name);
  if (!entry) throw new Error(`no ${name} in the zip`);
  return entry.toString('utf8');
}

export interface HtmlTable {
  /** Rows of <thead>: the rows marked as header rows (w:tblHeader). */
  head: string[][];
  body: string[][];
}

/** The tables of mammoth's HTML; a cell's paragraphs joined with \n. */
export function htmlTables(html: string): HtmlTable[] {
  return [...html.matchAll(/<table>(.*?)<\/table>/gsu)].map((m) => {
    const [, head = '', rest = m[1]] = /^<thead>(.*?)<\/thead>(.*)$/su.exec(m[1]) ?? [];
    return { head: htmlRows(head), body: htmlRows(rest) };
  });
}

function htmlRows(html: string): string[][] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/gsu)].map((row) =>
    [...row[1].matchAll(/<t[dh]>(.*?)<\/t[dh]>/gsu)].map((cell) =>
      [...cell[1].matchAll(/<p>(.*?)<\/p>/gsu)].map((p) => htmlText(p[1])).join('\n'),
    ),
  );
}

/** The paragraphs outside tables. */
export function htmlParagraphs(html: string): string[] {
  return [...html.replace(/<table>.*?<\/table>/gsu, '').matchAll(/<p>(.*?)<\/p>/gsu)].map((m) =>
    htmlText(m[1]),
  );
}

function htmlText(html: string): string {
  return html
    .replace(/<[^>]+>/gu, '')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&');
}

/** A .docx's text as a reader sees it, through mammoth. */
export async function docxText(buffer: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer })).value;
}

/** What a reader sees, through mammoth: the paragraphs outside tables, and the tables; mammoth's errors throw. */
export async function readDocx(buffer: Buffer): Promise<{ paragraphs: string[]; tables: HtmlTable[] }> {
  const { value: html, messages } = await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: false });
  const errors = messages.filter((m) => m.type === 'error');
  if (errors.length > 0) throw new Error(errors.map((m) => m.message).join('; '));
  return { paragraphs: htmlParagraphs(html), tables: htmlTables(html) };
}
