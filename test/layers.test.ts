/**
 * The layers hold: lint, run through ESLint's own Node API on code planted in each folder of src/,
 * refuses every import that runs back up the stack and lets the allowed ones through.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAYERS, forbiddenLayers, type Layer } from '../layers.config.js';

const ROOT = path.join(import.meta.dirname, '..');
const LAYER_RULES = new Set([
  'no-restricted-imports',
  'no-restricted-syntax',
  'no-restricted-globals',
  'no-restricted-properties',
]);
const layers = Object.keys(LAYERS) as Layer[];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, 'eslint.config.js') });
});

/** The layer rules' complaints about `code` as if it were the file `filePath` (relative to the root). */
async function complaints(code: string, filePath: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId));
}

/** A module of `layer` that imports `source` (and uses it, so no other rule speaks up). */
const importing = (source: string) => `import * as other from '${source}';\nexport const used = other;\n`;

describe('the layers table', () => {
  it('names every folder of src/', () => {
    const folders = readdirSync(path.join(ROOT, 'src'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual([...layers].sort());
  });

  it('only points down: no layer may import a layer that may import it', () => {
    for (const a of layers)
      for (const b of LAYERS[a] as readonly Layer[])
        expect(LAYERS[b] as readonly Layer[], `${a} ↔ ${b}`).not.toContain(a);
  });
});

describe('lint refuses a back-edge', () => {
  // Written out by hand, not derived from the table: a table that let these through would be wrong.
  const backEdges: [string, string][] = [
    ['src/model/x.ts', '../engine/run'],
    ['src/model/x.ts', '../i18n/strings'],
    ['src/i18n/x.ts', '../store/app-store'],
    ['src/i18n/x.ts', '../view/store-context'],
    ['src/engine/x.ts', '../worker/handler'],
    ['src/engine/x.ts', '../store/run-data'],
    ['src/engine/x.ts', '../i18n/strings'],
    ['src/worker/x.ts', '../store/app-store'],
    ['src/worker/x.ts', '../view/loop/dot-sample'],
    ['src/worker/x.ts', '../cli/args'],
    ['src/cli/x.ts', '../store/app-store'],
    ['src/cli/x.ts', '../worker/handler'],
    ['src/store/x.ts', '../view/loop/dot-sample'],
    ['src/store/deeper/x.ts', '../../view/store-context'],
    ['src/store/x.ts', '../view'],
    ['src/view/loop/x.tsx', '../../worker/client'],
    ['src/view/x.tsx', '../cli/simulate'],
  ];
  it.each(backEdges)('%s importing %s', async (file, source) => {
    const found = await complaints(importing(source), file);
    expect(found.map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
    expect(found[0]!.message).toContain('layers.config.js');
  });

  it('in every layer, towards every layer the table does not allow', async () => {
    for (const layer of layers) {
      for (const other of forbiddenLayers(layer)) {
        const found = await complaints(importing(`../${other}/anything`), `src/${layer}/planted.ts`);
        expect(found.length, `${layer} → ${other}`).toBe(1);
      }
    }
  });

  it('also as `export … from`, `import type`, a dynamic import() and a path through src/', async () => {
    const cases = [
      "export { useApp } from '../view/store-context';\n",
      "import type { AppStore } from '../store/app-store';\nexport type S = AppStore;\n",
      "export const later = () => import('../view/loop/dot-sample');\n",
      importing('../../src/store/app-store'),
    ];
    for (const code of cases) expect(await complaints(code, 'src/engine/planted.ts'), code).toHaveLength(1);
  });
});

describe('lint lets through', () => {
  it('every import the table allows, in every layer', async () => {
    for (const layer of layers)
      for (const other of LAYERS[layer] as readonly Layer[])
        expect(
          await complaints(importing(`../${other}/anything`), `src/${layer}/planted.ts`),
          `${layer} → ${other}`,
        ).toEqual([]);
  });

  it('imports within a layer, and the composition root importing every layer', async () => {
    expect(await complaints(importing('../loop/dot-sample'), 'src/view/charts/x.tsx')).toEqual([]);
    for (const layer of layers)
      expect(await complaints(importing(`./${layer}/anything`), 'src/App.tsx')).toEqual([]);
  });
});

describe('lint keeps packages where they belong', () => {
  it('no React, D3 or Zustand below the store; no React or D3 in the store, only zustand/vanilla', async () => {
    for (const layer of ['model', 'i18n', 'engine', 'worker', 'cli'] as const)
      for (const pkg of ['react', 'react-dom/client', 'd3', 'd3-sankey', 'zustand', 'zustand/vanilla'])
        expect(await complaints(importing(pkg), `src/${layer}/planted.ts`), `${layer}: ${pkg}`).toHaveLength(
          1,
        );
    for (const pkg of ['react', 'd3', 'zustand', 'zustand/react/shallow'])
      expect(await complaints(importing(pkg), 'src/store/planted.ts'), `store: ${pkg}`).not.toEqual([]);
    expect(await complaints(importing('zustand/vanilla'), 'src/store/planted.ts')).toEqual([]);
    for (const pkg of ['react', 'd3', 'zustand'])
      expect(await complaints(importing(pkg), 'src/view/planted.tsx'), `view: ${pkg}`).toEqual([]);
  });

  it('keeps the model and the engine pure: no host globals, no wall clock, no unseeded chance', async () => {
    const impure = [
      'export const r = Math.random();\n',
      'export const t = Date.now();\n',
      'export const d = new Date();\n',
      'export const w = window.innerWidth;\n',
    ];
    for (const layer of ['model', 'engine'])
      for (const code of impure)
        expect(await complaints(code, `src/${layer}/planted.ts`), `${layer}: ${code}`).toHaveLength(1);
    for (const code of impure) expect(await complaints(code, 'src/store/planted.ts'), code).toEqual([]);
  });
});
