#!/usr/bin/env node
/**
 * The dependency map as a lint step (`npm run lint`): dependency-cruiser checks libs/ and apps/ against
 * .dependency-cruiser.cjs, through its JS API (its CLI refuses Node 20; the API runs here).
 *
 * Every violation fails: none is tolerated (the baseline of imports that predated the rules went from 29 to 0 and was
 * removed with its last entry).
 *   --base-dir DIR      check DIR instead of the repository (the unit test's fixture)
 *   --json              print the new violations as JSON
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CONFIG = join(ROOT, '.dependency-cruiser.cjs');


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


async function main(argv) {
  const baseDirAt = argv.indexOf('--base-dir');
  const baseDir = baseDirAt >= 0 ? resolve(argv[baseDirAt + 1]) : ROOT;
  const found = await violations(baseDir);
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
  for (const v of found) {
    process.stderr.write(`error ${v.rule.name}: ${v.from} → ${v.to}\n    ${v.comment ?? ''}\n`);
  }
  process.stderr.write(`dependency map: ${found.length} violations\n`);
  return found.length > 0 ? 1 : 0;
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
