/**
 * 年度考核表 as a Word document: the same content as the .xlsx (evaluation-xlsx.ts) for those who print or file it as
 * a document — the title, the point and the year, a table per 联系单位 and per 采集员 (the point's totals in the last
 * row), then 统计口径. A4 landscape (ten columns), 宋体 tables whose header repeats and whose rows do not split.
 */
import { AlignmentType } from 'docx';
import {
  DOCX_STYLES,
  type DocxBlock,
  type DocxCellParagraph,
  type GridColumn,
  bodyParagraph,
  docxBuffer,
  docxSection,
  docxTextWidth,
  gridTable,
  headingParagraph,
  renderDocx,
  titleParagraph,
  xmlSafe,
} from '@app/consolidation';
import {
  EVALUATION_FIGURES,
  EVALUATION_SHEET_NAMES,
  NOTHING_TO_LIST,
  type EvaluationLine,
  type EvaluationWorkbook,
} from './adoption-documents.js';
import { evaluationNotes } from './evaluation-xlsx.js';

type Figure = keyof typeof EVALUATION_FIGURES;
const FIGURES = Object.keys(EVALUATION_FIGURES) as Figure[];

const FIGURE_COLUMNS: GridColumn[] = FIGURES.map((key) => ({
  header: EVALUATION_FIGURES[key],
  weight: key === 'adoptionRate' ? 9 : 8,
  alignment: AlignmentType.RIGHT,
}));

/** 采纳率 as the .xlsx shows it (0.0%); the counts as integers. */
export function evaluationFigure(line: EvaluationLine, key: Figure): string {
  const value = line[key];
  if (key === 'adoptionRate') return Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : '';
  return Number.isFinite(value) ? String(value) : '';
}

const figures = (line: EvaluationLine) => FIGURES.map((key) => evaluationFigure(line, key));

/** The totals row in bold (the same words, so a reader of the text finds 合计 as the .xlsx has it). */
const bold = (text: string): DocxCellParagraph[] => [{ runs: [{ text, bold: true }] }];
const boldRight = (text: string): DocxCellParagraph[] => [
  { alignment: AlignmentType.RIGHT, runs: [{ text, bold: true }] },
];

export async function renderEvaluationDocx(doc: EvaluationWorkbook): Promise<Buffer> {
  const width = docxTextWidth('landscape');
  const totals: EvaluationLine = { ...doc.totals, name: doc.totals.name.trim() || '合计', unit: '' };
  const unitTable = table(
    [{ header: '名称', weight: 30 }, ...FIGURE_COLUMNS],
    doc.units.map((l) => [l.name, ...figures(l)]),
    [totals.name, ...figures(totals)],
    width,
  );
  const collectorTable = table(
    [{ header: '姓名', weight: 11 }, { header: '所在单位', weight: 33 }, ...FIGURE_COLUMNS],
    doc.collectors.map((l) => [l.name, l.unit ?? '', ...figures(l)]),
    [totals.name, '', ...figures(totals)],
    width,
  );
  const document = renderDocx({
    title: xmlSafe(doc.title),
    styles: DOCX_STYLES,
    sections: [
      docxSection('landscape', [
        titleParagraph(doc.title),
        bodyParagraph(`联系点：${doc.contactPoint}　年度：${doc.year}年　生成时间：${doc.generatedAt}`, {
          alignment: AlignmentType.CENTER,
          size: 24,
          spacing: { after: 240 },
        }),
        headingParagraph(`一、${EVALUATION_SHEET_NAMES.units}`),
        ...unitTable,
        headingParagraph(`二、${EVALUATION_SHEET_NAMES.collectors}`),
        ...collectorTable,
        headingParagraph('三、统计口径'),
        ...evaluationNotes(doc.year).map((text) => bodyParagraph(text, { size: 24 })),
      ]),
    ],
  });
  return docxBuffer(document);
}

function table(columns: GridColumn[], rows: string[][], totals: string[], width: number): DocxBlock[] {
  if (rows.length === 0) return [bodyParagraph(NOTHING_TO_LIST)];
  const totalRow = totals.map((text, i) =>
    i < totals.length - FIGURES.length ? bold(text) : boldRight(text),
  );
  return [gridTable(columns, [...rows, totalRow], width)];
}
