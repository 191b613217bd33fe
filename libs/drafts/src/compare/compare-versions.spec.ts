import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ProvisionNode } from '../provision.js';
import { normalizeForComparison } from './articles.js';
import type { ArticleChange, DiffSegment, VersionComparison } from './compare.types.js';
import { compareVersions } from './compare-versions.js';
import { article, articleLabel, container, flatArticles, toChineseNumeral } from './testing.js';

// Articles in the style of the Personal Information Protection Law: distinct, but sharing the usual legal wording.
const T = [
  '为了保护个人信息权益，规范个人信息处理活动，促进个人信息合理利用，根据宪法，制定本法。',
  '自然人的个人信息受法律保护，任何组织、个人不得侵害自然人的个人信息权益。',
  '在中华人民共和国境内处理自然人个人信息的活动，适用本法。\n在中华人民共和国境外处理中华人民共和国境内自然人个人信息的活动，有下列情形之一的，也适用本法：\n（一）以向境内自然人提供产品或者服务为目的；\n（二）分析、评估境内自然人的行为；\n（三）法律、行政法规规定的其他情形。',
  '个人信息是以电子或者其他方式记录的与已识别或者可识别的自然人有关的各种信息，不包括匿名化处理后的信息。\n个人信息的处理包括个人信息的收集、存储、使用、加工、传输、提供、公开、删除等。',
  '处理个人信息应当遵循合法、正当、必要和诚信原则，不得通过误导、欺诈、胁迫等方式处理个人信息。',
  '处理个人信息应当具有明确、合理的目的，并应当与处理目的直接相关，采取对个人权益影响最小的方式。\n收集个人信息，应当限于实现处理目的的最小范围，不得过度收集个人信息。',
  '处理个人信息应当遵循公开、透明原则，公开个人信息处理规则，明示处理的目的、方式和范围。',
  '处理个人信息应当保证个人信息的质量，避免因个人信息不准确、不完整对个人权益造成不利影响。',
  '个人信息处理者应当对其个人信息处理活动负责，并采取必要措施保障所处理的个人信息的安全。',
  '任何组织、个人不得非法收集、使用、加工、传输他人个人信息，不得非法买卖、提供或者公开他人个人信息；不得从事危害国家安全、公共利益的个人信息处理活动。',
  '国家建立健全个人信息保护制度，预防和惩治侵害个人信息权益的行为，加强个人信息保护宣传教育，推动形成政府、企业、相关社会组织、公众共同参与个人信息保护的良好环境。',
  '国家积极参与个人信息保护国际规则的制定，促进个人信息保护方面的国际交流与合作，推动与其他国家、地区、国际组织之间的个人信息保护规则、标准等互认。',
  '基于个人同意处理个人信息的，该同意应当由个人在充分知情的前提下自愿、明确作出。法律、行政法规规定处理个人信息应当取得个人单独同意或者书面同意的，从其规定。',
  '个人信息的处理目的、处理方式和处理的个人信息种类发生变更的，应当重新取得个人同意。',
  '本法自2021年11月1日起施行。',
] as const;
const NEW_ARTICLE =
  '国家网信部门负责统筹协调个人信息保护工作和相关监督管理工作。国务院有关部门依照本法和有关法律、行政法规的规定，在各自职责范围内负责个人信息保护和监督管理工作。';
const OTHER_ARTICLE =
  '县级以上地方人民政府有关部门应当按照国家有关规定，组织开展个人信息保护宣传、培训和咨询服务，指导、监督个人信息处理者落实安全保护义务。';

const compare = (a: string[], b: string[]): VersionComparison =>
  compareVersions(flatArticles(a), flatArticles(b));
