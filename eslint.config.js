// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { markupPlugin } from './eslint-no-markup.js';
import { layerConfigs } from './layers.config.js';

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

  // Nothing runs that should not: no markup made from strings (see eslint-no-markup.js), no code
  // made from strings (the page's Content-Security-Policy forbids it too).
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { markup: markupPlugin },
    rules: {
      'markup/no-markup': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
    },
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

  // Architecture: each folder of src/ imports only the layers below it (see layers.config.js);
  // the model and the engine are a pure, deterministic library.
  ...layerConfigs(),
]);
