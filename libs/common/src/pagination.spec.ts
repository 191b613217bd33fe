import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { BadInputError } from './errors.js';
import {
  MAX_PAGE_SIZE,
  decodeCursor,
  decodeKeysetCursor,
  encodeCursor,
  encodeKeysetCursor,
  keysetRequest,
  pageWindow,
  toConnection,
  toKeysetConnection,
} from './pagination.js';

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

describe('keyset cursors', () => {
  it('carry the sort key of the row (a date and an id) opaquely, and give it back', () => {
    const at = new Date('2026-12-03T21:20:33.000Z');
    const cursor = encodeKeysetCursor([at, 'b7c1', 42]);
    expect(cursor).not.toContain('b7c1');
    expect(decodeKeysetCursor(cursor, 3)).toEqual([at, 'b7c1', 42]);
  });

  it('refuse an offset cursor, a cursor of another order and garbage as INVALID_CURSOR', () => {
    const cursors = [
      encodeCursor(3),
      encodeKeysetCursor(['only-id']),
      Buffer.from('k:not json').toString('base64url'),
      Buffer.from('k:[{"d":"yesterday"},"x"]').toString('base64url'),
    ];
    for (const cursor of cursors) {
      let error: unknown;
      try {
        decodeKeysetCursor(cursor, 2);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(BadInputError);
      expect((error as BadInputError).reason).toBe('INVALID_CURSOR');
    }
  });

  it('say there is a next page only when the extra row was read', () => {
    const request = keysetRequest({ first: 2 }, 1);
    const keyOf = (n: number) => [n];
    expect(toKeysetConnection([1, 2, 3], 9, request, keyOf).pageInfo.hasNextPage).toBe(true);
    const last = toKeysetConnection([1, 2], 9, request, keyOf);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(decodeKeysetCursor(last.pageInfo.endCursor!, 1)).toEqual([2]);
  });
});
