import { describe, expect, it } from '@jest/globals';
import type { ParseWarningCode } from '../provision.js';
import { parseRegulation } from './parse-regulation.js';
import { renderRegulation } from './render-regulation.js';
import { allProvisions, byAddress, countByKind, readFixtureText } from './testing.js';

interface ExpectedCounts {
  part: number;
  subpart: number;
  chapter: number;
  section: number;
  article: number;
  item: number;
  firstArticle: string;
  lastArticle: string;
}

const expected = JSON.parse(readFixtureText('expected.json')) as Record<string, ExpectedCounts>;
const NUMBERING: ParseWarningCode[] = ['NUMBER_GAP', 'DUPLICATE_NUMBER', 'OUT_OF_ORDER'];

function codes(text: string): ParseWarningCode[] {
  return parseRegulation(text).warnings.map((w) => w.code);
}

describe('parseRegulation on real regulations (test/fixtures/regulations)', () => {
  it('covers every fixture listed in expected.json', () => {
    expect(Object.keys(expected).sort()).toEqual([
      'criminal-law.txt',
      'personal-information-protection-law.txt',
      'shanghai-dog-management.txt',
      'shanghai-real-estate-registration.txt',
      'shenzhen-dispute-resolution.txt',
    ]);
  });

  describe.each(Object.entries(expected))('%s', (file, want) => {
    const parsed = parseRegulation(readFixtureText(file));
    const all = allProvisions(parsed.provisions);
    const articles = all.filter((n) => n.kind === 'article');

    it('has exactly the expected numbers of parts, chapters, sections, articles and items', () => {
      const counts = countByKind(parsed.provisions);
      expect({
        part: counts.part,
        subpart: counts.subpart,
        chapter: counts.chapter,
        section: counts.section,
        article: counts.article,
        item: counts.item,
        firstArticle: articles[0]?.label,
        lastArticle: articles[articles.length - 1]?.label,
      }).toEqual({
        part: want.part,
        subpart: want.subpart,
        chapter: want.chapter,
        section: want.section,
        article: want.article,
        item: want.item,
        firstArticle: want.firstArticle,
        lastArticle: want.lastArticle,
      });
    });

    it('reports no numbering problem (the numbering of these laws is continuous)', () => {
      expect(parsed.warnings.filter((w) => NUMBERING.includes(w.code))).toEqual([]);
    });

    it('gives every provision a unique address and a citation', () => {
      expect(new Set(all.map((n) => n.address)).size).toBe(all.length);
      for (const n of all) expect(n.citation).toMatch(/^第/);
    });

    it('keeps the title', () => {
      expect(parsed.title).toBe(readFixtureText(file).split('\n')[0].trim());
    });

    it('survives render → parse with the same articles, addresses and texts', () => {
      const again = parseRegulation(renderRegulation(parsed));
      const shape = (nodes: typeof all) =>
        nodes.map((n) =>
          [n.kind, n.label, n.number, n.insertion, n.heading, n.text, n.address, n.citation].join('|'),
        );
      expect(
        shape(allProvisions(again.provisions).filter((n) => n.kind !== 'part' && n.kind !== 'chapter')),
      ).toEqual(shape(all.filter((n) => n.kind !== 'part' && n.kind !== 'chapter')));
    });
  });

  describe('criminal law', () => {
    const parsed = parseRegulation(readFixtureText('criminal-law.txt'));

    it('nests chapters under their part, with addresses that tell 第一编第一章 from 第二编第一章', () => {
      expect(byAddress(parsed.provisions, 'part_1__chp_1').heading).toBe('刑法的任务、基本原则和适用范围');
      expect(byAddress(parsed.provisions, 'part_2__chp_1').heading).toBe('危害国家安全罪');
      expect(byAddress(parsed.provisions, 'part_2__chp_1').citation).toBe('第二编第一章');
      const section = byAddress(parsed.provisions, 'part_1__chp_4__sec_8');
      expect(section).toMatchObject({
        kind: 'section',
        label: '第八节',
        heading: '时效',
        citation: '第一编第四章第八节',
      });
    });

    it('reads inserted articles 之一 … 之六', () => {
      const a = byAddress(parsed.provisions, 'art_120_6');
      expect(a).toMatchObject({
        label: '第一百二十条之六',
        number: 120,
        insertion: 6,
        citation: '第一百二十条之六',
      });
      expect(byAddress(parsed.provisions, 'art_17_1').label).toBe('第十七条之一');
    });

    it('splits articles into paragraphs and items', () => {
      const art = byAddress(parsed.provisions, 'art_6');
      expect(art.children.map((p) => p.citation)).toEqual(['第六条第一款', '第六条第二款', '第六条第三款']);
      expect(art.text).toBe('');
      expect(byAddress(parsed.provisions, 'art_33__para_1__item_5')).toMatchObject({
        kind: 'item',
        label: '（五）',
        number: 5,
        text: '死刑。',
        citation: '第三十三条第一款第（五）项',
      });
    });

    it('keeps a deleted article as written', () => {
      expect(byAddress(parsed.provisions, 'art_199__para_1').text).toBe('（删去）');
    });

    it('reports the unnumbered 附则 and the annexes instead of making them articles', () => {
      const outside = parsed.warnings.filter((w) => w.code === 'TEXT_OUTSIDE_ARTICLE');
      expect(outside).toHaveLength(2);
      expect(outside[0].message).toContain('附则');
      expect(outside[1].message).toContain('附件');
      expect(byAddress(parsed.provisions, 'art_452').children).toHaveLength(4);
      expect(parsed.provisions.map((n) => n.address)).toEqual(['part_1', 'part_2', 'art_452']);
    });
  });

  it('skips the table of contents of the Shenzhen regulation', () => {
    const parsed = parseRegulation(readFixtureText('shenzhen-dispute-resolution.txt'));
    expect(parsed.warnings).toEqual([
      { code: 'TABLE_OF_CONTENTS_SKIPPED', message: expect.stringContaining('目录') as unknown, line: 3 },
    ]);
    expect(parsed.preamble).toBeNull();
    expect(parsed.provisions[0]).toMatchObject({
      kind: 'chapter',
      label: '第一章',
      heading: '总则',
      address: 'chp_1',
    });
    expect(byAddress(parsed.provisions, 'chp_3__sec_2').heading).toBe('人民调解');
  });

  it('reads the heading 总　则 with its spaces collapsed', () => {
    const parsed = parseRegulation(readFixtureText('personal-information-protection-law.txt'));
    expect(parsed.provisions[0].heading).toBe('总则');
    expect(parsed.provisions[7].heading).toBe('附则');
  });
});

