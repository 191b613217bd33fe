import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULTS, clusterNearDuplicates, summariseClusters, type GroupClustering } from './cluster.js';
import { jaccard, shingleKeys } from './minhash.js';
import { normalizeOpinionText } from './normalize.js';

const list = (a: Int32Array): number[] => [...a];

/**
 * The clustering LSH approximates: single linkage over ALL pairs of distinct normalised texts whose shingle sets have a
 * Jaccard similarity ≥ threshold. Returns, for each input, the lowest index of its component.
 */
function exactClusters(
  texts: readonly string[],
  threshold = DEFAULTS.threshold,
  n = DEFAULTS.shingle,
): number[] {
  const normal = texts.map(normalizeOpinionText);
  const keys = new Int32Array(normal.reduce((s, t) => s + t.length, 0) + 1);
  const start = [0];
  normal.forEach((t, i) => start.push(start[i] + shingleKeys(t, n, keys, start[i])));
  const parent = texts.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  for (let i = 0; i < texts.length; i++) {
    for (let j = 0; j < i; j++) {
      const same =
        normal[i] === normal[j] || jaccard(keys, start[i], start[i + 1], start[j], start[j + 1]) >= threshold;
      if (same) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
    }
  }
  return texts.map((_, i) => find(i));
}

// A real kind of case: a draft dog-management regulation, article 12 (immunisation age and points).
const B =
  '建议将第十二条中的“犬只出生满三个月的”修改为“犬只出生满六个月的”。理由：三个月的幼犬免疫系统尚未发育完全，过早接种效果不好，也增加了养犬人的负担。';
const C =
  '建议在第十二条中增加一款：“区人民政府应当在每个街道设置至少一个狂犬病免疫点。”理由：现有免疫点过少，老年养犬人往返不便。';

