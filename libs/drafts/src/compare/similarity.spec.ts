import { describe, expect, it } from '@jest/globals';
import diff from 'fast-diff';
import fc from 'fast-check';
import { articleText, normalizeForComparison } from './articles.js';
import {
  BigramDictionary,
  candidatePairs,
  coveredShare,
  diceOf,
  lcsLength,
  lcsMasks,
  shingleSet,
  textSimilarity,
} from './similarity.js';
import { article } from './testing.js';

function lcsByTable(a: string, b: string): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      next[j] = a[i - 1] === b[j - 1] ? row[j - 1] + 1 : Math.max(row[j], next[j - 1]);
    }
    row = next;
  }
  return row[b.length];
}

/** The definition coveredShare implements, without its shortcut. */
function coveredByDiff(piece: string, whole: string, minRun: number): number {
  const run = Math.min(minRun, piece.length);
  let covered = 0;
  for (const [op, text] of diff(whole, piece, undefined, true)) {
    if (op === diff.EQUAL && text.length >= run) covered += text.length;
  }
  return piece.length === 0 ? 0 : covered / piece.length;
}

// Few distinct characters, so that random texts share a lot, as legal texts do.
const text = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'应当的人不得依法规定责任，。'), maxLength });

describe('lcsLength (bit-parallel)', () => {
  it('agrees with the dynamic-programming table, across word boundaries', () => {
    fc.assert(
      fc.property(text(150), text(150), (a, b) => {
        expect(lcsLength(a, lcsMasks(a), b)).toBe(lcsByTable(a, b));
      }),
      { numRuns: 300 },
    );
  });

  it('bounds the characters any diff keeps', () => {
    fc.assert(
      fc.property(text(80), text(80), (a, b) => {
        const bound =
          a.length + b.length === 0 ? 1 : (2 * lcsLength(a, lcsMasks(a), b)) / (a.length + b.length);
        expect(textSimilarity(a, b)).toBeLessThanOrEqual(bound + 1e-12);
      }),
    );
  });
});

describe('coveredShare', () => {
  const whole =
    '当事人一方不履行合同义务或者履行合同义务不符合约定的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。';

  it('is 1 for a piece cut out of the whole, and 0 for text it does not hold', () => {
    expect(coveredShare('应当承担继续履行、采取补救措施或者赔偿损失等违约责任。', whole, 10)).toBe(1);
    expect(coveredShare('国家网信部门负责统筹协调个人信息保护工作。', whole, 10)).toBe(0);
    expect(coveredShare('', whole, 10)).toBe(0);
  });

  it('ignores common runs shorter than the minimum', () => {
    // 违约责任 and 当事人 occur in the whole, but only as short runs.
    expect(coveredShare('当事人约定违约责任的，从其约定。', whole, 10)).toBe(0);
  });

  it('returns the same share as the plain definition, and never less than it when it takes its shortcut', () => {
    fc.assert(
      fc.property(text(60), text(120), fc.integer({ min: 2, max: 12 }), (piece, w, run) => {
        const exact = coveredByDiff(piece, w, run);
        expect(coveredShare(piece, w, run)).toBeCloseTo(exact, 12);
        // With a bar, a result under the bar may be a bound; it is never under the true share.
        expect(coveredShare(piece, w, run, 0.75)).toBeGreaterThanOrEqual(exact - 1e-12);
      }),
      { numRuns: 300 },
    );
  });
});

describe('bigram and 4-gram sets', () => {
  it('gives sorted distinct ids, the same for the same text', () => {
    const dictionary = new BigramDictionary();
    const a = dictionary.setOf('应当应当依法');
    expect([...a]).toEqual([...a].sort((x, y) => x - y));
    expect(new Set(a).size).toBe(a.length);
    expect(a.length).toBe(4); // 应当 当应 当依 依法
    expect([...dictionary.setOf('应当应当依法')]).toEqual([...a]);
    expect(dictionary.setOf('法')).toHaveLength(1);
    expect(dictionary.setOf('')).toHaveLength(0);
  });

  it('scores identical texts 1 and texts without a common 4-gram 0', () => {
    const a = shingleSet('处理个人信息应当遵循合法、正当、必要和诚信原则');
    expect(diceOf(a, shingleSet('处理个人信息应当遵循合法、正当、必要和诚信原则'))).toBe(1);
    expect(diceOf(a, shingleSet('国家建立健全保护制度'))).toBe(0);
  });

  it('proposes the edited article as a candidate among distractors', () => {
    const dictionary = new BigramDictionary();
    const olds = [
      '国家建立健全个人信息保护制度，预防和惩治侵害个人信息权益的行为。',
      '处理个人信息应当遵循公开、透明原则，公开个人信息处理规则。',
      '个人信息处理者应当对其个人信息处理活动负责。',
    ].map((t) => dictionary.setOf(t));
    const news = ['处理个人信息应当遵循公开、透明原则，公开个人信息处理规则和保存期限。'].map((t) =>
      dictionary.setOf(t),
    );
    const pairs = candidatePairs(olds, [0, 1, 2], news, [0], dictionary.size, 1);
    const best = pairs.reduce((x, y) => (y.dice > x.dice ? y : x));
    expect(best).toMatchObject({ oldIndex: 1, newIndex: 0 });
    expect(best.oldInNew).toBeGreaterThan(0.9);
  });
});

describe('articleText and normalizeForComparison', () => {
  it('joins paragraphs, items with their labels and subitems, one per line', () => {
    const node = article(3, '有下列情形之一的，适用本法：\n（一）甲；\n1.子目；\n（二）乙。\n第二款。');
    expect(articleText(node)).toBe(
      '有下列情形之一的，适用本法：\n（一）甲；\n1.子目；\n（二）乙。\n第二款。',
    );
    expect(node.children.map((c) => c.kind)).toEqual(['paragraph', 'paragraph']);
    expect(node.children[0].children[0].children[0]).toMatchObject({ kind: 'subitem', label: '1.' });
  });

  it('folds full-width forms, curly quotes and whitespace', () => {
    expect(normalizeForComparison('（一）“本法”，　所称：ＡＢ１\n')).toBe(
      normalizeForComparison('(一)"本法",所称:AB1'),
    );
    expect(normalizeForComparison('应当，不得。')).not.toBe(normalizeForComparison('应当、不得。'));
  });
});
