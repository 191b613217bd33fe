/**
 * Synthetic public opinions (意见建议) on a Civil-Code-sized draft, for benchmarks (in memory or through a database).
 *
 * The draft: 1,260 articles (`art_1` … `art_1260`, numbered through as the Civil Code is), whose texts are the real
 * articles of the fixture regulations (test/fixtures/regulations/*.txt: 刑法, 个人信息保护法 and three local
 * regulations), taken in turn and reused from the start once all 769 have been used.
 *
 * The opinions read like the ones a contact point collects: 建议将第X条中的“…”修改为“…”, 建议在第X条中增加…,
 * 建议删除…, 第X条中“…”的表述不够明确…, each with a reason (理由), quoting the real wording of the article. 30% are
 * copies of a few dozen mass campaigns (网上集中征集), each campaign a master text and a few edited variants, copied
 * with small edits: formatting (spaces, half-width punctuation, full-width digits), 我认为/本人建议 prefixes, 望采纳
 * endings, a word swapped, a sentence added or left out. Independent opinions mostly carry a detail of their own
 * (a place, a number, what happened), as real ones do. Opinions are skewed towards a few provisions (Zipf, s = 1.1,
 * over the articles in a fixed shuffled order; campaigns target the most discussed ones, two of the 40 are general),
 * and 4% of the independent ones are general opinions (总体意见, no provision).
 *
 * Everything is seeded (mulberry32): the same `count` and `seed` give the same opinions, in the same order.
 */
import { readFileSync } from 'node:fs';
import { toChineseNumber } from '../../../libs/drafts/src/parser/chinese-numerals.js';

export const DRAFT_ARTICLE_COUNT = 1260;
/** Share of the opinions that are copies of a mass campaign. */
export const CAMPAIGN_SHARE = 0.3;
/** Share of the independent opinions that concern no provision (总体意见). */
export const GENERAL_SHARE = 0.04;
/** How many campaigns there are. */
export const CAMPAIGN_COUNT = 40;

export interface SyntheticArticle {
  /** `art_1` … `art_1260`. */
  address: string;
  number: number;
  /** 第一条 … 第一千二百六十条. */
  label: string;
  /** The article's text, one line per paragraph or item. */
  text: string;
}

export interface SyntheticOpinion {
  /** The article the opinion concerns (`art_N`), or null for a general opinion (总体意见). */
  provisionAddress: string | null;
  /** The wording it quotes (原文), when it quotes one. */
  originalText: string | null;
  /** 修改意见. */
  proposedChange: string;
  /** 理由. */
  reason: string;
  /** The mass campaign (0 … CAMPAIGN_COUNT − 1) it is a copy of, or null when written independently. */
  campaign: number | null;
}

// ------------------------------------------------------------------------------------------------ randomness
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed | 0;
  }
  /** mulberry32: [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Cumulative weights 1/(rank+1)^s, for sampling ranks by binary search. */
function zipf(n: number, s: number): Float64Array {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    total += 1 / Math.pow(k + 1, s);
    cdf[k] = total;
  }
  for (let k = 0; k < n; k++) cdf[k] /= total;
  return cdf;
}

