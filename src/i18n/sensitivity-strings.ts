/** The sensitivity section's words in English and Russian: a sweep of one parameter and the tornado. */
import { ruPlural } from './plural';
import type { Lang } from './strings';

const en = {
  title: 'Sensitivity',
  about:
    'How much a key figure depends on each parameter, over several random audiences (seeds): the shown seed and the next ones.',
  figure: 'Figure',
  parameter: 'Parameter',
  values: 'Values',
  from: 'From',
  to: 'to',
  rangeOrder: 'The sweep’s first value must be below its last.',
  seeds: 'Audiences (seeds)',
  sweepTitle: 'Sweep one parameter over a range',
  runSweep: 'Run sweep',
  tornadoTitle: 'Tornado: every strategy parameter ±20 %',
  runTornado: 'Run tornado',
  cancel: 'Cancel',
  running: (done: number, total: number) => `Running ${done} of ${total} runs…`,
  progressLabel: 'Progress',
  cancelled: 'Cancelled.',
  finished: (total: number, seconds: number) => `${total} runs in ${seconds.toFixed(1)} s.`,
  failed: (message: string) => `The runs failed: ${message}`,
  workers: (n: number) => `On ${n} ${n === 1 ? 'worker' : 'workers'} beside the page.`,
  sweepChart: (figure: string, parameter: string, seeds: number) =>
    `${figure} by ${parameter}: median over ${seeds} audiences, band 10–90 %`,
  median: 'Median',
  band: '10–90 % of audiences',
  tornadoChart: (figure: string, seeds: number) =>
    `How far ±20 % of each parameter moves ${figure} (paired on ${seeds} audiences), largest first`,
  baseline: (value: string) => `Baseline median ${value}`,
  lowEnd: (value: string) => `at −20 % (${value})`,
  highEnd: (value: string) => `at +20 % (${value})`,
  lowLegend: '−20 %',
  highLegend: '+20 %',
  bar: (parameter: string, low: string, high: string) =>
    `${parameter}: −20 % gives ${low}, +20 % gives ${high}`,
};

const ru: typeof en = {
  title: 'Чувствительность',
  about:
    'Насколько ключевой показатель зависит от каждого параметра — на нескольких случайных аудиториях (сидах): показанной и следующих за ней.',
  figure: 'Показатель',
  parameter: 'Параметр',
  values: 'Значений',
  from: 'От',
  to: 'до',
  rangeOrder: 'Первое значение прогона должно быть меньше последнего.',
  seeds: 'Аудиторий (сидов)',
  sweepTitle: 'Прогон одного параметра по диапазону',
  runSweep: 'Запустить прогон',
  tornadoTitle: 'Торнадо: каждый параметр стратегии ±20 %',
  runTornado: 'Построить торнадо',
  cancel: 'Отменить',
  running: (done, total) =>
    `Выполнено ${done} из ${total} ${ruPlural(total, 'прогона', 'прогонов', 'прогонов')}…`,
  progressLabel: 'Ход вычислений',
  cancelled: 'Отменено.',
  finished: (total, seconds) =>
    `${total} ${ruPlural(total, 'прогон', 'прогона', 'прогонов')} за ${seconds.toFixed(1).replace('.', ',')} с.`,
  failed: (message) => `Прогоны не удались: ${message}`,
  workers: (n) =>
    `Считают ${n} ${ruPlural(n, 'фоновый поток', 'фоновых потока', 'фоновых потоков')}, страница не ждёт.`,
  sweepChart: (figure, parameter, seeds) =>
    `${figure} в зависимости от параметра «${parameter}»: медиана по ${seeds} аудиториям, полоса 10–90 %`,
  median: 'Медиана',
  band: '10–90 % аудиторий',
  tornadoChart: (figure, seeds) =>
    `Насколько ±20 % каждого параметра меняют показатель «${figure}» (в паре на ${seeds} аудиториях), по убыванию`,
  baseline: (value) => `Медиана при исходной стратегии: ${value}`,
  lowEnd: (value) => `при −20 % (${value})`,
  highEnd: (value) => `при +20 % (${value})`,
  lowLegend: '−20 %',
  highLegend: '+20 %',
  bar: (parameter, low, high) => `${parameter}: при −20 % — ${low}, при +20 % — ${high}`,
};

export const SENSITIVITY_STRINGS: Record<Lang, typeof en> = { en, ru };
