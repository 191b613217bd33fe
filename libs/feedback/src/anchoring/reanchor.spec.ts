import { describe, expect, it } from '@jest/globals';
import { compareVersions, parseRegulation, type ProvisionNode } from '@app/drafts/text';
import type { ProvisionAnchor, ProvisionText, ReanchorResult } from './anchoring.types.js';
import { reanchorHintsFromComparison } from './comparison-hints.js';
import { indexProvisions, provisionTexts } from './provision-index.js';
import { reanchor } from './reanchor.js';
import { createProvisionAnchor } from './text-anchor.js';

// A flat local regulation in the style of 重庆市养犬管理条例（草案）: article N is ARTICLES[N - 1], one paragraph per line.
const ARTICLES = [
  '为了规范养犬行为，保障公民健康和人身安全，维护市容环境卫生和社会秩序，根据有关法律、行政法规，结合本市实际，制定本条例。',
  '本市行政区域内犬只的饲养、经营以及相关管理活动，适用本条例。',
  '养犬管理实行政府监管、养犬人自律、基层组织参与、社会公众监督相结合的原则。',
  '市和区县人民政府应当加强对养犬管理工作的领导，将养犬管理工作所需经费纳入同级财政预算。',
  '公安机关是本市养犬管理的主管部门，负责养犬登记、犬只收容以及违法行为的查处。',
  '农业农村主管部门负责犬只的狂犬病免疫、检疫和犬只诊疗机构的监督管理。',
  '城市管理部门负责查处犬只排泄物污染公共环境等影响市容环境卫生的行为。',
  '居民委员会、村民委员会可以组织居民、村民依法制定养犬公约，开展养犬自律活动。',
  '单位和个人有权对违反本条例规定的行为进行劝阻、举报。',
  '本市实行养犬登记制度。未经登记，任何单位和个人不得饲养犬只。',
  '个人饲养犬只的，每户限养一只。重点管理区内禁止饲养烈性犬、大型犬。',
  '养犬人应当在取得犬只之日起十五日内，到居住地的区县公安机关办理养犬登记。\n养犬登记有效期为一年，期满需要继续饲养的，应当在届满前三十日内办理延续手续。\n养犬人住所变更的，应当自变更之日起三十日内到新住所地的公安机关办理变更登记。',
  '携带犬只出户的，应当为犬只束犬链，由具有完全民事行为能力的人牵领，并主动避让行人和车辆。',
  '犬只在户外排泄粪便的，携犬人应当立即清除。',
  '违反本条例规定的，由有关部门依法予以处罚；构成犯罪的，依法追究刑事责任。',
] as const;

const NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
];

function regulation(articles: readonly string[]): ProvisionNode[] {
  const body = articles.map((a, i) => `第${NUMERALS[i]}条 ${a}`).join('\n');
  return parseRegulation(`重庆市养犬管理条例（草案）\n${body}\n`).provisions;
}

const V1 = regulation(ARTICLES);
const V1_TEXTS = provisionTexts(V1);

/** Whether the article node at `address` sits in the chapter at `chapter`. */
function inChapter(tree: ProvisionNode[], chapter: string, address: string): boolean {
  const node = tree.find((n) => n.address === chapter);
  const walk = (n: ProvisionNode): boolean =>
    address === n.address || address.startsWith(`${n.address}__`) || n.children.some(walk);
  return node !== undefined && node.children.some(walk);
}

/** An anchor on `quote` (its nth occurrence) in the provision at `address` of the first version. */
function annotate(
  address: string,
  quote: string,
  nth = 0,
  provisions: ProvisionText[] = V1_TEXTS,
): ProvisionAnchor {
  const provision = provisions.find((p) => p.address === address);
  if (provision === undefined) throw new Error(`no provision ${address}`);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = provision.text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" not in ${address}`);
  return createProvisionAnchor(provision, at, at + quote.length);
}

function textAt(provisions: ProvisionText[], result: ReanchorResult): string | null {
  if (result.status === 'ORPHANED') return null;
  return provisions.find((p) => p.address === result.address)?.text.slice(result.start, result.end) ?? null;
}

/** Reanchors with the hints a comparison of the two versions gives, as the annotation service does. */
function reanchorAcross(anchor: ProvisionAnchor, from: ProvisionNode[], to: ProvisionNode[]): ReanchorResult {
  const toTexts = provisionTexts(to);
  const { changes } = compareVersions(from, to);
  const hints = reanchorHintsFromComparison(
    changes,
    anchor.address,
    toTexts.map((p) => p.address),
  );
  return reanchor(anchor, toTexts, hints);
}

