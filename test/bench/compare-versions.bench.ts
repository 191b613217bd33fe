/**
 * Benchmark of the version comparison on a Civil-Code-sized draft: 1,260 articles under 7 parts (编), their chapters and
 * some sections, and a second version with insertions and deletions (renumbering everything after them), articles moved
 * to other chapters, splits, merges, small edits and width-only changes. Prints timings, the counts per classification
 * and how many of the known edits were recovered exactly, then timings for other inputs (an identical copy, a heavy
 * revision, an unrelated draft). Run: npm run bench:compare (DEBUG=1 also lists every entry that differs from the edits).
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { ProvisionNode } from '../../libs/drafts/src/provision.js';
import {
  ARTICLE_CHANGE_KINDS,
  compareVersions,
  type ArticleChangeKind,
  type VersionComparison,
} from '../../libs/drafts/src/compare/index.js';
import { article, container, toChineseNumeral } from '../../libs/drafts/src/compare/testing.js';

const ARTICLES = 1260;
const RUNS = 9;
const SEED = 20200528; // the day the Civil Code was adopted

// ------------------------------------------------------------------------------------------------ seeded randomness
let state = SEED;
function random(): number {
  // mulberry32: reproducible figures from one run to the next.
  state = (state + 0x6d2b79f5) | 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n: number): number => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
const chance = (p: number): boolean => random() < p;

// ------------------------------------------------------------------------------------------------ legal wording
const SUBJECTS = [
  '民事主体',
  '自然人',
  '法人',
  '非法人组织',
  '当事人',
  '债权人',
  '债务人',
  '监护人',
  '被监护人',
  '出卖人',
  '买受人',
  '出租人',
  '承租人',
  '贷款人',
  '借款人',
  '承揽人',
  '定作人',
  '委托人',
  '受托人',
  '行纪人',
  '物业服务人',
  '业主',
  '所有权人',
  '用益物权人',
  '抵押权人',
  '质权人',
  '继承人',
  '被继承人',
  '遗嘱执行人',
  '侵权人',
  '被侵权人',
  '网络服务提供者',
  '机动车所有人',
  '医疗机构',
  '饲养动物的人',
  '建设单位',
  '保证人',
  '合伙人',
  '收养人',
  '村民委员会',
];
const MODALS = ['应当', '可以', '不得', '有权', '应当依法', '可以依法'];
const PREDICATES = [
  '按照约定全面履行自己的义务',
  '遵循诚信原则',
  '及时通知对方',
  '采取适当措施防止损失的扩大',
  '承担相应的民事责任',
  '请求对方承担违约责任',
  '向人民法院提起诉讼',
  '请求人民法院或者仲裁机构予以撤销',
  '妥善保管受领的财产',
  '按照约定的期限支付价款',
  '对标的物进行检验',
  '承担赔偿责任',
  '请求返还原物',
  '请求排除妨碍或者消除危险',
  '在合理期限内提出异议',
  '保守在订立合同过程中知悉的商业秘密',
  '办理登记手续',
  '向有关部门报告',
  '提供必要的协助',
  '将处理情况告知对方',
  '按照国家有关规定办理',
  '履行监督管理职责',
  '维护被监护人的合法权益',
  '尊重被监护人的真实意愿',
  '支付相应的报酬',
  '返还不当利益',
  '解除合同',
  '中止履行',
  '要求提供担保',
  '行使撤销权',
  '主张抵销',
  '将标的物提存',
  '转让其权利',
  '请求继续履行',
  '采取补救措施',
  '赔偿对方因此受到的损失',
  '依法办理批准等手续',
  '承担连带责任',
  '承担补充责任',
  '请求停止侵害',
  '公开有关信息',
  '保障相关人员的安全',
];
const CONDITIONS = [
  '因不可抗力不能履行合同的，',
  '当事人一方不履行合同义务或者履行合同义务不符合约定的，',
  '法律另有规定的，',
  '当事人对履行期限约定不明确的，',
  '在履行期限届满前，',
  '情况紧急的，',
  '经对方同意的，',
  '有正当理由的，',
  '损害发生后，',
  '在合同有效期内，',
  '标的物在交付之前毁损、灭失的，',
  '依法成立的合同，',
  '发生争议的，',
  '因第三人的原因造成损害的，',
  '被监护人有财产的，',
  '当事人约定一方解除合同事由的，',
  '债务人下落不明的，',
  '在诉讼时效期间的最后六个月内，',
  '权利人知道或者应当知道权利受到损害之日起，',
  '遗产分割前，',
];
const EXCEPTIONS = [
  '法律另有规定或者当事人另有约定的除外',
  '当事人另有约定的除外',
  '依照法律规定或者按照其性质不得转让的除外',
  '有相反证据足以推翻的除外',
  '受害人故意造成损害的除外',
  '按照交易习惯不需要通知的除外',
];
const CONSEQUENCES = [
  '应当承担侵权责任',
  '对方可以请求其承担违约责任',
  '该民事法律行为无效',
  '应当承担赔偿责任',
  '由有关部门责令改正',
  '人民法院可以根据当事人的请求予以变更',
  '其他当事人可以请求其赔偿损失',
  '应当依法予以返还',
];
const ITEMS = [
  '当事人协商一致',
  '因不可抗力致使不能实现合同目的',
  '债务已经按照约定履行',
  '债务相互抵销',
  '债务人依法将标的物提存',
  '债权人免除债务',
  '债权债务同归于一人',
  '在履行期限届满前，当事人一方明确表示不履行主要债务',
  '当事人一方迟延履行主要债务，经催告后在合理期限内仍未履行',
  '经营状况严重恶化',
  '转移财产、抽逃资金，以逃避债务',
  '丧失商业信誉',
  '故意杀害被继承人',
  '伪造、篡改、隐匿或者销毁遗嘱，情节严重',
  '违反法律、行政法规的强制性规定',
  '以欺诈、胁迫的手段订立合同',
  '抵押财产被拍卖、变卖',
  '主债权消灭',
  '担保物权实现',
  '债权人放弃担保物权',
  '标的物的名称、数量和质量',
  '价款或者报酬',
  '履行期限、地点和方式',
  '违约责任',
  '解决争议的方法',
];
const PERIODS = [
  '三日',
  '七日',
  '十日',
  '十五日',
  '三十日',
  '六十日',
  '九十日',
  '六个月',
  '一年',
  '二年',
  '三年',
  '五年',
];

function sentence(): string {
  switch (int(5)) {
    case 0:
      return `${pick(CONDITIONS)}${pick(SUBJECTS)}${pick(MODALS)}${pick(PREDICATES)}，并${pick(PREDICATES)}。`;
    case 1:
      return `${pick(SUBJECTS)}${pick(MODALS)}${pick(PREDICATES)}；但是，${pick(EXCEPTIONS)}。`;
    case 2:
      return `${pick(SUBJECTS)}违反约定${pick(PREDICATES.slice(20))}的，${pick(CONSEQUENCES)}。`;
    case 3:
      return `${pick(SUBJECTS)}应当自${pick(['知道或者应当知道撤销事由', '收到通知', '合同成立', '标的物交付', '继承开始'])}之日起${pick(PERIODS)}内${pick(PREDICATES)}。`;
    default:
      return `${pick(CONDITIONS)}依照本法第${toChineseNumeral(1 + int(ARTICLES))}条的规定，${pick(SUBJECTS)}${pick(MODALS)}${pick(PREDICATES)}。`;
  }
}

function paragraph(): string {
  let p = '';
  for (let i = 1 + int(3); i > 0; i--) p += sentence();
  return p;
}

/** An article's text, one line per paragraph or item (as the test helper `article()` reads it). */
function articleBody(): string {
  const lines = [paragraph()];
  if (chance(0.18)) {
    lines.push(`有下列情形之一的，${pick(SUBJECTS)}${pick(MODALS)}${pick(PREDICATES)}：`);
    const n = 3 + int(4);
    for (let i = 1; i <= n; i++)
      lines.push(
        `（${toChineseNumeral(i)}）${i === n ? '法律规定的其他情形' : pick(ITEMS)}${i === n ? '。' : '；'}`,
      );
  }
  for (let extra = chance(0.35) ? 1 + int(2) : 0; extra > 0; extra--) lines.push(paragraph());
  return lines.join('\n');
}

