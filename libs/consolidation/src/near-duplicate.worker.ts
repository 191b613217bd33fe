/**
 * The worker thread of NearDuplicateWorker: clusters one provision's texts per message, as many messages as its
 * grouping sends, and answers each with the two index arrays (transferred, not copied). Loads only the pure core.
 */
import { parentPort } from 'node:worker_threads';
import { clusterNearDuplicates } from './near-duplicates/cluster.js';
import type { ClusterReply, ClusterRequest } from './near-duplicate-worker.js';

parentPort?.on('message', ({ id, joined, lengths }: ClusterRequest) => {
  const texts = new Array<string>(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    texts[i] = joined.slice(at, at + lengths[i]);
    at += lengths[i];
  }
  // A throw here is not caught: the thread ends with an 'error', which the grouping reports as its failure.
  const { clusterOf, variantOf } = clusterNearDuplicates(texts);
  const reply: ClusterReply = { id, clusterOf, variantOf };
  parentPort!.postMessage(reply, [clusterOf.buffer as ArrayBuffer, variantOf.buffer as ArrayBuffer]);
});
