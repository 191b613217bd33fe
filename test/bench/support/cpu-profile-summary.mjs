/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and says where the self time went: grouped by package (an npm package, one
 * of our libs or apps, Node's internals, the garbage collector) and by function, as shares of the busy time (idle
 * excluded). Used by `BENCH_PROFILE=1 npm run bench:submit`; also runs alone:
 *   node test/bench/support/cpu-profile-summary.mjs <file.cpuprofile> [top]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Now on the monotonic clock of V8's profiles, in µs: pass it as `since` to summarize only what came after. */
export function hrMicros() {
  return Number(process.hrtime.bigint() / 1000n);
}

/** The group of a call frame's script: `fastify`, `@apollo/server`, `libs/identity`, `node`, `(garbage collector)`… */
export function packageOf(url, functionName, root) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first, second] = url.slice(modules + '/node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  let path = url.replace(/^file:\/\//, '');
  if (root && path.startsWith(root)) path = path.slice(root.length).replace(/^\//, '');
  const parts = path.replace(/^dist\//, '').split('/');
  return parts.length > 1 && (parts[0] === 'libs' || parts[0] === 'apps') ? `${parts[0]}/${parts[1]}` : path;
}

/**
 * The summary as text: the top `top` packages and functions by self time. With `from` (a function name), only the
 * samples from the first one inside that function on; with `since` (µs of the monotonic clock, `hrMicros()` taken by
 * the benchmark when its request starts: V8's profile clock is the same one on Linux), only the samples after it. Both
 * leave out the server's start-up and the benchmark's setup, so that the shares are those of the request measured.
 */
export function summarizeProfile(file, { root = process.cwd(), top = 25, from, since } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const inside = (id) => {
    for (let at = id; at !== undefined; at = parentOf.get(at)) if (byId.get(at).callFrame.functionName === from) return true;
    return false;
  };
  let first = 0;
  if (from) {
    first = profile.samples.findIndex(inside);
    if (first < 0) first = 0;
  }
  const self = new Map();
  let at = profile.startTime;
  for (let i = 0; i < first; i++) at += profile.timeDeltas[i] ?? 0;
  for (let i = first; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (since !== undefined && at < since) continue;
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const packages = new Map();
  const functions = new Map();
  let busy = 0;
  for (const [id, micros] of self) {
    const { callFrame } = byId.get(id);
    if (callFrame.functionName === '(idle)') continue;
    busy += micros;
    const pkg = packageOf(callFrame.url, callFrame.functionName, root);
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
    const shortUrl = callFrame.url
      .replace(/^.*\/node_modules\//, '')
      .replace(pathToFileURL(root).href + '/', '');
    const key = `${callFrame.functionName || '(anonymous)'}  ${shortUrl}:${callFrame.lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + micros);
  }
  const share = (micros) => `${((micros / busy) * 100).toFixed(1).padStart(5)}%`;
  const lines = [`  busy ${(busy / 1e6).toFixed(1)} s (idle excluded)`, '  by package:'];
  for (const [pkg, micros] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`    ${share(micros)}  ${pkg}`);
  lines.push('  by function:');
  for (const [fn, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`    ${share(micros)}  ${fn}`);
  // Self time scatters a step of ours over the libraries it calls: our own functions' total (inclusive) time says
  // which step costs what (token check, account load, …).
  const parent = parentOf;
  const inclusive = new Map();
  for (const [id, micros] of self) {
    if (byId.get(id).callFrame.functionName === '(idle)') continue;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { callFrame } = byId.get(at);
      const pkg = packageOf(callFrame.url, callFrame.functionName, root);
      if (!pkg.startsWith('libs/') && !pkg.startsWith('apps/')) continue;
      const key = `${callFrame.functionName || '(anonymous)'}  ${pkg}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
    }
  }
  lines.push('  our functions, total time (with what they call):');
  for (const [fn, micros] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`    ${share(micros)}  ${fn}`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(
    summarizeProfile(process.argv[2], { top: Number(process.argv[3] ?? 25), from: process.argv[4] || undefined }),
  );
}