// ------------------------------------------------------------------------------------------------ the two versions
interface Draft {
  id: number;
  text: string;
  /** Index of the chapter (across the whole draft) the article sits in. */
  chapter: number;
  /** 1 or 2 in a chapter divided into sections (节), 0 otherwise. */
  section: number;
}
interface Chapter {
  part: number;
  heading: string;
  /** Long chapters are divided into two sections (节). */
  sectioned: boolean;
}

const PART_HEADINGS = ['总则', '物权', '合同', '人格权', '婚姻家庭', '继承', '侵权责任'];
/** The second version adds a chapter at the end of this part (合同编), shifting the later chapters' numbers. */
const NEW_CHAPTER_PART = 2;
const PART_SHARE = [204, 258, 526, 51, 79, 45, 97]; // the Civil Code's articles per part: 1,260 in all

function firstVersion(): { drafts: Draft[]; chapters: Chapter[] } {
  const drafts: Draft[] = [];
  const chapters: Chapter[] = [];
  PART_SHARE.forEach((count, part) => {
    let left = count;
    while (left > 0) {
      const size = Math.min(left, 6 + int(20));
      const chapter = chapters.length;
      chapters.push({
        part,
        heading: `${PART_HEADINGS[part]}规定${toChineseNumeral(chapter + 1)}`,
        sectioned: size >= 18,
      });
      for (let i = 0; i < size; i++) {
        drafts.push({
          id: drafts.length,
          text: articleBody(),
          chapter,
          section: size < 18 ? 0 : i < size / 2 ? 1 : 2,
        });
      }
      left -= size;
    }
  });
  return { drafts, chapters };
}

