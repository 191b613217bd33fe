import { describe, expect, it } from '@jest/globals';
import { safeNext } from '../../apps/web/src/identity/safe-next.js';

const ORIGIN = 'https://minyi.example.cn';

/** After signing in, `/signin?next=…` returns to a page of this app — a crafted link never leaves it or breaks it. */
describe('the page to return to after signing in', () => {
  it('keeps a path of this app with its query and hash', () => {
    expect(safeNext('/tasks/t1/consolidation', ORIGIN)).toBe('/tasks/t1/consolidation');
    expect(safeNext('/opinions?task=t1#o2', ORIGIN)).toBe('/opinions?task=t1#o2');
    expect(safeNext('/receipt?n=MY-2026-000123', ORIGIN)).toBe('/receipt?n=MY-2026-000123');
  });

  it('goes home when there is none or it is not a path', () => {
    expect(safeNext(null, ORIGIN)).toBe('/');
    expect(safeNext('', ORIGIN)).toBe('/');
    expect(safeNext('tasks', ORIGIN)).toBe('/');
    expect(safeNext('https://evil.example/', ORIGIN)).toBe('/');
    expect(safeNext('javascript:alert(1)', ORIGIN)).toBe('/');
  });

  it('goes home for every spelling a browser reads as another site (the backslash broke sign-in: attack F8)', () => {
    for (const next of [
      '//evil.example',
      '/\\evil.example',
      '/\\/evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
    ])
      expect(safeNext(next, ORIGIN)).toBe('/');
  });

  it('keeps an encoded backslash as part of a path (the router reads it as text, not as a slash)', () => {
    expect(safeNext('/search?q=%5C', ORIGIN)).toBe('/search?q=%5C');
  });
});
