/**
 * The .docx read back two ways: with mammoth (what a reader sees: the cover, the tables cell by cell, in order) and
 * as the package's XML (what mammoth does not show: landscape A4, fonts, the repeated header, shading, the footer).
 */
import { describe, expect, it } from '@jest/globals';
import mammoth from 'mammoth';
import { NO_SUGGESTIONS, type ConsolidatedDocument } from './consolidated-document.js';
import { renderConsolidatedDocx } from './consolidated-docx.js';
import {
  htmlParagraphs,
  htmlTables,
  unzip,
  zipText,
  type HtmlTable,
} from '../../../../test/support/office-files.js';
import { crossPointDocument, sampleDocument } from './testing.js';

const HEADER = ['序号', '条款', '原文', '修改意见', '理由', '提出单位或个人'];

/** The sample's rows as they should read, written out by hand (row 3 loses its control characters). */
const EXPECTED_ROWS = [
  [
    '1',
    '第八条第一款第（二）项',
    '（二）烈性犬、大型犬的认定标准和管理办法；',
    '建议明确由市公安机关会同农业农村部门制定并公布烈性犬、大型犬的品种目录和体高标准。',
    '认定标准不明确，基层执法中难以判断，容易引发争议。',
    '重庆缙云律师事务所（2条，代表2人）',
  ],
  [
    '2',
    '第九条',
    '养犬人应当自取得犬只之日起三十日内，持本人身份证明和犬只免疫证明到所在地公安派出所办理养犬登记。',
    '建议将“三十日”修改为“十五日”。\n同时增加“可以通过网上办理”的规定。',
    '1. 期限过长，不利于及时掌握犬只情况；\n2. 与周边省市的规定保持一致；\n3. 方便群众办理。',
    '北碚区总工会（3条，代表18人）；居民群众等 5 人',
  ],
  [
    '3',
    '第十七条',
    '携带犬只出户的，应当为犬只束犬链（绳），犬链（绳）长度不得超过一点五米。',
    '-删除“不得超过一点五米”中的“一点五米”，改为“二米”。',
    '=犬链过短不便于大型犬活动 & 牵引 <实际情况>',
    '施家梁镇（1条，代表40人）',
  ],
  [
    '4',
    '总体意见',
    '',
    '建议增加关于流浪犬收容、救助和领养的专门条款。',
    '流浪犬问题群众反映强烈，草案未作规定。',
    '居民群众等 12 人；人大代表 2 人',
  ],
];

interface ReadBack {
  buffer: Buffer;
  paragraphs: string[];
  tables: HtmlTable[];
}

async function render(doc: ConsolidatedDocument): Promise<ReadBack> {
  const buffer = await renderConsolidatedDocx(doc);
  const { value: html, messages } = await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: false });
  expect(messages.filter((m) => m.type === 'error')).toEqual([]);
  return { buffer, paragraphs: htmlParagraphs(html), tables: htmlTables(html) };
}

/** The consolidated table: the one whose header row starts with 序号. */
function suggestionTable(tables: HtmlTable[]): HtmlTable {
  const found = tables.find((t) => t.head[0]?.[0] === '序号');
  if (!found) throw new Error('no consolidated table');
  return found;
}

