/**
 * Property tests: random regulations (parts, subparts, chapters, sections, articles with insertions and titles,
 * paragraphs, items, subitems, text with cross-references and punctuation) are built here with an independent
 * account of labels, addresses and citations, rendered to text, disturbed the way real files are (indentation,
 * blank lines, \r\n, spaces inside headings, a table of contents), and parsed back: the same tree must come out.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ParsedRegulation, ProvisionKind, ProvisionNode } from '../provision.js';
import { toChineseNumber } from './chinese-numerals.js';
import { parseRegulation } from './parse-regulation.js';
import { renderRegulation } from './render-regulation.js';
import { allProvisions } from './testing.js';

type DivisionKind = 'part' | 'subpart' | 'chapter' | 'section';
const DIVISION_KINDS: DivisionKind[] = ['part', 'subpart', 'chapter', 'section'];
const WORD: Record<DivisionKind, string> = { part: '编', subpart: '分编', chapter: '章', section: '节' };
const PREFIX: Record<DivisionKind, string> = {
  part: 'part',
  subpart: 'subp',
  chapter: 'chp',
  section: 'sec',
};

// ---- Generators of the raw material -------------------------------------------------------------------------

const words = fc.constantFrom(
  '本市',
  '人民政府',
  '有关部门',
  '应当',
  '依法',
  '加强',
  '管理',
  '养犬人',
  '登记',
  '个人信息',
  '处理者',
  '规定',
  '情形',
  '罚款',
  '责任',
  '公共安全',
  '监督检查',
  '组织',
  '单位',
  '犬只',
  '第三方机构',
);
const crossReference = fc.oneof(
  fc.integer({ min: 1, max: 1300 }).map((n) => `依照本条例第${toChineseNumber(n)}条`),
  fc
    .tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 5 }))
    .map(([a, p]) => `第${toChineseNumber(a)}条第${toChineseNumber(p)}款`),
  fc.integer({ min: 1, max: 20 }).map((n) => `前款第（${toChineseNumber(n)}）项`),
  fc.integer({ min: 1, max: 9 }).map((n) => `本法第${toChineseNumber(n)}章第${toChineseNumber(n)}节`),
  fc.integer({ min: 1, max: 99 }).map((n) => `第${n}条`),
);
const punctuation = fc.constantFrom(
  '，',
  '。',
  '；',
  '：',
  '、',
  '“',
  '”',
  '《',
  '》',
  '（',
  '）',
  '(',
  ')',
  ' ',
  '　',
  '……',
);
const oddments = fc.constantFrom(
  '2020年1月1日',
  '1.5倍',
  '二千元以上一万元以下',
  'WTO',
  '（一）',
  '1.',
  '第一章',
  '附则',
  '目录',
);
/** Text that may open a line without looking like a provision (a line starting 第十二条 would be ambiguous). */
const safeStart = fc.constantFrom(
  '本市',
  '依照',
  '前款',
  '第一款规定的',
  '县级以上',
  '任何单位',
  '违反本条例',
  '有下列',
);

const bodyText = fc
  .tuple(
    safeStart,
    fc.array(fc.oneof(words, words, crossReference, punctuation, oddments), { maxLength: 14 }),
  )
  .map(([start, rest]) => (start + rest.join('')).trim());
const headingText = fc
  .array(fc.oneof(words, fc.constant('、'), fc.constant('和')), { minLength: 1, maxLength: 4 })
  .map((ws) => ws.join(''))
  .filter((h) => !h.startsWith('、') && !h.endsWith('、'));
const titleText = fc.array(words, { minLength: 1, maxLength: 3 }).map((ws) => `某市${ws.join('')}条例`);
const preambleLine = fc.oneof(
  fc
    .integer({ min: 1980, max: 2030 })
    .map((y) => `（${y}年11月27日某市人民代表大会常务委员会第二十七次会议通过）`),
  bodyText,
);

// ---- Generators of the tree's shape -------------------------------------------------------------------------

interface SubitemSpec {
  punct: '.' | '．' | '、';
  text: string;
}
interface ItemSpec {
  halfWidth: boolean;
  text: string;
  subitems: SubitemSpec[];
}
interface ParagraphSpec {
  text: string;
  subitems: SubitemSpec[];
  items: ItemSpec[];
}
interface ArticleSpec {
  /** An inserted article (之一) following the previous one. */
  inserted: boolean;
  title: string | null;
  paragraphs: ParagraphSpec[];
}
interface DivisionSpec {
  heading: string | null;
  children: DivisionSpec[] | ArticleSpec[];
}

