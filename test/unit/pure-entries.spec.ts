/**
 * The pure cores are pure as loaded, not only as written: each framework-free entry in tsconfig.json's paths (every
 * `@app/<lib>/<core>` alias, e.g. `@app/drafts/text`, `@app/feedback/anchoring`) is imported in a fresh Node process
 * (test/support/module-probe.mjs, through the same TypeScript hooks the server runs its sources with), and the files it
 * pulled in are listed: none may belong to Nest, TypeORM, GraphQL or a database driver. A lib's face (`@app/<lib>`)
 * loads its module and is not checked here, nor are its tables (`@app/<lib>/entities`).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const paths = (
  JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  }
).compilerOptions.paths;
// `@app/<lib>/entities` are the tables (TypeORM by nature), not a pure core.
const ENTRIES = Object.keys(paths).filter(
  (alias) => /^@app\/[\w-]+\/.+/.test(alias) && !alias.endsWith('/entities'),
);

/** Packages a pure core must not load. */
const FRAMEWORK =
  /\/node_modules\/(@nestjs\/|typeorm\/|graphql\/|@apollo\/|@graphql-tools\/|class-validator\/|class-transformer\/|reflect-metadata\/|mysql2\/|better-sqlite3\/)/;

async function probe(entry: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', './test/support/ts-register.mjs', 'test/support/module-probe.mjs', entry],
    { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' }, timeout: 120_000 },
  );
  return (JSON.parse(stdout) as { files: string[] }).files;
}

describe('pure entry points load no framework', () => {
  it('names the entries of the parser, comparison, anchoring, clustering, evidence, the ledger, the errors and the zip reader', () => {
    expect(ENTRIES).toEqual(
      expect.arrayContaining([
        '@app/common/errors',
        '@app/common/zip',
        '@app/drafts/text',
        '@app/feedback/anchoring',
        '@app/consolidation/near-duplicates',
        '@app/adoption/evidence',
        '@app/adoption/ledger',
      ]),
    );
  });

  it.each(ENTRIES)(
    '%s',
    async (entry) => {
      const files = await probe(entry);
      const own = files.filter((url) => !url.includes('/node_modules/'));
      const framework = files.filter((url) => FRAMEWORK.test(url));
      console.log(
        `${entry}: ${files.length} files (${own.length} of the project, ${files.length - own.length} packages, ${framework.length} framework)`,
      );
      expect(own.length).toBeGreaterThan(0); // the probe saw the entry itself
      expect(framework).toEqual([]);
    },
    150_000,
  );
});
