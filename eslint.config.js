// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ENGINE_IS_PURE =
  'the engine is a pure library: src/model and src/engine must not depend on React, D3, Zustand, the store or the view.';
const NO_AMBIENT = 'the engine is a pure library: no browser or host globals in src/model and src/engine.';
const SEEDED = 'use the seeded generator in src/engine/random.ts (runs must be reproducible).';
const NO_CLOCK = 'the engine must not read the wall clock: pass time in as simulation ticks.';

export default defineConfig([
  globalIgnores(['dist/', 'coverage/', 'node_modules/', 'test-results/', 'playwright-report/']),

  js.configs.recommended,

  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // Browser code.
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-console': 'error' },
  },

  // Node code: tooling config, scripts, the CLI, tests.
  {
    files: ['*.{js,ts}', 'scripts/**/*.{js,ts}', 'src/cli/**/*.ts', 'test/**/*.{ts,tsx}', '.ci/**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },

  // React hooks rules for the UI (not the pure engine, not the CLI).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/model/**', 'src/engine/**', 'src/cli/**'],
    extends: [reactHooks.configs.flat.recommended],
  },

  // Architecture: the model and engine are a pure, deterministic library.
  {
    files: ['src/model/**/*.{ts,tsx}', 'src/engine/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                '@xstate/react',
                'd3',
                'd3-*',
                'zustand',
                'zustand/*',
              ],
              message: ENGINE_IS_PURE,
            },
            {
              regex: '^(\\.\\./)+(store|view)(/.*)?$',
              message: ENGINE_IS_PURE,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'requestAnimationFrame',
          'cancelAnimationFrame',
          'performance',
          'process',
        ].map((name) => ({ name, message: NO_AMBIENT })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: SEEDED },
        { object: 'Date', property: 'now', message: NO_CLOCK },
        { object: 'performance', property: 'now', message: NO_CLOCK },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: NO_CLOCK },
        { selector: "CallExpression[callee.name='Date']", message: NO_CLOCK },
      ],
    },
  },
]);
