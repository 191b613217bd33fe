/**
 * The dependency map, checked by `npm run lint` (apps/cli/scripts/check-dependencies.mjs runs dependency-cruiser on it).
 *
 * The libs in layers, lowest first. A lib may import only libs below it, and only through their faces (the aliases in
 * tsconfig.json's paths: `@app/<lib>` and its pure or table entries); never another lib's tables, except where the data
 * source is assembled (apps/api/src/entities.ts), in the demo seed and in tests.
 *
 *   demo           the demo data: seeds through every domain's services (top)
 *   adoption       the legislature's decisions, feedback to contributors, ledger
 *   consolidation  grouping, suggestions, sign-off, submission, exports
 *   feedback       activities, opinions, contributors, annotations, search
 *   consultation   tasks, distribution, deadlines, the inbox
 *   drafts         drafts, versions, provisions, parser, comparison
 *   organization   legislatures, contact points and their members
 *   audit          the append-only trail (its resolver names identity's permissions)
 *   jobs           long work off the request: the job table, its queue (in-process or BullMQ), progress
 *   identity       accounts, roles, permissions, tokens, the guard
 *   database       data-source options, migrations, paging and transaction helpers
 *   common         errors, pagination, scalars, clock (bottom)
 *
 * Pure entries (`@app/drafts/text`, `@app/feedback/anchoring`, …) reach no framework file: Nest, TypeORM, GraphQL.
 * Violations that predate a rule are listed in .dependency-cruiser-known-violations.json; only new ones fail.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** Lowest first: each lib may import the ones before it. */
const LAYERS = [
  'common',
  'database',
  'identity',
  'jobs',
  'audit',
  'organization',
  'drafts',
  'consultation',
  'feedback',
  'consolidation',
  'adoption',
  'demo',
];

const paths = JSON.parse(readFileSync(join(__dirname, 'tsconfig.json'), 'utf8')).compilerOptions.paths;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const entryFiles = Object.values(paths).map(([file]) => file);
/** The files another lib may import: what the `@app/...` aliases point at. */
const FACES = `^(${entryFiles.map(escape).join('|')})$`;
/** The tables: a lib's `entities` entry and its `*.entity.ts` / `*.entities.ts` files. */
const TABLES = '^libs/[^/]+/src/(entities|.*\\.entit(y|ies))\\.ts$';
const PURE_ENTRIES = Object.entries(paths)
  .filter(([alias]) => /^@app\/[\w-]+\/.+/.test(alias) && !alias.endsWith('/entities'))
  .map(([, [file]]) => file);
const FRAMEWORK =
  'node_modules/(@nestjs|typeorm|graphql|@apollo|@graphql-tools|class-validator|class-transformer|reflect-metadata|mysql2|better-sqlite3)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...LAYERS.map((lib, i) => ({
      name: `layer-${lib}`,
      comment: `${lib} may import only the libs below it: ${LAYERS.slice(0, i).join(', ') || 'none'}`,
      severity: 'error',
      from: { path: `^libs/${lib}/` },
      to: { path: '^libs/', pathNot: `^libs/(${LAYERS.slice(0, i + 1).join('|')})/` },
    })),
    {
      name: 'face-only',
      comment:
        "another lib is imported through its face (an @app/... alias in tsconfig.json's paths), never a deep file",
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: ['^libs/$1/', FACES] },
    },
    {
      name: 'no-foreign-entity',
      comment:
        "another lib's tables are not read directly: the owning lib offers the query. Only the data source's assembly " +
        '(apps/api/src/entities.ts), the demo seed and tests import them',
      severity: 'error',
      from: { path: '^(libs/([^/]+)|apps)/', pathNot: ['^libs/demo/', '^apps/api/src/entities\\.ts$'] },
      to: { path: TABLES, pathNot: '^libs/$2/' },
    },
    {
      name: 'pure-entry',
      comment:
        'a pure entry (parser, anchoring, clustering, evidence, ledger, errors) reaches no framework file',
      severity: 'error',
      from: { path: `^(${PURE_ENTRIES.map(escape).join('|')})$` },
      to: { path: FRAMEWORK, reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|apps/web)/|\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
      // Relative imports name the compiled file (`./x.js`); the source is `./x.ts`.
      extensionAlias: { '.js': ['.ts', '.js'] },
    },
  },
};
