/** The worker thread of readDraftUpload: reads one upload, answers once, and ends. */
import { parentPort, workerData } from 'node:worker_threads';
// Deep import, not '@app/common': the worker's start must not load all of common.
import { DomainError } from '../../../common/src/errors.js';
import { readDraftInThisThread, type DraftUpload, type WorkerReply } from './draft-upload-reader.js';

async function read(upload: DraftUpload): Promise<WorkerReply> {
  try {
    return { ok: true, result: await readDraftInThisThread(upload) };
  } catch (error) {
    if (error instanceof DomainError) {
      return {
        ok: false,
        error: { code: error.code, reason: error.reason, message: error.message, details: error.details },
      };
    }
    throw error;
  }
}

parentPort?.postMessage(await read(workerData as DraftUpload));