/** What the second version did to the articles, to check the comparison against. */
interface Truth {
  kind: ArticleChangeKind;
  from: number[]; // ids in version 1
  to: Draft[]; // articles in version 2 (their ids are new when they were added or split off)
}

function smallEdit(text: string): string {
  const edits = [
    (t: string) => t.replace(/应当/, '应当及时'),
    (t: string) => t.replace(/。/, '，并报有关部门备案。'),
    (t: string) => t.replace(/[三七十]日/, '十五日'),
    (t: string) => t.replace(/当事人/, '合同当事人'),
    (t: string) => t.replace(/，并[^。]*。/, '。'),
    (t: string) => t.replace(/民事责任/, '法律责任'),
  ];
  for (let attempt = 0; attempt < 10; attempt++) {
    const edited = pick(edits)(text);
    if (edited !== text) return edited;
  }
  return `${text.slice(0, -1)}，具体办法由国务院规定。`;
}

function secondVersion(v1: Draft[], chapters: Chapter[]): { drafts: Draft[]; truths: Truth[] } {
  let nextId = v1.length;
  const v2 = v1.map((d) => ({ ...d }));
  const truths = new Map<number, Truth>(); // by v1 id, for the articles the edits touch
  const touched = new Set<number>();
  const untouchedIndex = (minParagraphs = 1): number => {
    for (;;) {
      const i = int(v2.length);
      const d = v2[i];
      if (d.id < v1.length && !touched.has(d.id) && d.text.split('\n').length >= minParagraphs) return i;
    }
  };

  for (let k = 0; k < 150; k++) {
    const i = untouchedIndex();
    touched.add(v2[i].id);
    v2[i].text = smallEdit(v2[i].text);
    truths.set(v2[i].id, { kind: 'MODIFIED', from: [v2[i].id], to: [v2[i]] });
  }
  for (let k = 0; k < 10; k++) {
    const i = untouchedIndex();
    touched.add(v2[i].id);
    v2[i].text = v2[i].text.replace(/，/g, ',').replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')');
    truths.set(v2[i].id, { kind: 'UNCHANGED', from: [v2[i].id], to: [v2[i]] });
  }
  for (let k = 0; k < 12; k++) {
    const i = untouchedIndex(2);
    const d = v2[i];
    touched.add(d.id);
    const lines = d.text.split('\n');
    const cut = lines.findIndex((l, j) => j > 0 && !l.startsWith('（'));
    const at = cut > 0 ? cut : 1;
    const piece: Draft = {
      id: nextId++,
      text: lines.slice(at).join('\n'),
      chapter: d.chapter,
      section: d.section,
    };
    d.text = lines.slice(0, at).join('\n');
    v2.splice(i + 1, 0, piece);
    truths.set(d.id, { kind: 'SPLIT', from: [d.id], to: [d, piece] });
  }
  for (let k = 0; k < 12; k++) {
    let i = untouchedIndex();
    while (i + 1 >= v2.length || touched.has(v2[i + 1].id) || v2[i + 1].id >= v1.length) i = untouchedIndex();
    const [a, b] = [v2[i], v2[i + 1]];
    touched.add(a.id);
    touched.add(b.id);
    a.text = `${a.text}\n${b.text}`;
    v2.splice(i + 1, 1);
    truths.set(a.id, { kind: 'MERGED', from: [a.id, b.id], to: [a] });
    truths.set(b.id, truths.get(a.id) as Truth);
  }
  for (let k = 0; k < 25; k++) {
    const i = untouchedIndex();
    const d = v2[i];
    touched.add(d.id);
    const modified = k % 5 === 0;
    if (modified) d.text = smallEdit(d.text);
    v2.splice(i, 1);
    let to = int(v2.length);
    while (v2[to].chapter === d.chapter) to = int(v2.length);
    d.chapter = v2[to].chapter;
    d.section = v2[to].section;
    v2.splice(to, 0, d);
    truths.set(d.id, { kind: 'MOVED', from: [d.id], to: [d] });
  }
  for (let k = 0; k < 30; k++) {
    const i = untouchedIndex();
    touched.add(v2[i].id);
    truths.set(v2[i].id, { kind: 'REMOVED', from: [v2[i].id], to: [] });
    v2.splice(i, 1);
  }
  const added: Truth[] = [];
  for (let k = 0; k < 40; k++) {
    const i = int(v2.length);
    const d: Draft = { id: nextId++, text: articleBody(), chapter: v2[i].chapter, section: v2[i].section };
    v2.splice(i, 0, d);
    added.push({ kind: 'ADDED', from: [], to: [d] });
  }
  // A new chapter at the end of the third part: five new articles, and the later chapters shift their numbers.
  const lastOfContracts = v2.findLastIndex((d) => chapters[d.chapter].part === NEW_CHAPTER_PART);
  for (let k = 0; k < 5; k++) {
    const d: Draft = { id: nextId++, text: articleBody(), chapter: chapters.length, section: 0 };
    v2.splice(lastOfContracts + 1 + k, 0, d);
    added.push({ kind: 'ADDED', from: [], to: [d] });
  }
  const all = [...new Set(truths.values()), ...added];
  for (const d of v2) {
    if (d.id < v1.length && !touched.has(d.id)) all.push({ kind: 'UNCHANGED', from: [d.id], to: [d] });
  }
  return { drafts: v2, truths: all };
}

