import { describe, expect, it } from 'vitest';
import type { Why } from '../../engine/compare';
import { whySentence } from './why-sentence';

const why: Why = {
  from: 100,
  to: 141,
  steps: [
    { id: 'newByAds', delta: 0 },
    { id: 'newByContent', delta: 15 },
    { id: 'newByWom', delta: 29 },
    { id: 'newByRetargeting', delta: 1 },
    { id: 'wonBack', delta: 0 },
    { id: 'lapsed', delta: -1 },
    { id: 'leftAfterComplaint', delta: -3 },
    { id: 'leftDisappointed', delta: 0 },
  ],
};

describe('the why sentence', () => {
  it('leads with the difference in customers and gives the main reasons, each flow’s own change signed', () => {
    expect(whySentence(why, 'en', 'B')).toBe(
      'B ends with 41 more customers than A: new by word of mouth +29, new by content +15, left after complaining +3.',
    );
    expect(whySentence(why, 'ru', 'B')).toBe(
      'У B к концу периода на 41 больше клиентов, чем у A: новые по сарафанному радио +29, новые из контента +15, ушли после жалобы +3.',
    );
  });

  it('says fewer, one, or the same', () => {
    expect(whySentence({ ...why, to: 99, steps: [{ id: 'lapsed', delta: -1 }] }, 'en', 'B')).toBe(
      'B ends with 1 fewer customer than A: drifted away +1.',
    );
    expect(whySentence({ from: 5, to: 5, steps: [] }, 'en', 'B')).toBe('B ends with as many customers as A.');
    expect(whySentence({ from: 5, to: 5, steps: [] }, 'ru', 'B')).toBe(
      'У B к концу периода столько же клиентов, сколько у A.',
    );
  });

  it('names the run it explains against A: C or D as well as B', () => {
    expect(whySentence({ ...why, to: 112 }, 'en', 'C', 2)).toBe(
      'C ends with 12 more customers than A: new by word of mouth +29, new by content +15.',
    );
    expect(whySentence({ ...why, to: 112 }, 'ru', 'C', 2)).toBe(
      'У C к концу периода на 12 больше клиентов, чем у A: новые по сарафанному радио +29, новые из контента +15.',
    );
    expect(whySentence({ from: 9, to: 8, steps: [{ id: 'leftDisappointed', delta: -1 }] }, 'en', 'D')).toBe(
      'D ends with 1 fewer customer than A: left disappointed +1.',
    );
    expect(whySentence({ from: 9, to: 7, steps: [] }, 'ru', 'D')).toBe(
      'У D к концу периода на 2 меньше клиентов, чем у A.',
    );
    expect(whySentence({ from: 5, to: 5, steps: [] }, 'en', 'D')).toBe('D ends with as many customers as A.');
  });
});
