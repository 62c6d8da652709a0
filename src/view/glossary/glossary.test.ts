import { describe, expect, it } from 'vitest';
import { COMPARE_STRINGS } from '../../i18n/compare-strings';
import { GLOSSARY } from '../../i18n/glossary-strings';
import { LANGS } from '../../i18n/strings';

describe('the glossary', () => {
  it('defines every figure the comparison shows, in both languages, entry for entry', () => {
    expect(GLOSSARY.ru.entries).toHaveLength(GLOSSARY.en.entries.length);
    for (const lang of LANGS) {
      const terms = GLOSSARY[lang].entries.map((e) => e.term);
      for (const label of Object.values(COMPARE_STRINGS[lang].figures))
        expect(
          terms.some((term) => term.startsWith(label)),
          `${lang}: ${label}`,
        ).toBe(true);
      for (const e of GLOSSARY[lang].entries) expect(e.meaning).toMatch(/\.$/);
    }
    for (const term of ['CAC', 'ROMI', 'ROMI with equity', 'Retention', 'LTV'])
      expect(GLOSSARY.en.entries.map((e) => e.term)).toContain(term);
  });
});