function sample(cdf: Float64Array, r: Random): number {
  const x = r.next();
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ------------------------------------------------------------------------------------------------ the draft
const FIXTURES = [
  'personal-information-protection-law.txt',
  'shanghai-dog-management.txt',
  'shanghai-real-estate-registration.txt',
  'shenzhen-dispute-resolution.txt',
  'criminal-law.txt',
];
const ARTICLE_LINE = /^第[零〇一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?[\s\u3000]+(.*)$/;
const HEADING_LINE = /^第[零〇一二三四五六七八九十百千]+[编章节][\s\u3000]/;

/** The articles' texts of a regulation as a legislature sends it (one paragraph a line). */
function articleTexts(file: string): string[] {
  const text = readFileSync(new URL(`../../fixtures/regulations/${file}`, import.meta.url), 'utf8');
  const articles: string[] = [];
  let current: string[] | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const article = ARTICLE_LINE.exec(line);
    if (article) {
      if (current) articles.push(current.join('\n'));
      current = [article[1]];
    } else if (HEADING_LINE.test(line)) {
      if (current) articles.push(current.join('\n'));
      current = null;
    } else if (current) current.push(line);
  }
  if (current) articles.push(current.join('\n'));
  return articles.filter((a) => a.length >= 10);
}

let draft: readonly SyntheticArticle[] | undefined;

/** The synthetic draft's 1,260 articles, in order. */
export function syntheticDraft(): readonly SyntheticArticle[] {
  if (draft === undefined) {
    const pool = FIXTURES.flatMap(articleTexts);
    draft = Array.from({ length: DRAFT_ARTICLE_COUNT }, (_, i) => ({
      address: `art_${i + 1}`,
      number: i + 1,
      label: `第${toChineseNumber(i + 1)}条`,
      text: pool[i % pool.length],
    }));
  }
  return draft;
}

/** The provision addresses of the synthetic draft, in order: `art_1` … `art_1260`. */
export function syntheticProvisionAddresses(): string[] {
  return syntheticDraft().map((a) => a.address);
}

// ------------------------------------------------------------------------------------------------ wording
/** Clauses of an article fit to be quoted: the pieces between Chinese punctuation, 4 to 40 characters. */
const clauseCache = new Map<string, string[]>();
function clausesOf(text: string): string[] {
  const cached = clauseCache.get(text);
  if (cached) return cached;
  const clauses = text
    .split(/[，；。：、\n]/)
    .map((c) => c.replace(/^[（(][一二三四五六七八九十]+[)）]/, '').trim())
    .filter((c) => c.length >= 4 && c.length <= 40);
  const result = clauses.length > 0 ? clauses : [text.slice(0, 30)];
  clauseCache.set(text, result);
  return result;
}

/** Terms of the fixture regulations whose meaning an opinion may ask to be made precise. */
const TERMS = [
  '个人信息',
  '敏感个人信息',
  '个人信息处理者',
  '单独同意',
  '自动化决策',
  '公共场所',
  '养犬人',
  '犬只',
  '烈性犬',
  '重点管理区',
  '犬只收容所',
  '免疫接种',
  '养犬登记',
  '不动产登记',
  '登记机构',
  '实时互通共享',
  '矛盾纠纷',
  '人民调解',
  '行政调解',
  '调解组织',
  '多元化解',
  '情节严重',
  '情节特别严重',
  '情节较轻',
  '数额较大',
  '数额巨大',
  '严重后果',
  '国家工作人员',
  '直接负责的主管人员',
  '其他直接责任人员',
  '单位',
  '罚金',
  '没收财产',
  '有期徒刑',
  '拘役',
  '管制',
  '主管部门',
  '有关部门',
  '相关部门',
  '行政管理部门',
  '人民政府',
  '居民委员会',
  '村民委员会',
  '物业服务企业',
  '监护人',
  '未成年人',
  '合法权益',
  '社会公共利益',
  '必要措施',
  '显著位置',
];

/** The terms that occur in an article (its first clause when none does). */
const termCache = new Map<string, string[]>();
function termsOf(text: string): string[] {
  let terms = termCache.get(text);
  if (terms === undefined) {
    terms = TERMS.filter((t) => text.includes(t));
    if (terms.length === 0) terms = clausesOf(text).slice(0, 1);
    termCache.set(text, terms);
  }
  return terms;
}

const REWRITES: ReadonlyArray<(clause: string, r: Random) => string> = [
  (c) => c.replace('应当', '必须'),
  (c) => c.replace('可以', '应当'),
  (c) => c.replace('不得', '严禁'),
  (c) => c.replace(/有关部门|相关部门/, '市、区人民政府有关部门'),
  (c, r) =>
    c.replace(
      /[一二三四五六七八九十]+(个月|日|年|倍)/,
      (_m, unit: string) => `${r.pick(['六', '十五', '三十', '两', '三'])}${unit}`,
    ),
  (c, r) => c.replace(/(以上|以下)/, (_m, w: string) => (w === '以上' ? r.pick(['以下', '以内']) : '以上')),
  (c, r) =>
    `${c}${r.pick(['，并向社会公开', '，具体办法由市人民政府另行制定', '，但情节轻微并及时改正的除外', '，并将处理结果及时告知当事人', '，并接受社会监督'])}`,
  (c, r) => `${r.pick(['依法', '及时', '按照规定', '在规定期限内'])}${c}`,
  (c) => c.replace('情节严重的', '情节特别严重的'),
  (c) => c.replace(/并处(?!或者)/, '可以并处'),
  (c, r) =>
    c.replace(/[一二三四五六七八九十百千万]+元/, `${r.pick(['五百', '一千', '二千', '五千', '一万'])}元`),
];

function rewrite(clause: string, r: Random): string {
  for (let attempt = 0; attempt < 6; attempt++) {
    const changed = r.pick(REWRITES)(clause, r);
    if (changed !== clause) return changed;
  }
  return `${clause}，并明确具体标准`;
}

const OPENERS = [
  '',
  '',
  '',
  '我是一名社区工作者，',
  '作为一名养犬人，',
  '本人从事律师工作多年，',
  '我们村不少村民反映，',
  '在座谈会上，居民普遍认为，',
  '从基层执法实践看，',
  '结合本单位工作实际，',
  '作为区人大代表，我在走访中了解到，',
  '我在街道工作，',
  '作为一名退休教师，',
  '我们企业在经营中发现，',
  '作为物业服务企业的员工，',
  '根据我们律师事务所办理的案件情况，',
  '我们小区业主委员会讨论后认为，',
];
const CORES = [
  '现行表述过于原则，实践中难以操作',
  '该规定会明显加重群众和企业的负担',
  '与上位法的有关规定不完全一致',
  '有关部门之间的职责划分不够清楚，容易出现多头管理、相互推诿',
  '处罚幅度偏低，不足以起到震慑作用',
  '处罚过重，与过罚相当原则不符',
  '规定的期限过短，群众往往来不及办理',
  '缺少可操作的认定标准，容易引发争议',
  '没有考虑农村地区和城乡接合部的实际情况',
  '不利于保护个人信息和个人隐私',
  '基层缺少相应的执法力量，规定难以落实',
  '对老年人等群体使用智能设备的困难考虑不够',
  '程序规定不够完整，当事人的救济渠道不明确',
  '条文中的用语前后不一致，容易产生歧义',
  '与本市现行的其他地方性法规存在衔接问题',
  '对新业态、新情况缺乏针对性规定',
  '网上办理的渠道没有写入条文，不方便群众办事',
  '收费标准没有明确，群众对此意见较大',
  '对违法行为的举报和投诉渠道规定得不够具体',
  '实践中已经出现了不少类似纠纷，亟需予以规范',
  '这一规定在执行中容易被选择性执法',
  '条文只规定了义务，没有规定相应的法律责任',
];
const ELABORATIONS = [
  '建议参照其他省市的做法予以完善',
  '以便于基层执行',
  '这样更有利于保障当事人的合法权益',
  '也便于群众监督',
  '可以减少不必要的纠纷',
  '同时应当加强宣传和引导',
  '建议立法机关深入调研后再作规定',
  '建议在配套规定中予以细化',
  '这样规定更符合实际',
  '有利于提高行政效率',
  '也可以减轻基层的工作压力',
  '希望立法时统筹考虑',
];
const EXAMPLES = [
  '例如，去年我们社区就发生过因此引起的邻里纠纷',
  '比如，有的群众跑了三次才把手续办完',
  '例如，同一事项不同区的执行尺度并不一致',
  '据了解，外省已有类似规定，效果较好',
  '在我们调解的案件中，这类问题占了相当比例',
  '走访中有多位居民提到了这个问题',
  '有的当事人因此错过了维权的最佳时机',
];
const TOPICS = [
  '执法部门的职责分工',
  '具体的认定标准',
  '适用的期限和程序',
  '法律责任的具体情形',
  '信息公开的范围和方式',
  '网上办理的渠道',
  '当事人的申诉和救济途径',
  '收费的标准和依据',
  '基层组织的参与方式',
  '监督检查的具体措施',
];
const GENERAL = [
  '建议草案进一步明确各部门的职责分工，避免多头管理',
  '建议在草案中增加对未成年人保护的专门规定',
  '建议草案的用语更加通俗易懂，便于群众理解和遵守',
  '建议草案通过前再广泛征求基层群众的意见',
  '建议增加关于数字化、网上办理的一般规定',
  '建议草案的法律责任一章与上位法做好衔接',
  '建议草案对施行前已经存在的情况作出过渡性规定',
  '建议草案增加关于宣传教育的规定',
  '建议草案明确配套规定的制定期限',
  '建议删除草案中与上位法重复的条文，保持立法简洁',
];

// What people tell from their own experience: where, how often, what happened. Most independent opinions carry one,
// which is what sets them apart from one another even when they make the same point.
const DISTRICTS = [
  '北碚区',
  '渝中区',
  '沙坪坝区',
  '江北区',
  '九龙坡区',
  '南岸区',
  '渝北区',
  '巴南区',
  '合川区',
  '璧山区',
];
const STREETS = [
  '天生街道',
  '北温泉街道',
  '朝阳街道',
  '施家梁镇',
  '澄江镇',
  '歇马街道',
  '龙凤桥街道',
  '东阳街道',
  '蔡家岗街道',
  '童家溪镇',
  '静观镇',
  '水土街道',
  '复兴街道',
  '三圣镇',
  '金刀峡镇',
];
const COMMUNITY_FIRST = [
  '桂花',
  '竹林',
  '梨园',
  '碧水',
  '天府',
  '缙云',
  '嘉陵',
  '新华',
  '同兴',
  '状元',
  '龙井',
  '松林',
];
const COMMUNITY_LAST = ['湾社区', '村', '社区', '苑小区', '花园小区', '坝村', '路社区'];
const EVENTS = [
  '小区里经常有人遛狗不牵绳',
  '有老人被电动自行车撞伤后找不到责任人',
  '楼道里堆放杂物长期无人清理',
  '有商户把顾客的手机号卖给推销公司',
  '办理不动产登记要在好几个窗口之间来回跑',
  '邻里之间因为噪音多次发生争吵',
  '有人在绿地里违规搭建棚子',
  '夜里常有犬只吠叫影响休息',
  '快递柜要求扫码授权过多的个人信息',
  '物业和业主因为停车费闹到了法院',
  '调解协议签了以后一方又不履行',
  '群众不知道应该向哪个部门投诉',
  '执法人员来了几次问题仍然没有解决',
  '外来务工人员不清楚需要办理哪些手续',
  '老旧小区没有电梯，老人上下楼很困难',
  '网上申请的材料被退回了三次',
  '有流浪犬在学校门口聚集',
  '村里的土地流转合同约定不清引起纠纷',
];
const MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

function detailText(r: Random): string {
  const community = `${r.pick(COMMUNITY_FIRST)}${r.pick(COMMUNITY_LAST)}`;
  const place = `${r.pick(DISTRICTS)}${r.pick(STREETS)}${community}`;
  switch (r.int(5)) {
    case 0:
      return `我家住在${place}，${r.pick(EVENTS)}`;
    case 1:
      return `今年${r.pick(MONTHS)}月，我们${community}就出现过${r.pick(EVENTS)}的情况`;
    case 2:
      return `据我了解，${r.pick(STREETS)}一年要处理这类问题${3 + r.int(300)}起左右`;
    case 3:
      return `${place}有${100 + r.int(4000)}户居民，${r.pick(EVENTS)}`;
    default:
      return `我在${r.pick(STREETS)}工作了${2 + r.int(28)}年，经常遇到${r.pick(EVENTS)}这样的事`;
  }
}

function reasonText(r: Random, article: SyntheticArticle | null, parts: number, detail: number): string {
  const pieces: string[] = [];
  const cores = [...CORES];
  for (let k = 0; k < parts; k++) pieces.push(cores.splice(r.int(cores.length), 1)[0]);
  if (r.chance(0.5)) pieces.push(r.pick(ELABORATIONS));
  if (r.chance(detail)) pieces.splice(r.int(pieces.length + 1), 0, detailText(r));
  else if (r.chance(0.35)) pieces.push(r.pick(EXAMPLES));
  if (article && r.chance(0.25)) pieces.push(`关于“${r.pick(termsOf(article.text))}”，群众的理解也不一致`);
  return `${r.pick(OPENERS)}${pieces.join('，')}。`;
}

function opinionOn(
  r: Random,
  article: SyntheticArticle | null,
  reasonParts: number,
  detail: number,
): Pick<SyntheticOpinion, 'originalText' | 'proposedChange' | 'reason'> {
  const reason = reasonText(r, article, reasonParts, detail);
  if (article === null) return { originalText: null, proposedChange: `${r.pick(GENERAL)}。`, reason };
  const clause = r.pick(clausesOf(article.text));
  const label = article.label;
  const kind = r.next();
  if (kind < 0.4) {
    return {
      originalText: clause,
      proposedChange: `建议将${label}中的“${clause}”修改为“${rewrite(clause, r)}”。`,
      reason,
    };
  }
  if (kind < 0.6) {
    const other = r.pick(clausesOf(syntheticDraft()[r.int(DRAFT_ARTICLE_COUNT)].text));
    return {
      originalText: null,
      proposedChange: r.chance(0.5)
        ? `建议在${label}中增加${r.pick(['一款', '一项', '规定'])}：“${other}”。`
        : `建议${label}增加关于${r.pick(TOPICS)}的规定。`,
      reason,
    };
  }
  if (kind < 0.7) {
    return r.chance(0.7)
      ? { originalText: clause, proposedChange: `建议删除${label}中的“${clause}”。`, reason }
      : { originalText: null, proposedChange: `建议删除${label}。`, reason };
  }
  if (kind < 0.9) {
    const term = r.pick(termsOf(article.text));
    return {
      originalText: term,
      proposedChange: `${label}中“${term}”的表述${r.pick(['过于原则', '不够明确', '含义模糊'])}，建议${r.pick(['明确', '细化', '进一步明确'])}${r.pick(TOPICS)}。`,
      reason,
    };
  }
  return {
    originalText: null,
    proposedChange: `${r.pick(['赞同', '支持', '原则同意'])}${label}的规定，但建议${r.pick(['补充', '细化', '明确'])}${r.pick(TOPICS)}。`,
    reason,
  };
}

// ------------------------------------------------------------------------------------------------ campaign edits
const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['建议', '希望'],
  ['应当', '必须'],
  ['群众', '市民'],
  ['明确', '清楚'],
  ['规定', '条款'],
  ['加强', '强化'],
  ['容易', '很容易'],
  ['有关部门', '相关部门'],
  ['不利于', '不利'],
  ['实践中', '现实中'],
];
const PREFIXES = ['我认为', '我认为，', '本人建议：', '我支持这个意见：', '作为居民，我', '强烈'];
const SUFFIXES = ['望采纳！', '谢谢！', '恳请予以采纳。', '请立法机关重视。', '此事关系到千家万户。'];
const ADDED_SENTENCES = [
  '这个问题群众反映很多。',
  '我身边很多人都有同样的看法。',
  '希望尽快解决。',
  '这关系到每个家庭的切身利益。',
];

