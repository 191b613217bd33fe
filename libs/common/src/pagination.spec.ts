import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { BadInputError } from './errors.js';
import { MAX_PAGE_SIZE, decodeCursor, encodeCursor, pageWindow, toConnection } from './pagination.js';

describe('cursor pagination', () => {
  it('round-trips every offset through an opaque cursor', () => {
    fc.assert(fc.property(fc.nat(), (offset) => decodeCursor(encodeCursor(offset)) === offset));
  });

  it.each([
    '',
    'garbage',
    Buffer.from('o:-1').toString('base64url'),
    Buffer.from('o:1.5').toString('base64url'),
    Buffer.from('x:3').toString('base64url'),
  ])('refuses the cursor %j with BAD_USER_INPUT', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(BadInputError);
  });

  it('starts after the cursor and enforces the page size limit', () => {
    expect(pageWindow({})).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow({ first: 5, after: encodeCursor(9) })).toEqual({ offset: 10, limit: 5 });
    expect(() => pageWindow({ first: MAX_PAGE_SIZE + 1 })).toThrow(`first 必须在 0 到 ${MAX_PAGE_SIZE} 之间`);
    expect(() => pageWindow({ first: -1 })).toThrow(BadInputError);
  });

  it('reports whether pages remain on either side', () => {
    const page = toConnection(['c', 'd'], 5, { offset: 2, limit: 2 });
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    });
    expect(toConnection(['e'], 5, { offset: 4, limit: 2 }).pageInfo.hasNextPage).toBe(false);
    expect(toConnection([], 0, { offset: 0, limit: 2 }).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
