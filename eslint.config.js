// Type-aware lint: no floating promises, no `any` (../shared/conventions.md, habit 13).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'data/**',
      '*.js',
      '*.cjs',
      '.ci/**',
      'apps/web/src/gql/**',
      'apps/cli/scripts/**',
      // Node's loader hooks for the fault suite's child server: plain ESM, not part of the TypeScript project.
      'test/support/*.mjs',
      // The benchmarks' helper scripts (the CPU profile summary): plain ESM run by node, outside the project.
      'test/bench/support/*.mjs',
      // The Galera runner (npm run test:galera): plain ESM run by node, outside the project.
      'test/galera/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // Chinese legal text is laid out with full-width spaces (U+3000).
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A new enum member (a role, a state, a channel) must be handled wherever its enum is switched on.
      // (A `default:` that states what the remaining members mean counts as handling them.)
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  // The web workbench: browser code type-checked against apps/web/tsconfig.json (DOM lib, so browser globals are known
  // to TypeScript; typescript-eslint turns core no-undef off for TS files). The same type-aware rules as the API.
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Form handlers are passed as `onFinish={(v) => void submit(v)}`; attributes expecting void may get promises.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
);
