// The citation a collector reads where only a provision's address is at hand (offline, 待同步): never art_13.
import {
  citationOfAddress,
  chineseNumber,
  provisionLabel,
  queuedProvisionLabel,
} from '../../apps/web/src/drafts/citation.js';

describe('citationOfAddress', () => {
  it.each([
    ['art_13', '第十三条'],
    ['art_8', '第八条'],
    ['art_5__para_2', '第五条第二款'],
    ['art_33__para_1__item_5', '第三十三条第一款第（五）项'],
    ['art_17_1', '第十七条之一'],
    ['art_120_6', '第一百二十条之六'],
    ['art_17__para_1__item_2__subitem_1', '第十七条第一款第（二）项第1目'],
    ['chp_2', '第二章'],
    ['art_9__dup_2', '第九条'],
  ])('%s → %s', (address, citation) => {
    expect(citationOfAddress(address)).toBe(citation);
  });

  it('never shows a code it cannot read', () => {
    expect(citationOfAddress('weird')).toBe('该条文');
    expect(citationOfAddress('art_x')).toBe('该条文');
  });

  it('labels a general opinion and prefers the server citation', () => {
    expect(provisionLabel(null)).toBe('总体意见');
    expect(provisionLabel('art_13', '第十三条')).toBe('第十三条');
    expect(provisionLabel('art_13')).toBe('第十三条');
  });

  it('writes numbers as a citation does', () => {
    expect(chineseNumber(10)).toBe('十');
    expect(chineseNumber(105)).toBe('一百零五');
    expect(chineseNumber(110)).toBe('一百一十');
  });

  it('relabels an opinion queued with its address (条文 art_8), keeps a citation it was queued with', () => {
    expect(queuedProvisionLabel('条文 art_8', 'art_8')).toBe('第八条');
    expect(queuedProvisionLabel('art_8', 'art_8')).toBe('第八条');
    expect(queuedProvisionLabel('第五条第二款', 'art_5__para_2')).toBe('第五条第二款');
    expect(queuedProvisionLabel('总体意见', null)).toBe('总体意见');
  });
});