describe('parseRegulation on small fixtures (test/fixtures/regulations/small)', () => {
  it('reads a flat regulation with article titles, half-width items and subitems', () => {
    const parsed = parseRegulation(readFixtureText('small/flat-with-titles.txt'));
    expect(parsed.title).toBe('某市电动自行车管理条例（草案）');
    expect(parsed.preamble).toBe('（2024年3月1日某市人民代表大会常务委员会第十次会议第一次审议）');
    expect(parsed.warnings).toEqual([]);
    expect(parsed.provisions.map((n) => n.label)).toEqual([
      '第一条',
      '第二条',
      '第三条',
      '第四条',
      '第四条之一',
      '第五条',
      '第六条',
      '第七条',
    ]);
    expect(parsed.provisions.map((n) => n.heading)).toEqual([
      '立法目的',
      '适用范围',
      '管理职责',
      null,
      null,
      null,
      null,
      null,
    ]);
    const p = parsed.provisions;
    expect(byAddress(p, 'art_1__para_1').text).toMatch(/^为了加强电动自行车管理/);
    expect(byAddress(p, 'art_3').children.map((c) => c.text)).toEqual([
      '市公安机关交通管理部门负责本市电动自行车的登记和通行管理。',
      '市场监督管理部门负责电动自行车销售的监督管理。',
    ]);
    expect(byAddress(p, 'art_4__para_1__item_2')).toMatchObject({
      label: '(二)',
      number: 2,
      text: '具有强制性产品认证证书；',
    });
    const item3 = byAddress(p, 'art_4__para_1__item_3');
    expect(item3.text).toBe('符合下列技术要求之一：');
    expect(item3.children.map((s) => [s.label, s.number, s.citation])).toEqual([
      ['1.', 1, '第四条第一款第（三）项第1目'],
      ['2．', 2, '第四条第一款第（三）项第2目'],
      ['3、', 3, '第四条第一款第（三）项第3目'],
    ]);
    // 第三条规定的… at the start of a line cites an earlier article: it is a paragraph, not an article.
    expect(byAddress(p, 'art_4__para_2').text).toMatch(/^第三条规定的部门/);
    expect(byAddress(p, 'art_5__para_1').text).toBe('依照本条例第四条规定登记的电动自行车，应当悬挂号牌。');
    expect(byAddress(p, 'art_6__para_1').text).toMatch(/^违反本条例第四条规定/);
  });

  it('reads a regulation with 目录, parts, a heading on its own line and an unnumbered 附则', () => {
    const parsed = parseRegulation(readFixtureText('small/with-table-of-contents.txt'));
    expect(parsed.title).toBe('某省档案管理条例（草案修改稿）');
    expect(parsed.preamble).toBeNull();
    expect(parsed.warnings.map((w) => [w.code, w.line])).toEqual([
      ['TABLE_OF_CONTENTS_SKIPPED', 3],
      ['TEXT_OUTSIDE_ARTICLE', 48],
    ]);
    expect(countByKind(parsed.provisions)).toMatchObject({
      part: 2,
      chapter: 4,
      section: 2,
      article: 7,
      item: 2,
    });
    expect(byAddress(parsed.provisions, 'part_2__chp_1').heading).toBe('档案的管理');
    expect(byAddress(parsed.provisions, 'part_2__chp_1__sec_2').citation).toBe('第二编第一章第二节');
    expect(byAddress(parsed.provisions, 'art_5__para_1__item_2').citation).toBe('第五条第一款第（二）项');
  });
});

