/** The worker thread of readDraftUpload: reads one upload, answers once, and ends. */
import { parentPort, workerData } from 'node:worker_threads';
// Deep import, not '@app/common': the worker's start must not load all of common.
import { uploadWorkerReply } from '../../../common/src/upload-worker.js';
import { readDraftInThisThread, type DraftUpload } from './draft-upload-reader.js';

parentPort?.postMessage(await uploadWorkerReply(() => readDraftInThisThread(workerData as DraftUpload)));