const subitemSpec: fc.Arbitrary<SubitemSpec> = fc.record({
  punct: fc.constantFrom<SubitemSpec['punct']>('.', '．', '、'),
  text: fc.oneof(bodyText, fc.constant('2020年起施行')),
});
const itemSpec: fc.Arbitrary<ItemSpec> = fc.record({
  halfWidth: fc.boolean(),
  text: fc.oneof(bodyText, bodyText, fc.constant('')),
  subitems: fc.oneof(fc.constant<never[]>([]), fc.array(subitemSpec, { maxLength: 3 })),
});
const paragraphSpec: fc.Arbitrary<ParagraphSpec> = fc.record({
  text: bodyText,
  subitems: fc.oneof(
    fc.constant<never[]>([]),
    fc.constant<never[]>([]),
    fc.array(subitemSpec, { maxLength: 2 }),
  ),
  items: fc.oneof(fc.constant<never[]>([]), fc.array(itemSpec, { maxLength: 4 })),
});
const articleSpec = fc
  .record({
    inserted: fc.boolean(),
    title: fc.option(headingText, { freq: 3 }),
    paragraphs: fc.array(paragraphSpec, { maxLength: 3 }),
    // The first paragraph may be empty when items follow a bare 第三条 line.
    emptyFirst: fc.boolean(),
  })
  .map(({ emptyFirst, ...a }): ArticleSpec => {
    const [first, ...rest] = a.paragraphs;
    if (emptyFirst && first && (first.items.length > 0 || first.subitems.length > 0)) {
      return { ...a, paragraphs: [{ ...first, text: '' }, ...rest] };
    }
    return a;
  });
const articles = fc.array(articleSpec, { minLength: 1, maxLength: 4 });

function divisions(levels: DivisionKind[]): fc.Arbitrary<DivisionSpec[]> {
  if (levels.length === 0) return fc.constant<never[]>([]);
  const [, ...below] = levels;
  const children: fc.Arbitrary<DivisionSpec['children']> = below.length === 0 ? articles : divisions(below);
  return fc.array(fc.record({ heading: fc.option(headingText, { freq: 6 }), children }), {
    minLength: 1,
    maxLength: levels.length >= 3 ? 2 : 3,
  });
}

const layout = fc.subarray(DIVISION_KINDS);

interface RegulationSpec {
  title: string;
  preamble: string[];
  arabicArticles: boolean;
  /** The division kinds used, outermost first (a subsequence of DIVISION_KINDS); none for a flat regulation. */
  levels: DivisionKind[];
  /** Divisions at the top when there are levels, else a flat list of articles. */
  body: DivisionSpec[] | ArticleSpec[];
}

const regulation: fc.Arbitrary<RegulationSpec> = fc
  .record({
    title: titleText,
    preamble: fc.array(preambleLine, { maxLength: 2 }),
    arabicArticles: fc.boolean(),
    levels: layout,
  })
  .chain((r) =>
    (r.levels.length === 0
      ? fc.array(articleSpec, { minLength: 1, maxLength: 12 })
      : divisions(r.levels)
    ).map((body): RegulationSpec => ({ ...r, body })),
  );

// ---- The expected tree, built independently of the parser ----------------------------------------------------

function leaf(
  kind: ProvisionKind,
  fields: Omit<ProvisionNode, 'kind' | 'children'>,
  children: ProvisionNode[] = [],
): ProvisionNode {
  return { kind, ...fields, children };
}

