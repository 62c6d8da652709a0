/**
 * The parameter reference (docs/parameters.md), generated from the schema so the docs cannot
 * drift from the code. `npm run docs` rewrites it; a test fails when it is stale.
 */
import {
  GROUP_LABELS,
  PARAMETERS,
  PARAMETER_GROUPS,
  UNITS,
  type ParameterSpec,
} from '../src/model/parameters';

const range = (p: ParameterSpec) => `${p.min.toLocaleString('en')} – ${p.max.toLocaleString('en')}`;
const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The whole Markdown document. */
export function parameterDocs(): string {
  const lines = [
    '# Strategy parameters',
    '',
    'Generated from `src/model/parameters.ts` by `npm run docs`; do not edit by hand.',
    'Any value within the range is valid in a scenario file, a URL or `--set name=value`;',
    'the slider step is only a convenience.',
    '',
  ];
  for (const group of PARAMETER_GROUPS) {
    lines.push(`## ${GROUP_LABELS[group].en} / ${GROUP_LABELS[group].ru}`, '');
    lines.push('| name | unit | default | range | meaning | значение | where the default comes from |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- |');
    for (const p of PARAMETERS.filter((q) => q.group === group)) {
      lines.push(
        `| \`${p.name}\` | ${UNITS[p.unit].en} | ${p.default} | ${range(p)} | ${cell(p.help.en)} | ${cell(p.help.ru)} | ${cell(p.source)} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
