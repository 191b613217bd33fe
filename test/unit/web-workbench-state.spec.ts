import { describe, expect, it } from '@jest/globals';
import { workbenchBanner } from '../../apps/web/src/consolidation/workbench/workbench-state.js';

/** The 汇总工作台's banner names the step the table is at, and says nothing while the table can still be changed. */
describe("the workbench's banner", () => {
  it('is absent while the table is being drafted, the point collecting or not', () => {
    for (const state of ['COLLECTING', 'CONSOLIDATING'])
      expect(workbenchBanner('DRAFTING', state)).toBeNull();
  });

  it('matches each later step: 审核中, 审核通过, 已报送, 已收到采纳反馈', () => {
    expect(workbenchBanner('PENDING_APPROVAL', 'UNDER_REVIEW')?.text).toBe(
      '汇总表已提交审核，内容暂不能修改',
    );
    expect(workbenchBanner('APPROVED', 'UNDER_REVIEW')?.text).toBe(
      '汇总表已审核通过，待报送立法机关，内容不能修改',
    );
    expect(workbenchBanner('SUBMITTED', 'SUBMITTED')).toEqual({
      text: '汇总表已报送立法机关，内容不能修改',
      link: 'signoff',
      linkText: '审核与报送',
    });
    expect(workbenchBanner('SUBMITTED', 'FEEDBACK_RECEIVED')).toEqual({
      text: '立法机关已反馈采纳情况，汇总表不能再修改',
      link: 'outcomes',
      linkText: '采纳反馈',
    });
  });
});