function buildExpected(spec: RegulationSpec): ParsedRegulation {
  let articleNumber = 0;
  let insertion = 0;

  const buildArticle = (a: ArticleSpec): ProvisionNode => {
    if (a.inserted && articleNumber > 0) insertion++;
    else {
      articleNumber++;
      insertion = 0;
    }
    const cn = toChineseNumber(articleNumber);
    const suffix = insertion > 0 ? `之${toChineseNumber(insertion)}` : '';
    const label = spec.arabicArticles ? `第${articleNumber}条${suffix}` : `第${cn}条${suffix}`;
    const address = `art_${articleNumber}${insertion > 0 ? `_${insertion}` : ''}`;
    const citation = `第${cn}条${suffix}`;
    const paragraphs = a.paragraphs.map((p, i) => {
      const pAddress = `${address}__para_${i + 1}`;
      const pCitation = `${citation}第${toChineseNumber(i + 1)}款`;
      const subitems = (parentAddress: string, parentCitation: string, list: SubitemSpec[]) =>
        list.map((s, j) =>
          leaf('subitem', {
            label: `${j + 1}${s.punct}`,
            number: j + 1,
            insertion: 0,
            heading: null,
            text: s.text,
            address: `${parentAddress}__subitem_${j + 1}`,
            citation: `${parentCitation}第${j + 1}目`,
          }),
        );
      const items = p.items.map((it, j) => {
        const n = toChineseNumber(j + 1);
        const iAddress = `${pAddress}__item_${j + 1}`;
        const iCitation = `${pCitation}第（${n}）项`;
        return leaf(
          'item',
          {
            label: it.halfWidth ? `(${n})` : `（${n}）`,
            number: j + 1,
            insertion: 0,
            heading: null,
            text: it.text,
            address: iAddress,
            citation: iCitation,
          },
          subitems(iAddress, iCitation, it.subitems),
        );
      });
      return leaf(
        'paragraph',
        {
          label: '',
          number: i + 1,
          insertion: 0,
          heading: null,
          text: p.text,
          address: pAddress,
          citation: pCitation,
        },
        [...subitems(pAddress, pCitation, p.subitems), ...items],
      );
    });
    return leaf(
      'article',
      { label, number: articleNumber, insertion, heading: a.title, text: '', address, citation },
      paragraphs,
    );
  };

  const buildDivisions = (
    list: DivisionSpec[],
    kinds: DivisionKind[],
    parent: ProvisionNode | null,
  ): ProvisionNode[] =>
    list.map((d, i) => {
      const kind = kinds[0];
      const label = `第${toChineseNumber(i + 1)}${WORD[kind]}`;
      const own = `${PREFIX[kind]}_${i + 1}`;
      const node = leaf(kind, {
        label,
        number: i + 1,
        insertion: 0,
        heading: d.heading,
        text: '',
        address: parent ? `${parent.address}__${own}` : own,
        citation: (parent ? parent.citation : '') + label,
      });
      node.children =
        kinds.length > 1
          ? buildDivisions(d.children as DivisionSpec[], kinds.slice(1), node)
          : (d.children as ArticleSpec[]).map(buildArticle);
      return node;
    });

  const provisions =
    spec.levels.length === 0
      ? (spec.body as ArticleSpec[]).map(buildArticle)
      : buildDivisions(spec.body as DivisionSpec[], spec.levels, null);
  return {
    title: spec.title,
    preamble: spec.preamble.length > 0 ? spec.preamble.join('\n') : null,
    provisions,
    warnings: [],
  };
}

// ---- Disturbances real files have -----------------------------------------------------------------------------

interface Noise {
  indents: string[];
  headingSpaces: string[];
  blankLines: boolean;
  crlf: boolean;
  tableOfContents: boolean;
}

const noise: fc.Arbitrary<Noise> = fc.record({
  indents: fc.array(fc.constantFrom('', '', ' ', '　　', '\t', '  '), { minLength: 1, maxLength: 8 }),
  headingSpaces: fc.array(fc.constantFrom('', '', ' ', '　', '　　'), { minLength: 1, maxLength: 8 }),
  blankLines: fc.boolean(),
  crlf: fc.boolean(),
  tableOfContents: fc.boolean(),
});

const DIVISION_LINE = /^(第[零一二三四五六七八九十百千]+(?:分编|编|章|节))\u3000(.+)$/;

function disturb(text: string, n: Noise): string {
  let k = 0;
  const pick = (list: string[]): string => list[k++ % list.length];
  const lines = text.split('\n').map((line) => {
    const m = DIVISION_LINE.exec(line);
    // 第一章　总　则: spaces between the label and the heading and inside the heading.
    const spaced = m ? m[1] + (pick(n.headingSpaces) || ' ') + [...m[2]].join(pick(n.headingSpaces)) : line;
    return line === '' ? line : pick(n.indents) + spaced;
  });
  return lines.join(n.crlf ? '\r\n' : '\n');
}

function hasDivisions(p: ParsedRegulation): boolean {
  return p.provisions.some((n) => n.kind !== 'article');
}

