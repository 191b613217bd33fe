// `node --import ./test/support/ts-register.mjs apps/api/src/main.ts`: the server from its sources (see ts-hooks.mjs).
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
