/** The lessons of simulations/lessons/, bundled into the app and validated on load. */
import { parseLesson, type Lesson, type LessonFocus } from '../../engine/lesson';

const files = import.meta.glob<unknown>('../../../simulations/lessons/*.json', {
  eager: true,
  import: 'default',
});

/** Lessons by file name (without .json), in file-name order (the article's order). */
export const LESSONS: ReadonlyArray<{ id: string; lesson: Lesson }> = Object.entries(files)
  .map(([path, data]) => ({ id: path.replace(/^.*\/(.*)\.json$/, '$1'), lesson: parseLesson(data) }))
  .sort((a, b) => a.id.localeCompare(b.id));

/** The part of the loop the lesson's step on screen points at, or null without a lesson. */
export function lessonFocus(at: { id: string; step: number } | null): LessonFocus | null {
  const found = at && LESSONS.find((l) => l.id === at.id);
  if (!at || !found) return null;
  return at.step === 0 ? found.lesson.focus : (found.lesson.steps[at.step - 1]?.focus ?? null);
}
