import { describe, expect, it } from '@jest/globals';
import { compareVersions } from '@app/drafts/text';
import type { ProvisionAnchor, ReanchorResult } from './anchoring.types.js';
import { reanchorHintsFromComparison } from './comparison-hints.js';
import { provisionTexts } from './provision-index.js';
import { reanchor } from './reanchor.js';
import { versionsOnTheWay } from './reanchor-through.js';
import { annotate, tree } from './testing.js';

/**
 * An orphan's anchor (address, quote, context, offsets) stays what it was on the version it was written on. Placing it
 * later must start from that version — the comparison of that version with the target — not from the version it was
 * last (unsuccessfully) re-placed onto, whose article at the same address may be another article altogether.
 */
const REST = '第一条 为了规范养犬行为，制定本条例。\n';
const X = '养犬人应当在取得犬只之日起十五日内，到居住地的区县公安机关办理养犬登记。';
// The same words in another article, in an unrelated sentence.
const Y = '经营犬只的企业，应当持营业执照到居住地的区县公安机关办理备案。';
const QUOTE = '到居住地的区县公安机关办理';

/** What the annotation service does for one annotation: compare `from`'s text with `to`'s, and re-place there. */
function placeFrom(anchor: ProvisionAnchor, from: string, to: string): ReanchorResult {
  const texts = provisionTexts(tree(to));
  const { changes } = compareVersions(tree(from), tree(to));
  return reanchor(
    anchor,
    texts,
    reanchorHintsFromComparison(
      changes,
      anchor.address,
      texts.map((p) => p.address),
    ),
  );
}

describe('re-placing an orphan from the version its anchor was written on', () => {
  it('does not attach it to the same words in an unrelated article that took its old number (stale v2 reading did)', () => {
    const v1 = `${REST}第二条 ${X}\n第三条 ${Y}\n`;
    // v2 deletes 第二条: 第三条 becomes 第二条. v3 adds an article at the end.
    const v2 = `${REST}第二条 ${Y}\n`;
    const v3 = `${REST}第二条 ${Y}\n第三条 犬只收容场所由区县人民政府设立。\n`;
    const anchor = annotate(v1, 'art_2__para_1', QUOTE);

    const onV2 = placeFrom(anchor, v1, v2);
    expect(onV2.status).toBe('ORPHANED');
    // The orphan keeps its v1 anchor. Read from v1 (right), art_2 was deleted and the words stand elsewhere in another
    // sentence: still an orphan on v3.
    expect(placeFrom(anchor, v1, v3)).toMatchObject({ status: 'ORPHANED' });
    // Read as if it were v2's art_2 (the defect), the same anchor lands on the unrelated sentence.
    const stale = placeFrom(anchor, v2, v3);
    expect(stale.status).not.toBe('ORPHANED');
    expect(stale.status !== 'ORPHANED' && stale.text).toBe(QUOTE);
  });

  it('finds the words when they come back, from the anchor written on v1', () => {
    const v1 = `${REST}第二条 ${X}\n`;
    const v2 = `${REST}第二条 养犬人应当依法办理养犬登记。\n`;
    const v3 = `${REST}第二条 本市实行养犬登记制度。\n第三条 ${X}\n`;
    const anchor = annotate(v1, 'art_2__para_1', QUOTE);
    expect(placeFrom(anchor, v1, v2).status).toBe('ORPHANED');
    const back = placeFrom(anchor, v1, v3);
    expect(back).toMatchObject({ status: 'MOVED', address: 'art_3__para_1', text: QUOTE });
    expect(back.status !== 'ORPHANED' && back.start).toBe(X.indexOf(QUOTE));
  });
});

describe('versionsOnTheWay', () => {
  const versions = [1, 2, 3, 4].map((sequence) => ({ id: `v${sequence}`, sequence }));
  it('starts after the anchor’s own version and ends at the target', () => {
    expect(versionsOnTheWay(versions, 'v1', versions[3]).map((v) => v.id)).toEqual(['v2', 'v3', 'v4']);
    expect(versionsOnTheWay(versions, 'v3', versions[3]).map((v) => v.id)).toEqual(['v4']);
  });
  it('is only the target when the anchor is already on it, and everything up to it for an unknown version', () => {
    expect(versionsOnTheWay(versions, 'v4', versions[3]).map((v) => v.id)).toEqual(['v4']);
    expect(versionsOnTheWay(versions, 'gone', versions[2]).map((v) => v.id)).toEqual(['v1', 'v2', 'v3']);
  });
});
