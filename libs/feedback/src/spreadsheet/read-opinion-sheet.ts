/**
 * Reading an uploaded opinion sheet off the event loop: parseOpinionSheet (the package pre-check, then exceljs) runs
 * in the upload pool's worker threads (@app/common/upload-worker, shared with draft uploads) with their memory cap,
 * time limit and turns. On the main thread a sheet of 2.5 million tiny shared strings took 11.6 s and stalled every
 * other request for 4 s; two at once, 25 s and nearly 1 GB.
 */
import { runUploadWorker, type UploadWorkerLimits } from '@app/common/upload-worker';
import { workerEntry } from '@app/common/worker-entry';
import type { OpinionSheetContext, OpinionSheetResult } from './opinion-import.js';

export interface OpinionSheetUpload {
  bytes: Uint8Array;
  context: OpinionSheetContext;
}

export function readOpinionSheet(
  bytes: Uint8Array,
  context: OpinionSheetContext,
  limits?: UploadWorkerLimits,
  owner?: string,
): Promise<OpinionSheetResult> {
  const upload: OpinionSheetUpload = { bytes, context };
  return runUploadWorker<OpinionSheetResult>(
    workerEntry(import.meta.url, 'read-opinion-sheet.worker'),
    upload,
    {
      timeout: {
        reason: 'IMPORT_PROCESSING_TIMEOUT',
        message: (seconds) =>
          `文件处理超过 ${seconds} 秒仍未完成，已中止；请检查文件（是否含有大量无用内容），或拆分成多个文件后分批导入`,
      },
      outOfMemory: {
        reason: 'IMPORT_TOO_LARGE_TO_READ',
        message: '文件内容过多，读取时超出了内存上限；请删除无用的内容，或拆分成多个文件后分批导入',
      },
    },
    limits,
    owner,
  );
}
