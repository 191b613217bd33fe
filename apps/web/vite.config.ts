// Builds the web workbench into dist/web, which the API serves at `/` (apps/api/src/web-app.ts). React's automatic JSX
// runtime comes from tsconfig's "jsx": "react-jsx" (Vite's own transform; no React plugin needed).
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.MINYI_API ?? 'http://127.0.0.1:3000';

/** The service worker learns every file of this build (to cache the app shell and all route chunks up front). */
function precacheManifest(): Plugin {
  return {
    name: 'minyi-precache-manifest',
    apply: 'build',
    // After Vite's own generateBundle hooks: vite:css-post deletes the chunks that only import CSS there, and a file
    // listed here that is not served fails the service worker's install (the offline page never works).
    enforce: 'post',
    generateBundle(_options, bundle) {
      const graphiqlOnly = onlyReachableFrom(bundle, 'graphiql', 'main');
      const files = Object.keys(bundle)
        .filter((f) => f !== 'sw.js' && !f.endsWith('.map') && !f.startsWith('.vite/'))
        .filter((f) => f !== 'graphiql.html' && !graphiqlOnly.has(f))
        .map((f) => `/${f}`);
      const sw = bundle['sw.js'];
      if (sw?.type !== 'chunk') return;
      const version = files
        .filter((f) => f.startsWith('/assets/'))
        .sort()
        .join('|');
      // The minifier may quote the placeholders with any quote (and inline the version into a template literal).
      sw.code = sw.code
        .replace(/["'`]__PRECACHE_FILES__["'`]/, JSON.stringify(files))
        .replaceAll('__PRECACHE_VERSION__', hash(version));
      if (sw.code.includes('__PRECACHE_')) this.error('service worker placeholders were not replaced');
    },
  };
}

/** The files an entry loads (JavaScript chunks, static and lazy, with their CSS and assets). */
function reachable(bundle: OutputBundle, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const item = bundle[file];
    if (seen.has(file) || !item) return;
    seen.add(file);
    if (item.type !== 'chunk') return;
    const meta = (item as { viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> } })
      .viteMetadata;
    for (const f of [
      ...item.imports,
      ...item.dynamicImports,
      ...(meta?.importedCss ?? []),
      ...(meta?.importedAssets ?? []),
    ])
      visit(f);
  };
  for (const [file, item] of Object.entries(bundle)) {
    if (item.type === 'chunk' && item.isEntry && item.name === entry) visit(file);
  }
  return seen;
}

/**
 * GraphiQL (the graphiql entry, a developer's tool served outside production) is never precached by the workbench's
 * service worker: only the files the workbench itself never loads are left out, shared chunks stay.
 */
function onlyReachableFrom(bundle: OutputBundle, entry: string, other: string): Set<string> {
  const theirs = reachable(bundle, other);
  return new Set([...reachable(bundle, entry)].filter((f) => !theirs.has(f)));
}

function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

export default defineConfig({
  root,
  base: '/',
  publicDir: 'public',
  plugins: [precacheManifest()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // antd's files start with "use client" (for React Server Components): meaningless in this bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      // graphiql.html: GraphiQL from our own build (served at /graphiql outside production), its own chunks.
      input: {
        main: `${root}index.html`,
        graphiql: `${root}graphiql.html`,
        sw: `${root}src/sw/service-worker.ts`,
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/files': api, '/events': api, '/health': api },
  },
});
