/**
 * 修改对照表 read back with mammoth (the heading, the table cell by cell, outcomes and reasons) and as the package's
 * XML (landscape A4, the repeated header row, column widths, bold tags, the page-number footer).
 */
import { describe, expect, it } from '@jest/globals';
import type { ComparisonTableDocument } from './adoption-documents.js';
import { renderComparisonTableDocx } from './comparison-docx.js';
import { readDocx, zipEntries } from '../../../../test/support/office-files.js';
import { JINYUN, SWU, comparisonDocument } from './testing.js';

const HEADER = ['条款', '征求意见稿', '修改后（二审稿）', '意见建议及采纳情况'];

/**
 * The sample's rows as they should read, written out by hand (row 2 loses its bell character). 修改后 reads as it
 * prints: the deleted words stay in place, struck through (三十 before the underlined 十五).
 */
const EXPECTED_ROWS = [
  [
    '第九条',
    '养犬人应当自取得犬只之日起三十日内，到所在地公安派出所办理养犬登记。',
    '第十条\n养犬人应当自取得犬只之日起三十十五日内，到所在地公安派出所办理养犬登记。\n养犬登记可以通过网上办理。',
    `【${SWU} 第2条】建议将“三十日”修改为“十五日”。\n同时增加“可以通过网上办理”的规定。\n` +
      '采纳情况：采纳。理由：已按建议修改。\n' +
      `【${JINYUN} 第5条】建议保留“三十日”。\n` +
      '采纳情况：未采纳。',
  ],
  [
    '第十七条',
    '携带犬只出户的，应当为犬只束犬链（绳），犬链（绳）长度不得超过一点五米。',
    '第十八条\n携带犬只出户的，应当为犬只束犬链（绳），犬链（绳）长度不得超过一点五二米。',
    `【${SWU} 第3条】-删除“一点五米”，改为“二米”。\n采纳情况：部分采纳。理由：=长度已调整 <实际情况> & 其余未采纳`,
  ],
  [
    '第二十条',
    '犬只在公共场所排泄粪便的，携犬人应当立即清除。',
    '（已删除）',
    `【${JINYUN} 第6条】建议删除本条。\n采纳情况：采纳。理由：本条已删除。`,
  ],
  ['第三十条', '本条例自2023年1月1日起施行。', '第三十一条\n本条例自2023年15月1日起施行。', '（无）'],
  [
    '总体意见',
    '',
    '',
    `【${SWU} 第4条】建议增加关于流浪犬收容、救助和领养的专门条款。\n` +
      '采纳情况：研究中。理由：拟在配套规定中研究。\n将会同农业农村部门研究。',
  ],
];

async function render(doc: ComparisonTableDocument): Promise<Awaited<ReturnType<typeof readDocx>>> {
  return readDocx(await renderComparisonTableDocx(doc));
}

