// Prints the gzip size of the JavaScript the first page (the sign-in page) loads — the entry, the sign-in page's lazy
// chunk and everything they import, read from Vite's manifest — and of every other chunk; fails over the limit.
// GraphiQL (graphiql.html, a developer's tool served at /graphiql outside production) is its own entry with its own
// limit: its editor is never part of what a workbench page loads, so it is measured apart and not listed with them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first page's compressed JavaScript must stay under this (issue 13: "under 500 KB"). */
export const FIRST_PAGE_LIMIT_BYTES = 500 * 1024;

/**
 * Everything GraphiQL's page loads when it opens (its entry, the CodeMirror editor it imports lazily at once, and the
 * chunks it shares with the workbench) must stay under this. A developer's tool on the API's own machine or network:
 * the same 500 KB bound as a workbench first page, kept apart so that GraphiQL growing never eats the workbench's budget.
 */
export const GRAPHIQL_LIMIT_BYTES = 500 * 1024;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const dist = join(import.meta.dirname, '../../../dist/web');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function closure(keys: string[], seen = new Set<string>(), lazyToo = false): Set<string> {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    const next = [...(manifest[key].imports ?? []), ...(lazyToo ? (manifest[key].dynamicImports ?? []) : [])];
    closure(next, seen, lazyToo);
  }
  return seen;
}
const jsFiles = (keys: Set<string>) =>
  [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
const workbenchFiles = new Set(jsFiles(closure(['index.html'], new Set(), true)));
const graphiqlFiles = jsFiles(closure(['graphiql.html'], new Set(), true));

const firstKeys = closure(['index.html', 'src/identity/sign-in-page.tsx']);
const firstFiles = jsFiles(firstKeys);
const first = firstFiles.reduce((sum, f) => sum + gz(f), 0);
console.log(`\nWeb app JavaScript (gzip, level 9):`);
console.log(
  `  first page (sign-in): ${kb(first)} in ${firstFiles.length} files (limit ${kb(FIRST_PAGE_LIMIT_BYTES)})`,
);
const others = Object.values(manifest)
  .map((c) => c.file)
  .filter(
    (f, i, all) =>
      f.endsWith('.js') && workbenchFiles.has(f) && !firstFiles.includes(f) && all.indexOf(f) === i,
  );
for (const f of others.sort()) console.log(`  ${f}: ${kb(gz(f))}`);
const graphiql = graphiqlFiles.reduce((sum, f) => sum + gz(f), 0);
console.log(
  `  GraphiQL (/graphiql, not part of the workbench): ${kb(graphiql)} in ${graphiqlFiles.length} files (limit ${kb(GRAPHIQL_LIMIT_BYTES)})`,
);
if (first > FIRST_PAGE_LIMIT_BYTES) {
  console.error(`The first page's JavaScript is over its limit.`);
  process.exitCode = 1;
}
if (graphiql > GRAPHIQL_LIMIT_BYTES) {
  console.error(`GraphiQL's JavaScript is over its limit.`);
  process.exitCode = 1;
}
