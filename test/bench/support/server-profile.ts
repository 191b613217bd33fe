/**
 * BENCH_PROFILE=1 for the HTTP benchmarks: the server runs under --cpu-prof, the benchmark marks when its measured
 * request starts, and after the server has stopped the profile's top entries are printed for that request alone (the
 * server's start-up and the benchmark's own setup left out).
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- a plain .mjs script without types
import { hrMicros, summarizeProfile } from './cpu-profile-summary.mjs';

export interface ServerProfile {
  /** Node options for startBenchServer (empty unless BENCH_PROFILE=1). */
  nodeArgs: string[];
  /** Call right before the measured request. */
  markRequestStart(): void;
  /** Call after the server exited (the profile is written on a clean exit). */
  report(): void;
}

export function serverProfile(): ServerProfile {
  const dir = process.env.BENCH_PROFILE === '1' ? mkdtempSync(join(tmpdir(), 'minyi-prof-')) : null;
  let since: number | undefined;
  return {
    nodeArgs: dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [],
    markRequestStart: () => {
      since = hrMicros() as number;
    },
    report: () => {
      if (!dir) return;
      const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
      if (!file) {
        console.log(`  no profile written in ${dir} (did the server exit cleanly?)`);
        return;
      }
      console.log(`\nCPU profile of the server (${join(dir, file)}), self time during the request:`);
      console.log(summarizeProfile(join(dir, file), { root: process.cwd(), top: 25, since }) as string);
    },
  };
}