const QUOTE = '到居住地的区县公安机关办理养犬登记';

describe('reanchor in the same provision', () => {
  it('keeps an annotation on unchanged text ANCHORED at the same offsets', () => {
    const anchor = annotate('art_12__para_1', QUOTE);
    const result = reanchor(anchor, provisionTexts(regulation(ARTICLES)));
    expect(result).toMatchObject({
      status: 'ANCHORED',
      detail: 'UNCHANGED',
      reason: '原文未变',
      address: 'art_12__para_1',
      citation: '第十二条第一款',
      start: anchor.start,
      end: anchor.end,
      text: QUOTE,
      score: 1,
      context: 1,
      method: 'EXACT',
      candidates: [],
    });
  });

  it('shifts the offsets when text is inserted before the quote', () => {
    const anchor = annotate('art_12__para_1', QUOTE);
    const inserted = '（含通过购买、赠与、继承等方式取得）';
    const v2 = ARTICLES.map((a, i) => (i === 11 ? a.replace('取得犬只', `取得犬只${inserted}`) : a));
    const texts = provisionTexts(regulation(v2));
    const result = reanchor(anchor, texts);
    expect(result).toMatchObject({
      status: 'ANCHORED',
      detail: 'SHIFTED',
      start: anchor.start + inserted.length,
    });
    expect(textAt(texts, result)).toBe(QUOTE);
    expect(result.reason).toBe('原文未变，因条文其他文字有修改，位置相应调整');
  });

  it('lets the context decide between two occurrences of the quote in one provision', () => {
    // 三十日内 occurs in the second and the third paragraph of 第十二条; the annotation is on the third one.
    const texts = [{ address: 'art_12', text: ARTICLES[11] }];
    const anchor = annotate('art_12', '三十日内', 1, texts);
    const first = ARTICLES[11].indexOf('三十日内');
    // Text inserted at the start moves the first occurrence exactly to the old offset of the annotated one.
    const inserted = '甲'.repeat(anchor.start - first);
    const v2 = [{ address: 'art_12', text: inserted + ARTICLES[11] }];
    expect(v2[0].text.indexOf('三十日内')).toBe(anchor.start);
    const result = reanchor(anchor, v2);
    expect(result).toMatchObject({
      status: 'ANCHORED',
      detail: 'SHIFTED',
      start: anchor.start + inserted.length,
    });
    expect(v2[0].text.slice(result.start ?? 0, (result.end ?? 0) + 5)).toBe('三十日内到新住所地');
  });

  it('finds the quote across full-width/half-width punctuation and spaces (REFORMATTED)', () => {
    const anchor = annotate('art_11__para_1', '每户限养一只。重点管理区内禁止饲养烈性犬、大型犬');
    const v2 = ARTICLES.map((a, i) =>
      i === 10 ? '个人饲养犬只的, 每户限养一只。 重点管理区内 禁止饲养烈性犬、大型犬。' : a,
    );
    const texts = provisionTexts(regulation(v2));
    const result = reanchor(anchor, texts);
    expect(result).toMatchObject({
      status: 'ANCHORED',
      detail: 'REFORMATTED',
      method: 'NORMALIZED',
      score: 1,
    });
    expect(textAt(texts, result)).toBe('每户限养一只。 重点管理区内 禁止饲养烈性犬、大型犬');
  });

  it('follows a quote with one character edited as a fuzzy match (EDITED, score < 1)', () => {
    const anchor = annotate('art_12__para_1', QUOTE);
    const v2 = ARTICLES.map((a, i) =>
      i === 11 ? a.replace('区县公安机关办理养犬登记', '区县公安机关申请养犬登记') : a,
    );
    const texts = provisionTexts(regulation(v2));
    const result = reanchor(anchor, texts);
    expect(result).toMatchObject({
      status: 'ANCHORED',
      detail: 'EDITED',
      method: 'FUZZY',
      start: anchor.start,
    });
    expect(result.score).toBeGreaterThanOrEqual(0.8);
    expect(result.score).toBeLessThan(1);
    expect(result.text).toBe('到居住地的区县公安机关申请养犬登记');
    expect(result.reason).toMatch(/^原文略有修改（相似度 \d+%），批注已附到修改后的文字$/);
    // The rebuilt anchor quotes the text as it now reads, ready for the next version.
    expect(result.anchor).toMatchObject({
      address: 'art_12__para_1',
      quote: '到居住地的区县公安机关申请养犬登记',
    });
  });

  it('orphans an annotation whose quote was deleted', () => {
    const anchor = annotate('art_12__para_1', QUOTE);
    const v2 = ARTICLES.map((a, i) =>
      i === 11 ? a.replace(`，${QUOTE}`, '，通过本市政务服务平台申请登记') : a,
    );
    const result = reanchor(anchor, provisionTexts(regulation(v2)));
    expect(result).toMatchObject({
      status: 'ORPHANED',
      detail: 'DELETED',
      reason: '原文已被删除或改写，未能找到对应文字',
      address: null,
      start: null,
      end: null,
      anchor: null,
      candidates: [],
    });
  });
});

