/**
 * 修改对照表 as a Word document: A4 landscape, the title and what is compared, then the table 条款 / consulted text /
 * 修改后（later version） / 意见建议及采纳情况, its header repeated on every page. In the last column each suggestion
 * reads "【联系点 第N条】修改意见" and under it "采纳情况：部分采纳。理由：…".
 */
import { AlignmentType, type Paragraph } from 'docx';
import {
  DOCX_SIZE,
  DOCX_STYLES,
  type DocxBlock,
  type DocxCellContent,
  type DocxCellParagraph,
  type DocxRun,
  type GridColumn,
  bodyParagraph,
  chineseDateTime,
  docxBuffer,
  docxSection,
  docxTextWidth,
  gridTable,
  linesOf,
  renderDocx,
  titleParagraph,
  xmlSafe,
} from '@app/consolidation';
import {
  type ComparisonRow,
  type ComparisonSuggestion,
  type ComparisonTableDocument,
  NOTHING_TO_LIST,
  comparisonHeaders,
  outcomeSentence,
  suggestionTag,
} from './adoption-documents.js';
import { type ChangeRun, changeLines, textChanges } from './text-changes.js';

/** Relative widths: the texts and the suggestions get the room, 条款 just enough. */
const WEIGHTS = [10, 27, 27, 36] as const;

export async function renderComparisonTableDocx(doc: ComparisonTableDocument): Promise<Buffer> {
  return docxBuffer(
    renderDocx({
      title: xmlSafe(doc.title),
      description: xmlSafe(doc.draftTitle),
      styles: DOCX_STYLES,
      sections: [docxSection('landscape', [...heading(doc), table(doc)])],
    }),
  );
}

function heading(doc: ComparisonTableDocument): Paragraph[] {
  const versions = `${doc.consultedVersionLabel} → ${doc.laterVersionLabel ?? '尚无后续稿次'}`;
  const line = (label: string, text: string): Paragraph =>
    bodyParagraph(text, { label, size: DOCX_SIZE.subtitle });
  return [
    titleParagraph(doc.title),
    line('立法机关', doc.legislatureName),
    line('法规草案', doc.draftTitle),
    line('对照稿次', versions),
    ...(doc.laterVersionLabel === null
      ? []
      : [line('标注说明', `“修改后”一栏中，下划线为${doc.laterVersionLabel}新增的文字，删除线为删去的文字`)]),
    bodyParagraph(chineseDateTime(doc.generatedAt), {
      label: '生成时间',
      size: DOCX_SIZE.subtitle,
      spacing: { after: 240 },
    }),
  ];
}

function table(doc: ComparisonTableDocument): DocxBlock {
  if (doc.rows.length === 0) return bodyParagraph(NOTHING_TO_LIST, { alignment: AlignmentType.CENTER });
  const columns: GridColumn[] = comparisonHeaders(doc).map((header, i) => ({ header, weight: WEIGHTS[i] }));
  const hasLater = doc.laterVersionLabel !== null;
  return gridTable(
    columns,
    doc.rows.map((row): DocxCellContent[] => [
      row.provision,
      row.consultedText,
      hasLater ? laterCell(row) : '',
      suggestionsCell(row.suggestions),
    ]),
    docxTextWidth('landscape'),
  );
}

/**
 * Where the provision went (bold, when known) above its new text, the changes from the consulted text marked as such
 * tables are printed: insertions underlined, deletions struck through.
 */
function laterCell(row: ComparisonRow): DocxCellContent {
  const provision = row.laterProvision.trim();
  const label: DocxCellParagraph = { runs: [{ text: provision, bold: true }] };
  if (row.laterText === '') return provision === '' ? '' : [label];
  const lines =
    row.consultedText === ''
      ? linesOf(row.laterText).map((text): ChangeRun[] => [{ text, change: 'kept' }])
      : changeLines(textChanges(xmlSafe(row.consultedText), xmlSafe(row.laterText)));
  const marked = lines.map((runs): DocxCellParagraph => ({ runs: runs.map(changeRun) }));
  return provision === '' ? marked : [label, ...marked];
}

function changeRun(run: ChangeRun): DocxRun {
  if (run.change === 'inserted') return { text: run.text, underline: true };
  if (run.change === 'deleted') return { text: run.text, strike: true };
  return { text: run.text };
}

function suggestionsCell(suggestions: readonly ComparisonSuggestion[]): DocxCellContent {
  if (suggestions.length === 0) return NOTHING_TO_LIST;
  return suggestions.flatMap((s, i) => {
    const [first = '', ...rest] = linesOf(s.proposedChange);
    const sentence = outcomeSentence(s.outcome, s.reason);
    const [reasonFirst = '', ...reasonRest] = linesOf(sentence.reason);
    return [
      {
        // A little air between one suggestion and the next.
        ...(i > 0 ? { spacingBefore: 160 } : {}),
        runs: [{ text: suggestionTag(s), bold: true }, { text: first }],
      },
      ...plain(rest),
      {
        runs: [
          { text: sentence.outcome, bold: true },
          ...(reasonFirst === '' ? [] : [{ text: reasonFirst }]),
        ],
      },
      ...plain(reasonRest),
    ];
  });
}

function plain(lines: readonly string[]): DocxCellParagraph[] {
  return lines.map((line) => ({ runs: [{ text: line }] }));
}
