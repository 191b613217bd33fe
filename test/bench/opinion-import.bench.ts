/**
 * Benchmark of the opinion spreadsheet import: the real template for a draft of 60 provisions (articles, paragraphs,
 * items), filled with 10,000 realistic opinions (2% of them invalid in some way), parsed after one warm-up run a few
 * times. Prints the file's size, the median and fastest parse, and the memory: the heap's peak during a parse (over
 * what was in use before it) and what the result holds once the workbook is garbage. The whole import (parse and
 * database insert) must stay under 10 s; the parse should be a small part of it.
 * Run: npx tsx test/bench/opinion-import.bench.ts
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { toChineseNumber } from '../../libs/drafts/src/parser/chinese-numerals.js';
import {
  CHANNEL_LABELS,
  CONTRIBUTOR_CATEGORY_LABELS,
  OPINION_LIMITS,
} from '../../libs/feedback/src/feedback.enums.js';
import {
  parseOpinionSheet,
  type OpinionSheetResult,
} from '../../libs/feedback/src/spreadsheet/opinion-import.js';
import type { TemplateProvision } from '../../libs/feedback/src/spreadsheet/opinion-template.js';
import {
  openTemplate,
  setRow,
  toBuffer,
  type RowCells,
} from '../../libs/feedback/src/spreadsheet/testing.js';

const ROWS = OPINION_LIMITS.importRows;
const RUNS = 5;
const TODAY = '2024-06-30';
const TARGET_MS = 5000;

// A deterministic generator, so that every run measures the same file.
// mulberry32: an LCG's low bits repeat too soon to make 10,000 different opinions.
let seed = 20240301;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** 60 provisions: 48 articles, four of them with two paragraphs and an item cited as well. */
function provisions(): TemplateProvision[] {
  const out: TemplateProvision[] = [];
  for (let a = 1; a <= 48; a++) {
    const article = `第${toChineseNumber(a)}条`;
    out.push({ address: `art_${a}`, citation: article, label: a === 1 ? '立法目的' : undefined });
    if (a % 12 === 5) {
      out.push({ address: `art_${a}__para_1`, citation: `${article}第一款` });
      out.push({ address: `art_${a}__para_2`, citation: `${article}第二款` });
      out.push({ address: `art_${a}__para_1__item_2`, citation: `${article}第一款第（二）项` });
    }
  }
  return out;
}

const SUBJECTS = [
  '养犬人',
  '物业服务企业',
  '居民委员会',
  '公安机关',
  '农业农村部门',
  '城市管理部门',
  '动物诊疗机构',
];
const FROM_TO: Array<[string, string]> = [
  ['应当', '可以'],
  ['十五日内', '三十日内'],
  ['每年', '每两年'],
  ['处二百元以上五百元以下罚款', '处五百元以上一千元以下罚款'],
  ['禁止', '限制'],
  ['县级以上人民政府', '区县人民政府'],
];
const CHANGES = [
  (c: string, s: string, [a, b]: [string, string]) => `建议将${c}中的“${a}”修改为“${b}”。`,
  (c: string, s: string) => `建议在${c}中增加一款：“${s}应当建立犬只登记信息共享机制，方便群众办理。”`,
  (c: string) => `建议删除${c}，该规定与上位法重复。`,
  (c: string, s: string) =>
    `${c}对${s}的责任规定不够明确，建议细化具体职责和工作流程，明确牵头部门，避免多头管理、相互推诿的情况。` +
    '同时建议增加对违法行为的举报奖励制度，调动群众参与的积极性。',
];
const DETAILS = [
  '特别是老旧小区没有物业，执行主体不明确。',
  '建议参考成都、杭州等地的做法，设置过渡期。',
  '登记费用应当降低或者免除，以提高登记率。',
  '烈性犬、大型犬的目录应当由市公安机关会同有关部门制定并公布。',
  '对于导盲犬、扶助犬等工作犬应当作出例外规定。',
  '建议明确“拴绳”的长度标准，便于执法认定。',
];
const REASONS = [
  '基层实际情况复杂，一刀切的规定难以执行，且可能增加群众负担。',
  '与《中华人民共和国动物防疫法》的相关规定不一致，建议保持衔接。',
  '在院坝会上多位居民提出，夜间遛犬扰民问题突出，需要更具体的规定。',
  '现行条款缺少操作性，执法人员反映难以认定。',
  '',
];
const PLACES = [
  '北碚区天生街道丽园社区活动室',
  '施家梁镇人民政府会议室',
  '西南大学国家治理学院',
  '缙云律师事务所',
  '区总工会职工之家',
];
const UNITS = ['天生街道丽园社区', '施家梁镇', '重庆缙云律师事务所', '北碚区总工会', '西南大学', ''];
const TAGS = ['养犬', '文明养犬', '犬只登记', '罚则', '部门职责', '免疫', '流浪犬'];
const CHANNELS = Object.values(CHANNEL_LABELS);
const CATEGORIES = Object.values(CONTRIBUTOR_CATEGORY_LABELS);