describe('parseRegulation, line by line', () => {
  it('recognises markers only at the start of a line, after half- or full-width spaces', () => {
    const parsed = parseRegulation(
      [
        '某条例',
        '  第一条 依照本条例第二条的规定执行。',
        '　　第二条　第一条规定的事项，适用本条例第三章。',
      ].join('\n'),
    );
    expect(parsed.provisions.map((n) => n.label)).toEqual(['第一条', '第二条']);
    expect(byAddress(parsed.provisions, 'art_2__para_1').text).toBe('第一条规定的事项，适用本条例第三章。');
  });

  it('collapses spaces inside headings but keeps one between Latin words', () => {
    const parsed = parseRegulation(
      [
        '某条例',
        '第一章　总　则',
        '第一条 甲。',
        '第二章  WTO 规则 与 对外贸易',
        '第二条 乙。',
        '第三章 附　　则',
        '第三条 丙。',
      ].join('\n'),
    );
    expect(parsed.provisions.map((n) => n.heading)).toEqual(['总则', 'WTO 规则与对外贸易', '附则']);
  });

  it('reads Arabic and full-width numbers in labels', () => {
    const parsed = parseRegulation('某条例\n第1条 甲。\n第２条 乙。\n第 3 条 丙。');
    expect(parsed.provisions.map((n) => [n.label, n.number, n.citation])).toEqual([
      ['第1条', 1, '第一条'],
      ['第２条', 2, '第二条'],
      ['第3条', 3, '第三条'],
    ]);
  });

  it('reads big numbers: 第一千二百六十条', () => {
    const parsed = parseRegulation('某法\n第一千二百五十九条 甲。\n第一千二百六十条 乙。');
    expect(parsed.provisions.map((n) => n.number)).toEqual([1259, 1260]);
    expect(parsed.provisions[1].address).toBe('art_1260');
  });

  it('reads subparts (分编) as in the Civil Code, with chapters running on across them', () => {
    const text = [
      '中华人民共和国民法典',
      '第二编 物权',
      '第一分编 通则',
      '第一章 一般规定',
      '第一条 甲。',
      '第二分编 所有权',
      '第二章 一般规定',
      '第二条 乙。',
    ].join('\n');
    const parsed = parseRegulation(text);
    // The excerpt starts at 第二编, which is reported; chapter 第二章 running on into 第二分编 is not.
    expect(parsed.warnings.map((w) => w.code)).toEqual(['NUMBER_GAP']);
    expect(allProvisions(parsed.provisions).map((n) => n.address)).toEqual([
      'part_2',
      'part_2__subp_1',
      'part_2__subp_1__chp_1',
      'art_1',
      'art_1__para_1',
      'part_2__subp_2',
      'part_2__subp_2__chp_2',
      'art_2',
      'art_2__para_1',
    ]);
    expect(byAddress(parsed.provisions, 'part_2__subp_2__chp_2').citation).toBe('第二编第二分编第二章');
  });

  it('starts a new paragraph after items, and puts items of a bare article line in an empty first paragraph', () => {
    const parsed = parseRegulation(
      [
        '某条例',
        '第一条',
        '（一）甲；',
        '（二）乙。',
        '前款规定的情形，依照第三条处理。',
        '第二条 丙。',
      ].join('\n'),
    );
    const art = parsed.provisions[0];
    expect(art.children.map((p) => [p.number, p.text, p.children.length])).toEqual([
      [1, '', 2],
      [2, '前款规定的情形，依照第三条处理。', 0],
    ]);
  });

  it('reads a title on its own line after the article label, and 【】 titles', () => {
    const parsed = parseRegulation(
      '某条例\n第一条（立法目的）\n为了规范管理，制定本条例。\n第二条【适用范围】本条例适用于本市。',
    );
    expect(parsed.provisions.map((n) => [n.heading, n.children[0]?.text])).toEqual([
      ['立法目的', '为了规范管理，制定本条例。'],
      ['适用范围', '本条例适用于本市。'],
    ]);
  });

  it('reads a flat regulation without a title', () => {
    const parsed = parseRegulation('第一条 甲。\n第二条 乙。');
    expect(parsed.title).toBe('');
    expect(parsed.preamble).toBeNull();
    expect(parsed.provisions).toHaveLength(2);
  });

  it('keeps a multi-line preamble', () => {
    const parsed = parseRegulation('某条例\n（2020年1月1日通过）\n（2021年2月2日修正）\n\n第一条 甲。');
    expect(parsed.preamble).toBe('（2020年1月1日通过）\n（2021年2月2日修正）');
  });

  it('accepts \\r\\n and \\r line endings and a BOM', () => {
    const parsed = parseRegulation('\ufeff某条例\r\n第一条 甲。\r第二条 乙。\r\n');
    expect(parsed.title).toBe('某条例');
    expect(parsed.provisions.map((n) => n.children[0].text)).toEqual(['甲。', '乙。']);
  });

  it('does not take sentences that start like a heading for headings', () => {
    const parsed = parseRegulation('某条例\n第一条 甲。\n第二章规定的程序，适用于本条。\n第二条 乙。');
    expect(parsed.provisions.map((n) => n.kind)).toEqual(['article', 'article']);
    expect(parsed.provisions[0].children.map((p) => p.text)).toEqual([
      '甲。',
      '第二章规定的程序，适用于本条。',
    ]);
  });

  it('reads inserted chapters (第三章之一) without reporting a gap', () => {
    const parsed = parseRegulation(
      [
        '某条例',
        '第一章 总则',
        '第一条 甲。',
        '第二章 管理',
        '第二条 乙。',
        '第二章之一 服务',
        '第二条之一 丙。',
        '第三章 附则',
        '第三条 丁。',
      ].join('\n'),
    );
    expect(parsed.warnings).toEqual([]);
    expect(parsed.provisions.map((n) => [n.address, n.label, n.number, n.insertion, n.citation])).toEqual([
      ['chp_1', '第一章', 1, 0, '第一章'],
      ['chp_2', '第二章', 2, 0, '第二章'],
      ['chp_2_1', '第二章之一', 2, 1, '第二章之一'],
      ['chp_3', '第三章', 3, 0, '第三章'],
    ]);
  });

  it('opens an article glued to its words when it moves the numbering forward, and reports the gap', () => {
    const parsed = parseRegulation('某条例\n第一条 甲。\n第三条为了乙，制定本条例。');
    expect(parsed.provisions.map((n) => n.label)).toEqual(['第一条', '第三条']);
    expect(parsed.warnings.map((w) => [w.code, w.message])).toEqual([['NUMBER_GAP', '第一条之后缺少第二条']]);
  });

  it('returns nothing for empty text', () => {
    expect(parseRegulation('')).toEqual({ title: '', preamble: null, provisions: [], warnings: [] });
    expect(parseRegulation(' \n　\n')).toEqual({ title: '', preamble: null, provisions: [], warnings: [] });
  });
});

