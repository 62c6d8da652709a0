/** The lessons' frame in English and Russian: the lesson texts themselves live in their files. */
import type { Lang } from './strings';

const en = {
  lessons: 'Lesson',
  chooseLesson: 'Choose a lesson…',
  lessonAbout:
    'A lesson asks a question and walks through the loop one change at a time; each step runs beside the step before on the same audience.',
  close: 'Close the lesson',
  question: 'Question',
  start: 'The starting point',
  /** step k of n (k from 1) */
  stepOf: (k: number, n: number) => `Step ${k} of ${n}`,
  first: 'Start the lesson',
  next: 'Next step',
  previous: 'Previous step',
  answerButton: 'The answer',
  answer: 'Answer',
  notice: 'What to notice',
  showNotice: 'Show what to notice',
  claims: 'What this step changes, against the step before',
  higher: 'higher',
  lower: 'lower',
  /** a claim's figure read over the whole run, from a day, on average, or at the end */
  overLast: 'at the end',
  overSum: 'over the run',
  overMean: 'on average',
  overFrom: (day: number) => `from day ${day} on`,
  /** what the check over audiences says of a claim */
  held: (k: number, n: number) => `${k} of ${n}`,
  /** the claims' title once checked */
  heldAbout: (n: number) => `held on how many of ${n} audiences`,
  /** runs the step and the step before on n audiences (seeds), paired */
  check: (n: number) => `Check these on ${n} audiences`,
};

const ru: typeof en = {
  lessons: 'Урок',
  chooseLesson: 'Выберите урок…',
  lessonAbout:
    'Урок задаёт вопрос и проходит по циклу, меняя по одному параметру за шаг; каждый шаг считается рядом с предыдущим на той же аудитории.',
  close: 'Закрыть урок',
  question: 'Вопрос',
  start: 'Исходная точка',
  stepOf: (k, n) => `Шаг ${k} из ${n}`,
  first: 'Начать урок',
  next: 'Следующий шаг',
  previous: 'Предыдущий шаг',
  answerButton: 'Ответ',
  answer: 'Ответ',
  notice: 'На что обратить внимание',
  showNotice: 'Показать, на что обратить внимание',
  claims: 'Что меняет этот шаг по сравнению с предыдущим',
  higher: 'выше',
  lower: 'ниже',
  overLast: 'на конец периода',
  overSum: 'за весь период',
  overMean: 'в среднем',
  overFrom: (day) => `начиная с ${day}-го дня`,
  held: (k, n) => `${k} из ${n}`,
  heldAbout: (n) => `на скольких из ${n} аудиторий подтвердилось`,
  check: (n) => `Проверить на ${n} аудиториях`,
};

export const LESSON_STRINGS: Record<Lang, typeof en> = { en, ru };
