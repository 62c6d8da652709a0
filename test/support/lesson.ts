/**
 * A small lesson as its file would hold it, for the tests of the lesson format and of lessons in
 * the store: two steps, the second made from day 60. A fresh object each call, so a test may spoil it.
 */
export function lessonData(seed = 3) {
  const texts = () => ({ title: 't', change: 'c', notice: 'n' });
  const lessonTexts = () => ({ title: 'T', question: 'Q', start: 'S', answer: 'A' });
  return {
    version: 1,
    seed,
    days: 120,
    parameters: { 'content.postsPerWeek': 2 },
    focus: 'content',
    steps: [
      {
        parameters: { 'content.postsPerWeek': 7 },
        focus: 'content',
        claims: [{ metric: 'likes', over: 'sum', direction: 'higher' }],
        en: texts(),
        ru: texts(),
      },
      {
        parameters: { 'feedback.answeredShare': 1 },
        fromDay: 60,
        focus: 'feedback',
        claims: [{ metric: 'recovered', over: 'sum', fromDay: 60, direction: 'higher' }],
        en: texts(),
        ru: texts(),
      },
    ] as {
      parameters: Record<string, number>;
      fromDay?: number;
      focus: string;
      claims: Record<string, unknown>[];
      en: Record<string, string>;
      ru: Record<string, string>;
    }[],
    en: lessonTexts(),
    ru: lessonTexts(),
  };
}
