import { describe, expect, it } from '@jest/globals';
import { compareVersions, parseRegulation, type ProvisionNode } from '@app/drafts/text';
import { citationFromAddress } from './citation.js';
import {
  candidateAddressesFromComparison,
  findArticleChange,
  reanchorHintsFromComparison,
} from './comparison-hints.js';
import { provisionTexts } from './provision-index.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'];

function regulation(articles: readonly string[]): ProvisionNode[] {
  const body = articles.map((a, i) => `第${NUMERALS[i]}条 ${a}`).join('\n');
  return parseRegulation(`某某条例（草案）\n${body}\n`).provisions;
}

const A = '为了规范城市养犬行为，保障公民健康和人身安全，根据有关法律、行政法规，制定本条例。';
const B = '本市行政区域内犬只的饲养、经营以及相关管理活动，适用本条例。';
const C =
  '养犬人应当在取得犬只之日起十五日内办理养犬登记。\n养犬登记有效期为一年，期满需要继续饲养的，应当在届满前三十日内办理延续手续。\n登记事项发生变更的，应当自变更之日起三十日内办理变更登记：\n（一）养犬人住所变更的；\n（二）犬只所有权转移的。';
const D = '携带犬只出户的，应当为犬只束犬链，由具有完全民事行为能力的人牵领，并主动避让行人和车辆。';
const NEW = '区县人民政府应当设立犬只收容场所，所需经费纳入同级财政预算，并向社会公布收容场所的地址。';

function hintsFor(from: string[], to: string[], oldAddress: string): string[] {
  const toTree = regulation(to);
  const { changes } = compareVersions(regulation(from), toTree);
  return candidateAddressesFromComparison(
    changes,
    oldAddress,
    provisionTexts(toTree).map((p) => p.address),
  );
}

describe('candidateAddressesFromComparison', () => {
  it('points a renumbered article at its new number, the same paragraph first, then the rest of the article', () => {
    expect(hintsFor([A, B, C, D], [A, NEW, B, C, D], 'art_3__para_2')).toEqual([
      'art_4__para_2',
      'art_4',
      'art_4__para_1',
      'art_4__para_3',
      'art_4__para_3__item_1',
      'art_4__para_3__item_2',
    ]);
  });

  it('keeps the item path below the paragraph', () => {
    expect(hintsFor([A, B, C, D], [A, NEW, B, C, D], 'art_3__para_3__item_2')[0]).toBe(
      'art_4__para_3__item_2',
    );
  });

  it('lists the article itself first for an annotation on the whole article', () => {
    expect(hintsFor([A, B, C, D], [A, NEW, B, C, D], 'art_3')[0]).toBe('art_4');
  });

  it('lists every piece of a split article, the same sub-path of each piece first', () => {
    const [p1, p2, ...rest] = C.split('\n');
    const hints = hintsFor([A, B, C, D], [A, B, `${p1}\n${p2}`, rest.join('\n'), D], 'art_3__para_2');
    expect(hints.slice(0, 1)).toEqual(['art_3__para_2']);
    expect(hints).toEqual(
      expect.arrayContaining(['art_3', 'art_3__para_1', 'art_4', 'art_4__para_1', 'art_4__para_1__item_1']),
    );
    expect(hints.indexOf('art_3__para_1')).toBeLessThan(hints.indexOf('art_4'));
  });

  it('keeps an unchanged article at its own address', () => {
    expect(hintsFor([A, B, C, D], [A, B, C, D], 'art_3__para_1')[0]).toBe('art_3__para_1');
  });

  it('gives nothing for a removed article or an address the comparison does not know', () => {
    expect(hintsFor([A, B, C, D], [A, B, D], 'art_3__para_1')).toEqual([]);
    expect(hintsFor([A, B, C, D], [A, B, C, D], 'art_9__para_1')).toEqual([]);
  });
});

describe('reanchorHintsFromComparison', () => {
  it('carries what happened to the article, or nothing when the comparison does not know it', () => {
    const toTree = regulation([A, NEW, B, C, D]);
    const { changes } = compareVersions(regulation([A, B, C, D]), toTree);
    const addresses = provisionTexts(toTree).map((p) => p.address);
    expect(reanchorHintsFromComparison(changes, 'art_3__para_2', addresses)).toMatchObject({
      candidateAddresses: expect.arrayContaining(['art_4__para_2']),
      change: { kind: 'UNCHANGED', renumbered: true },
    });
    expect(reanchorHintsFromComparison(changes, 'chp_9', addresses)).toEqual({});
    expect(findArticleChange(changes, 'art_3__para_2')?.subPath).toBe('__para_2');
  });
});

describe('citationFromAddress', () => {
  it.each([
    ['art_13', '第十三条'],
    ['art_13__para_1', '第十三条第一款'],
    ['art_17__para_1__item_2', '第十七条第一款第（二）项'],
    ['art_17__para_1__item_2__subitem_3', '第十七条第一款第（二）项第3目'],
    ['art_17_1', '第十七条之一'],
    ['art_120__dup_2', '第一百二十条'],
    ['part_2__subp_1__chp_4', '第二编第一分编第四章'],
    ['chp_3_1', '第三章之一'],
    ['something-else', 'something-else'],
  ])('%s → %s', (address, citation) => {
    expect(citationFromAddress(address)).toBe(citation);
  });
});
