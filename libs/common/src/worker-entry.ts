import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A worker thread's entry next to the module that starts it (`moduleUrl` = that module's `import.meta.url`):
 * the compiled `<name>.js` in dist/; in tests and tsx runs only `<name>.ts` exists, so a small bootstrap registers
 * tsx's loader in the worker first (`--import tsx` in execArgv is not honoured by workers on Node 20).
 */
export function workerEntry(moduleUrl: string, name: string): { source: URL | string; eval: boolean } {
  const js = new URL(`./${name}.js`, moduleUrl);
  if (existsSync(fileURLToPath(js))) return { source: js, eval: false };
  const ts = new URL(`./${name}.ts`, moduleUrl).href;
  // Resolved here: an eval'd worker resolves a bare name from the process's working directory, which a server started
  // elsewhere (a test's temporary directory) does not have tsx under. Jest's modules have no import.meta.resolve.
  const tsx = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
  return {
    source: `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(ts)}); });`,
    eval: true,
  };
}
