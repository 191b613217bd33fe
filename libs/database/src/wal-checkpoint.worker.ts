/**
 * The thread of WalCheckpointer: its own connection to the SQLite file, on which it runs a PASSIVE checkpoint each time
 * it is asked (copying the WAL's committed pages into the database file, with the syncs that takes) and answers with
 * SQLite's figures. PASSIVE never waits for the server's readers or writer (no busy handler).
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckpointReply, CheckpointWorkerData } from './wal-checkpoint.js';

const { path } = workerData as CheckpointWorkerData;
/** The part of better-sqlite3 used here (the package ships no types). */
interface Connection {
  pragma(source: string): unknown;
  close(): void;
}
const Database = createRequire(import.meta.url)('better-sqlite3') as new (
  path: string,
  options: { fileMustExist: boolean },
) => Connection;
const db = new Database(path, { fileMustExist: true });
// A checkpoint syncs the WAL before it copies and the database file after it copied the whole WAL (never with OFF).
db.pragma('synchronous = FULL');
// This connection never commits, so never checkpoints by itself. At close it neither checkpoints nor removes the WAL
// while the server's connection is open (that one closes last: see serializeTransactions' destroy).
db.pragma('wal_autocheckpoint = 0');

parentPort!.on('message', (message: number | 'close') => {
  if (message === 'close') {
    db.close();
    parentPort!.close();
    return;
  }
  let reply: CheckpointReply;
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{
      busy: number;
      log: number;
      checkpointed: number;
    }>;
    reply = { id: message, busy: row.busy, log: row.log, checkpointed: row.checkpointed };
  } catch (error) {
    reply = { id: message, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