describe('reanchor across provisions', () => {
  it('moves an annotation with its renumbered article (第十二条 → 第十三条) using the comparison', () => {
    const anchor = annotate('art_12__para_2', '应当在届满前三十日内办理延续手续');
    // A new 第五条 pushes every later article down by one; the new 第十二条 is the old 第十一条.
    const v2 = [
      ...ARTICLES.slice(0, 4),
      '区县人民政府应当设立犬只收容场所，所需经费纳入同级财政预算。',
      ...ARTICLES.slice(4),
    ];
    const result = reanchorAcross(anchor, V1, regulation(v2));
    expect(result).toMatchObject({
      status: 'MOVED',
      detail: 'RENUMBERED',
      address: 'art_13__para_2',
      citation: '第十三条第二款',
      start: anchor.start,
      method: 'EXACT',
      reason: '条文已重新编号，批注随之移到第十三条第二款',
    });
  });

  it('is not captured by similar words that now sit at the old address after a renumbering', () => {
    // Old 第十二条 becomes 第十三条; the new 第十二条 (old 第十一条, rewritten) happens to contain the quoted words.
    const anchor = annotate('art_12__para_1', QUOTE);
    const v2 = [
      ...ARTICLES.slice(0, 10),
      '新设立的犬只经营单位，应当到居住地的区县公安机关办理养犬登记备案。',
      '个人饲养犬只的，每户限养一只。重点管理区内禁止饲养烈性犬、大型犬。',
      ...ARTICLES.slice(11),
    ];
    const to = regulation(v2);
    const withHints = reanchorAcross(anchor, V1, to);
    expect(withHints).toMatchObject({ status: 'MOVED', address: 'art_13__para_1', start: anchor.start });
    // Even without the comparison, the same words with their own context elsewhere win over a weak match in place.
    const withoutHints = reanchor(anchor, provisionTexts(to));
    expect(withoutHints).toMatchObject({
      status: 'MOVED',
      address: 'art_13__para_1',
      detail: 'FOUND_ELSEWHERE',
    });
    expect(withoutHints.reason).toBe('原处已找不到该文字，在第十三条第一款找到，批注随之移到该处');
  });

  it('moves an annotation into the right piece of a split article', () => {
    const anchor = annotate('art_12__para_3', '应当自变更之日起三十日内到新住所地的公安机关办理变更登记');
    const [first, second, third] = ARTICLES[11].split('\n');
    const v2 = [...ARTICLES.slice(0, 11), `${first}\n${second}`, third, ...ARTICLES.slice(12)];
    const result = reanchorAcross(anchor, V1, regulation(v2));
    expect(result).toMatchObject({
      status: 'MOVED',
      detail: 'SPLIT',
      address: 'art_13__para_1',
      reason: '条文已拆分，批注随之移到第十三条第一款',
    });
    // The annotation on the first paragraph stays where it was.
    const staying = reanchorAcross(annotate('art_12__para_1', QUOTE), V1, regulation(v2));
    expect(staying).toMatchObject({ status: 'ANCHORED', address: 'art_12__para_1', detail: 'UNCHANGED' });
  });

  it('finds a paragraph moved to another article when no comparison is given', () => {
    const anchor = annotate('art_14__para_1', '携犬人应当立即清除');
    const v2: string[] = [...ARTICLES.slice(0, 12), `${ARTICLES[12]}\n${ARTICLES[13]}`, ARTICLES[14]];
    const texts = provisionTexts(regulation(v2));
    const result = reanchor(anchor, texts);
    expect(result).toMatchObject({ status: 'MOVED', address: 'art_13__para_2', detail: 'FOUND_ELSEWHERE' });
    expect(textAt(texts, result)).toBe('携犬人应当立即清除');
  });

  it('orphans a quote now found only in an unrelated article whose context disagrees', () => {
    const anchor = annotate('art_12__para_1', QUOTE);
    const v2 = ARTICLES.map((a, i) => {
      if (i === 11) return a.replace(`，${QUOTE}。`, '，通过本市政务服务平台申请登记。');
      if (i === 4) return `犬只经营单位应当在取得营业执照之日起十日内，${QUOTE}备案。`;
      return a;
    });
    const texts = provisionTexts(regulation(v2));
    const result = reanchor(anchor, texts);
    expect(result.status).toBe('ORPHANED');
    expect(result.detail).toBe('CONTEXT_MISMATCH');
    expect(result.candidates).toHaveLength(1);
    expect(result.candidates[0]).toMatchObject({
      address: 'art_5__para_1',
      citation: '第五条第一款',
      text: QUOTE,
    });
    expect(result.reason).toBe(
      '在第五条第一款找到相同或相近的文字，但前后文不符，未能确认就是批注所指的文字，请人工确认',
    );
  });

  it('orphans an annotation whose words now stand, with the same context, in two other provisions', () => {
    const anchor = annotate('art_14__para_1', '携犬人应当立即清除');
    const v2 = [...ARTICLES.slice(0, 13), ARTICLES[14], ARTICLES[13], ARTICLES[13]];
    const texts = provisionTexts(regulation(v2));
    const result = reanchor(anchor, texts, { candidateAddresses: [] });
    expect(result.status).toBe('ORPHANED');
    expect(result.detail).toBe('AMBIGUOUS');
    expect(result.candidates.map((c) => c.address)).toEqual(['art_15__para_1', 'art_16__para_1']);
    expect(result.reason).toBe(
      '该文字在第十五条第一款、第十六条第一款多处出现，无法确定批注应随之移到哪里，请人工确认',
    );
  });

  it('says so when the comparison reports the article removed and the words are nowhere', () => {
    const anchor = annotate('art_14__para_1', '携犬人应当立即清除');
    const result = reanchorAcross(anchor, V1, regulation([...ARTICLES.slice(0, 13), ARTICLES[14]]));
    expect(result).toMatchObject({
      status: 'ORPHANED',
      detail: 'DELETED',
      reason: '原条文已被删除，未能找到对应文字',
    });
  });

  it('treats the same words in a paragraph, its article and its chapter as one place, at the old level', () => {
    // The annotation service anchors articles and chapters to their full texts: the words then stand three times.
    const chaptered = (articles: readonly string[]): ProvisionNode[] => {
      const lines = articles.map((a, i) => `第${NUMERALS[i]}条 ${a}`);
      const text = [
        '重庆市养犬管理条例（草案）',
        '第一章 总则',
        ...lines.slice(0, 9),
        '第二章 养犬登记',
        ...lines.slice(9),
      ];
      return parseRegulation(`${text.join('\n')}\n`).provisions;
    };
    const withFullTexts = (tree: ProvisionNode[]): ProvisionText[] => {
      const own = provisionTexts(tree);
      const fullText = (address: string): string =>
        own
          .filter(
            (c) => c.text !== '' && (c.address.startsWith(`${address}__`) || address.startsWith('chp_')),
          )
          .filter((c) => !address.startsWith('chp_') || inChapter(tree, address, c.address))
          .map((c) => c.text)
          .join('\n');
      return own.map((p) => (p.text === '' ? { ...p, text: fullText(p.address) } : p));
    };
    const v1 = withFullTexts(chaptered(ARTICLES));
    expect(v1.find((p) => p.address === 'chp_2')?.text).toContain('携犬人应当立即清除');
    const v2 = withFullTexts(
      chaptered([...ARTICLES.slice(0, 4), '区县人民政府应当设立犬只收容场所。', ...ARTICLES.slice(4)]),
    );
    // A paragraph stays a paragraph…
    const onParagraph = reanchor(annotate('art_14__para_1', '携犬人应当立即清除', 0, v1), v2);
    expect(onParagraph).toMatchObject({ status: 'MOVED', address: 'art_15__para_1' });
    // …and an annotation made on the article's full text stays on the article.
    const onArticle = reanchor(annotate('art_12', '应当在届满前三十日内办理延续手续', 0, v1), v2);
    expect(onArticle).toMatchObject({ status: 'MOVED', address: 'art_13' });
  });

  it('reuses one prepared index for many annotations', () => {
    const index = indexProvisions(provisionTexts(regulation(ARTICLES)));
    const anchors = [
      annotate('art_1__para_1', '维护市容环境卫生和社会秩序'),
      annotate('art_12__para_1', QUOTE),
      annotate('art_13__para_1', '并主动避让行人和车辆'),
    ];
    expect(anchors.map((a) => reanchor(a, index).status)).toEqual(['ANCHORED', 'ANCHORED', 'ANCHORED']);
  });
});
