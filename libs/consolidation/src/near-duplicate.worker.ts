/**
 * The worker thread of NearDuplicateWorker: clusters one provision's texts at a time (received in parts), as many as
 * its grouping sends, and answers each with the two index arrays (transferred, not copied). Loads only the pure core.
 */
import { parentPort } from 'node:worker_threads';
import { clusterNearDuplicates } from './near-duplicates/cluster.js';
import type { ClusterReply, ClusterRequest } from './near-duplicate-worker.js';

let received: string[] = [];

parentPort?.on('message', ({ id, joined, lengths, last }: ClusterRequest) => {
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    received.push(joined.slice(at, at + lengths[i]));
    at += lengths[i];
  }
  if (!last) return;
  const texts = received;
  received = [];
  // A throw here is not caught: the thread ends with an 'error', which the grouping reports as its failure.
  const { clusterOf, variantOf } = clusterNearDuplicates(texts);
  const reply: ClusterReply = { id, clusterOf, variantOf };
  parentPort!.postMessage(reply, [clusterOf.buffer as ArrayBuffer, variantOf.buffer as ArrayBuffer]);
});
