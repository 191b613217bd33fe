// Jest runs in ESM mode (Nest 12 is ESM-only): see ../shared/stack.md.
import { readFileSync } from 'node:fs';

// The `@app/…` aliases are written once, in tsconfig.json's paths (each lib's face and the pure cores' entries).
const { paths } = JSON.parse(
  readFileSync(new URL('./tsconfig.json', import.meta.url), 'utf8'),
).compilerOptions;
const moduleNameMapper = {
  ...Object.fromEntries(
    Object.entries(paths).map(([alias, [file]]) => [
      `^${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
      `<rootDir>/${file}`,
    ]),
  ),
  '^(\\.{1,2}/.*)\\.js$': '$1',
};
const base = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
};
export default {
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/apps/**/*.spec.ts',
        '<rootDir>/test/unit/**/*.spec.ts',
      ],
    },
    // The e2e timeout (seeding the demo takes seconds on a busy machine) is set by the test:e2e script: Jest reads
    // testTimeout from the global configuration only, not from a project's.
    // The e2e and web scripts run one file at a time in one worker that is replaced once it holds more than 1 GB
    // (--workerIdleMemoryLimit): each file's Nest app and ESM modules leave ~80-100 MB behind in Jest's VM contexts, so in
    // one process (--runInBand) the heap passed the server's own shedding bound (90% of V8's 4 GB) around the 45th
    // file and CI's late specs were refused with OVERLOADED.
    // Services on a real, empty database with small factories (immich's "medium" tier): test/service/support.
    { ...base, displayName: 'service', testMatch: ['<rootDir>/test/service/**/*.service-spec.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    // The web workbench in Chromium (playwright-core over Debian's /usr/bin/chromium) against a real server: npm run test:web.
    { ...base, displayName: 'web', testMatch: ['<rootDir>/test/web/**/*.web-spec.ts'] },
  ],
};