describe('renderComparisonTableDocx', () => {
  it('is a Word package', async () => {
    const buffer = await renderComparisonTableDocx(comparisonDocument());
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    expect([...zipEntries(buffer).keys()]).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    );
  });

  it('opens with the title, the legislature, the draft, the versions compared and when it was made', async () => {
    const { paragraphs } = await render(comparisonDocument());
    expect(paragraphs).toEqual([
      '《重庆市养犬管理条例（草案）》修改对照表',
      '立法机关：重庆市人大常委会',
      '法规草案：重庆市养犬管理条例（草案）',
      '对照稿次：征求意见稿 → 二审稿',
      '标注说明：“修改后”一栏中，下划线为二审稿新增的文字，删除线为删去的文字',
      '生成时间：2022年9月28日 15:30',
    ]);
  });

  it('lays out one table: the header as a header row, then each row’s cells in order', async () => {
    const { tables } = await render(comparisonDocument());
    expect(tables).toHaveLength(1);
    expect(tables[0].head).toEqual([HEADER]);
    expect(tables[0].body).toEqual(EXPECTED_ROWS);
  });

  it('renders rows and suggestions in the order given', async () => {
    const doc = comparisonDocument();
    doc.rows.reverse();
    doc.rows[4].suggestions.reverse();
    const { tables } = await render(doc);
    expect(tables[0].body.map((r) => r[0])).toEqual([
      '总体意见',
      '第三十条',
      '第二十条',
      '第十七条',
      '第九条',
    ]);
    expect(tables[0].body[4][3].split('\n')[0]).toBe(`【${JINYUN} 第5条】建议保留“三十日”。`);
  });

  it('names the versions in the header and leaves 修改后 empty when there is no later version yet', async () => {
    const doc = comparisonDocument();
    doc.consultedVersionLabel = '一审稿';
    doc.laterVersionLabel = null;
    const { tables, paragraphs } = await render(doc);
    expect(tables[0].head).toEqual([['条款', '一审稿', '修改后（尚无后续稿次）', '意见建议及采纳情况']]);
    expect(tables[0].body.map((r) => r[2])).toEqual(['', '', '', '', '']);
    expect(tables[0].body.map((r) => r[3])).toEqual(EXPECTED_ROWS.map((r) => r[3]));
    expect(paragraphs).toContain('对照稿次：一审稿 → 尚无后续稿次');
  });

  it('says （无） instead of an empty table', async () => {
    const doc = comparisonDocument();
    doc.rows = [];
    const { tables, paragraphs } = await render(doc);
    expect(tables).toEqual([]);
    expect(paragraphs.at(-1)).toBe('（无）');
  });

  it('marks in 修改后 what changed: insertions underlined, deletions struck through, the rest plain', async () => {
    const xml =
      zipEntries(await renderComparisonTableDocx(comparisonDocument())).get('word/document.xml') ?? '';
    const runOf = (text: string): string => {
      const at = xml.indexOf(`>${text}</w:t>`);
      expect(at).toBeGreaterThan(0);
      return xml.slice(xml.lastIndexOf('<w:r>', at), at);
    };
    expect(runOf('三十')).toContain('<w:strike/>');
    expect(runOf('十五')).toContain('<w:u w:val="single"/>');
    expect(runOf('一点五')).toContain('<w:strike/>');
    expect(runOf('养犬登记可以通过网上办理。')).toContain('<w:u w:val="single"/>');
    const kept = runOf('日内，到所在地公安派出所办理养犬登记。');
    expect(kept).not.toContain('<w:strike/>');
    expect(kept).not.toContain('<w:u ');
  });

  it('is A4 landscape, with a repeated shaded header row, fixed widths and bold tags', async () => {
    const xml =
      zipEntries(await renderComparisonTableDocx(comparisonDocument())).get('word/document.xml') ?? '';
    const pageSize = /<w:pgSz [^>]*>/u.exec(xml)?.[0];
    expect(pageSize).toContain('w:w="16838"');
    expect(pageSize).toContain('w:h="11906"');
    expect(pageSize).toContain('w:orient="landscape"');
    expect(xml).toContain('<w:rFonts w:ascii="黑体" w:cs="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/>');

    const rows = xml.slice(xml.indexOf('<w:tbl>')).split('<w:tr>').slice(1);
    expect(rows).toHaveLength(1 + 5);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('w:fill="D9D9D9"');
    for (const row of rows.slice(1)) expect(row).not.toContain('tblHeader');
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(4);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 2 * 1134);
    expect(grid[3]).toBeGreaterThan(grid[1]);
    expect(grid[1]).toBeGreaterThan(grid[0]);
    // The tag and the outcome stand out; the reason does not.
    expect(xml).toMatch(
      /<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">采纳情况：部分采纳。<\/w:t>/u,
    );
    expect(xml).toMatch(
      /<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">【西南大学国家治理学院基层立法联系点 第3条】/u,
    );
    expect(xml).toMatch(/<w:r><w:t xml:space="preserve">理由：本条已删除。<\/w:t><\/w:r>/u);
  });

  it('numbers pages in the footer: 第 X 页 共 Y 页', async () => {
    const entries = zipEntries(await renderComparisonTableDocx(comparisonDocument()));
    const footers = [...entries].filter(([name]) => /^word\/footer\d+\.xml$/u.test(name));
    expect(footers).toHaveLength(1);
    const text = [...footers[0][1].matchAll(/<w:(?:t|instrText)[^>]*>([^<]*)<\/w:(?:t|instrText)>/gu)]
      .map((m) => m[1])
      .join('');
    expect(text.replace(/\s+/gu, ' ')).toBe('第 PAGE 页 共 NUMPAGES 页');
  });

  it('drops characters XML cannot hold and escapes the ones it can', async () => {
    const doc = comparisonDocument();
    doc.title = '修改对照表\u0000\u001f';
    doc.rows[0].suggestions[0].contactPoint = '联系点\u000b<甲>';
    const buffer = await renderComparisonTableDocx(doc);
    const { paragraphs, tables } = await readDocx(buffer);
    expect(paragraphs[0]).toBe('修改对照表');
    expect(tables[0].body[0][3]).toMatch(/^【联系点<甲> 第2条】/u);
    const xml = zipEntries(buffer).get('word/document.xml') ?? '';
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u);
    expect(xml).toContain('&lt;实际情况&gt;');
  });
});
