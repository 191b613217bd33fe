/** Fonts and sizes of Chinese official documents, for the Word documents' paragraphs (docx-layout.ts) and tables. */

/** Fonts for every script of a run: Latin text and digits in Times New Roman, Chinese in the named font. */
function fonts(eastAsia: string, latin = 'Times New Roman') {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia };
}

export const DOCX_FONT = {
  title: fonts('黑体', '黑体'),
  heading: fonts('黑体'),
  body: fonts('仿宋_GB2312'),
  table: fonts('宋体'),
} as const;

/** Half-points: 小二 18 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt, 小五 9 pt. */
export const DOCX_SIZE = { title: 36, heading: 28, body: 28, subtitle: 24, table: 21, footer: 18 } as const;
