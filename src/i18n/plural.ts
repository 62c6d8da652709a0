/** The Russian noun for a count: one (1, 21), few (2–4, 22–24) or many (0, 5–20, 25…). */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const d = n % 10;
  const h = n % 100;
  if (d === 1 && h !== 11) return one;
  if (d >= 2 && d <= 4 && (h < 10 || h >= 20)) return few;
  return many;
}