describe('table of contents', () => {
  const body = [
    '第一章　总　　则',
    '第一条　甲。',
    '第二章　管　　理',
    '第一节　登记',
    '第二条　乙。',
    '第三章　附　　则',
    '第三条　丙。',
  ];

  it.each([
    ['目录', ['第一章　总则', '第二章　管理', '第一节　登记', '第三章　附则']],
    ['目　　录', ['第一章 总则……………1', '　第二章 管理 ………… 2', '　　第一节 登记 ..... 3', '第三章 附则　4']],
    [' 目 录 ', ['第一章总则', '第二章管理', '第一节登记', '第三章附则']],
  ])('skips %j followed by its headings', (tocLine, entries) => {
    const parsed = parseRegulation(['某条例', '（2020年通过）', tocLine, ...entries, ...body].join('\n'));
    expect(parsed.warnings).toEqual([
      {
        code: 'TABLE_OF_CONTENTS_SKIPPED',
        message: `已跳过第3行至第${3 + entries.length}行的目录，目录中的标题未作为条文结构`,
        line: 3,
      },
    ]);
    expect(parsed.preamble).toBe('（2020年通过）');
    expect(allProvisions(parsed.provisions).map((n) => n.address)).toEqual([
      'chp_1',
      'art_1',
      'art_1__para_1',
      'chp_2',
      'chp_2__sec_1',
      'art_2',
      'art_2__para_1',
      'chp_3',
      'art_3',
      'art_3__para_1',
    ]);
  });

  it('finds the body when the table of contents does not list its first heading again', () => {
    // The table starts with 第一编 but the body (wrongly) starts with 第一章: the headings just above 第一条 are kept.
    const parsed = parseRegulation(
      ['某条例', '目录', '第一编 总则', '第一章 一般规定', '第一章 一般规定', '第一条 甲。'].join('\n'),
    );
    expect(parsed.warnings.map((w) => w.code)).toEqual(['TABLE_OF_CONTENTS_SKIPPED']);
    expect(parsed.provisions.map((n) => n.address)).toEqual(['chp_1']);
  });

  it('keeps the body of an unnumbered first entry (序言), which the table of contents lists too', () => {
    const parsed = parseRegulation(
      [
        '中华人民共和国宪法',
        '目　　录',
        '序　　言',
        '第一章　总纲',
        '第二章　公民的基本权利和义务',
        '序　　言',
        '中国是世界上历史最悠久的国家之一。',
        '第一章　总纲',
        '第一条　中华人民共和国是社会主义国家。',
        '第二章　公民的基本权利和义务',
        '第二条　中华人民共和国公民在法律面前一律平等。',
      ].join('\n'),
    );
    expect(parsed.warnings.map((w) => [w.code, w.message])).toEqual([
      ['TABLE_OF_CONTENTS_SKIPPED', '已跳过第2行至第5行的目录，目录中的标题未作为条文结构'],
    ]);
    expect(parsed.preamble).toBe('序　　言\n中国是世界上历史最悠久的国家之一。');
    expect(parsed.provisions.map((n) => n.address)).toEqual(['chp_1', 'chp_2']);
  });

  it('skips the table of contents of a flat regulation that lists article titles', () => {
    const parsed = parseRegulation(
      [
        '某市物业管理条例',
        '目录',
        '第一条　立法目的',
        '第二条（适用范围）',
        '第三条　管理职责……………2',
        '第一条　为了规范物业管理活动，制定本条例。',
        '第二条　本条例适用于本市行政区域内的物业管理活动。',
        '第三条　市住房城乡建设管理部门负责本市物业管理活动的监督管理。',
      ].join('\n'),
    );
    expect(parsed.warnings.map((w) => w.code)).toEqual(['TABLE_OF_CONTENTS_SKIPPED']);
    expect(parsed.provisions.map((n) => [n.address, n.children.length])).toEqual([
      ['art_1', 1],
      ['art_2', 1],
      ['art_3', 1],
    ]);
  });

  it('treats 目录 without headings after it as ordinary text', () => {
    const parsed = parseRegulation('某条例\n目录\n第一条 甲。');
    expect(parsed.warnings).toEqual([]);
    expect(parsed.preamble).toBe('目录');
  });
});

