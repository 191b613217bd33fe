#!/usr/bin/env node
/**
 * Builds dist/ — only when a source is newer than the last build (`--force`: always). dist/ is written in place, never
 * deleted first: a running server keeps the modules it loaded, and a CLI call after a build starts at once instead of
 * recompiling the project (25–58 s). `npm run build:clean` starts from an empty dist/.
 *
 * The compilers' own output goes to stderr, so that `npm run --silent cli -- … | jq` reads only the command's output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const STAMP = join(ROOT, 'dist', '.build-stamp');
/** What tsconfig.build.json compiles, and the settings that change how. */
const SOURCE_DIRS = ['apps', 'libs'];
const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package.json'];

function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
        newest = Math.max(newest, statSync(path).mtimeMs);
      }
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(join(ROOT, dir))) walk(join(ROOT, dir));
  for (const file of SOURCE_FILES) newest = Math.max(newest, statSync(join(ROOT, file)).mtimeMs);
  return newest;
}

/** Whether dist/ is missing or older than any source. */
export function isStale() {
  if (!existsSync(STAMP)) return true;
  return newestSource() > statSync(STAMP).mtimeMs;
}

function run(bin, args) {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', bin), ...args], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) throw new Error(`build failed: ${bin} ${args.join(' ')} (exit ${result.status})`);
}

/** Compiles into dist/ in place and stamps it with the instant the build started. */
export function build() {
  const started = new Date();
  run('typescript/bin/tsc', ['-p', 'tsconfig.build.json']);
  run('tsc-alias/dist/bin/index.js', ['-p', 'tsconfig.build.json']);
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, `${started.toISOString()}\n`);
  // A source saved while tsc ran is newer than this stamp, so the next call builds again.
  utimesSync(STAMP, started, started);
}

export function buildIfStale({ force = false } = {}) {
  if (!force && !isStale()) return false;
  process.stderr.write('building dist/ …\n');
  build();
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    buildIfStale({ force: process.argv.includes('--force') });
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}