/** A word swapped, a phrase or sentence added, or a sentence left out: what a campaign's variants differ by. */
function contentEdit(text: string, r: Random): string {
  for (let attempt = 0; attempt < 6; attempt++) {
    let edited = text;
    switch (r.int(5)) {
      case 0: {
        const [a, b] = r.pick(SYNONYMS);
        edited = r.chance(0.5) ? text.replace(a, b) : text.replace(b, a);
        break;
      }
      case 1:
        edited = `${r.pick(PREFIXES)}${text}`;
        break;
      case 2:
        edited = `${text}${r.pick(SUFFIXES)}`;
        break;
      case 3: {
        const at = text.indexOf('。');
        edited = at > 0 ? `${text.slice(0, at + 1)}${r.pick(ADDED_SENTENCES)}${text.slice(at + 1)}` : text;
        break;
      }
      default: {
        // Leaves out one clause of the reason (between two commas), if it has several.
        const pieces = text.split('，');
        if (pieces.length > 3) {
          pieces.splice(1 + r.int(pieces.length - 2), 1);
          edited = pieces.join('，');
        }
      }
    }
    if (edited !== text) return edited;
  }
  return `${text}${r.pick(SUFFIXES)}`;
}

/** Changes that normalise away: spaces, half-width punctuation, full-width digits and Latin, doubled marks. */
function formattingEdit(text: string, r: Random): string {
  switch (r.int(4)) {
    case 0:
      return text.replace(/，/g, ',').replace(/。/g, '.').replace(/[“”]/g, '"').replace(/：/g, ':');
    case 1:
      return text.replace(/，/g, '， ').replace(/。/g, '。 ');
    case 2:
      return text
        .replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
        .replace(/！/g, '!!!');
    default:
      return ` ${text.replace(/。$/, '！！')}\n`;
  }
}

