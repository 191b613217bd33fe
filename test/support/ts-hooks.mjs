/**
 * Node module hooks that run the API's TypeScript sources directly (for tests that need the real server in a child
 * process without building dist/): `.js` imports that name a `.ts` file, the `@app/<lib>` aliases, and TypeScript
 * compiled per file with decorator metadata (as ts-jest does; tsx/esbuild cannot emit decorator metadata).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

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

export async function resolve(specifier, context, next) {
  const lib = /^@app\/([\w-]+)$/.exec(specifier);
  if (lib) {
    const file = join(ROOT, 'libs', lib[1], 'src', 'index.ts');
    if (existsSync(file)) return { url: pathToFileURL(file).href, shortCircuit: true };
  }
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
  const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
    compilerOptions: OPTIONS,
    fileName: path,
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
