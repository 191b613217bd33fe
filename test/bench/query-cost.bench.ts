/**
 * Benchmark of what the server does with a GraphQL document before running it: parse (token limit), the repeated-field
 * guard (installHttpGuards), validation (graphql-js's rules and graphql-armor's depth/alias/directive limits; skipped
 * when the guard refuses, as the server does) and the cost check (queryCostPlugin). Prints
 * the time of each for the fragment doubling (n = 23, 17 s before the cost was memoised) and for the heaviest
 * documents within the token limit we could construct. Target: every document accepted or refused in < 50 ms.
 * Run: npm run bench:query-cost
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, buildSchema, parse, specifiedRules, validate, type OperationDefinitionNode } from 'graphql';
import { estimateOperationCost, findRepeatedField } from '../../libs/common/src/query-complexity.js';
import { MAX_REPEATED_FIELD } from '../../apps/api/src/limits.js';
import { QUERY_LIMITS, graphqlOptions } from '../../apps/api/src/graphql-options.js';
import type { Settings } from '../../apps/api/src/settings.js';

const TARGET_MS = 50;
const RUNS = 7;
const schema = buildSchema(
  readFileSync(fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url)), 'utf8'),
);
const armorRules = graphqlOptions({ production: true } as Settings).validationRules ?? [];

/** Fragments F1…Fn on Query, each spreading the previous one `fan` times. */
function doubling(n: number, fan = 2): string {
  const fragments = ['fragment F0 on Query { me { id } }'];
  for (let i = 1; i <= n; i++) fragments.push(`fragment F${i} on Query { ${`...F${i - 1} `.repeat(fan)}}`);
  return `query { ...F${n} } ${fragments.join(' ')}`;
}

/** Every fragment spreads all the earlier ones: a complete DAG, about n²/2 spreads. */
function completeDag(n: number): string {
  const fragments = ['fragment G0 on Query { me { id } }'];
  for (let i = 1; i <= n; i++)
    fragments.push(
      `fragment G${i} on Query { ${Array.from({ length: i }, (_, j) => `...G${j}`).join(' ')} }`,
    );
  return `query { ...G${n} } ${fragments.join(' ')}`;
}

/** Nested lists at the maximum page size, wide at every level, through fragments (refused on cost). */
function nestedLists(): string {
  return `query {
    contactPoints(first: 100) { edges { node { ...P } } }
  }
  fragment P on ContactPoint { id name liaisonUnits(first: 100) { edges { node { id name collectors(first: 100) { edges { node { ...C } } } } } } collectors(first: 100) { edges { node { ...C } } } experts(first: 100) { totalCount } }
  fragment C on InformationCollector { id name }`;
}

/** The same field repeated under many aliases and fragment spreads: stresses "fields can be merged". */
function overlapping(width: number): string {
  const fields = Array.from({ length: width }, () => 'me { id }').join(' ');
  const spreads = Array.from({ length: width }, (_, i) => `...H${i % 4}`).join(' ');
  const fragments = [0, 1, 2, 3].map((i) => `fragment H${i} on Query { me { id } }`).join(' ');
  return `query { ${fields} ${spreads} } ${fragments}`;
}

/** As many same-named fields as the guard lets through, each holding as many again: the worst it admits. */
function nestedRepeats(): string {
  const inner = 'roles { role contactPointId } '.repeat(MAX_REPEATED_FIELD);
  const outer = Array.from({ length: MAX_REPEATED_FIELD }, () => `me { id ${inner} }`).join(' ');
  return `{ ${outer} }`;
}

/** Median CPU time (user + system) of `work`: on a shared machine wall time mostly measures the neighbours. */
function time<T>(work: () => T): [T, number] {
  let result!: T;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.cpuUsage();
    result = work();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return [result, times[Math.floor(times.length / 2)]];
}

const cases: Array<[string, string]> = [
  ['fragment doubling n = 23', doubling(23)],
  ['fragment fan-out ×10, n = 60', doubling(60, 10)],
  ['complete fragment DAG, n = 40', completeDag(40)],
  ['nested lists × 100 through fragments', nestedLists()],
  ['overlapping fields, 180 + 180 spreads', overlapping(180)],
  ['400 copies of one field', `{ ${'me { id } '.repeat(400)}}`],
  [`${MAX_REPEATED_FIELD} copies × ${MAX_REPEATED_FIELD} nested copies`, nestedRepeats()],
];

let worst = 0;
console.log(
  `limits: ${QUERY_LIMITS.maxTokens} tokens, cost ${QUERY_LIMITS.maxCost}; median CPU time of ${RUNS} runs`,
);
for (const [name, source] of cases) {
  const [document, parseMs] = time(() => parse(source, { maxTokens: QUERY_LIMITS.maxTokens }));
  const [repeated, guardMs] = time(() => findRepeatedField(document, MAX_REPEATED_FIELD));
  const [errors, validateMs] = repeated
    ? [[], 0]
    : time(() => validate(schema, document, [...specifiedRules, ...armorRules]));
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const [cost, costMs] = time(() =>
    estimateOperationCost(schema, document, operation, { variables: {}, maxCost: QUERY_LIMITS.maxCost }),
  );
  const total = parseMs + guardMs + validateMs + costMs;
  worst = Math.max(worst, total);
  const verdict = repeated
    ? `refused: ${repeated.name} repeated ${repeated.count} times`
    : errors.length
      ? `refused by validation (${errors[0].message.slice(0, 60)})`
      : cost > QUERY_LIMITS.maxCost
        ? 'refused: too complex'
        : `accepted (cost ${cost})`;
  console.log(
    `${name.padEnd(40)} ${String(source.length).padStart(5)} chars  parse ${parseMs.toFixed(2)} ms  guard ${guardMs.toFixed(2)} ms  validate ${validateMs.toFixed(2)} ms  cost rule ${costMs.toFixed(3)} ms  → ${verdict}`,
  );
}
console.log(`worst total: ${worst.toFixed(1)} ms of CPU (target < ${TARGET_MS} ms)`);
process.exitCode = worst < TARGET_MS ? 0 : 1;
