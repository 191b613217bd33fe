// `node --import ./test/support/ts-register.mjs apps/api/src/main.ts`: the server from its sources (see ts-hooks.mjs).
import { register } from 'node:module';
import { __decorate, __metadata, __param } from 'tslib';

// The decorator helpers Oxc's output calls (see ts-hooks.mjs), with TypeScript's own semantics.
globalThis.babelHelpers = { decorate: __decorate, decorateMetadata: __metadata, decorateParam: __param };

register('./ts-hooks.mjs', import.meta.url);
