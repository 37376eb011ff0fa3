import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { architecture } from './eslint/architecture.js';

export default tseslint.config(
  { ignores: ['node_modules/', '.next/', 'data/', 'test-results/', 'playwright-report/', 'artifacts/', 'next-env.d.ts', 'lib/engine/wasm/assembly/', 'tests/unit/fixtures/import-cycle/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...architecture,
  {
    files: ['app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read JSON answers field by field; typing every response shape there buys nothing.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['bin/clustercanvas', '**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
