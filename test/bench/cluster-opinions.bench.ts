/**
 * Benchmark of the duplicate and near-duplicate grouping (libs/consolidation/src/near-duplicates) on a Civil-Code-sized
 * consultation: BENCH_OPINIONS synthetic opinions (default 1,000,000; see support/synthetic-opinions.ts) on 1,260
 * articles, 30% of them copies of 40 mass campaigns with small edits. Groups them by provision, clusters each
 * provision's opinions (the text of an opinion: its proposed change and its reason), and prints the time (generation
 * apart), the peak memory, and how well the clusters match the campaigns the generator made.
 * Target: grouping and clustering under 60 s and under 1.5 GB on 2 shared cores.
 *
 *   npx tsx test/bench/cluster-opinions.bench.ts
 *   BENCH_OPINIONS=100000 BENCH_THRESHOLD=0.6 BENCH_SHINGLE=2 BENCH_HASHES=40 BENCH_BANDS=20 npx tsx test/bench/cluster-opinions.bench.ts
 *   BENCH_SINGLE_GROUP=1 …   the worst case: all opinions clustered as one provision's
 *   DEBUG=1 …   also prints the campaign texts split off their campaign and examples of clusters that mix opinions
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  DEFAULTS,
  candidateProbability,
  clusterNearDuplicates,
  normalizeOpinionText,
  resolveOptions,
  type NearDuplicateOptions,
} from '../../libs/consolidation/src/near-duplicates/index.js';
import { generateOpinions, syntheticProvisionAddresses } from './support/synthetic-opinions.js';

const COUNT = Number(process.env.BENCH_OPINIONS ?? 1_000_000);
const SEED = Number(process.env.BENCH_SEED ?? 20200528);
/** The worst case: every opinion in one group, as if the whole consultation were about a single article. */
const SINGLE_GROUP = process.env.BENCH_SINGLE_GROUP === '1';
const envNumber = (name: string, fallback: number): number =>
  process.env[name] === undefined ? fallback : Number(process.env[name]);
const options: NearDuplicateOptions = resolveOptions({
  threshold: envNumber('BENCH_THRESHOLD', DEFAULTS.threshold),
  shingle: envNumber('BENCH_SHINGLE', DEFAULTS.shingle),
  hashes: envNumber('BENCH_HASHES', DEFAULTS.hashes),
  bands: envNumber('BENCH_BANDS', DEFAULTS.bands),
});

const MB = 1024 * 1024;
let peakRss = 0;
const sampleRss = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

// ------------------------------------------------------------------------------------------------ generation
const addresses = syntheticProvisionAddresses();
const provisionIndex = new Map(addresses.map((a, i) => [a, i]));
const GENERAL = addresses.length; // the bucket of general opinions (no provision)
const texts: string[] = new Array<string>(COUNT);
const provisionOf = new Int32Array(COUNT);
const campaignOf = new Int32Array(COUNT);
const t0 = performance.now();
let k = 0;
for (const o of generateOpinions(COUNT, SEED)) {
  texts[k] = `${o.proposedChange}\n${o.reason}`;
  provisionOf[k] = SINGLE_GROUP
    ? 0
    : o.provisionAddress === null
      ? GENERAL
      : (provisionIndex.get(o.provisionAddress) ?? GENERAL);
  campaignOf[k] = o.campaign ?? -1;
  k++;
}
const generationMs = performance.now() - t0;
sampleRss();
const rssAfterGeneration = process.memoryUsage().rss;

// ------------------------------------------------------------------------------------------------ grouping + clustering
const t1 = performance.now();
// Group by provision: a counting sort of the opinion indices (input order kept within a provision).
const buckets = addresses.length + 1;
const bucketStart = new Int32Array(buckets + 1);
for (let i = 0; i < COUNT; i++) bucketStart[provisionOf[i] + 1]++;
for (let b = 0; b < buckets; b++) bucketStart[b + 1] += bucketStart[b];
const byProvision = new Int32Array(COUNT);
const fill = bucketStart.slice(0, buckets);
for (let i = 0; i < COUNT; i++) byProvision[fill[provisionOf[i]]++] = i;

// For every opinion, its cluster's and its variant's representative, as global opinion indices.
const clusterOf = new Int32Array(COUNT);
const variantOf = new Int32Array(COUNT);
let provisionsTouched = 0;
let largestProvision = 0;
for (let b = 0; b < buckets; b++) {
  const from = bucketStart[b];
  const to = bucketStart[b + 1];
  if (to === from) continue;
  if (b < addresses.length) provisionsTouched++;
  largestProvision = Math.max(largestProvision, to - from);
  const group: string[] = new Array<string>(to - from);
  for (let j = from; j < to; j++) group[j - from] = texts[byProvision[j]];
  const result = clusterNearDuplicates(group, options);
  for (let j = from; j < to; j++) {
    clusterOf[byProvision[j]] = byProvision[from + result.clusterOf[j - from]];
    variantOf[byProvision[j]] = byProvision[from + result.variantOf[j - from]];
  }
  sampleRss();
}
const clusteringMs = performance.now() - t1;
const maxRss = process.resourceUsage().maxRSS * 1024;