describe('clusterNearDuplicates', () => {
  it('groups texts that are equal after normalisation as one variant', () => {
    const texts = [
      '建议删除本条。',
      '建议删除本条',
      ' 建议删除本条！',
      '建议保留本条。',
      'ＡＰＰ应当简化注册流程',
      'app应当简化注册流程',
    ];
    const c = clusterNearDuplicates(texts);
    expect(list(c.variantOf)).toEqual([0, 0, 0, 3, 4, 4]);
    expect(list(c.clusterOf)).toEqual([0, 0, 0, 3, 4, 4]);
  });

  it('groups a campaign copied with small edits, and keeps other opinions on the same provision apart', () => {
    const texts = [
      '第十二条规定的免疫点太少，建议在每个街道至少设置一个狂犬病免疫点，方便老年养犬人就近接种。', // 0 own words
      B, // 1 campaign B
      '建议将第十二条中的“犬只出生满三个月的”修改为“犬只出生满两个月的”。理由：狂犬病防疫应当尽早，两个月即可接种，越早越安全。', // 2 same quote, other proposal
      `我认为${B}`, // 3 B with 我认为
      B.replace(/，/g, ', ').replace(/。/g, '.').replace(/[“”]/g, '"').replace('：', ':'), // 4 B, punctuation only
      '建议将第十二条中的“犬只出生满三个月的”修改为“犬只出生满六个月的”。理由：幼犬太小，接种后容易出现不良反应，宠物医院普遍建议六个月以后再接种。', // 5 same proposal, own reason
      B.replace('增加', '加重'), // 6 B, a word changed
      C, // 7 campaign C
      `${B}望采纳！`, // 8 B with an ending
      B.replace('，也增加了养犬人的负担', ''), // 9 B with a phrase left out
      `我支持这个意见：${C}`, // 10 C with a prefix
      '建议删除第十二条第二款。理由：宠物诊疗机构开展免疫接种的认定程序应当由上位法规定。', // 11 own words
      C.replace('过少', '太少'), // 12 C, a word changed
    ];
    const c = clusterNearDuplicates(texts);
    expect(list(c.clusterOf)).toEqual([0, 1, 2, 1, 1, 5, 1, 7, 1, 1, 7, 11, 7]);
    expect(list(c.variantOf)).toEqual([0, 1, 2, 3, 1, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(summariseClusters(c, 2)).toEqual([
      {
        representative: 1,
        members: [1, 3, 4, 6, 8, 9],
        variants: 5,
        variantRepresentatives: [1, 3, 6, 8, 9],
      },
      { representative: 7, members: [7, 10, 12], variants: 3, variantRepresentatives: [7, 10, 12] },
    ]);
    // Bigrams group the same way here.
    expect(list(clusterNearDuplicates(texts, { shingle: 2 }).clusterOf)).toEqual(list(c.clusterOf));
    // A threshold above what the edits keep splits the campaign: the threshold is what decides.
    expect(list(clusterNearDuplicates(texts, { threshold: 0.97 }).clusterOf)).toEqual([
      0, 1, 2, 3, 1, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
  });

  it('handles short texts (shorter than a shingle) by exact matching only, and empty ones as one variant', () => {
    const texts = ['同意', '同意。', '不同意', '好', '好！', '', '  ', '同意本条', '。'];
    const c = clusterNearDuplicates(texts);
    expect(list(c.variantOf)).toEqual([0, 0, 2, 3, 3, 5, 5, 7, 5]);
    expect(list(c.clusterOf)).toEqual([0, 0, 2, 3, 3, 5, 5, 7, 5]);
    expect(list(clusterNearDuplicates(texts, { shingle: 1, threshold: 0.6 }).clusterOf)).toEqual([
      0, 0, 0, 3, 3, 5, 5, 7, 5,
    ]);
  });

  it('handles no input and one input', () => {
    expect(clusterNearDuplicates([])).toEqual({ clusterOf: new Int32Array(0), variantOf: new Int32Array(0) });
    expect(list(clusterNearDuplicates([B]).clusterOf)).toEqual([0]);
  });

  it('is deterministic: the same input gives the same output, whatever ran before', () => {
    const texts = [B, `我认为${B}`, C, `${C}谢谢！`, '建议删除本条。'];
    const first = clusterNearDuplicates(texts);
    clusterNearDuplicates(['完全无关的一段文字，用来改变内部缓冲区的状态。'.repeat(20), '短']);
    expect(clusterNearDuplicates(texts)).toEqual(first);
    expect(list(first.clusterOf)).toEqual([0, 0, 2, 2, 4]);
  });

  it('rejects options that make no sense', () => {
    expect(() => clusterNearDuplicates([B], { hashes: 100, bands: 24 })).toThrow(RangeError);
    expect(() => clusterNearDuplicates([B], { threshold: 0 })).toThrow(RangeError);
    expect(() => clusterNearDuplicates([B], { threshold: 1.5 })).toThrow(RangeError);
    expect(() => clusterNearDuplicates([B], { shingle: 0 })).toThrow(RangeError);
    expect(() => clusterNearDuplicates([B], { bands: 2.5 })).toThrow(RangeError);
  });

  it('finds what the exact all-pairs clustering finds on a mass campaign among other opinions', () => {
    // 1,500 copies of three campaign variants with personal edits, among 300 opinions made of other sentences.
    let state = 20220301;
    const random = (n: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) | 0;
      return (((state >>> 8) % n) + n) % n;
    };
    const sentences = [
      '现有免疫点过少',
      '老年养犬人往返不便',
      '建议延长办理期限',
      '收费标准应当公开',
      '处罚幅度偏低',
      '执法力量不足',
      '应当允许网上办理',
      '物业企业应当配合',
      '居民委员会应当参与',
      '犬只收容所应当向社会公开认领信息',
      '遛犬应当使用牵引带',
      '电梯内应当为犬只佩戴嘴套',
      '禁养犬只的目录应当定期更新',
      '养犬登记证应当每年年检',
      '建议取消犬只数量的限制',
    ];
    const variants = [B, `${B}此事关系到千家万户。`, B.replace('过早接种效果不好，', '')];
    const edits = [
      (t: string) => t,
      (t: string) => `我认为${t}`,
      (t: string) => `${t}望采纳！`,
      (t: string) => t.replace('建议', '希望'),
    ];
    const texts: string[] = [];
    for (let i = 0; i < 1800; i++) {
      if (random(6) === 0) {
        const picked = Array.from({ length: 3 }, () => sentences[random(sentences.length)]);
        texts.push(`关于第十二条，${picked.join('，')}。`);
      } else {
        texts.push(edits[random(edits.length)](variants[random(variants.length)]));
      }
    }
    const c = clusterNearDuplicates(texts);
    expect(list(c.clusterOf)).toEqual(exactClusters(texts));
    const campaign = summariseClusters(c).sort((a, b) => b.members.length - a.members.length)[0];
    expect(campaign.members.length).toBe(texts.filter((t) => t.includes('犬只出生满三个月的')).length);
    expect(campaign.variants).toBe(12);
  });
});

describe('summariseClusters', () => {
  it('lists every cluster, singletons included, by representative; minSize 2 keeps the groups only', () => {
    const c: GroupClustering = {
      clusterOf: Int32Array.from([0, 1, 0, 3, 0, 1]),
      variantOf: Int32Array.from([0, 1, 0, 3, 4, 5]),
    };
    expect(summariseClusters(c)).toEqual([
      { representative: 0, members: [0, 2, 4], variants: 2, variantRepresentatives: [0, 4] },
      { representative: 1, members: [1, 5], variants: 2, variantRepresentatives: [1, 5] },
      { representative: 3, members: [3], variants: 1, variantRepresentatives: [3] },
    ]);
    expect(summariseClusters(c, 2).map((s) => s.representative)).toEqual([0, 1]);
  });
});

describe('clusterNearDuplicates properties', () => {
  // Texts made of a few pieces, so that exact copies, near copies and unrelated texts all occur.
  const piece = fc.constantFrom(
    '建议将第十二条中的',
    '“三个月”修改为“六个月”',
    '理由：',
    '幼犬免疫系统尚未发育完全',
    '我认为',
    '，',
    '。',
    ' ',
    '望采纳！',
    '养犬人应当文明养犬',
    '建议删除本条',
    '同意',
    'Ａ',
    'a',
  );
  const texts = fc.array(
    fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
    { maxLength: 40 },
  );
  const options = fc.record({
    threshold: fc.constantFrom(0.5, 0.7, 0.9),
    shingle: fc.constantFrom(1, 2, 3),
  });

  it('names each cluster and each variant by its lowest index, and keeps a variant within one cluster', () => {
    fc.assert(
      fc.property(texts, options, (input, o) => {
        const { clusterOf, variantOf } = clusterNearDuplicates(input, o);
        const normal = input.map(normalizeOpinionText);
        for (let i = 0; i < input.length; i++) {
          expect(clusterOf[i]).toBeLessThanOrEqual(i);
          expect(clusterOf[clusterOf[i]]).toBe(clusterOf[i]);
          expect(variantOf[i]).toBe(normal.indexOf(normal[i]));
          expect(clusterOf[variantOf[i]]).toBe(clusterOf[i]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never joins what no chain of pairs at or above the threshold joins (verification is exact)', () => {
    fc.assert(
      fc.property(texts, options, (input, o) => {
        const { clusterOf } = clusterNearDuplicates(input, o);
        const exact = exactClusters(input, o.threshold, o.shingle);
        for (let i = 0; i < input.length; i++) expect(exact[clusterOf[i]]).toBe(exact[i]);
      }),
      { numRuns: 300 },
    );
  });

  it('depends on the normalised texts only', () => {
    fc.assert(
      fc.property(texts, (input) => {
        expect(clusterNearDuplicates(input.map(normalizeOpinionText))).toEqual(clusterNearDuplicates(input));
      }),
      { numRuns: 200 },
    );
  });

  it('summarises into a partition of the input', () => {
    fc.assert(
      fc.property(texts, (input) => {
        const c = clusterNearDuplicates(input);
        const summary = summariseClusters(c);
        const all = summary.flatMap((s) => s.members).sort((a, b) => a - b);
        expect(all).toEqual(input.map((_, i) => i));
        for (const s of summary) {
          expect(s.members[0]).toBe(s.representative);
          expect(s.variants).toBe(new Set(s.members.map((i) => c.variantOf[i])).size);
        }
      }),
      { numRuns: 200 },
    );
  });
});
