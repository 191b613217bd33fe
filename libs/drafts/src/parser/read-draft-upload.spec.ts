import { describe, expect, it } from '@jest/globals';
import { readDraftUpload } from './read-draft-upload.js';

const longText = `某市条例（草案）\n${'第一条　为了规范管理活动，制定本条例。\n'.repeat(8000)}`;

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
