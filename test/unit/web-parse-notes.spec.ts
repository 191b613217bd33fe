import { describe, expect, it } from '@jest/globals';
import { splitParseNotes } from '../../apps/web/src/drafts/manage/parse-notes.js';

/** The parse preview counts problems only: a skipped 目录 is the parser doing its job, said as information. */
describe("the parse preview's warnings", () => {
  it('keep a skipped 目录 apart from the problems, and every other warning a problem', () => {
    const toc = { code: 'TABLE_OF_CONTENTS_SKIPPED', line: 3 };
    const gap = { code: 'ARTICLE_NUMBER_GAP', line: 40 };
    expect(splitParseNotes([toc, gap])).toEqual({ problems: [gap], notes: [toc] });
    expect(splitParseNotes([toc])).toEqual({ problems: [], notes: [toc] });
    expect(splitParseNotes([])).toEqual({ problems: [], notes: [] });
  });
});
