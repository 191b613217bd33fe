/**
 * The top entries of a V8 .cpuprofile (node --cpu-prof), restricted to a window of time: the benchmark's measured
 * turns, not the server's start (module loading, migrations, demo seeding), which otherwise fill the top of the list.
 * Two lists, as shares of the busy time in the window (idle excluded):
 *   - self time by function (where the CPU is spent);
 *   - total (inclusive) time by function, with what it calls synchronously — every function, ours and the libraries'
 *     (graphql's validate, class-validator, TypeORM's query builder…), counted once per sample however deep it recurs;
 *     Node's internals and native frames (microtask and timer queues) are left out of this list, not of the first.
 * Time after an `await` is counted under the microtask that resumed it, not under the caller (V8 profiles have no
 * async stacks).
 *
 * The window is in the profile's own clock: V8's TimeTicks, which on Linux is CLOCK_MONOTONIC in µs — the clock of
 * `process.hrtime.bigint()` (ns) in any process on the machine, so a benchmark can mark its turns and pass them here.
 *
 *   npx tsx test/bench/support/profile-summary.ts <file.cpuprofile> [top]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Now, in the clock of a .cpuprofile's timestamps (µs). */
export const profileClockNow = (): number => Number(process.hrtime.bigint() / 1000n);

export interface ProfileEntry {
  name: string;
  /** Share of the busy time in the window. */
  share: number;
  ms: number;
}

export interface ProfileSummary {
  busyMs: number;
  windowMs: number;
  self: ProfileEntry[];
  total: ProfileEntry[];
}

const label = (frame: CallFrame, root: string): string => {
  const url = frame.url
    .replace(/^.*\/node_modules\//, '')
    .replace(pathToFileURL(root).href + '/', '')
    .replace(/^file:\/\//, '');
  return url
    ? `${frame.functionName || '(anonymous)'}  ${url}:${frame.lineNumber + 1}`
    : frame.functionName || '(native)';
};

/** The top `top` entries by self and by total time of the samples within `windows` (profile clock, µs). */
export function summarizeWindow(
  file: string,
  options: { windows?: Array<[from: number, to: number]>; top?: number; root?: string } = {},
): ProfileSummary {
  const { windows = [[-Infinity, Infinity]], top = 15, root = process.cwd() } = options;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfOf = new Map<number, number>();
  let at = profile.startTime;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    const window = windows.find(([from, to]) => at >= from && at <= to);
    if (!window) continue;
    const to = window[1];
    // A sample's time is the gap to the next one (the last sample's, to the profile's end).
    const next = i + 1 < profile.samples.length ? at + profile.timeDeltas[i + 1] : profile.endTime;
    const micros = Math.max(0, Math.min(next, to) - at);
    selfOf.set(profile.samples[i], (selfOf.get(profile.samples[i]) ?? 0) + micros);
    first = Math.min(first, at);
    last = Math.max(last, at);
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  for (const [id, micros] of selfOf) {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') continue;
    busy += micros;
    const name = label(node.callFrame, root);
    self.set(name, (self.get(name) ?? 0) + micros);
    const seen = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const frame = byId.get(up)!.callFrame;
      // Node's own plumbing (microtask and timer queues, async hooks) would top every list: left out of totals.
      if (!frame.url || frame.url.startsWith('node:')) continue;
      const key = label(frame, root);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + micros);
    }
  }
  const rank = (map: Map<string, number>): ProfileEntry[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, share: micros / Math.max(1, busy), ms: micros / 1000 }));
  return {
    busyMs: busy / 1000,
    windowMs: windows.every(([f, t]) => Number.isFinite(f) && Number.isFinite(t))
      ? windows.reduce((sum, [f, t]) => sum + (t - f), 0) / 1000
      : Number.isFinite(first) ? (last - first) / 1000 : 0,
    self: rank(self),
    total: rank(total),
  };
}

/** The summary as text (a Markdown-friendly list). */
export function formatSummary(summary: ProfileSummary, perRequest?: number): string {
  const pct = (e: ProfileEntry) =>
    `${(e.share * 100).toFixed(1).padStart(5)}%` +
    (perRequest ? `  ${((e.ms / perRequest) * 1000).toFixed(0).padStart(5)} µs/req` : '');
  return [
    `  busy ${(summary.busyMs / 1000).toFixed(2)} s of a ${(summary.windowMs / 1000).toFixed(1)} s window` +
      (perRequest ? ` (${((summary.busyMs / perRequest) * 1000).toFixed(0)} µs per request)` : ''),
    '  self time:',
    ...summary.self.map((e) => `    ${pct(e)}  ${e.name}`),
    '  total time (with what it calls):',
    ...summary.total.map((e) => `    ${pct(e)}  ${e.name}`),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatSummary(summarizeWindow(process.argv[2], { top: Number(process.argv[3] ?? 15) })));
}