// ------------------------------------------------------------------------------------------------ evaluation (untimed)
const size = new Int32Array(COUNT);
for (let i = 0; i < COUNT; i++) size[clusterOf[i]]++;
const variantsIn = new Int32Array(COUNT);
for (let i = 0; i < COUNT; i++) if (variantOf[i] === i) variantsIn[clusterOf[i]]++;
let groups = 0;
let grouped = 0;
let largest = -1;
let distinctTexts = 0;
for (let i = 0; i < COUNT; i++) {
  if (variantOf[i] === i) distinctTexts++;
  if (clusterOf[i] !== i) continue;
  if (size[i] >= 2) {
    groups++;
    grouped += size[i];
  }
  if (largest < 0 || size[i] > size[largest]) largest = i;
}

// The truth: a campaign's copies belong together; an independent opinion belongs only with exact copies of its text.
const labelOf = (i: number): number => (campaignOf[i] >= 0 ? campaignOf[i] : -1 - variantOf[i]);
// Recall: the share of campaign copies that sit in their campaign's largest cluster.
const perCampaign = new Map<number, Map<number, number>>();
let copies = 0;
for (let i = 0; i < COUNT; i++) {
  const c = campaignOf[i];
  if (c < 0) continue;
  copies++;
  let clusters = perCampaign.get(c);
  if (clusters === undefined) perCampaign.set(c, (clusters = new Map()));
  clusters.set(clusterOf[i], (clusters.get(clusterOf[i]) ?? 0) + 1);
}
let copiesTogether = 0;
let campaignsSplit = 0;
let campaignVariants = 0;
for (const clusters of perCampaign.values()) {
  copiesTogether += Math.max(...clusters.values());
  if (clusters.size > 1) campaignsSplit++;
}
// The same per distinct text: copying the master verbatim is easy to group; the edited variants are the test.
const mainCluster = new Map<number, number>();
for (const [c, clusters] of perCampaign) {
  mainCluster.set(c, [...clusters.entries()].reduce((best, e) => (e[1] > best[1] ? e : best))[0]);
}
let variantsTogether = 0;
for (let i = 0; i < COUNT; i++) {
  if (campaignOf[i] < 0 || variantOf[i] !== i) continue;
  campaignVariants++;
  if (clusterOf[i] === mainCluster.get(campaignOf[i])) variantsTogether++;
}
// Precision: in the clusters of two or more, the opinions that are not of the cluster's majority label.
const perCluster = new Map<number, Map<number, number>>();
for (let i = 0; i < COUNT; i++) {
  if (size[clusterOf[i]] < 2) continue;
  let labels = perCluster.get(clusterOf[i]);
  if (labels === undefined) perCluster.set(clusterOf[i], (labels = new Map()));
  labels.set(labelOf(i), (labels.get(labelOf(i)) ?? 0) + 1);
}
let misplaced = 0;
let mixedCampaigns = 0;
let campaignWithIndependent = 0;
let independentNear = 0;
const mixed: number[] = [];
for (const [representative, labels] of perCluster) {
  misplaced += size[representative] - Math.max(...labels.values());
  if (labels.size < 2) continue;
  mixed.push(representative);
  const campaigns = [...labels.keys()].filter((l) => l >= 0).length;
  if (campaigns >= 2) mixedCampaigns++;
  else if (campaigns === 1) campaignWithIndependent++;
  else independentNear++;
}
// Independent opinions joined with a different text: do they make the same proposal (修改意见) as the cluster's
// representative, in other words, is it only the reason that differs?
const proposalOf = (i: number): string => normalizeOpinionText(texts[i].slice(0, texts[i].indexOf('\n')));
let independentJoined = 0;
let sameProposal = 0;
for (let i = 0; i < COUNT; i++) {
  const r = clusterOf[i];
  if (campaignOf[i] >= 0 || size[r] < 2 || labelOf(i) === labelOf(r)) continue;
  independentJoined++;
  if (proposalOf(i) === proposalOf(r)) sameProposal++;
}

