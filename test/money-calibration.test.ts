/**
 * What DESIGN.md asks of the money of the defaults. Not met yet by the model's mechanics (another
 * change reworks them; the parameters are not to be tuned to land here): each claim is a todo
 * until then. Measure with `npx tsx scripts/money-calibration.ts` (median of 10 seeds, 365 days).
 */
import { describe, it } from 'vitest';

describe('the default strategy after 365 days, median of 10 seeds', () => {
  it.todo(
    'returns 1 to 5 dollars of revenue per dollar of ad spend (return on ad spend, DESIGN.md: Meta medians 2–3)',
  );
  it.todo('has an LTV:CAC of 1 to 6 (LTV ÷ marketing cost per new customer)');
});
