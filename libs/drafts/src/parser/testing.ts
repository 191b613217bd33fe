/** Helpers for the parser's tests: where the fixtures are, and walking a parsed tree. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProvisionNode } from '../provision.js';

/** The repository root, found from this file so that tests do not depend on the working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const FIXTURES_DIR = `${REPO_ROOT}test/fixtures/regulations/`;

export function readFixture(name: string): Buffer {
  return readFileSync(`${FIXTURES_DIR}${name}`);
}

export function readFixtureText(name: string): string {
  return readFixture(name).toString('utf8');
}

/** Every provision in document order. */
export function allProvisions(nodes: readonly ProvisionNode[]): ProvisionNode[] {
  const out: ProvisionNode[] = [];
  const visit = (list: readonly ProvisionNode[]): void => {
    for (const n of list) {
      out.push(n);
      visit(n.children);
    }
  };
  visit(nodes);
  return out;
}

export function countByKind(nodes: readonly ProvisionNode[]): Record<ProvisionNode['kind'], number> {
  const counts = {
    part: 0,
    subpart: 0,
    chapter: 0,
    section: 0,
    article: 0,
    paragraph: 0,
    item: 0,
    subitem: 0,
  };
  for (const n of allProvisions(nodes)) counts[n.kind]++;
  return counts;
}

export function byAddress(nodes: readonly ProvisionNode[], address: string): ProvisionNode {
  const found = allProvisions(nodes).find((n) => n.address === address);
  if (!found) throw new Error(`no provision at ${address}`);
  return found;
}
