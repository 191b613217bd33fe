import { MAX_REPEATED_FIELD } from './limits.js';
import { REPEATED_FIELD_MEMO, rememberedQueryTexts, repeatedFieldOf } from './http-guards.js';

describe('repeatedFieldOf (the repeated-field check, remembered per query text)', () => {
  const tooMany = `{ ${'me { id } '.repeat(MAX_REPEATED_FIELD + 1)}}`;

  it('finds the repeated field the first time and every time after', () => {
    for (let i = 0; i < 3; i++)
      expect(repeatedFieldOf(tooMany)).toEqual({ name: 'me', count: MAX_REPEATED_FIELD + 1 });
    for (let i = 0; i < 3; i++) expect(repeatedFieldOf('{ me { id } a: me { id } }')).toBeUndefined();
  });

  it('remembers neither texts that do not parse nor texts beyond its length bound', () => {
    const before = rememberedQueryTexts();
    expect(repeatedFieldOf('{ me { id }')).toBeUndefined();
    const long = `{ me { id } }${' '.repeat(REPEATED_FIELD_MEMO.maxLength)}`;
    expect(repeatedFieldOf(long)).toBeUndefined();
    expect(rememberedQueryTexts()).toBe(before);
  });

  it(`keeps at most ${REPEATED_FIELD_MEMO.entries} texts, the least recently used leaving first`, () => {
    for (let i = 0; i < REPEATED_FIELD_MEMO.entries + 50; i++) repeatedFieldOf(`{ me { id } # ${i}\n}`);
    expect(rememberedQueryTexts()).toBe(REPEATED_FIELD_MEMO.entries);
    expect(repeatedFieldOf(tooMany)).toEqual({ name: 'me', count: MAX_REPEATED_FIELD + 1 });
  });
});
