/**
 * Reading an uploaded draft (decoding the file, converting Word, parsing the provisions) runs in a worker thread with
 * a memory and a time limit: a hostile or merely huge upload costs that worker, never the event loop other users'
 * requests run on (a pasted text of 250,000 articles blocked it 33 s; a Word bomb killed the process).
 */
import { Worker } from 'node:worker_threads';
import { BadInputError, DomainError } from '@app/common/errors';
import { Slots } from '@app/common/slots';
import { workerEntry } from '@app/common/worker-entry';
import {
  checkDraftLines,
  readDraftInThisThread,
  type DraftUpload,
  type ReadDraft,
  type WorkerReply,
} from './draft-upload-reader.js';

/** The worker that reads one upload. */
export const UPLOAD_WORKER_LIMITS = {
  timeoutMs: 30_000,
  maxOldGenerationSizeMb: 512,
  /** Uploads read at once; more wait their turn (the machine has few cores). */
  concurrency: 2,
  /** Plain text up to this many characters (or bytes) is read in place: the Criminal Law's size, < 50 ms to parse. */
  inlineMaxLength: 100_000,
} as const;

/** Uploads read at once (UPLOAD_WORKER_LIMITS.concurrency); more wait their turn. */
const uploadSlots = new Slots(UPLOAD_WORKER_LIMITS.concurrency);

export async function readDraftUpload(
  upload: DraftUpload,
  limits: { timeoutMs: number; maxOldGenerationSizeMb: number } = UPLOAD_WORKER_LIMITS,
): Promise<ReadDraft> {
  if (upload.text !== undefined) checkDraftLines(upload.text); // refuse at once, without a worker
  const length = upload.text?.length ?? upload.bytes?.length ?? 0;
  const word =
    /\.docx$/i.test(upload.fileName ?? '') || (upload.bytes?.[0] === 0x50 && upload.bytes[1] === 0x4b);
  if (!word && length <= UPLOAD_WORKER_LIMITS.inlineMaxLength) return readDraftInThisThread(upload);
  const release = await uploadSlots.take();
  try {
    return await new Promise<ReadDraft>((resolve, reject) => {
      const entry = workerEntry(import.meta.url, 'read-draft-upload.worker');
      const worker = new Worker(entry.source, {
        eval: entry.eval,
        workerData: upload,
        resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb },
        stdout: false,
        stderr: false,
      });
      let settled = false;
      const finish = (error: Error | null, result?: ReadDraft): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        if (error) reject(error);
        else resolve(result!);
      };
      const timer = setTimeout(
        () =>
          finish(
            new BadInputError(
              'DRAFT_PROCESSING_TIMEOUT',
              `文件处理超过 ${limits.timeoutMs / 1000} 秒仍未完成，已中止；请检查文件，或另存为纯文本后再上传`,
            ),
          ),
        limits.timeoutMs,
      );
      worker.once('message', (reply: WorkerReply) => {
        if (reply.ok) finish(null, reply.result);
        else {
          const { code, reason, message, details } = reply.error;
          finish(new DomainError(code, reason, message, details));
        }
      });
      worker.once('error', (error: Error & { code?: string }) =>
        finish(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new BadInputError(
                'DRAFT_TOO_LARGE_TO_READ',
                '文件内容过大，读取时超出了内存上限；请检查文件，或另存为纯文本后再上传',
              )
            : error,
        ),
      );
      worker.once('exit', () => finish(new Error('the draft reader stopped without an answer')));
    });
  } finally {
    release();
  }
}
