/**
 * Loads one module in this (fresh) process and prints, as JSON, every file it pulled in: the ESM graph through a
 * load hook, plus whatever CommonJS packages required (their own require calls bypass ESM hooks, so require.cache
 * is read too). Usage: `node --import ./test/support/ts-register.mjs test/support/module-probe.mjs <specifier>`;
 * test/unit/pure-entries.spec.ts runs it for each pure core's entry.
 */
import { register, createRequire } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

const specifier = process.argv[2];
if (!specifier) throw new Error('usage: module-probe.mjs <specifier>');

const loaded = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => loaded.add(url));
port1.unref();
register(
  'data:text/javascript,' +
    encodeURIComponent(`let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) { port.postMessage(url); return next(url, context); }`),
  { parentURL: import.meta.url, data: { port: port2 }, transferList: [port2] },
);

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const cjs = () => Object.keys(createRequire(import.meta.url).cache).map((file) => pathToFileURL(file).href);
// What the probe and the TypeScript hooks loaded themselves is not the entry's.
await settle();
const own = new Set([...loaded, ...cjs()]);
loaded.clear();

const base = pathToFileURL(process.cwd() + '/').href;
await import(specifier.startsWith('.') ? new URL(specifier, base).href : specifier);
await settle(); // the hook thread's last messages
for (const url of cjs()) loaded.add(url);

const files = [...loaded].filter((url) => url.startsWith('file:') && !own.has(url)).sort();
process.stdout.write(JSON.stringify({ specifier, files }) + '\n');
