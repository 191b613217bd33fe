import { describe, expect, it } from '@jest/globals';
import type { ProvisionNode } from '@app/drafts';
import {
  ONLINE_PAGE_LIMITS,
  PublicDraftCache,
  flattenPublicDraft,
  publicPage,
  type PublicDraft,
  type PublicProvision,
} from './online-page.js';

const node = (kind: ProvisionNode['kind'], address: string, text: string, children: ProvisionNode[] = []) =>
  ({
    kind,
    address,
    label: '',
    number: 1,
    insertion: 0,
    heading: null,
    text,
    citation: address,
    children,
  }) as ProvisionNode;

const provisions = (n: number, chars: number): PublicProvision[] =>
  Array.from({ length: n }, (_, i) => ({
    address: `art_${i}`,
    kind: 'article',
    label: '',
    heading: null,
    text: 'x'.repeat(chars),
    citation: '',
    depth: 0,
  }));

describe('flattenPublicDraft', () => {
  it('lists the tree in reading order with depths, and the articles apart', () => {
    const draft = flattenPublicDraft([
      node('chapter', 'chp_1', '', [
        node('article', 'art_1', '', [node('paragraph', 'art_1__para_1', '甲乙')]),
      ]),
      node('article', 'art_2', '丙'),
    ]);
    expect(draft.provisions.map((p) => [p.address, p.depth])).toEqual([
      ['chp_1', 0],
      ['art_1', 1],
      ['art_1__para_1', 2],
      ['art_2', 0],
    ]);
    expect(draft.articles.map((a) => a.address)).toEqual(['art_1', 'art_2']);
    expect(draft.characters).toBeGreaterThan(3);
  });
});

describe('publicPage', () => {
  it('stops at the page size', () => {
    expect(
      publicPage(provisions(500, 1), { offset: 0, limit: ONLINE_PAGE_LIMITS.pageProvisions }),
    ).toHaveLength(ONLINE_PAGE_LIMITS.pageProvisions);
  });
  it('stops before the provision that would pass the characters of a page, but always moves on', () => {
    const page = publicPage(provisions(500, 3000), { offset: 10, limit: 100 });
    expect(page).toHaveLength(Math.floor(ONLINE_PAGE_LIMITS.pageCharacters / 3000));
    expect(page[0].address).toBe('art_10');
    expect(
      publicPage(provisions(3, ONLINE_PAGE_LIMITS.pageCharacters * 2), { offset: 1, limit: 100 }),
    ).toHaveLength(1);
    expect(publicPage(provisions(3, 1), { offset: 3, limit: 100 })).toEqual([]);
  });
});

describe('PublicDraftCache', () => {
  const draft = (characters: number): PublicDraft => ({ provisions: [], articles: [], characters });
  it('computes a version once, and drops the least recently used past its characters', async () => {
    const cache = new PublicDraftCache(100);
    let computed = 0;
    const get = (key: string, size: number) =>
      cache.get(key, () => (computed++, Promise.resolve(draft(size))));
    await get('a', 40);
    await get('b', 40);
    await get('a', 40); // a is now the most recent
    expect(computed).toBe(2);
    await get('c', 40); // 120 > 100: b goes
    expect(cache.characters).toBe(80);
    await get('a', 40);
    expect(computed).toBe(3);
    await get('b', 40);
    expect(computed).toBe(4);
    // A draft above the whole limit is served, not kept, and drops nothing.
    const before = cache.characters;
    await get('huge', 1000);
    expect(cache.characters).toBe(before);
    expect(cache.size).toBe(2);
  });
  it('keeps no failure', async () => {
    const cache = new PublicDraftCache(100);
    await expect(cache.get('a', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(cache.get('a', () => Promise.resolve(draft(1)))).resolves.toMatchObject({ characters: 1 });
  });
});
