import { describe, expect, it } from '@jest/globals';
import { stillOpen } from '../../apps/web/src/consultation/remembered-deadline.js';

/** The offline opinion form trusts a remembered "still open" only until the deadline the server named. */
describe('a remembered open task on a phone offline', () => {
  const deadline = '2026-12-19T15:59:59.000Z';
  it('stays open until the deadline, then reads as closed without asking the server', () => {
    expect(stillOpen(true, deadline, Date.parse(deadline) - 1000)).toBe(true);
    expect(stillOpen(true, deadline, Date.parse(deadline) + 1000)).toBe(false);
  });
  it('keeps a closed task closed, and an open one without a known deadline open', () => {
    expect(stillOpen(false, deadline, Date.parse(deadline) - 1000)).toBe(false);
    expect(stillOpen(true, null, Date.now())).toBe(true);
  });
});
