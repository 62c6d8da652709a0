/**
 * Names of the files a run is exported to: `smm-loop-<scenario>-seed<N>-<days>d-<hash>`, the hash
 * a short fingerprint of the strategy (its parameters, its changes, its currency), so that two
 * exports of different strategies never share a name and the scenario file saved beside a CSV has
 * the CSV's base name.
 */
import type { Scenario } from '../../model/scenario';

/** Cyrillic letters as Latin ones, for slugs of Russian names. */
const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** A name as a file-name slug: lower-case Latin letters, digits and single hyphens ("scenario" when nothing is left). */
export function slug(name: string, maxLength = 40): string {
  const latin = [...name.toLowerCase()].map((c) => TRANSLIT[c] ?? c).join('');
  const s = latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return s || 'scenario';
}

/** JSON with object keys in sorted order, so equal settings give equal text whatever their order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Six hex digits that fingerprint a strategy: its parameters on day 1 (those that differ from the
 * defaults), its changes during the run and its currency. Name, description, seed and horizon are
 * left out (the seed and the horizon are in the file name already).
 */
export function settingsHash(s: Pick<Scenario, 'parameters' | 'changes' | 'currency'>): string {
  const text = canonical({
    parameters: s.parameters,
    changes: s.changes?.length ? s.changes : [],
    currency: s.currency ?? 'USD',
  });
  return (fnv1a(text) & 0xffffff).toString(16).padStart(6, '0');
}

/** The base name of every file exported for a scenario, e.g. `smm-loop-default-seed1-180d-3f9a2c`. */
export function exportBaseName(
  scenarioSlug: string,
  s: Pick<Scenario, 'seed' | 'days' | 'parameters' | 'changes' | 'currency'>,
): string {
  return `smm-loop-${scenarioSlug}-seed${s.seed}-${s.days}d-${settingsHash(s)}`;
}
