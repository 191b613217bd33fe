/** The worker thread of readOpinionSheet: parses one uploaded sheet, answers once, and ends. */
import { parentPort, workerData } from 'node:worker_threads';
// Deep import, not '@app/common': the worker's start must not load all of common.
import { uploadWorkerReply } from '../../../common/src/upload-worker.js';
import { parseOpinionSheet } from './opinion-import.js';
import type { OpinionSheetUpload } from './read-opinion-sheet.js';

const { bytes, context } = workerData as OpinionSheetUpload;
parentPort?.postMessage(
  await uploadWorkerReply(() =>
    parseOpinionSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), context),
  ),
);