/** Numbers the articles 1…n through the whole draft (as the Civil Code does) and builds 编/章/节. */
function build(
  drafts: Draft[],
  chapters: Chapter[],
): { tree: ProvisionNode[]; addressOf: Map<Draft, string> } {
  const addressOf = new Map<Draft, string>();
  const order: number[] = [];
  for (const d of drafts) if (order[order.length - 1] !== d.chapter) order.push(d.chapter);
  const tree: ProvisionNode[] = [];
  let number = 0;
  const chapterNumberInPart = new Map<number, number>();
  for (const c of order) {
    const part = c < chapters.length ? chapters[c].part : NEW_CHAPTER_PART;
    let partNode = tree[tree.length - 1];
    if (partNode === undefined || partNode.number !== part + 1) {
      partNode = container('part', part + 1, PART_HEADINGS[part], [], '');
      tree.push(partNode);
    }
    const chapterNumber = (chapterNumberInPart.get(part) ?? 0) + 1;
    chapterNumberInPart.set(part, chapterNumber);
    const prefix = `part_${part + 1}__chp_${chapterNumber}__`;
    const members = drafts.filter((d) => d.chapter === c);
    const articles = members.map((d) => {
      number++;
      const node = article(number, d.text, { prefix });
      addressOf.set(d, node.address);
      return node;
    });
    const heading = c < chapters.length ? chapters[c].heading : '新增规定';
    const children =
      c < chapters.length && chapters[c].sectioned
        ? [
            container(
              'section',
              1,
              '一般规定',
              articles.filter((_, k) => members[k].section === 1),
              prefix,
            ),
            container(
              'section',
              2,
              '特别规定',
              articles.filter((_, k) => members[k].section === 2),
              prefix,
            ),
          ]
        : articles;
    partNode.children.push(container('chapter', chapterNumber, heading, children, `part_${part + 1}__`));
  }
  return { tree, addressOf };
}

// ------------------------------------------------------------------------------------------------ run
function time(
  before: ProvisionNode[],
  after: ProvisionNode[],
): { timings: number[]; result: VersionComparison } {
  let result = compareVersions(before, after); // warm-up: JIT
  const timings: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    result = compareVersions(before, after);
    timings.push(performance.now() - t0);
  }
  return { timings: timings.sort((a, b) => a - b), result };
}
const ms = (x: number): string => x.toFixed(1);
const figures = (t: number[]): string =>
  `median ${ms(t[t.length >> 1])} ms, min ${ms(t[0])} ms, max ${ms(t[t.length - 1])} ms`;
const countsOf = (r: VersionComparison): string =>
  ARTICLE_CHANGE_KINDS.filter((k) => r.summary.counts[k] > 0)
    .map((k) => `${k} ${r.summary.counts[k]}`)
    .join(', ');

