#!/usr/bin/env node
/**
 * The dependency map as a lint step (`npm run lint`): dependency-cruiser checks libs/ and apps/ against
 * .dependency-cruiser.cjs, through its JS API (its CLI refuses Node 20; the API runs here).
 *
 * Violations listed in .dependency-cruiser-known-violations.json (the baseline) are tolerated; any other fails.
 *   --shrink-baseline   drop from the baseline the entries no longer violated (never adds one)
 *   --write-baseline    write every current violation as the baseline (only to accept them knowingly)
 *   --base-dir DIR      check DIR instead of the repository (the unit test's fixture), with no baseline
 *   --json              print the new violations as JSON
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
export const BASELINE = join(ROOT, '.dependency-cruiser-known-violations.json');

const keyOf = (v) => `${v.rule.name}|${v.from}|${v.to}`;

/** Every violation of the rules under baseDir (libs/ and apps/), in dependency-cruiser's baseline shape. */
export async function violations(baseDir = ROOT) {
  const config = await extractDepcruiseConfig(CONFIG);
  const tsConfigFile = join(baseDir, 'tsconfig.json');
  const hasTsConfig = existsSync(tsConfigFile);
  const options = {
    ...config.options,
    ...(hasTsConfig ? {} : { tsConfig: undefined }),
    baseDir,
    ruleSet: { forbidden: config.forbidden },
    validate: true,
    outputType: 'json',
  };
  const roots = ['libs', 'apps'].filter((dir) => existsSync(join(baseDir, dir)));
  const result = await cruise(
    roots,
    options,
    undefined,
    hasTsConfig ? { tsConfig: extractTSConfig(tsConfigFile) } : {},
  );
  const { summary } = JSON.parse(result.output);
  return summary.violations.map((v) => ({
    type: v.type,
    from: v.from,
    to: v.to,
    rule: { severity: v.rule.severity, name: v.rule.name },
    comment: config.forbidden.find((rule) => rule.name === v.rule.name)?.comment,
  }));
}

const strip = ({ comment: _comment, ...v }) => v;

async function main(argv) {
  const baseDirAt = argv.indexOf('--base-dir');
  const baseDir = baseDirAt >= 0 ? resolve(argv[baseDirAt + 1]) : ROOT;
  const useBaseline = baseDir === ROOT;
  const found = await violations(baseDir);
  const baseline = useBaseline && existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : [];

  if (argv.includes('--write-baseline')) {
    writeFileSync(BASELINE, `${JSON.stringify(found.map(strip), null, 2)}\n`);
    process.stderr.write(`baseline: ${found.length} known violations written\n`);
    return 0;
  }
  const current = new Set(found.map(keyOf));
  const gone = baseline.filter((v) => !current.has(keyOf(v)));
  if (argv.includes('--shrink-baseline')) {
    const kept = baseline.filter((v) => current.has(keyOf(v)));
    writeFileSync(BASELINE, `${JSON.stringify(kept, null, 2)}\n`);
    process.stderr.write(
      `baseline: ${gone.length} entries dropped, ${kept.length} known violations remain\n`,
    );
  }
  const known = new Set(baseline.map(keyOf));
  const fresh = found.filter((v) => !known.has(keyOf(v)));
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(fresh, null, 2)}\n`);
  for (const v of fresh) {
    process.stderr.write(`error ${v.rule.name}: ${v.from} → ${v.to}\n    ${v.comment ?? ''}\n`);
  }
  if (gone.length > 0 && !argv.includes('--shrink-baseline')) {
    process.stderr.write(
      `dependency map: ${gone.length} known violations are gone; run node apps/cli/scripts/check-dependencies.mjs --shrink-baseline\n`,
    );
  }
  process.stderr.write(
    `dependency map: ${fresh.length} new violations, ${found.length - fresh.length} known (baseline ${baseline.length})\n`,
  );
  return fresh.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      process.stderr.write(`${error.stack ?? error}\n`);
      process.exitCode = 2;
    },
  );
}