const mb = (bytes: number): string => `${(bytes / MB).toFixed(0)} MB`;
const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;
const at = (s: number, rows: number): string => candidateProbability(s, options.bands, rows).toFixed(3);
const rows = options.hashes / options.bands;
console.log(
  `近似重复意见聚类基准 clusterNearDuplicates: ${COUNT.toLocaleString('en')} opinions (seed ${SEED}), ` +
    `${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}`,
);
console.log(
  `  options: ${options.shingle}-character shingles, Jaccard ≥ ${options.threshold}, K = ${options.hashes} hashes ` +
    `in ${options.bands} bands × ${rows} rows (P(candidate) at J = ${options.threshold}: ${at(options.threshold, rows)}, ` +
    `at J = 0.3: ${at(0.3, rows)})`,
);
console.log(
  `  provisions touched: ${provisionsTouched} of ${addresses.length} (+ ${bucketStart[buckets] - bucketStart[buckets - 1]} general opinions); ` +
    `largest provision: ${largestProvision.toLocaleString('en')} opinions; ${distinctTexts.toLocaleString('en')} distinct texts`,
);
console.log(
  `  clusters of ≥ 2: ${groups.toLocaleString('en')}, holding ${grouped.toLocaleString('en')} opinions; ` +
    `largest: ${size[largest].toLocaleString('en')} opinions, ${variantsIn[largest]} variants`,
);
console.log(
  `  time: generation ${seconds(generationMs)} (apart); grouping by provision + normalise + cluster ` +
    `${seconds(clusteringMs)} (target < 60 s)`,
);
console.log(
  `  memory: peak RSS ${mb(Math.max(peakRss, maxRss))} (maxRSS ${mb(maxRss)}, sampled ${mb(peakRss)}; ` +
    `${mb(rssAfterGeneration)} after generation; target < 1,536 MB)`,
);
console.log(
  `  recall: ${copiesTogether.toLocaleString('en')} of ${copies.toLocaleString('en')} campaign copies ` +
    `(${pct(copiesTogether / copies)}) in their campaign's cluster; ${campaignsSplit} of ${perCampaign.size} ` +
    `campaigns split; ${variantsTogether.toLocaleString('en')} of ${campaignVariants.toLocaleString('en')} ` +
    `distinct campaign texts (${pct(variantsTogether / campaignVariants)}) in their campaign's cluster`,
);
console.log(
  `  precision: ${misplaced.toLocaleString('en')} of ${grouped.toLocaleString('en')} grouped opinions ` +
    `(${pct(misplaced / Math.max(1, grouped))}) outside their cluster's majority; mixed clusters: ${mixedCampaigns} ` +
    `with ≥ 2 campaigns, ${campaignWithIndependent} a campaign + independent opinions, ${independentNear} of ` +
    `independent opinions with different texts`,
);
console.log(
  `  independent opinions grouped with a different text: ${independentJoined.toLocaleString('en')} ` +
    `(${pct(independentJoined / (COUNT - copies))} of the independent ones), of which ${sameProposal.toLocaleString('en')} ` +
    `make the same proposal as the cluster's first opinion (only the reason differs)`,
);
const top = [...perCampaign.keys()].sort((a, b) => a - b).slice(0, 5);
for (const c of top) {
  const clusters = perCampaign.get(c) ?? new Map<number, number>();
  const main = [...clusters.entries()].sort((a, b) => b[1] - a[1])[0];
  console.log(
    `  campaign ${c}: ${[...clusters.values()].reduce((x, y) => x + y, 0).toLocaleString('en')} copies → ` +
      `one group of ${size[main[0]].toLocaleString('en')} opinions, ${variantsIn[main[0]]} variants` +
      (clusters.size > 1 ? ` (+ ${clusters.size - 1} other clusters)` : ''),
  );
}
if (process.env.DEBUG) {
  // Campaign texts left out of their campaign's cluster, beside the text that cluster starts with.
  let shownSplits = 0;
  for (let i = 0; i < COUNT && shownSplits < 10; i++) {
    const main = mainCluster.get(campaignOf[i]);
    if (main === undefined || variantOf[i] !== i || clusterOf[i] === main) continue;
    shownSplits++;
    console.log(`campaign ${campaignOf[i]} text outside its cluster:\n  ${texts[i].replace(/\n/g, ' | ')}`);
    console.log(`  the cluster's first: ${texts[main].replace(/\n/g, ' | ')}`);
  }
  // Examples of mixed clusters: one text per label, the majority label first.
  const membersOf = new Map<number, number[]>();
  const shown = new Set(mixed.slice(0, 12));
  for (let i = 0; i < COUNT; i++) {
    if (!shown.has(clusterOf[i])) continue;
    const list = membersOf.get(clusterOf[i]) ?? [];
    list.push(i);
    membersOf.set(clusterOf[i], list);
  }
  for (const [representative, members] of membersOf) {
    const labels = perCluster.get(representative) ?? new Map<number, number>();
    const seen = new Set<number>();
    console.log(`mixed cluster of ${size[representative]}:`);
    for (const i of members) {
      if (seen.has(labelOf(i))) continue;
      seen.add(labelOf(i));
      const tag = campaignOf[i] >= 0 ? `campaign ${campaignOf[i]}` : 'independent';
      console.log(`  [${tag} ×${labels.get(labelOf(i))}] ${texts[i].replace(/\n/g, ' | ')}`);
    }
  }
}