interface Campaign {
  article: SyntheticArticle | null;
  /** The master text first, then edited variants. */
  variants: Array<Pick<SyntheticOpinion, 'originalText' | 'proposedChange' | 'reason'>>;
}

function makeCampaigns(r: Random, hotArticles: readonly SyntheticArticle[]): Campaign[] {
  const campaigns: Campaign[] = [];
  for (let c = 0; c < CAMPAIGN_COUNT; c++) {
    // Campaigns target the most discussed provisions (a few of them more than one campaign); two are general.
    const article =
      c % 20 === 19 ? null : hotArticles[Math.min(hotArticles.length - 1, r.int(c < 10 ? 8 : 40))];
    const master = opinionOn(r, article, 2 + r.int(2), 0.5);
    const variants = [master];
    for (let v = 1 + r.int(5); v > 0; v--) {
      const base = r.pick(variants);
      variants.push(
        r.chance(0.5)
          ? { ...base, reason: contentEdit(base.reason, r) }
          : { ...base, proposedChange: contentEdit(base.proposedChange, r) },
      );
    }
    campaigns.push({ article, variants });
  }
  return campaigns;
}

function campaignCopy(campaign: Campaign, id: number, r: Random): SyntheticOpinion {
  // The master is copied most; the variants less and less.
  const v = r.chance(0.55) ? 0 : r.int(campaign.variants.length);
  let { proposedChange, reason } = campaign.variants[v];
  if (r.chance(0.12)) {
    if (r.chance(0.5)) proposedChange = contentEdit(proposedChange, r);
    else reason = contentEdit(reason, r);
  }
  if (r.chance(0.35)) proposedChange = formattingEdit(proposedChange, r);
  if (r.chance(0.35)) reason = formattingEdit(reason, r);
  return {
    provisionAddress: campaign.article?.address ?? null,
    originalText: campaign.variants[v].originalText,
    proposedChange,
    reason,
    campaign: id,
  };
}

