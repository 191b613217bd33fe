import { describe, expect, it } from '@jest/globals';
import { refusedForGood } from './queued-refusal';

describe('refusedForGood (待同步: 修改 or only 复制内容)', () => {
  const rejected = (errorReason?: string, error = '提交未成功') =>
    refusedForGood({ state: 'rejected', error, errorReason });

  it('offers no 修改 when the point stopped taking opinions or the task is no longer given to the person', () => {
    expect(rejected('COLLECTION_CLOSED')).toBe(true);
    expect(rejected('DEADLINE_PASSED')).toBe(true);
    // The point was switched off (停用) before the queue was sent.
    expect(rejected('CONTACT_POINT_INACTIVE')).toBe(true);
    // A collector moved to another unit before the queue was sent: the old unit's task is refused for them.
    expect(rejected('NOT_ASSIGNED')).toBe(true);
    // Items refused before the reason was kept.
    expect(rejected(undefined, '联系点已停止征集，不再接收新的意见')).toBe(true);
  });

  it('offers 修改 for what the form can correct, and nothing for an item not refused', () => {
    expect(rejected('PROVISION_NOT_ASSIGNED')).toBe(false);
    expect(rejected('DATE_IN_FUTURE')).toBe(false);
    expect(refusedForGood({ state: 'pending', errorReason: 'NOT_ASSIGNED' })).toBe(false);
  });
});
