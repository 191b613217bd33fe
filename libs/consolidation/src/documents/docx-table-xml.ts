/**
 * Word tables written as WordprocessingML text, a row at a time: what lets a table of 70,000 rows be streamed into the
 * .docx (docx-stream.ts) instead of built as a tree of objects in memory. Every table of the documents is written
 * here — bordered, fixed column widths, cell margins, a shaded 黑体 header row repeated on every page — so that a
 * small table and a large one look the same. Text is XML-escaped and stripped of what XML 1.0 cannot hold.
 */
import { DOCX_FONT } from './docx-fonts.js';
import { linesOf, xmlSafe } from '@app/common';

/** w:jc values. */
export type DocxAlignment = 'left' | 'center' | 'right';

export interface DocxRun {
  text: string;
  bold?: boolean;
  underline?: boolean;
  strike?: boolean;
}

/** A paragraph of a cell made by the caller: runs with bold, underline or strike-through. */
export interface DocxCellParagraph {
  runs: DocxRun[];
  alignment?: DocxAlignment;
  /** Space above, in twips. */
  spacingBefore?: number;
}

/** A cell's content: a text (a paragraph per line, in the document's default font) or paragraphs made by the caller. */
export type DocxCellContent = string | DocxCellParagraph[];

export const DOCX_CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 } as const;
const HEADER_FILL = 'D9D9D9';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for an element or an attribute: what XML 1.0 forbids dropped, line breaks as \n, markup characters escaped. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>"]/gu, (c) => ESCAPES[c]);
}

const LINE = 'w:val="single" w:color="000000" w:sz="4"';
const BORDERS =
  `<w:tblBorders><w:top ${LINE}/><w:left ${LINE}/><w:bottom ${LINE}/><w:right ${LINE}/>` +
  `<w:insideH ${LINE}/><w:insideV ${LINE}/></w:tblBorders>`;
const { top, left, bottom, right } = DOCX_CELL_MARGINS;
const CELL_MARGINS =
  `<w:tblCellMar><w:top w:type="dxa" w:w="${top}"/><w:left w:type="dxa" w:w="${left}"/>` +
  `<w:bottom w:type="dxa" w:w="${bottom}"/><w:right w:type="dxa" w:w="${right}"/></w:tblCellMar>`;
const HEADER_FONT =
  `<w:rFonts w:ascii="${DOCX_FONT.heading.ascii}" w:cs="${DOCX_FONT.heading.cs}" ` +
  `w:eastAsia="${DOCX_FONT.heading.eastAsia}" w:hAnsi="${DOCX_FONT.heading.hAnsi}"/>`;

/** The start of a bordered table of fixed column widths (twips), as wide as they are together. */
export function tableStartXml(widths: readonly number[]): string {
  const total = widths.reduce((a, b) => a + b, 0);
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>${BORDERS}<w:tblLayout w:type="fixed"/>${CELL_MARGINS}` +
    `</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
  );
}

export const TABLE_END_XML = '</w:tbl>';

export interface DocxRowOptions {
  /** The header row: shaded, centred vertically, 黑体, repeated on every page (w:tblHeader). */
  header?: boolean;
  /** Kept from breaking across pages. */
  cantSplit?: boolean;
  /** Each paragraph keeps with the next: how Word holds a short table together on one page. */
  keepNext?: boolean;
  /** Per column. */
  alignments?: ReadonlyArray<DocxAlignment | undefined>;
}

/**
 * One table row. Only a header row carries tblHeader: mammoth (and some readers) take any tblHeader, even
 * w:val="off", as a header.
 */
export function rowXml(
  cells: readonly DocxCellContent[],
  widths: readonly number[],
  options: DocxRowOptions = {},
): string {
  const { header = false, cantSplit = false, keepNext = false, alignments = [] } = options;
  const rowProps =
    cantSplit || header
      ? `<w:trPr>${cantSplit ? '<w:cantSplit/>' : ''}${header ? '<w:tblHeader/>' : ''}</w:trPr>`
      : '';
  let xml = `<w:tr>${rowProps}`;
  for (let i = 0; i < widths.length; i++) {
    const shading = header ? `<w:shd w:fill="${HEADER_FILL}" w:color="auto" w:val="clear"/>` : '';
    xml +=
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[i]}"/>${shading}` +
      `<w:vAlign w:val="${header ? 'center' : 'top'}"/></w:tcPr>` +
      cellXml(cells[i] ?? '', header, alignments[i], keepNext) +
      '</w:tc>';
  }
  return `${xml}</w:tr>`;
}

/** A text becomes a paragraph per line, in runs without properties of their own (the document's 宋体 五号). */
function cellXml(
  content: DocxCellContent,
  header: boolean,
  alignment: DocxAlignment | undefined,
  keepNext: boolean,
): string {
  if (typeof content !== 'string') {
    if (content.length === 0) return '<w:p/>';
    return content
      .map((p) =>
        paragraphXml(
          p.runs.map((r) => runXml(r.text, runProps(r))).join(''),
          p.alignment ?? alignment,
          keepNext,
          p.spacingBefore,
        ),
      )
      .join('');
  }
  const props = header ? `<w:rPr>${HEADER_FONT}</w:rPr>` : '';
  return linesOf(content)
    .map((line) => paragraphXml(runXml(line, props), alignment, keepNext))
    .join('');
}

function paragraphXml(
  runs: string,
  alignment: DocxAlignment | undefined,
  keepNext: boolean,
  spacingBefore?: number,
): string {
  const props =
    (keepNext ? '<w:keepNext/>' : '') +
    (spacingBefore ? `<w:spacing w:before="${spacingBefore}"/>` : '') +
    (alignment ? `<w:jc w:val="${alignment}"/>` : '');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

function runProps(run: DocxRun): string {
  const props =
    (run.bold ? '<w:b/><w:bCs/>' : '') +
    (run.strike ? '<w:strike/>' : '') +
    (run.underline ? '<w:u w:val="single"/>' : '');
  return props ? `<w:rPr>${props}</w:rPr>` : '';
}

/** A run of one line's text (a line break in it would be lost: the caller splits lines into paragraphs). */
function runXml(text: string, props: string): string {
  return `<w:r>${props}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}
