import { describe, expect, it } from '@jest/globals';
import {
  anchorVersionFromHistory,
  type AnnotationHistoryEntry,
} from './1764920000000-annotation-anchor-version.js';

const at = (version: string, extra: Record<string, unknown> = {}) => ({
  draftVersionId: version,
  provisionAddress: 'art_2__para_1',
  quote: '到居住地的区县公安机关办理',
  startOffset: 18,
  endOffset: 31,
  anchorStatus: 'ANCHORED',
  ...extra,
});
const create = (version: string): AnnotationHistoryEntry => ({
  action: 'annotation.create',
  before: null,
  after: at(version),
});
const reanchor = (from: Record<string, unknown>, to: Record<string, unknown>): AnnotationHistoryEntry => ({
  action: 'annotation.reanchor',
  before: from,
  after: to,
});
const ORPHANED = { anchorStatus: 'ORPHANED' };

describe('anchorVersionFromHistory (filling anchor_version_id for existing orphans)', () => {
  it('keeps the version an orphan was written on through several orphanings', () => {
    expect(
      anchorVersionFromHistory([
        create('v1'),
        reanchor(at('v1'), at('v2', ORPHANED)),
        reanchor(at('v2', ORPHANED), at('v3', ORPHANED)),
      ]),
    ).toBe('v1');
  });

  it('takes the last version it was placed on', () => {
    expect(
      anchorVersionFromHistory([
        create('v1'),
        reanchor(at('v1'), at('v2', { anchorStatus: 'MOVED', provisionAddress: 'art_3__para_1' })),
        reanchor(at('v2', { anchorStatus: 'MOVED' }), at('v3', ORPHANED)),
      ]),
    ).toBe('v2');
  });

  it('takes the version its author re-selected it on, but not an edit of the note alone', () => {
    const orphan = at('v2', ORPHANED);
    expect(
      anchorVersionFromHistory([
        create('v1'),
        reanchor(at('v1'), orphan),
        { action: 'annotation.edit', before: orphan, after: { ...orphan, note: '改了意见' } },
      ]),
    ).toBe('v1');
    expect(
      anchorVersionFromHistory([
        create('v1'),
        reanchor(at('v1'), orphan),
        { action: 'annotation.edit', before: orphan, after: at('v2', { startOffset: 2, endOffset: 9 }) },
        reanchor(at('v2', { startOffset: 2, endOffset: 9 }), at('v3', ORPHANED)),
      ]),
    ).toBe('v2');
  });

  it('falls back on the version before its first orphaning when the trail begins there, and says nothing without one', () => {
    expect(anchorVersionFromHistory([reanchor(at('v1'), at('v2', ORPHANED))])).toBe('v1');
    expect(anchorVersionFromHistory([reanchor(at('v2', ORPHANED), at('v3', ORPHANED))])).toBe('v2');
    // A snapshot cut short by the audit trail's size limit has none of the fields.
    expect(
      anchorVersionFromHistory([{ action: 'annotation.create', before: null, after: { truncated: true } }]),
    ).toBeUndefined();
    expect(anchorVersionFromHistory([])).toBeUndefined();
  });
});
