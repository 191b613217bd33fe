/**
 * Node module hooks that run the API's TypeScript sources directly (for tests that need the real server in a child
 * process without building dist/): `.js` imports that name a `.ts` file, the `@app/<lib>` aliases, and TypeScript
 * compiled per file with decorator metadata (as ts-jest does; tsx/esbuild cannot emit decorator metadata).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

/** Oxc (through rolldown, which Vite brings) compiles a file in about a millisecond; TypeScript is the fallback. */
let oxc;
try {
  oxc = (await import('rolldown/experimental')).transform;
} catch {
  oxc = undefined;
}
const OXC_OPTIONS = {
  lang: 'ts',
  sourceType: 'module',
  target: 'es2022',
  decorator: { legacy: true, emitDecoratorMetadata: true },
  assumptions: { setPublicClassFields: true },
  typescript: { removeClassFieldsWithoutInitializer: true },
  // Decorator helpers come from globalThis.babelHelpers, which ts-register.mjs defines (tslib's).
  helpers: { mode: 'External' },
  sourcemap: false,
};

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OPTIONS = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  useDefineForClassFields: false,
  esModuleInterop: true,
  sourceMap: false,
  inlineSourceMap: true,
};

/** The `@app/…` aliases, from tsconfig.json's paths (each lib's face and the pure cores' entries). */
const ALIASES = new Map(
  Object.entries(JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')).compilerOptions.paths).map(
    ([alias, [file]]) => [alias, pathToFileURL(join(ROOT, file)).href],
  ),
);

export async function resolve(specifier, context, next) {
  const alias = ALIASES.get(specifier);
  if (alias) return { url: alias, shortCircuit: true };
  if (
    (specifier.startsWith('.') || specifier.startsWith('/')) &&
    specifier.endsWith('.js') &&
    context.parentURL
  ) {
    const url = new URL(specifier, context.parentURL);
    const ts = url.pathname.replace(/\.js$/, '.ts');
    if (!existsSync(fileURLToPath(url)) && existsSync(ts))
      return { url: pathToFileURL(ts).href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const path = fileURLToPath(url);
  const text = readFileSync(path, 'utf8');
  if (oxc && !process.env.MINYI_TS_HOOKS_TYPESCRIPT) {
    const result = await oxc(path, text, OXC_OPTIONS);
    if (!result.errors?.length) return { format: 'module', source: result.code, shortCircuit: true };
  }
  const { outputText } = ts.transpileModule(text, {
    compilerOptions: OPTIONS,
    fileName: path,
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
