// @ts-check
/**
 * The layers of src/, one table from which every folder's import rules are generated (ESLint's
 * `no-restricted-imports`, plus `no-restricted-syntax` for `import()`), so that an import running
 * back up the stack fails lint and a new folder cannot forget its rule (test/layers.test.ts checks
 * that every folder of src/ is in the table, and that a planted back-edge fails in each layer).
 *
 *   model < engine < worker, cli < store < view        i18n beside the model
 *
 * Files at the root of src/ (App.tsx, main.tsx) are the composition root: they wire the layers
 * together and may import any of them.
 */

/** Each folder of src/ and the other folders it may import. */
export const LAYERS = /** @type {const} */ ({
  model: [],
  i18n: ['model'],
  engine: ['model'],
  worker: ['engine', 'model'],
  cli: ['engine', 'model'],
  store: ['worker', 'engine', 'model', 'i18n'],
  view: ['store', 'engine', 'model', 'i18n'],
});

/** @typedef {keyof typeof LAYERS} Layer */

/** Packages that draw or render: React and its bindings, D3 (gitignore-style: `react` covers `react/*`). */
const UI_PACKAGES = ['react', 'react-dom', '@xstate/react', 'd3', 'd3-*'];

/**
 * `no-restricted-imports` patterns for the packages a layer may not use.
 * @param {string} message
 * @returns {{ group?: string[], regex?: string, message: string }[]}
 */
const noUi = (message) => [{ group: [...UI_PACKAGES, 'zustand'], message }];

/** Packages each layer may not use, and why. */
const PACKAGES = /** @type {Record<Layer, { group?: string[], regex?: string, message: string }[]>} */ ({
  model: noUi('the model is a pure library: no React, D3 or Zustand.'),
  i18n: noUi('the strings sit beside the model: no React, D3 or Zustand.'),
  engine: noUi('the engine is a pure library: no React, D3 or Zustand.'),
  worker: noUi('the worker runs the engine off the page: no React, D3 or Zustand.'),
  cli: noUi('the CLI runs the engine in Node: no React, D3 or Zustand.'),
  store: [
    { group: UI_PACKAGES, message: 'the store lives outside React: React and D3 belong to the view.' },
    {
      // Zustand's entry points with React in them; `zustand/vanilla` and the middleware have none.
      regex: '^zustand(/(react|shallow|traditional)(/.*)?)?$',
      message: 'the store lives outside React: use zustand/vanilla (the view binds it to React).',
    },
  ],
  view: [],
});

/** Layers that must stay pure and deterministic: no host globals, no wall clock, no unseeded chance. */
const PURE = /** @type {readonly Layer[]} */ (['model', 'engine']);

const NO_AMBIENT = 'the engine is a pure library: no browser or host globals in src/model and src/engine.';
const SEEDED = 'use the seeded generator in src/engine/random.ts (runs must be reproducible).';
const NO_CLOCK = 'the engine must not read the wall clock: pass time in as simulation ticks.';
const AMBIENT_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'performance',
  'process',
];

/**
 * The folders `layer` may not import: every other layer that it does not list.
 * @param {Layer} layer
 * @returns {Layer[]}
 */
export function forbiddenLayers(layer) {
  /** @type {readonly string[]} */
  const allowed = LAYERS[layer];
  return /** @type {Layer[]} */ (Object.keys(LAYERS)).filter((l) => l !== layer && !allowed.includes(l));
}

/**
 * A regular expression (source) matching an import of any of `layers` from inside src/: relative
 * (`../store`, `../../store/run-data`) or through a path naming src/ (`src/view/x`). One `/` is
 * written `\u002F` so that the same source also works inside an esquery selector, where a bare
 * slash would end the expression.
 * @param {readonly string[]} layers
 */
export function layerImportPattern(layers) {
  const slash = '\\u002F';
  return `^((\\.\\.${slash})+|(.*${slash})?src${slash})(${layers.join('|')})(${slash}|$)`;
}

/**
 * @param {Layer} layer
 * @param {readonly Layer[]} forbidden
 */
function layerMessage(layer, forbidden) {
  const allowed = LAYERS[layer].length ? LAYERS[layer].join(', ') : 'nothing else';
  return (
    `layers (layers.config.js): src/${layer} may import ${allowed}, not ${forbidden.join(', ')}` +
    ' (model < engine < worker, cli < store < view; i18n beside the model).'
  );
}

/**
 * The ESLint flat-config objects that enforce the table: one per layer, holding every import
 * rule of that folder (a rule set twice for a file keeps only the last options, so each rule is
 * set once here, the purity rules of the pure layers included).
 * @returns {import('eslint').Linter.Config[]}
 */
export function layerConfigs() {
  return /** @type {Layer[]} */ (Object.keys(LAYERS)).map((layer) => {
    const forbidden = forbiddenLayers(layer);
    const pattern = layerImportPattern(forbidden);
    const message = layerMessage(layer, forbidden);
    const pure = PURE.includes(layer);
    /** @type {import('eslint').Linter.RulesRecord} */
    const rules = {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...PACKAGES[layer], ...(forbidden.length ? [{ regex: pattern, message }] : [])],
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...(forbidden.length ? [{ selector: `ImportExpression[source.value=/${pattern}/]`, message }] : []),
        ...(pure
          ? [
              { selector: "NewExpression[callee.name='Date']", message: NO_CLOCK },
              { selector: "CallExpression[callee.name='Date']", message: NO_CLOCK },
            ]
          : []),
      ],
    };
    if (pure) {
      rules['no-restricted-globals'] = [
        'error',
        ...AMBIENT_GLOBALS.map((name) => ({ name, message: NO_AMBIENT })),
      ];
      rules['no-restricted-properties'] = [
        'error',
        { object: 'Math', property: 'random', message: SEEDED },
        { object: 'Date', property: 'now', message: NO_CLOCK },
        { object: 'performance', property: 'now', message: NO_CLOCK },
      ];
    }
    return { name: `layers/${layer}`, files: [`src/${layer}/**/*.{ts,tsx}`], rules };
  });
}
