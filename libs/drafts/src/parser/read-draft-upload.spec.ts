import { describe, expect, it } from '@jest/globals';
import { toChineseNumber } from './chinese-numerals.js';
import { readDraftUpload } from './read-draft-upload.js';

/** Over the size read in place (UPLOAD_WORKER_LIMITS.inlineMaxLength), so it goes to a worker. */
const longText = `某市条例（草案）\n${Array.from({ length: 8000 }, (_, i) => `第${toChineseNumber(i + 1)}条　为了规范管理活动，制定本条例。`).join('\n')}`;

describe('readDraftUpload', () => {
  it('parses a large text in a worker thread', async () => {
    const read = await readDraftUpload({ text: longText });
    expect(read.parsed.provisions.length).toBe(8000);
  }, 60_000);

  it('stops a worker that runs past its time limit', async () => {
    await expect(
      readDraftUpload({ text: longText }, { timeoutMs: 1, maxOldGenerationSizeMb: 512 }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DRAFT_PROCESSING_TIMEOUT',
    });
  });

  it('refuses, without dying, an upload that runs the worker out of memory', async () => {
    await expect(
      readDraftUpload({ text: longText.repeat(3) }, { timeoutMs: 60_000, maxOldGenerationSizeMb: 2 }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DRAFT_TOO_LARGE_TO_READ' });
  }, 60_000);
});