// ------------------------------------------------------------------------------------------------ the stream
/**
 * `count` opinions on the synthetic draft, lazily (a million need not be held twice). Deterministic in `seed`.
 * Opinions with `campaign` set are copies of that campaign: the near-duplicate grouping should put them together.
 */
export function* generateOpinions(count: number, seed = 20200528): Generator<SyntheticOpinion> {
  const articles = syntheticDraft();
  // Which articles are most discussed: a fixed shuffle, independent of the seed of the opinions.
  const order = articles.map((_, i) => i);
  const shuffle = new Random(0x1260);
  for (let i = order.length - 1; i > 0; i--) {
    const j = shuffle.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const provisionRank = zipf(articles.length, 1.1);
  const r = new Random(seed);
  const campaigns = makeCampaigns(
    r,
    order.slice(0, 40).map((i) => articles[i]),
  );
  const campaignRank = zipf(CAMPAIGN_COUNT, 1);
  for (let i = 0; i < count; i++) {
    if (r.chance(CAMPAIGN_SHARE)) {
      const c = sample(campaignRank, r);
      yield campaignCopy(campaigns[c], c, r);
    } else {
      const article = r.chance(GENERAL_SHARE) ? null : articles[order[sample(provisionRank, r)]];
      yield {
        provisionAddress: article?.address ?? null,
        campaign: null,
        ...opinionOn(r, article, 1 + r.int(2), 0.8),
      };
    }
  }
}
