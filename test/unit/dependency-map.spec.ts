/**
 * The dependency map (.dependency-cruiser.cjs, checked by `npm run lint`) states the layers and catches a forbidden
 * import: its script run on a fixture (test/fixtures/dependency-map) reports drafts importing consultation and
 * consolidation importing feedback's table.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
interface Rule {
  name: string;
  from: { path: string };
  to: { path: string; pathNot?: string | string[]; reachable?: boolean };
}
const config = createRequire(import.meta.url)(join(ROOT, '.dependency-cruiser.cjs')) as { forbidden: Rule[] };
const rule = (name: string): Rule => {
  const found = config.forbidden.find((r) => r.name === name);
  if (!found) throw new Error(`no rule ${name}`);
  return found;
};

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

describe('the dependency map', () => {
  it('has a layer rule for every lib, the face and table rules and the pure-entry rule', () => {
    for (const lib of ['common', 'database', 'identity', 'audit', 'organization', 'drafts', 'consultation']) {
      expect(rule(`layer-${lib}`).from.path).toBe(`^libs/${lib}/`);
    }
    for (const lib of ['feedback', 'consolidation', 'adoption', 'demo'])
      expect(rule(`layer-${lib}`)).toBeDefined();
    expect(rule('face-only')).toBeDefined();
    expect(rule('no-foreign-entity')).toBeDefined();
    expect(rule('pure-entry').to.reachable).toBe(true);
    // drafts may import organization, not consultation.
    const drafts = rule('layer-drafts');
    const forbids = (file: string) =>
      new RegExp(drafts.to.path).test(file) && !new RegExp(drafts.to.pathNot as string).test(file);
    expect(forbids('libs/organization/src/index.ts')).toBe(false);
    expect(forbids('libs/consultation/src/index.ts')).toBe(true);
  });

  it('fails a lower lib importing a higher one, and a lib importing another lib’s table', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['apps/cli/scripts/check-dependencies.mjs', '--base-dir', 'test/fixtures/dependency-map', '--json'],
      { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' }, timeout: 120_000 },
    ).catch((error: { stdout: string; code: number }) => {
      expect(error.code).toBe(1);
      return { stdout: error.stdout };
    });
    const found = (JSON.parse(stdout) as Violation[])
      .map((v) => `${v.rule.name} ${v.from} -> ${v.to}`)
      .sort();
    expect(found).toEqual([
      'face-only libs/consolidation/src/uses-opinion-table.ts -> libs/feedback/src/feedback.entities.ts',
      'layer-drafts libs/drafts/src/uses-consultation.ts -> libs/consultation/src/index.ts',
      'no-foreign-entity libs/consolidation/src/uses-opinion-table.ts -> libs/feedback/src/feedback.entities.ts',
    ]);
  }, 120_000);
});