describe('renderConsolidatedDocx', () => {
  it('is a Word package', async () => {
    const buffer = await renderConsolidatedDocx(sampleDocument());
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    const entries = unzip(buffer);
    expect([...entries.keys()]).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    );
  });

  it('opens with a cover: title, legislature, contact point, task, draft, period, approval, counts', async () => {
    const { paragraphs } = await render(sampleDocument());
    const cover = paragraphs.filter((p) => p !== '');
    expect(cover.slice(0, 10)).toEqual([
      '《重庆市养犬管理条例（草案）》意见建议汇总表',
      '报送机关：重庆市人大常委会',
      '基层立法联系点：西南大学国家治理学院基层立法联系点',
      '征求意见任务：关于征求《重庆市养犬管理条例（草案）》意见的函',
      '法规草案：重庆市养犬管理条例（草案）（一审稿）',
      '征集时间：2024年5月6日 至 2024年5月20日',
      '审核：点长审核同意，2024年5月20日 10:30',
      '报送：2024年5月20日 16:05报送',
      '生成时间：2024年5月20日 16:00',
      '本次共征集意见建议 25 条，代表 79 人；经归类合并，形成汇总意见 4 条；不予报送 1 条。',
    ]);
    expect(cover).toContain('按征集方式统计');
    expect(cover).toContain('按联系单位统计');
  });

  it('counts by channel and by unit in two small tables, a blank unit named as such', async () => {
    const { tables } = await render(sampleDocument());
    expect(tables).toHaveLength(3);
    expect(tables[0]).toEqual({
      head: [['征集方式', '意见条数']],
      body: [
        ['座谈会', '9'],
        ['院坝会', '6'],
        ['网上', '10'],
      ],
    });
    expect(tables[1]).toEqual({
      head: [['联系单位', '意见条数']],
      body: [
        ['北碚区总工会', '9'],
        ['施家梁镇', '6'],
        ['（未填写）', '10'],
      ],
    });
  });

  it('lays out the table: the header as a header row, then each row’s cells in order, general opinion last', async () => {
    const { tables } = await render(sampleDocument());
    const table = suggestionTable(tables);
    expect(table.head).toEqual([HEADER]);
    expect(table.body).toEqual(EXPECTED_ROWS);
  });

  it('renders rows in the order given, without sorting them', async () => {
    const doc = sampleDocument();
    doc.rows.reverse();
    const { tables } = await render(doc);
    expect(suggestionTable(tables).body.map((r) => r[0])).toEqual(['4', '3', '2', '1']);
  });

  it('adds a 联系点 column in the cross-point view and lists every point on the cover', async () => {
    const { tables, paragraphs } = await render(crossPointDocument());
    const table = suggestionTable(tables);
    expect(table.head).toEqual([[...HEADER, '联系点']]);
    expect(table.body.map((r) => r[6])).toEqual([
      '西南大学国家治理学院基层立法联系点',
      '重庆缙云律师事务所基层立法联系点',
      '西南大学国家治理学院基层立法联系点',
      '重庆缙云律师事务所基层立法联系点',
    ]);
    expect(table.body.map((r) => r.slice(0, 6))).toEqual(EXPECTED_ROWS);
    expect(paragraphs).toContain(
      '基层立法联系点：西南大学国家治理学院基层立法联系点、重庆缙云律师事务所基层立法联系点',
    );
    expect(paragraphs).toContain(
      '审核：西南大学国家治理学院基层立法联系点：点长审核同意，2024年5月20日 10:30；重庆缙云律师事务所基层立法联系点：副点长审核同意，2024年5月21日 09:00',
    );
    expect(paragraphs).toContain(
      '报送：西南大学国家治理学院基层立法联系点：2024年5月20日 16:05报送；重庆缙云律师事务所基层立法联系点：2024年5月21日 11:20报送',
    );
    expect(paragraphs).not.toContain('审核：尚未审核');
  });

  it('keeps each heading with its table, a short table on one page, and a short row whole; a long row may split', async () => {
    const doc = sampleDocument();
    doc.rows[1].proposedChange = '很长的修改意见。'.repeat(800); // far taller than a page: it must be allowed to split
    // Half a page: kept whole, it would leave the rest of a page empty whenever it did not fit; it may split too.
    doc.rows[3].proposedChange = '较长的修改意见。'.repeat(30);
    const xml = zipText(await renderConsolidatedDocx(doc), 'word/document.xml');
    const paragraphOf = (text: string): string => {
      const at = xml.indexOf(text);
      return xml.slice(xml.lastIndexOf('<w:p>', at), at);
    };
    expect(paragraphOf('按联系单位统计')).toContain('<w:keepNext/>');
    expect(paragraphOf('按征集方式统计')).toContain('<w:keepNext/>');
    // The small table's rows hold on to the next, all but its last.
    const unitTable = xml.slice(xml.indexOf('按联系单位统计'));
    const countRows = unitTable.slice(0, unitTable.indexOf('</w:tbl>')).split('<w:tr>').slice(1);
    expect(countRows.map((r) => r.includes('<w:keepNext/>'))).toEqual([
      ...countRows.slice(1).map(() => true),
      false,
    ]);
    // The main table: the header and the short rows cannot split; the long ones (half a page, taller than a page) can.
    const main = xml.slice(xml.indexOf('意见建议汇总表', xml.indexOf('按联系单位统计')));
    const rows = main.slice(0, main.indexOf('</w:tbl>')).split('<w:tr>').slice(1);
    expect(rows.map((r) => r.includes('<w:cantSplit/>'))).toEqual([true, true, false, true, false]);
  });

  it('says （无汇总意见） instead of an empty table', async () => {
    const doc = sampleDocument();
    doc.rows = [];
    const { tables, paragraphs } = await render(doc);
    expect(tables.filter((t) => t.head[0]?.[0] === '序号')).toEqual([]);
    expect(paragraphs).toContain(NO_SUGGESTIONS);
  });

  it('is A4 landscape, with Chinese fonts, a repeated shaded header, fixed widths and borders', async () => {
    const buffer = await renderConsolidatedDocx(crossPointDocument());
    const xml = zipText(buffer, 'word/document.xml');
    const pageSizes = [...xml.matchAll(/<w:pgSz [^>]*>/gu)].map((m) => m[0]);
    expect(pageSizes).toHaveLength(2);
    for (const size of pageSizes) {
      expect(size).toContain('w:w="16838"');
      expect(size).toContain('w:h="11906"');
      expect(size).toContain('w:orient="landscape"');
    }
    // Title in 黑体 for every script; cover text in 仿宋_GB2312, Latin in Times New Roman; the table's text takes the
    // document's default: 宋体 五号, Chinese as the East Asian language.
    expect(xml).toContain('<w:rFonts w:ascii="黑体" w:cs="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/>');
    expect(xml).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]* w:eastAsia="仿宋_GB2312"/u);
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/su.exec(zipText(buffer, 'word/styles.xml'))?.[0];
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]* w:eastAsia="宋体"/u);
    expect(defaults).toContain('<w:sz w:val="21"/>');
    expect(defaults).toContain('w:eastAsia="zh-CN"');

    const main = xml.slice(xml.lastIndexOf('<w:tbl>'));
    const rows = main.split('<w:tr>').slice(1);
    expect(rows).toHaveLength(1 + 4);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('w:fill="D9D9D9"');
    for (const row of rows.slice(1)) {
      expect(row).not.toContain('tblHeader');
      expect(row).not.toContain('w:fill="D9D9D9"');
    }
    expect(main).toContain('<w:tblLayout w:type="fixed"/>');
    expect(main).toMatch(/<w:tblBorders>.*<w:insideV w:val="single"/su);
    const grid = [...main.matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(7);
    // The columns fill the text width (16838 less two 2 cm margins); the texts are wider than 序号 and 条款.
    expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 2 * 1134);
    expect(grid[3]).toBeGreaterThan(grid[1]);
    expect(grid[1]).toBeGreaterThan(grid[0]);
  });

  it('numbers pages in the footer: 第 X 页 共 Y 页', async () => {
    const buffer = await renderConsolidatedDocx(sampleDocument());
    const footers = [...unzip(buffer).entries()].filter(([name]) => /^word\/footer\d+\.xml$/u.test(name));
    expect(footers.length).toBeGreaterThan(0);
    for (const [, data] of footers) {
      const xml = data.toString('utf8');
      const text = [...xml.matchAll(/<w:(?:t|instrText)[^>]*>([^<]*)<\/w:(?:t|instrText)>/gu)]
        .map((m) => m[1])
        .join('');
      expect(text.replace(/\s+/gu, ' ')).toBe('第 PAGE 页 共 NUMPAGES 页');
    }
    const document = zipText(buffer, 'word/document.xml');
    expect(document.match(/<w:footerReference w:type="default"/gu)).toHaveLength(2);
  });

  it('drops characters XML cannot hold and escapes the ones it can', async () => {
    const doc = sampleDocument();
    doc.title = '汇总表\u0000\u001f';
    doc.cover.legislatureName = '重庆市人大常委会\u000b<法制工作委员会>';
    const { buffer, paragraphs } = await render(doc);
    expect(paragraphs[0]).toBe('汇总表');
    expect(paragraphs).toContain('报送机关：重庆市人大常委会<法制工作委员会>');
    const xml = zipText(buffer, 'word/document.xml');
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe]/u);
    expect(xml).toContain('&lt;实际情况&gt;');
  });
});