describe('warnings', () => {
  it('reports a gap in article numbers with its line', () => {
    const parsed = parseRegulation('某条例\n第十一条 甲。\n第十二条 乙。\n第十四条 丙。');
    expect(parsed.warnings).toEqual([
      { code: 'NUMBER_GAP', message: '第十一条之前缺少第一条至第十条', line: 2 },
      { code: 'NUMBER_GAP', message: '第十二条之后缺少第十三条', line: 4 },
    ]);
  });

  it('reports a longer gap as a range', () => {
    const parsed = parseRegulation('某条例\n第一条 甲。\n第五条 乙。');
    expect(parsed.warnings).toEqual([
      { code: 'NUMBER_GAP', message: '第一条之后缺少第二条至第四条', line: 3 },
    ]);
  });

  it('does not count inserted articles as gaps, but reports a missing base or a skipped insertion', () => {
    expect(codes('某条例\n第一条 甲。\n第一条之一 乙。\n第一条之二 丙。\n第二条 丁。')).toEqual([]);
    const parsed = parseRegulation('某条例\n第一条 甲。\n第二条之一 乙。\n第二条之三 丙。');
    expect(parsed.warnings.map((w) => w.message)).toEqual([
      '第一条之后缺少第二条',
      '第二条之一之后缺少第二条之二',
    ]);
  });

  it('reports duplicates and keeps addresses unique', () => {
    const parsed = parseRegulation('某条例\n第一条 甲。\n第二条 乙。\n第二条 丙。\n第三条 丁。');
    expect(parsed.warnings).toEqual([
      { code: 'DUPLICATE_NUMBER', message: '第二条重复出现，第3行已有第二条', line: 4 },
    ]);
    expect(parsed.provisions.map((n) => n.address)).toEqual(['art_1', 'art_2', 'art_2__dup_2', 'art_3']);
    expect(parsed.provisions[2].children[0].address).toBe('art_2__dup_2__para_1');
  });

  it('reports numbers out of order', () => {
    const parsed = parseRegulation('某条例\n第一条 甲。\n第三条 乙。\n第二条 丙。\n第四条 丁。');
    expect(parsed.warnings.map((w) => [w.code, w.line, w.message])).toEqual([
      ['NUMBER_GAP', 3, '第一条之后缺少第二条'],
      ['OUT_OF_ORDER', 4, '第二条出现在第三条之后，编号顺序有误'],
    ]);
  });

  it('reports gaps in chapters and in items', () => {
    const parsed = parseRegulation(
      [
        '某条例',
        '第一章 总则',
        '第一条 下列情形：',
        '（一）甲；',
        '（三）乙。',
        '第三章 附则',
        '第二条 丙。',
      ].join('\n'),
    );
    expect(parsed.warnings.map((w) => [w.code, w.line, w.message])).toEqual([
      ['NUMBER_GAP', 5, '第一条第一款第（一）项之后缺少第（二）项'],
      ['NUMBER_GAP', 6, '第一章之后缺少第二章'],
    ]);
  });

  it('reports an item outside any article and text outside any article, keeping the text in its chapter', () => {
    const parsed = parseRegulation(
      ['某条例', '第一章 总则', '本章规定一般事项。', '（一）甲；', '第一条 乙。'].join('\n'),
    );
    expect(parsed.warnings.map((w) => [w.code, w.line])).toEqual([
      ['TEXT_OUTSIDE_ARTICLE', 3],
      ['ITEM_OUTSIDE_ARTICLE', 4],
    ]);
    expect(parsed.warnings[0].message).toBe('第3行的文字“本章规定一般事项。”不属于任何条文，已归入第一章');
    expect(parsed.provisions[0].text).toBe('本章规定一般事项。\n（一）甲；');
  });

  it('reports an item before the first article and keeps it in the preamble', () => {
    const parsed = parseRegulation('某决定\n（一）甲；\n第一条 乙。');
    expect(parsed.warnings.map((w) => [w.code, w.line])).toEqual([['ITEM_OUTSIDE_ARTICLE', 2]]);
    expect(parsed.preamble).toBe('（一）甲；');
  });

  it('gives every warning a Chinese message', () => {
    const parsed = parseRegulation(readFixtureText('criminal-law.txt'));
    for (const w of parsed.warnings) expect(w.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