// ---- Properties -------------------------------------------------------------------------------------------------

describe('parseRegulation ∘ renderRegulation (property)', () => {
  it('gives back the same tree for any regulation, however it is laid out', () => {
    fc.assert(
      fc.property(regulation, noise, (spec, n) => {
        const want = buildExpected(spec);
        const text = disturb(
          renderRegulation(want, { blankLines: n.blankLines, tableOfContents: n.tableOfContents }),
          n,
        );
        const got = parseRegulation(text);
        expect(got.provisions).toEqual(want.provisions);
        expect(got.title).toBe(want.title);
        expect(got.preamble).toBe(want.preamble);
        const toc = n.tableOfContents && hasDivisions(want);
        expect(got.warnings.map((w) => w.code)).toEqual(toc ? ['TABLE_OF_CONTENTS_SKIPPED'] : []);
      }),
      { numRuns: 300 },
    );
  });

  it('renders a parsed tree to text that parses to the same tree (idempotence)', () => {
    fc.assert(
      fc.property(regulation, (spec) => {
        const first = parseRegulation(renderRegulation(buildExpected(spec)));
        const second = parseRegulation(renderRegulation(first));
        expect(second).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('reports exactly one gap when an article is taken out', () => {
    fc.assert(
      fc.property(regulation, fc.nat(), (spec, pick) => {
        const want = buildExpected(spec);
        const articlesInOrder = allProvisions(want.provisions).filter((a) => a.kind === 'article');
        // Only a base article (no 之N) followed by a different base article leaves a detectable gap.
        const removable = articlesInOrder.filter(
          (a, i) =>
            a.insertion === 0 && i + 1 < articlesInOrder.length && articlesInOrder[i + 1].number !== a.number,
        );
        fc.pre(removable.length > 0);
        const victim = removable[pick % removable.length];
        const without = (nodes: ProvisionNode[]): ProvisionNode[] =>
          nodes.filter((x) => x !== victim).map((x) => ({ ...x, children: without(x.children) }));
        const got = parseRegulation(renderRegulation({ ...want, provisions: without(want.provisions) }));
        const gaps = got.warnings.filter((w) => w.code === 'NUMBER_GAP');
        expect(gaps).toHaveLength(1);
        expect(gaps[0].message).toContain(`缺少第${toChineseNumber(victim.number)}条`);
        expect(got.warnings).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws, keeps addresses unique and warnings on real lines, whatever the lines are', () => {
    const line = fc.oneof(
      bodyText,
      fc
        .tuple(
          fc.integer({ min: 1, max: 60 }),
          fc.constantFrom('', '之一', '之二'),
          fc.constantFrom(' ', '', '　'),
        )
        .map(([n, ins, sp]) => `第${toChineseNumber(n)}条${ins}${sp}依照第${toChineseNumber(n)}条。`),
      fc
        .tuple(fc.integer({ min: 1, max: 5 }), fc.constantFrom('编', '分编', '章', '节'))
        .map(([n, w]) => `第${toChineseNumber(n)}${w}　总　则`),
      fc.integer({ min: 1, max: 12 }).map((n) => `（${toChineseNumber(n)}）${n}项。`),
      fc.integer({ min: 1, max: 5 }).map((n) => `${n}．目。`),
      fc.constantFrom('目　录', '附　则', '附件一', '', '　', '第', '（', '1.', '第十条之'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const text = lines.join('\n');
        const got = parseRegulation(text);
        const all = allProvisions(got.provisions);
        expect(new Set(all.map((x) => x.address)).size).toBe(all.length);
        const lineCount = text.split(/\r\n|[\r\n\u2028\u2029\u0085]/).length;
        for (const w of got.warnings) {
          expect(w.line).toBeGreaterThanOrEqual(1);
          expect(w.line).toBeLessThanOrEqual(lineCount);
          expect(w.message).toMatch(/[\u4e00-\u9fff]/);
        }
        for (const a of all.filter((x) => x.kind === 'article')) {
          expect(a.address).toMatch(/^art_\d+(_\d+)?(__dup_\d+)?$/);
          for (const d of allProvisions(a.children))
            expect(d.address.startsWith(`${a.address}__`)).toBe(true);
          for (const d of allProvisions(a.children)) expect(d.citation.startsWith(a.citation)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
