/** Presentation mode and the page's keyboard shortcuts, in English and Russian. */
import type { Lang } from './strings';

const en = {
  hideControls: 'Hide controls',
  showControls: 'Show controls',
  shortcuts: 'Keyboard shortcuts',
  shortcutsButton: 'Shortcuts (?)',
  close: 'Close',
  keys: {
    space: 'Space',
    right: '→',
    left: '←',
    pageDown: 'Page Down',
    pageUp: 'Page Up',
    digits: '1 – 9',
  },
  actions: {
    togglePlay: 'Play or pause',
    stepForward: 'One day forward',
    stepBack: 'One day back',
    next: 'Next lesson step (without a lesson: one day forward) — a presentation clicker',
    previous: 'Previous lesson step (without a lesson: one day back)',
    preset: 'Load the preset with that number',
    fullscreen: 'Full screen on or off',
    compare: 'Pin the run as A to compare, or stop comparing',
    lessons: 'Go to the lesson picker',
    presentation: 'Presentation mode on or off',
    controls: 'Hide or show the controls',
    help: 'This list',
  },
  /** the shortcuts work wherever the focus is, except while typing */
  about:
    'In presentation mode these work wherever the focus is; outside it a focused button keeps its Space. Never while typing in a field.',
};

const ru: typeof en = {
  hideControls: 'Скрыть управление',
  showControls: 'Показать управление',
  shortcuts: 'Клавиши',
  shortcutsButton: 'Клавиши (?)',
  close: 'Закрыть',
  keys: {
    space: 'Пробел',
    right: '→',
    left: '←',
    pageDown: 'Page Down',
    pageUp: 'Page Up',
    digits: '1 – 9',
  },
  actions: {
    togglePlay: 'Пуск или пауза',
    stepForward: 'На день вперёд',
    stepBack: 'На день назад',
    next: 'Следующий шаг урока (без урока — день вперёд); так работает пульт для презентаций',
    previous: 'Предыдущий шаг урока (без урока — день назад)',
    preset: 'Открыть сценарий с этим номером',
    fullscreen: 'Полный экран: включить или выключить',
    compare: 'Закрепить прогон как A для сравнения или прекратить сравнение',
    lessons: 'Перейти к выбору урока',
    presentation: 'Режим презентации: включить или выключить',
    controls: 'Скрыть или показать управление',
    help: 'Этот список',
  },
  about:
    'В режиме презентации клавиши работают, где бы ни был фокус; вне его пробел нажимает кнопку, на которой фокус. При вводе текста в поле клавиши не действуют.',
};

export const PRESENTATION_STRINGS: Record<Lang, typeof en> = { en, ru };
