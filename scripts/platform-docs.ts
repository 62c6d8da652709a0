/**
 * The platform reference (docs/platforms.md), generated from the profiles in
 * src/model/platforms.ts so the docs cannot drift from the code. `npm run docs` rewrites it; a
 * test fails when it is stale.
 */
import { defaultParameters, parameterSpec } from '../src/model/parameters';
import { PLATFORMS, PLATFORM_PARAMETERS, platformOf, type PlatformParameter } from '../src/model/platforms';
import { formatSetting } from '../src/i18n/format';

const cell = (s: string) => s.replace(/\|/g, '\\|');
const spec = (name: PlatformParameter) => parameterSpec(name)!;
const shown = (name: PlatformParameter, value: number) => formatSetting(spec(name), value, 'en');

/** Platforms a Russian audience would expect, left out for want of published figures. */
const LEFT_OUT = [
  '**VK (ВКонтакте)**: no published average of CPM or click-through rate in VK Ads was found, only ' +
    'practitioners’ rules of thumb without a source (a CTR of 0.4–0.55% called “average” for targeted ads). ' +
    'LiveDune studied reach among subscribers across 150,000 VK communities (January–July 2023), but its ' +
    'figures could not be checked here. VK prices are in rubles while the model counts money in dollars, ' +
    'so a profile would also need an exchange rate. Left out rather than invented.',
  '**Telegram channels**: analytics services publish how many subscribers view a channel’s posts, but no ' +
    'cross-account average of the CPM or click-through rate of Telegram Ads was found. Left out.',
];

/** The whole Markdown document. */
export function platformDocs(): string {
  const names = PLATFORM_PARAMETERS.map((n) => `${spec(n).label.en} (\`${n}\`)`);
  const defaultsAre = platformOf(defaultParameters());
  const lines = [
    '# Platform profiles',
    '',
    'Generated from `src/model/platforms.ts` by `npm run docs`; do not edit by hand.',
    '',
    'The seed article names the platforms as the fourth object of research: the industry-average',
    'indicators of each social network. In the strategy panel, **Platform** (under research results)',
    'sets three parameters at once to a platform’s published averages:',
    '',
    ...names.map((n) => `- ${n}`),
    '',
    'Each stays adjustable; when the three values match no profile exactly, the select shows',
    '“Custom values”. A link or a scenario file carries the three values themselves, so it needs no',
    'platform field.',
    '',
    defaultsAre
      ? `The default strategy’s three values are those of ${PLATFORMS.find((p) => p.id === defaultsAre)!.label.en}.`
      : 'The default strategy’s three values match no profile.',
    '',
    `| platform | площадка | ${PLATFORM_PARAMETERS.map((n) => `\`${n}\``).join(' | ')} |`,
    `| --- | --- | ${PLATFORM_PARAMETERS.map(() => '---').join(' | ')} |`,
    ...PLATFORMS.map(
      (p) =>
        `| ${p.label.en} | ${p.label.ru} | ${PLATFORM_PARAMETERS.map((n) => shown(n, p.values[n])).join(' | ')} |`,
    ),
    '',
    'The figures come from different publishers, years and definitions (medians or means, all clicks or',
    'link clicks, reach counted against followers whether or not the viewers follow). Read them as the',
    'differences between platforms that a strategy has to reckon with, not as a forecast for one account.',
    'A figure that no publication gives is marked as an assumption, with its reasoning.',
    '',
  ];
  for (const p of PLATFORMS) {
    const title = p.label.ru === p.label.en ? p.label.en : `${p.label.en} / ${p.label.ru}`;
    lines.push(`## ${title}`, '', p.about.en, '', p.about.ru, '');
    lines.push('| parameter | value | source |', '| --- | --- | --- |');
    for (const n of PLATFORM_PARAMETERS) {
      lines.push(`| ${spec(n).label.en} (\`${n}\`) | ${shown(n, p.values[n])} | ${cell(p.sources[n])} |`);
    }
    lines.push('');
  }
  lines.push('## Left out', '', ...LEFT_OUT.map((s) => `- ${s}`), '');
  return lines.join('\n');
}
