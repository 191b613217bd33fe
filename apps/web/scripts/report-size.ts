// Prints the gzip size of the JavaScript the first page (the sign-in page) loads — the entry, the sign-in page's lazy
// chunk and everything they import, read from Vite's manifest — and of every other chunk; fails over the limit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first page's compressed JavaScript must stay under this (issue 13: "under 500 KB"). */
export const FIRST_PAGE_LIMIT_BYTES = 500 * 1024;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

const dist = join(import.meta.dirname, '../../../dist/web');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function closure(keys: string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

const firstKeys = closure(['index.html', 'src/identity/sign-in-page.tsx']);
const firstFiles = [...firstKeys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
const first = firstFiles.reduce((sum, f) => sum + gz(f), 0);
console.log(`\nWeb app JavaScript (gzip, level 9):`);
console.log(
  `  first page (sign-in): ${kb(first)} in ${firstFiles.length} files (limit ${kb(FIRST_PAGE_LIMIT_BYTES)})`,
);
const others = Object.values(manifest)
  .map((c) => c.file)
  .filter(
    (f, i, all) => f.endsWith('.js') && f !== 'sw.js' && !firstFiles.includes(f) && all.indexOf(f) === i,
  );
for (const f of others.sort()) console.log(`  ${f}: ${kb(gz(f))}`);
if (first > FIRST_PAGE_LIMIT_BYTES) {
  console.error(`The first page's JavaScript is over its limit.`);
  process.exitCode = 1;
}
