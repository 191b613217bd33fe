import { describe, expect, it } from '@jest/globals';
import { compareVersions } from '@app/drafts/text';
import type { ProvisionAnchor, ReanchorResult } from './anchoring.types.js';
import { reanchorHintsFromComparison } from './comparison-hints.js';
import { provisionTexts } from './provision-index.js';
import { reanchor } from './reanchor.js';
import { reanchorThrough, type ReanchorStep } from './reanchor-through.js';
import { annotate, tree } from './testing.js';

// v1 → v2 → v3 of one article, each reading a little differently from the one before; then the same article
// renumbered by an article inserted before it.
const REST = '第一条 为了规范养犬行为，制定本条例。\n';
const V1 = `${REST}第二条 养犬人应当在取得犬只之日起十五日内，到居住地的区县公安机关办理养犬登记。\n`;
const V2 = `${REST}第二条 养犬人应当在取得犬只之日起三十日内，到居住地的区县公安机关办理养犬登记。\n`;
const V3 = `${REST}第二条 本市实行养犬登记制度。\n第三条 养犬人应当自领取犬只之日起三十日内，到居住地的区县公安机关办理养犬登记。\n`;
const QUOTE = '在取得犬只之日起十五日内';

/** A step from one version's text to the next, with the hints a comparison gives (as the annotation service builds). */
function step(from: string, to: string, label: string): ReanchorStep {
  const texts = provisionTexts(tree(to));
  const { changes } = compareVersions(tree(from), tree(to));
  return {
    provisions: texts,
    label,
    hints: (address) =>
      reanchorHintsFromComparison(
        changes,
        address,
        texts.map((p) => p.address),
      ),
  };
}

const direct = (anchor: ProvisionAnchor, from: string, to: string): ReanchorResult => {
  const s = step(from, to, '');
  return reanchor(anchor, s.provisions, s.hints!(anchor.address));
};

describe('reanchorThrough (v1 → v3 through v2)', () => {
  it('follows a passage reworded a little in each version, where comparing v1 with v3 directly orphans it', () => {
    const anchor = annotate(V1, 'art_2__para_1', QUOTE);
    // 取得→领取, 在→自, 十五→三十: five edits in twelve characters, beyond one comparison's 0.8 similarity.
    expect(direct(anchor, V1, V3).status).toBe('ORPHANED');
    const result = reanchorThrough(anchor, [step(V1, V2, '二审稿'), step(V2, V3, '三审稿')]);
    expect(result).toMatchObject({
      status: 'MOVED',
      address: 'art_3__para_1',
      text: '领取犬只之日起三十日内',
    });
    expect(result.reason).toMatch(/^经“二审稿”逐稿次定位：/);
  });

  it('is what a single comparison gives when there is one step, and ANCHORED when it ends where it started', () => {
    const anchor = annotate(V1, 'art_2__para_1', '到居住地的区县公安机关办理养犬登记');
    const result = reanchorThrough(anchor, [step(V1, V2, '二审稿')]);
    expect(result).toMatchObject({ status: 'ANCHORED', address: 'art_2__para_1' });
    expect(result.reason).toBe(`逐稿次定位：${direct(anchor, V1, V2).reason}`);
  });

  it('orphans at the first step that cannot place it, and never returns another article’s text', () => {
    const gone = `${REST}第二条 养犬登记的具体办法由市人民政府制定。\n`;
    const anchor = annotate(V1, 'art_2__para_1', QUOTE);
    const result = reanchorThrough(anchor, [step(V1, gone, '二审稿'), step(gone, V1, '三审稿')]);
    expect(result.status).toBe('ORPHANED');
    // Directly, the text that left in v2 and came back in v3 is found where it was: why direct comes first.
    expect(direct(anchor, V1, V1).status).toBe('ANCHORED');
  });

  it('refuses an empty path', () => {
    expect(() => reanchorThrough(annotate(V1, 'art_2__para_1', QUOTE), [])).toThrow();
  });
});
