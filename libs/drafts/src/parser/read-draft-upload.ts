/**
 * Reading an uploaded draft (decoding the file, converting Word, parsing the provisions) runs in a worker thread with
 * a memory and a time limit: a hostile or merely huge upload costs that worker, never the event loop other users'
 * requests run on (a pasted text of 250,000 articles blocked it 33 s; a Word bomb killed the process). The pool is
 * shared with the opinion sheet import (@app/common/upload-worker).
 */
import {
  runUploadWorker,
  UPLOAD_WORKER_LIMITS as POOL_LIMITS,
  type UploadWorkerLimits,
} from '@app/common/upload-worker';
import { workerEntry } from '@app/common/worker-entry';
import {
  checkDraftLines,
  readDraftInThisThread,
  type DraftUpload,
  type ReadDraft,
} from './draft-upload-reader.js';

/** The upload pool's limits (@app/common/upload-worker, shared with the opinion sheet import), and what is read in place. */
export const UPLOAD_WORKER_LIMITS = {
  ...POOL_LIMITS,
  /** Plain text up to this many characters (or bytes) is read in place: the Criminal Law's size, < 50 ms to parse. */
  inlineMaxLength: 100_000,
} as const;

export async function readDraftUpload(
  upload: DraftUpload,
  limits: UploadWorkerLimits = UPLOAD_WORKER_LIMITS,
  owner?: string,
): Promise<ReadDraft> {
  if (upload.text !== undefined) checkDraftLines(upload.text); // refuse at once, without a worker
  const length = upload.text?.length ?? upload.bytes?.length ?? 0;
  const word =
    /\.docx$/i.test(upload.fileName ?? '') || (upload.bytes?.[0] === 0x50 && upload.bytes[1] === 0x4b);
  if (!word && length <= UPLOAD_WORKER_LIMITS.inlineMaxLength) return readDraftInThisThread(upload);
  return runUploadWorker<ReadDraft>(
    workerEntry(import.meta.url, 'read-draft-upload.worker'),
    upload,
    {
      timeout: {
        reason: 'DRAFT_PROCESSING_TIMEOUT',
        message: (seconds) =>
          `文件处理超过 ${seconds} 秒仍未完成，已中止；请检查文件，或另存为纯文本后再上传`,
      },
      outOfMemory: {
        reason: 'DRAFT_TOO_LARGE_TO_READ',
        message: '文件内容过大，读取时超出了内存上限；请检查文件，或另存为纯文本后再上传',
      },
    },
    limits,
    owner,
  );
}