function opinionRow(provisionList: TemplateProvision[], i: number): { cells: RowCells; valid: boolean } {
  const provision = random() < 0.08 ? null : pick(provisionList);
  const citation = provision?.citation ?? '本条例';
  const subject = pick(SUBJECTS);
  const day = 1 + Math.floor(random() * 28);
  const cells: RowCells = {
    provision: provision ? provision.citation : '总体意见',
    // Real opinions are written one by one: a template, then details that make almost every text different.
    proposedChange:
      pick(CHANGES)(citation, subject, pick(FROM_TO)) +
      (random() < 0.6 ? pick(DETAILS) : '') +
      `据${pick(UNITS) || '本社区'}${2 + Math.floor(random() * 300)}户居民反映，此问题较为普遍。`,
    reason: pick(REASONS) || null,
    channel: pick(CHANNELS),
    gatheredOn:
      random() < 0.5
        ? new Date(Date.UTC(2024, 2 + Math.floor(random() * 3), day))
        : `2024年${3 + (i % 3)}月${day}日`,
    place: pick(PLACES),
    peopleRepresented: 1 + Math.floor(random() * 30),
    contributorCategory: pick(CATEGORIES),
    contributorUnit: pick(UNITS) || null,
    tags: [pick(TAGS), pick(TAGS)].join('、'),
  };
  // About 2% of rows carry one of the mistakes collectors make.
  if (i % 50 === 7) {
    const mistake = ((i / 50) % 5) | 0;
    if (mistake === 0) cells.proposedChange = null;
    else if (mistake === 1) cells.provision = '第九十九条';
    else if (mistake === 2) cells.gatheredOn = '2024-13-45';
    else if (mistake === 3) cells.peopleRepresented = '约二十人';
    else cells.channel = '开会';
    return { cells, valid: false };
  }
  return { cells, valid: true };
}

async function buildFile(): Promise<{ buffer: Buffer; provisionList: TemplateProvision[]; invalid: number }> {
  const provisionList = provisions();
  const { workbook, sheet } = await openTemplate({ provisions: provisionList, keepValidations: true });
  let invalid = 0;
  for (let i = 0; i < ROWS; i++) {
    const { cells, valid } = opinionRow(provisionList, i);
    if (!valid) invalid++;
    setRow(sheet, i + 2, cells);
  }
  return { buffer: await toBuffer(workbook), provisionList, invalid };
}

/** The garbage collector, exposed at run time so that `npx tsx` needs no --expose-gc. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const built = performance.now();
const { buffer, provisionList, invalid } = await buildFile();
console.log(
  `opinion import: ${ROWS.toLocaleString('en')} rows on ${provisionList.length} provisions (${invalid} invalid), ` +
    `file ${mb(buffer.length)}, built in ${((performance.now() - built) / 1000).toFixed(1)} s`,
);
console.log(`  machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(2)}`);

const context = { provisions: provisionList, today: TODAY };
await parseOpinionSheet(buffer, context); // warm-up: the figures should measure optimised code
const times: number[] = [];
let result: OpinionSheetResult | undefined;
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  result = await parseOpinionSheet(buffer, context);
  times.push(performance.now() - start);
}
if (!result) throw new Error('no result');

// Memory, in a run of its own: the heap (plus buffers outside it) sampled while the parse runs, and what stays.
result = undefined;
const collect = collector();
// After a turn of the event loop (the last awaited promise, and so its value, stays reachable until the next
// await), and twice (a first full collection can leave what finalisers release for the second).
const gc = async (): Promise<void> => {
  await new Promise((resolve) => setImmediate(resolve));
  collect();
  collect();
};
await gc();
const used = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};
const before = used();
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, used())), 1);
result = await parseOpinionSheet(buffer, context);
clearInterval(sampler);
peak = Math.max(peak, used());
await gc();
// What the result holds: the heap with it, then without it (any other leftovers of the parse are in both).
const withResult = used();
const summary = summarise(result);
result = undefined;
await gc();
const held = withResult - used();

const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];

console.log(
  `  parse: median ${median.toFixed(0)} ms, fastest ${sorted[0].toFixed(0)} ms over ${RUNS} runs ` +
    `(${Math.round(ROWS / (median / 1000)).toLocaleString('en')} rows/s)`,
);
console.log(`  result: ${summary.text}`);
console.log(
  `  memory: peak ${mb(peak - before)} above the ${mb(before)} in use before the parse (sampled every ms), ` +
    `${mb(held)} held by the result; process RSS now ${mb(process.memoryUsage().rss)}`,
);
console.log(
  `  target < ${TARGET_MS} ms for the parse (the whole import < 10 s): ${median < TARGET_MS ? 'met' : 'NOT MET'}`,
);
if (summary.totalRows !== ROWS || summary.read !== ROWS - invalid) {
  console.log('  MISMATCH: every row should be read or reported');
  process.exitCode = 1;
}
if (median >= TARGET_MS) process.exitCode = 1;

function summarise(r: OpinionSheetResult): { text: string; totalRows: number; read: number } {
  const codes = new Map<string, number>();
  for (const e of r.errors) codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
  const distinct = new Set(r.rows.map((row) => row.value.proposedChange)).size;
  return {
    text:
      `${r.rows.length} rows read (${distinct} different texts), ${r.errors.length} errors on ` +
      `${new Set(r.errors.map((e) => e.row)).size} rows (${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}), ` +
      `totalRows ${r.totalRows}`,
    totalRows: r.totalRows,
    read: r.rows.length,
  };
}
