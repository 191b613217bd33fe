// Duplicate and near-duplicate opinions of one provision: see README.md beside this file.
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
export { candidateProbability } from './minhash.js';
