import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PARAMETERS,
  checkParameterValue,
  defaultParameters,
  parameterSpec,
  type Parameters,
} from './parameters';
import {
  PLATFORMS,
  PLATFORM_PARAMETERS,
  isAssumption,
  platformOf,
  platformProfile,
  platformValues,
  withPlatform,
  type PlatformId,
} from './platforms';

const IDS = PLATFORMS.map((p) => p.id) as PlatformId[];

/** Any full set of parameters, each within its declared range. */
const anyParameters: fc.Arbitrary<Parameters> = fc.record(
  Object.fromEntries(
    PARAMETERS.map((p) => [
      p.name,
      p.integer
        ? fc.integer({ min: p.min, max: p.max })
        : fc.double({ min: p.min, max: p.max, noNaN: true, noDefaultInfinity: true }),
    ]),
  ) as Record<keyof Parameters, fc.Arbitrary<number>>,
);

describe('platform profiles', () => {
  it('set only declared parameters, each to a value within its range', () => {
    for (const name of PLATFORM_PARAMETERS) expect(parameterSpec(name)).toBeDefined();
    for (const p of PLATFORMS) {
      for (const name of PLATFORM_PARAMETERS) expect(checkParameterValue(name, p.values[name])).toBeNull();
      expect(Object.keys(p.values).sort()).toEqual([...PLATFORM_PARAMETERS].sort());
    }
  });

  it('give every figure a source: a dated publication, or an assumption with its reasoning', () => {
    for (const p of PLATFORMS) {
      expect(Object.keys(p.sources).sort()).toEqual([...PLATFORM_PARAMETERS].sort());
      for (const name of PLATFORM_PARAMETERS) {
        const source = p.sources[name];
        const dated = /\b(19|20)\d\d\b/.test(source);
        const assumed = /^Assumption: \S.{40,}/.test(source);
        expect(dated || assumed, `${p.id} ${name}: "${source}"`).toBe(true);
      }
    }
  });

  it('cite each published figure in brief for the page (publisher and year), and no assumption', () => {
    for (const p of PLATFORMS) {
      expect(Object.keys(p.cites).sort()).toEqual([...PLATFORM_PARAMETERS].sort());
      for (const name of PLATFORM_PARAMETERS) {
        const cite = p.cites[name];
        if (isAssumption(p.sources[name])) expect(cite, `${p.id} ${name}`).toBe('');
        else expect(cite, `${p.id} ${name}`).toMatch(/^\S.*\b(19|20)\d\d\b/);
        // every publisher cited in brief is named in the full source
        for (const word of cite.split(/[\s,&()]+/).filter((w) => /^[A-Z]/.test(w))) {
          expect(p.sources[name], `${p.id} ${name}: ${word}`).toContain(word);
        }
      }
    }
  });

  it('have a label and an explanation in both languages, and distinct ids', () => {
    expect(new Set(IDS).size).toBe(IDS.length);
    for (const p of PLATFORMS) {
      for (const text of [p.label, p.about]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.ru.trim()).not.toBe('');
      }
      expect(p.about.ru).toMatch(/[а-яё]/i);
      expect(platformProfile(p.id)).toBe(p);
    }
    expect(platformProfile('myspace')).toBeUndefined();
  });

  it('differ from one another, so a strategy matches at most one', () => {
    for (const a of PLATFORMS) {
      for (const b of PLATFORMS) {
        if (a !== b) expect(PLATFORM_PARAMETERS.some((n) => a.values[n] !== b.values[n])).toBe(true);
      }
    }
  });
});

describe('choosing a platform', () => {
  it('is recognised again: platformOf(withPlatform(p, id)) is id, whatever the strategy was', () => {
    fc.assert(
      fc.property(anyParameters, fc.constantFrom(...IDS), (params, id) => {
        expect(platformOf(withPlatform(params, id))).toBe(id);
      }),
    );
  });

  it('changes the three values and nothing else', () => {
    const base = defaultParameters();
    for (const id of IDS) {
      const chosen = withPlatform(base, id);
      for (const p of PARAMETERS) {
        const name = p.name as keyof Parameters;
        if ((PLATFORM_PARAMETERS as readonly string[]).includes(name)) {
          expect(chosen[name]).toBe(platformValues(id)[name as (typeof PLATFORM_PARAMETERS)[number]]);
        } else expect(chosen[name]).toBe(base[name]);
      }
    }
    // the input is not touched
    expect(base).toEqual(defaultParameters());
  });

  it('becomes "custom" (null) as soon as one of the three values is edited, however slightly', () => {
    for (const id of IDS) {
      for (const name of PLATFORM_PARAMETERS) {
        const spec = parameterSpec(name)!;
        const chosen = withPlatform(defaultParameters(), id);
        const value = chosen[name];
        for (const edited of [value + spec.step, value - spec.step / 10, value * (1 + 1e-12)]) {
          if (edited < spec.min || edited > spec.max) continue;
          expect(platformOf({ ...chosen, [name]: edited }), `${id} ${name} → ${edited}`).toBeNull();
        }
      }
    }
  });

  it('is "custom" for a strategy that matches no profile', () => {
    fc.assert(
      fc.property(anyParameters, (params) => {
        const id = platformOf(params);
        if (id !== null)
          expect(PLATFORM_PARAMETERS.every((n) => params[n] === platformValues(id)[n])).toBe(true);
      }),
    );
    expect(platformOf({ 'ads.cpm': 12.34, 'ads.ctr': 0.009, 'content.organicReach': 0.05 })).toBeNull();
  });

  it('refuses an unknown platform by name', () => {
    expect(() => platformValues('myspace' as PlatformId)).toThrow(
      /unknown platform "myspace"; known platforms: facebook/,
    );
  });
});
