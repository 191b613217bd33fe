// Builds the web workbench into dist/web, which the API serves at `/` (apps/api/src/web-app.ts). React's automatic JSX
// runtime comes from tsconfig's "jsx": "react-jsx" (Vite's own transform; no React plugin needed).
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.MINYI_API ?? 'http://127.0.0.1:3000';

/** The service worker learns every file of this build (to cache the app shell and all route chunks up front). */
function precacheManifest(): Plugin {
  return {
    name: 'minyi-precache-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((f) => f !== 'sw.js' && !f.endsWith('.map') && !f.startsWith('.vite/'))
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
      input: { main: `${root}index.html`, sw: `${root}src/sw/service-worker.ts` },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/files': api, '/health': api },
  },
});
