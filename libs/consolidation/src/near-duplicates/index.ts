export { normalizeOpinionText } from './normalize.js';
export {
  DEFAULTS,
  clusterNearDuplicates,
  resolveOptions,
  summariseClusters,
  type ClusterSummary,
  type GroupClustering,
  type NearDuplicateOptions,
} from './cluster.js';
export { candidateProbability, jaccard, shingleKeys } from './minhash.js';
