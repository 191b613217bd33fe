#!/usr/bin/env node
/**
 * `npm run cli -- <command>`: runs the built CLI, building dist/ first only when a source is newer than it
 * (apps/cli/scripts/build.mjs). From a clean clone the first call builds; the next ones start at once.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, buildIfStale } from './build.mjs';

try {
  buildIfStale();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
await import(pathToFileURL(join(ROOT, 'dist', 'apps', 'cli', 'src', 'main.js')).href);
