import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { changeLines, hasChanges, textChanges } from './text-changes.js';

describe('textChanges', () => {
  it('marks a changed period as one deletion and one insertion in reading order', () => {
    expect(
      textChanges(
        '养犬人应当自取得犬只之日起三十日内，到所在地公安派出所办理养犬登记。',
        '养犬人应当自取得犬只之日起十五日内，到所在地公安派出所办理养犬登记。',
      ),
    ).toEqual([
      { text: '养犬人应当自取得犬只之日起', change: 'kept' },
      { text: '三十', change: 'deleted' },
      { text: '十五', change: 'inserted' },
      { text: '日内，到所在地公安派出所办理养犬登记。', change: 'kept' },
    ]);
  });

  it('keeps an unchanged text as one kept run, and an added sentence as one insertion', () => {
    expect(textChanges('第一条　目的。', '第一条　目的。')).toEqual([{ text: '第一条　目的。', change: 'kept' }]);
    expect(hasChanges(textChanges('甲。', '甲。'))).toBe(false);
    expect(textChanges('甲。', '甲。乙可以网上办理。')).toEqual([
      { text: '甲。', change: 'kept' },
      { text: '乙可以网上办理。', change: 'inserted' },
    ]);
  });

  it('reads back: kept and deleted give the earlier text, kept and inserted the later one', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        const runs = textChanges(a, b);
        expect(runs.filter((r) => r.change !== 'inserted').map((r) => r.text).join('')).toBe(a);
        expect(runs.filter((r) => r.change !== 'deleted').map((r) => r.text).join('')).toBe(b);
        expect(runs.every((r) => r.text !== '')).toBe(true);
      }),
    );
  });
});

describe('changeLines', () => {
  it('breaks at the later text’s line breaks and shows a deleted break within the line', () => {
    const lines = changeLines(textChanges('第一款。\n第二款。', '第一款。第二款。\n第三款。'));
    expect(lines.map((l) => l.map((r) => (r.change === 'kept' ? r.text : `[${r.change}:${r.text}]`)).join(''))).toEqual([
      '第一款。[deleted:↵]第二款。',
      '[inserted:第三款。]',
    ]);
  });
});