const { drafts: v1, chapters } = firstVersion();
const { drafts: v2, truths } = secondVersion(v1, chapters);
const before = build(v1, chapters);
const after = build(v2, chapters);
const characters = v1.reduce((n, d) => n + d.text.length, 0);
const { timings, result } = time(before.tree, after.tree);

// How many of the known edits came out exactly as made: same kind, same old articles, same new articles.
const key = (kind: string, from: string[], to: string[]): string =>
  `${kind}|${[...from].sort().join(',')}|${[...to].sort().join(',')}`;
const v1Address = new Map(v1.map((d) => [d.id, before.addressOf.get(d) ?? '']));
const zero = (): Record<ArticleChangeKind, number> =>
  Object.fromEntries(ARTICLE_CHANGE_KINDS.map((k) => [k, 0])) as Record<ArticleChangeKind, number>;
const expected = new Map<string, ArticleChangeKind>();
const expectedCounts = zero();
for (const t of truths) {
  const from = t.from.map((id) => v1Address.get(id) ?? '');
  expected.set(
    key(
      t.kind,
      from,
      t.to.map((d) => after.addressOf.get(d) ?? ''),
    ),
    t.kind,
  );
  expectedCounts[t.kind]++;
}
const recovered = zero();
const found = new Set<string>();
for (const c of result.changes) {
  const k = key(
    c.kind,
    c.from.map((a) => a.address),
    c.to.map((a) => a.address),
  );
  found.add(k);
  const kind = expected.get(k);
  if (kind !== undefined) recovered[kind]++;
  else if (process.env.DEBUG) console.log('unexpected:', c.description, c.similarity.toFixed(2));
}
if (process.env.DEBUG) for (const [k] of expected) if (!found.has(k)) console.log('missed:', k);

console.log(
  `版本比较基准 compareVersions: ${v1.length} → ${v2.length} articles (7 编, ${chapters.length} 章), ` +
    `${characters.toLocaleString('en')} characters in version 1; ${RUNS} timed runs after a warm-up`,
);
console.log(
  `  ${figures(timings)} (target < 1000 ms; ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)})`,
);
console.log(`  entries: ${result.changes.length}, of which renumbered: ${result.summary.renumbered}`);
console.log('  kind        found   made   made & found exactly');
for (const k of ARTICLE_CHANGE_KINDS) {
  const row = [result.summary.counts[k], expectedCounts[k]].map((x) => String(x).padStart(6)).join(' ');
  console.log(`  ${k.padEnd(10)} ${row} ${String(recovered[k]).padStart(8)}`);
}
const moved = result.changes.filter((c) => c.kind === 'MOVED');
console.log(
  `  MOVED: ${moved.filter((c) => c.relocated).length} to another chapter/section, ` +
    `${moved.filter((c) => c.reordered && !c.relocated).length} reordered only, ` +
    `${moved.filter((c) => c.textChanged).length} with text changes; ` +
    `${result.changes.filter((c) => c.formattingChanged).length} UNCHANGED with width-only changes`,
);
for (const example of [
  result.changes.find((c) => c.renumbered && c.kind === 'UNCHANGED'),
  result.changes.find((c) => c.kind === 'MODIFIED' && c.renumbered),
  ...(['MOVED', 'SPLIT', 'MERGED', 'ADDED', 'REMOVED'] as const).map((k) =>
    result.changes.find((c) => c.kind === k),
  ),
]) {
  if (example !== undefined) console.log(`  e.g. ${example.description}`);
}

// Other shapes of input: the best case, a heavy revision, and the worst case for the candidate search.
const identical = time(before.tree, build(v1, chapters).tree);
const heavy = build(
  v1.map((d) => (chance(0.4) ? { ...d, text: smallEdit(smallEdit(smallEdit(d.text))) } : d)),
  chapters,
);
const heavyRun = time(before.tree, heavy.tree);
const unrelated = firstVersion();
const unrelatedRun = time(before.tree, build(unrelated.drafts, unrelated.chapters).tree);
console.log('Other inputs:');
console.log(`  identical copy:                 ${figures(identical.timings)}; ${countsOf(identical.result)}`);
console.log(`  40% of articles edited 3 times: ${figures(heavyRun.timings)}; ${countsOf(heavyRun.result)}`);
console.log(
  `  an unrelated draft:             ${figures(unrelatedRun.timings)}; ${countsOf(unrelatedRun.result)}`,
);