const kinds = (r: VersionComparison): string[] => r.changes.map((c) => c.kind);
const labels = (refs: { label: string }[]): string[] => refs.map((r) => r.label);
const only = (r: VersionComparison, kind: ArticleChange['kind']): ArticleChange => {
  const found = r.changes.filter((c) => c.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
};

function reassemble(diff: DiffSegment[]): { old: string; new: string } {
  return {
    old: diff
      .filter((s) => s.op !== 'insert')
      .map((s) => s.text)
      .join(''),
    new: diff
      .filter((s) => s.op !== 'delete')
      .map((s) => s.text)
      .join(''),
  };
}

describe('compareVersions', () => {
  it('finds every article UNCHANGED when the versions are identical', () => {
    const tree = [
      container('chapter', 1, '总则', flatArticles(T.slice(0, 5))),
      container('chapter', 2, '个人信息处理规则', flatArticles(T.slice(5), 6)),
    ];
    const r = compareVersions(tree, structuredClone(tree));
    expect(new Set(kinds(r))).toEqual(new Set(['UNCHANGED']));
    expect(r.changes.every((c) => !c.renumbered && c.diff === null && c.similarity === 1)).toBe(true);
    expect(r.summary.counts.UNCHANGED).toBe(T.length);
    expect(r.changes[0].description).toBe('第一条（未修改）');
  });

  it('shows a MODIFIED article with a character diff that reassembles both texts', () => {
    const edited = T[4].replace('诚信原则', '诚实信用原则').replace('胁迫等方式', '胁迫等不正当方式');
    const r = compare([...T], [...T.slice(0, 4), edited, ...T.slice(5)]);
    const c = only(r, 'MODIFIED');
    expect(labels(c.from)).toEqual(['第五条']);
    expect(labels(c.to)).toEqual(['第五条']);
    expect(c.renumbered).toBe(false);
    expect(c.description).toBe('第五条（修改）');
    expect(reassemble(c.diff ?? [])).toEqual({ old: T[4], new: edited });
    expect(c.diff?.filter((s) => s.op === 'insert').map((s) => s.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('实信用')]),
    );
    expect(c.similarity).toBeGreaterThan(0.85);
    expect(c.similarity).toBeLessThan(1);
    expect(r.summary.counts).toMatchObject({ UNCHANGED: T.length - 1, MODIFIED: 1 });
  });

  it('carries the old and new article with address, label, citation and number', () => {
    const r = compare([...T], [...T.slice(0, 4), T[4] + '违反的，依法追究责任。', ...T.slice(5)]);
    const c = only(r, 'MODIFIED');
    expect(c.from[0]).toMatchObject({
      address: 'art_5',
      label: '第五条',
      citation: '第五条',
      number: 5,
      index: 4,
    });
    expect(c.to[0]).toMatchObject({ address: 'art_5', label: '第五条', number: 5 });
    expect(c.from[0].node.kind).toBe('article');
  });

  it('shows an ADDED article and renumbers the later ones as unchanged in substance', () => {
    const r = compare([...T], [...T.slice(0, 4), NEW_ARTICLE, ...T.slice(4)]);
    expect(kinds(r)).toEqual([
      ...Array<string>(4).fill('UNCHANGED'),
      'ADDED',
      ...Array<string>(11).fill('UNCHANGED'),
    ]);
    const added = r.changes[4];
    expect(added.from).toEqual([]);
    expect(labels(added.to)).toEqual(['第五条']);
    expect(added.description).toBe('新增第五条');
    const shifted = r.changes[5];
    expect(shifted).toMatchObject({ kind: 'UNCHANGED', renumbered: true, diff: null, similarity: 1 });
    expect(labels(shifted.from)).toEqual(['第五条']);
    expect(labels(shifted.to)).toEqual(['第六条']);
    expect(shifted.description).toBe('第五条 → 第六条（内容未变）');
    expect(r.summary.renumbered).toBe(T.length - 4);
    expect(r.changes.slice(0, 4).every((c) => !c.renumbered)).toBe(true);
  });

  it('keeps the numbers when 第十二条之一 is inserted', () => {
    const before = flatArticles(T.slice(0, 14));
    const after = [
      ...before.slice(0, 12),
      article(12, NEW_ARTICLE, { insertion: 1 }),
      ...structuredClone(before.slice(12)),
    ];
    const r = compareVersions(before, after);
    const added = only(r, 'ADDED');
    expect(added.to[0]).toMatchObject({
      label: '第十二条之一',
      number: 12,
      insertion: 1,
      address: 'art_12_1',
    });
    expect(r.changes.indexOf(added)).toBe(12);
    expect(r.summary).toMatchObject({ renumbered: 0, counts: { UNCHANGED: 14, ADDED: 1 } });
  });

  it('shows a REMOVED article after its predecessor and renumbers the later ones', () => {
    const r = compare([...T], [...T.slice(0, 6), ...T.slice(7)]);
    expect(kinds(r)[6]).toBe('REMOVED');
    const removed = r.changes[6];
    expect(labels(removed.from)).toEqual(['第七条']);
    expect(removed.to).toEqual([]);
    expect(removed.description).toBe('删除第七条');
    expect(r.changes[7]).toMatchObject({ kind: 'UNCHANGED', renumbered: true });
    expect(r.changes[7].description).toBe('第八条 → 第七条（内容未变）');
  });

  it('treats full-width and half-width forms and spacing as the same text', () => {
    const halfWidth = T[2].replace(/，/g, ',').replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ': ');
    const r = compare([...T], [...T.slice(0, 2), halfWidth, ...T.slice(3)]);
    const c = r.changes[2];
    expect(c).toMatchObject({ kind: 'UNCHANGED', textChanged: false, formattingChanged: true, diff: null });
    expect(normalizeForComparison('第一章　总　则（一）')).toBe(normalizeForComparison('第一章 总 则(一)'));
  });

  it('still matches a half-width copy whose words also changed, and diffs the raw texts', () => {
    const edited = T[9].replace(/，/g, ',').replace('公共利益', '社会公共利益');
    const r = compare([...T], [...T.slice(0, 9), edited, ...T.slice(10)]);
    const c = only(r, 'MODIFIED');
    expect(reassemble(c.diff ?? [])).toEqual({ old: T[9], new: edited });
  });

  it('shows an article MOVED to another chapter, also renumbered, and leaves its neighbours alone', () => {
    const before = [
      container('chapter', 1, '总则', flatArticles(T.slice(0, 6))),
      container('chapter', 2, '个人信息处理规则', flatArticles(T.slice(6, 12), 7)),
    ];
    // 第六条 moves to the start of chapter 2: it is 第六条 still, but in the other chapter.
    const after = [
      container('chapter', 1, '总则', flatArticles(T.slice(0, 5))),
      container('chapter', 2, '个人信息处理规则', flatArticles([T[5], ...T.slice(6, 12)], 6)),
    ];
    const r = compareVersions(before, after);
    const moved = only(r, 'MOVED');
    expect(moved).toMatchObject({ relocated: true, renumbered: false, textChanged: false, diff: null });
    expect(moved.from[0].containers.map((c) => c.label)).toEqual(['第一章']);
    expect(moved.to[0].containers.map((c) => c.label)).toEqual(['第二章']);
    expect(moved.description).toBe('第六条（由第一章（总则）移至第二章（个人信息处理规则），内容未变）');
    expect(r.summary.counts).toMatchObject({ UNCHANGED: 11, MOVED: 1 });
  });

  it('shows a MOVED article that is also renumbered and modified, with its diff', () => {
    const edited = T[1].replace('任何组织、个人', '任何组织或者个人');
    const before = [
      container('chapter', 1, '总则', flatArticles(T.slice(0, 6))),
      container('chapter', 2, '个人信息处理规则', flatArticles(T.slice(6, 12), 7)),
    ];
    const after = [
      container('chapter', 1, '总则', flatArticles([T[0], ...T.slice(2, 6)])),
      container(
        'chapter',
        2,
        '个人信息处理规则',
        flatArticles([...T.slice(6, 9), edited, ...T.slice(9, 12)], 6),
      ),
    ];
    const r = compareVersions(before, after);
    const moved = only(r, 'MOVED');
    expect(moved).toMatchObject({ relocated: true, renumbered: true, textChanged: true });
    expect(labels(moved.from)).toEqual(['第二条']);
    expect(labels(moved.to)).toEqual(['第九条']);
    expect(reassemble(moved.diff ?? [])).toEqual({ old: T[1], new: edited });
    expect(moved.description).toContain('内容有修改');
    // The articles between keep their chapter: renumbered, not moved.
    expect(r.summary.counts).toMatchObject({ UNCHANGED: 11, MOVED: 1 });
    expect(r.changes[r.changes.indexOf(moved) - 1].to[0].label).toBe('第八条');
  });

  it('shows an article moved out of order within a flat regulation as MOVED (reordered)', () => {
    const r = compare([...T], [T[0], T[1], T[9], ...T.slice(2, 9), ...T.slice(10)]);
    const moved = only(r, 'MOVED');
    expect(moved).toMatchObject({ reordered: true, relocated: false, renumbered: true });
    expect(labels(moved.from)).toEqual(['第十条']);
    expect(labels(moved.to)).toEqual(['第三条']);
    expect(moved.description).toBe('第十条 → 第三条（调整顺序，内容未变）');
    expect(r.summary.counts).toMatchObject({ UNCHANGED: 14, MOVED: 1 });
  });

  it('does not call articles moved when a chapter is inserted and the chapters are renumbered', () => {
    const before = [
      container('chapter', 1, '总则', flatArticles(T.slice(0, 5))),
      container('chapter', 2, '个人信息处理规则', flatArticles(T.slice(5, 10), 6)),
    ];
    const after = [
      container('chapter', 1, '总则', flatArticles(T.slice(0, 5))),
      container('chapter', 2, '监督管理', flatArticles([NEW_ARTICLE], 6)),
      container('chapter', 3, '个人信息处理规则', flatArticles(T.slice(5, 10), 7)),
    ];
    const r = compareVersions(before, after);
    expect(r.summary.counts).toMatchObject({ UNCHANGED: 10, ADDED: 1, MOVED: 0 });
    expect(r.summary.renumbered).toBe(5);
  });

  it('does not call articles moved when a flat draft is given chapters, or a chapter is split in two', () => {
    const flat = flatArticles(T.slice(0, 10));
    const chaptered = [
      container('chapter', 1, '总则', flatArticles(T.slice(0, 4))),
      container('chapter', 2, '个人信息处理规则', flatArticles(T.slice(4, 7), 5)),
      container('chapter', 3, '个人信息保护', flatArticles(T.slice(7, 10), 8)),
    ];
    expect(compareVersions(flat, chaptered).summary.counts).toMatchObject({ UNCHANGED: 10, MOVED: 0 });
    const two = [
      container('chapter', 1, '总则', flatArticles(T.slice(0, 4))),
      container('chapter', 2, '个人信息处理规则', flatArticles(T.slice(4, 10), 5)),
    ];
    expect(compareVersions(two, chaptered).summary.counts).toMatchObject({ UNCHANGED: 10, MOVED: 0 });
    // But an article taken from 总则 into the chapter that continues 个人信息处理规则 has moved.
    const taken = [
      container('chapter', 1, '总则', flatArticles(T.slice(0, 3))),
      container('chapter', 2, '个人信息处理规则', flatArticles(T.slice(3, 10), 4)),
    ];
    const r = compareVersions(two, taken);
    expect(r.summary.counts).toMatchObject({ UNCHANGED: 9, MOVED: 1 });
    expect(only(r, 'MOVED').from[0].label).toBe('第四条');
  });

  it('finds articles under parts, chapters and sections', () => {
    const tree = [
      container('part', 1, '总则', [
        container('chapter', 1, '基本规定', [
          container('section', 1, '一般规定', flatArticles(T.slice(0, 3))),
        ]),
      ]),
      ...flatArticles(T.slice(3, 5), 4),
    ];
    const r = compareVersions(tree, structuredClone(tree));
    expect(r.changes).toHaveLength(5);
    expect(r.changes[0].from[0].containers.map((c) => c.label)).toEqual(['第一编', '第一章', '第一节']);
  });

  it('shows an article SPLIT into two, with both new articles and a diff over their joined text', () => {
    const [first, second] = T[5].split('\n');
    const r = compare([...T], [...T.slice(0, 5), first, second, ...T.slice(6)]);
    const split = only(r, 'SPLIT');
    expect(labels(split.from)).toEqual(['第六条']);
    expect(labels(split.to)).toEqual(['第六条', '第七条']);
    expect(split).toMatchObject({ renumbered: false, textChanged: false });
    expect(split.description).toBe('第六条 拆分为 第六条、第七条');
    expect(r.changes[r.changes.indexOf(split) + 1].description).toBe('第七条 → 第八条（内容未变）');
    expect(r.summary).toMatchObject({ fromArticles: T.length, toArticles: T.length + 1 });
  });

  it('shows a split whose pieces were also edited, and one split into three', () => {
    const three = `${T[8]}\n${T[9]}\n${T[10]}`;
    const before = [...T.slice(0, 8), three, ...T.slice(11)];
    const [a, b] = T[5].split('\n');
    const after = [
      ...T.slice(0, 5),
      a.replace('明确、合理', '明确、合理、正当'),
      b,
      ...T.slice(6, 8),
      T[8],
      T[9],
      T[10],
      ...T.slice(11),
    ];
    const r = compare(before, after);
    const splits = r.changes.filter((c) => c.kind === 'SPLIT');
    expect(splits.map((s) => [labels(s.from), labels(s.to)])).toEqual([
      [['第六条'], ['第六条', '第七条']],
      [['第九条'], ['第十条', '第十一条', '第十二条']],
    ]);
    expect(splits[0].textChanged).toBe(true);
    expect(reassemble(splits[0].diff ?? []).new).toBe(`${a.replace('明确、合理', '明确、合理、正当')}\n${b}`);
  });

  it('shows two articles MERGED into one', () => {
    const merged = `${T[6]}\n${T[7]}`;
    const r = compare([...T], [...T.slice(0, 6), merged, ...T.slice(8)]);
    const m = only(r, 'MERGED');
    expect(labels(m.from)).toEqual(['第七条', '第八条']);
    expect(labels(m.to)).toEqual(['第七条']);
    expect(m.description).toBe('第七条、第八条 合并为 第七条');
    expect(r.changes.filter((c) => c.kind === 'REMOVED')).toEqual([]);
    expect(r.summary.counts).toMatchObject({ UNCHANGED: T.length - 2, MERGED: 1 });
  });

  it('does not call a new article a split when the old article still holds that text', () => {
    // The new 第十六条 repeats a sentence of 第十三条, which stays as it was.
    const repeated = '法律、行政法规规定处理个人信息应当取得个人单独同意或者书面同意的，从其规定。';
    const r = compare([...T], [...T, repeated]);
    expect(r.summary.counts).toMatchObject({ UNCHANGED: T.length, ADDED: 1, SPLIT: 0 });
  });

  it('pairs an article rewritten in place between the same neighbours, but not when it went elsewhere', () => {
    // Character similarity with T[6] is about 0.34: under the general bar (0.5), over the in-place bar (0.3).
    const rewritten =
      '个人信息处理者应当以显著方式、清晰易懂的语言公开处理规则，明示处理目的、处理方式、保存期限和个人行使权利的途径。';
    const inPlace = compare([...T], [...T.slice(0, 6), rewritten, ...T.slice(7)]);
    expect(inPlace.changes[6]).toMatchObject({ kind: 'MODIFIED', renumbered: false });
    expect(inPlace.changes[6].similarity).toBeLessThan(0.6);
    const elsewhere = compare([...T], [...T.slice(0, 6), ...T.slice(7, 12), rewritten, ...T.slice(12)]);
    expect(elsewhere.summary.counts).toMatchObject({ REMOVED: 1, ADDED: 1, MODIFIED: 0, MOVED: 0 });
    // In place but sharing almost nothing (Dice about 0.1): a different article.
    const replaced = compare([...T], [...T.slice(0, 12), OTHER_ARTICLE, ...T.slice(13)]);
    expect(replaced.summary.counts).toMatchObject({ REMOVED: 1, ADDED: 1 });
    expect(kinds(replaced).slice(12, 14)).toEqual(['REMOVED', 'ADDED']);
  });

  it('counts a change of the article title alone as MODIFIED', () => {
    const before = [article(1, T[0], { heading: '立法目的' }), article(2, T[1])];
    const after = [article(1, T[0], { heading: '立法宗旨' }), article(2, T[1])];
    const r = compareVersions(before, after);
    expect(r.changes[0]).toMatchObject({
      kind: 'MODIFIED',
      headingChanged: true,
      textChanged: false,
      diff: null,
    });
  });

  it('pairs duplicated boilerplate articles by position', () => {
    const boiler = '违反本法规定的，由有关部门责令改正，给予警告。';
    const r = compare([T[0], boiler, T[1], T[2], boiler, T[3]], [T[0], T[1], T[2], boiler, T[3]]);
    expect(kinds(r)).toEqual(['UNCHANGED', 'REMOVED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(r.changes[1].from[0].label).toBe('第二条');
  });

  it('takes its thresholds from the options', () => {
    const edited = T[9].replace('公共利益', '社会公共利益');
    const strict = compareVersions(
      flatArticles([...T]),
      flatArticles([...T.slice(0, 9), edited, ...T.slice(10)]),
      {
        matchThreshold: 0.999,
        inPlaceMatchThreshold: 0.999,
        containmentThreshold: 1.1, // else it is taken for the same article, shortened in place
      },
    );
    expect(strict.summary.counts).toMatchObject({ MODIFIED: 0, ADDED: 1, REMOVED: 1 });
  });

  it('compares empty versions and a version with no articles at all', () => {
    expect(compareVersions([], []).changes).toEqual([]);
    const r = compareVersions([], flatArticles(T.slice(0, 2)));
    expect(kinds(r)).toEqual(['ADDED', 'ADDED']);
  });

  it('writes Chinese numerals for labels', () => {
    expect([1, 10, 11, 20, 101, 110, 1010, 1260].map(toChineseNumeral)).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '一百零一',
      '一百一十',
      '一千零一十',
      '一千二百六十',
    ]);
    expect(articleLabel(17, 1)).toBe('第十七条之一');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Property: whatever edits turn one version into the next, the comparison loses and doubles nothing.

const SUBJECTS = [
  '县级以上人民政府',
  '有关主管部门',
  '个人信息处理者',
  '物业服务企业',
  '养犬人',
  '用人单位',
  '当事人',
  '监护人',
];
const MODALS = ['应当', '可以', '不得'];
const PREDICATES = [
  '依法履行监督管理职责',
  '采取必要措施保障安全',
  '及时告知有关当事人',
  '在十五日内作出书面答复',
  '建立健全投诉举报制度',
  '公开办事程序和收费标准',
  '妥善保管有关材料',
  '向社会公布处理结果',
  '对违法行为予以制止',
  '组织开展宣传教育活动',
];

interface Draft {
  text: string;
  chapter: number;
}

const sentence = fc
  .tuple(
    fc.constantFrom(...SUBJECTS),
    fc.constantFrom(...MODALS),
    fc.constantFrom(...PREDICATES),
    fc.constantFrom(...PREDICATES),
  )
  .map(([s, m, p, q]) => `${s}${m}${p}，${q}。`);
const articleText = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
  .map((paragraphs) => paragraphs.map((p) => p.join('')).join('\n'));
const version = fc.array(fc.record({ text: articleText, chapter: fc.integer({ min: 1, max: 3 }) }), {
  minLength: 0,
  maxLength: 25,
});

type Edit =
  | { op: 'insert'; at: number; text: string; chapter: number }
  | { op: 'delete'; at: number }
  | { op: 'modify'; at: number; pos: number; insert: string; remove: number }
  | { op: 'move'; at: number; to: number; chapter: number }
  | { op: 'split'; at: number }
  | { op: 'merge'; at: number };

const position = fc.nat({ max: 1000 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constant('insert' as const),
    at: position,
    text: articleText,
    chapter: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ op: fc.constant('delete' as const), at: position }),
  fc.record({
    op: fc.constant('modify' as const),
    at: position,
    pos: position,
    insert: fc.constantFrom('', '依法', '，并报上级机关备案', '（一）', ','),
    remove: fc.nat({ max: 6 }),
  }),
  fc.record({
    op: fc.constant('move' as const),
    at: position,
    to: position,
    chapter: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ op: fc.constant('split' as const), at: position }),
  fc.record({ op: fc.constant('merge' as const), at: position }),
);

function applyEdits(start: Draft[], edits: Edit[]): Draft[] {
  const v = start.map((d) => ({ ...d }));
  for (const e of edits) {
    if (e.op === 'insert') {
      v.splice(e.at % (v.length + 1), 0, { text: e.text, chapter: e.chapter });
      continue;
    }
    if (v.length === 0) continue;
    const i = e.at % v.length;
    if (e.op === 'delete') v.splice(i, 1);
    else if (e.op === 'modify') {
      const p = e.pos % (v[i].text.length + 1);
      v[i].text = v[i].text.slice(0, p) + e.insert + v[i].text.slice(p + e.remove);
    } else if (e.op === 'move') {
      const [d] = v.splice(i, 1);
      v.splice(e.to % (v.length + 1), 0, { ...d, chapter: e.chapter });
    } else if (e.op === 'split') {
      const cut = v[i].text.indexOf('。') + 1;
      if (cut > 0 && cut < v[i].text.length) {
        const rest = v[i].text.slice(cut).replace(/^\n/, '');
        v.splice(i + 1, 0, { text: rest, chapter: v[i].chapter });
        v[i].text = v[i].text.slice(0, cut);
      }
    } else if (i + 1 < v.length) {
      v[i].text = `${v[i].text}\n${v[i + 1].text}`;
      v.splice(i + 1, 1);
    }
  }
  return v;
}

/** Numbers the articles in order and puts them under 第一章…第三章, chapters in order of first appearance. */
function build(drafts: Draft[], chaptered: boolean): ProvisionNode[] {
  const articles = drafts.map((d, i) => article(i + 1, d.text));
  if (!chaptered) return articles;
  const chapters: ProvisionNode[] = [];
  drafts.forEach((d, i) => {
    const last = chapters[chapters.length - 1];
    if (last !== undefined && last.number === d.chapter) last.children.push(articles[i]);
    else
      chapters.push(
        container('chapter', d.chapter, `第${d.chapter}部分`, [articles[i]], `n${chapters.length}_`),
      );
  });
  return chapters;
}

describe('compareVersions (property)', () => {
  it('accounts for every old article exactly once as a source and every new article exactly once as a target', () => {
    fc.assert(
      fc.property(version, fc.array(edit, { maxLength: 12 }), fc.boolean(), (start, edits, chaptered) => {
        const before = build(start, chaptered);
        const next = applyEdits(start, edits);
        const after = build(next, chaptered);
        const r = compareVersions(before, after);
        const sources = r.changes.flatMap((c) => c.from.map((a) => a.address));
        const targets = r.changes.flatMap((c) => c.to.map((a) => a.address));
        expect(sources.sort()).toEqual(start.map((_, i) => `art_${i + 1}`).sort());
        expect(targets.sort()).toEqual(next.map((_, i) => `art_${i + 1}`).sort());
        expect(r.summary).toMatchObject({ fromArticles: start.length, toArticles: next.length });
        // Document order of the new version.
        const firstTargets = r.changes.filter((c) => c.to.length > 0).map((c) => c.to[0].index);
        expect(firstTargets).toEqual([...firstTargets].sort((a, b) => a - b));
        for (const c of r.changes) {
          const shape = `${Math.min(c.from.length, 2)}:${Math.min(c.to.length, 2)}`;
          const expected = { ADDED: '0:1', REMOVED: '1:0', SPLIT: '1:2', MERGED: '2:1' } as Record<
            string,
            string
          >;
          expect(shape).toBe(expected[c.kind] ?? '1:1');
          if (c.kind === 'UNCHANGED') {
            expect(normalizeForComparison(c.from[0].text)).toBe(normalizeForComparison(c.to[0].text));
          }
          if (c.diff !== null) {
            expect(reassemble(c.diff)).toEqual({
              old: c.from.map((a) => a.text).join('\n'),
              new: c.to.map((a) => a.text).join('\n'),
            });
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds only insertions, deletions and renumbering when that is all that happened', () => {
    const distinct = fc.uniqueArray(articleText, { minLength: 1, maxLength: 20, selector: (t) => t });
    fc.assert(
      fc.property(distinct, fc.array(fc.tuple(fc.boolean(), position), { maxLength: 8 }), (texts, ops) => {
        // Each text once, and inserted ones share no wording with the rest (else one replacing a deleted article in
        // its place would rightly count as that article rewritten).
        const start = texts.map((t, i) => `第${i}号：${t}`);
        const next = [...start];
        let inserted = 0;
        let deleted = 0;
        ops.forEach(([insert, at], k) => {
          if (insert) {
            next.splice(at % (next.length + 1), 0, `新增${k}：本办法自发布之日起施行。`);
            inserted++;
          } else if (next.length > 0) {
            const [gone] = next.splice(at % next.length, 1);
            if (gone.startsWith('新增')) inserted--;
            else deleted++;
          }
        });
        const r = compare(start, next);
        expect(r.summary.counts).toMatchObject({
          UNCHANGED: start.length - deleted,
          ADDED: inserted,
          REMOVED: deleted,
          MODIFIED: 0,
          MOVED: 0,
          SPLIT: 0,
          MERGED: 0,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('finds a version identical to itself', () => {
    fc.assert(
      fc.property(version, fc.boolean(), (start, chaptered) => {
        const r = compareVersions(build(start, chaptered), build(start, chaptered));
        expect(r.changes.every((c) => c.kind === 'UNCHANGED' && !c.renumbered)).toBe(true);
        expect(r.changes).toHaveLength(start.length);
      }),
    );
  });
});
