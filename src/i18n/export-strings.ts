/**
 * The words of taking a run home, in English and Russian: saving and opening a scenario file, the
 * command that reproduces the run headless, pictures of the loop and the charts, the printed summary.
 */
import type { Lang } from './strings';

const en = {
  menu: 'Save / Open',
  menuAbout:
    'Save the scenario, open one, copy the command that runs it headless, download pictures, print a summary',
  saveScenario: 'Save scenario (.json)',
  openScenario: 'Open scenario…',
  dropHint: 'or drop a scenario file anywhere on the page',
  copyCommand: 'Copy CLI command',
  commandCopied: 'Command copied',
  commandLabel: 'Runs this scenario headless, giving the same CSV as Export CSV:',
  images: 'Pictures',
  loopDiagram: 'Loop diagram',
  chart: (title: string) => `Chart: ${title}`,
  printSummary: 'Print summary',
  /** a file the page could not open; `problem` is the validator's words (field: what is allowed) */
  badFile: (file: string, problem: string) => `Could not open “${file}”, the run on screen stays: ${problem}`,
  /** a file with several problems: each problem a line */
  badFileList: (file: string, problems: readonly string[]) =>
    `Could not open “${file}”, the run on screen stays. What is wrong:\n${problems.map((p) => `• ${p}`).join('\n')}`,
  moreProblems: (n: number) => `and ${n} more not shown here`,
  notJson: (problem: string) => `it is not valid JSON (${problem})`,
  notText: 'the file could not be read',
  opened: (name: string) => `Opened “${name}”`,
  customName: 'My strategy',
  customDescription: 'A strategy saved from the SMM Loop page.',
  modifiedName: (name: string) => `${name} (modified)`,
  summaryTitle: 'SMM Loop: run summary',
  summaryStrategy: 'Strategy',
  summarySettings: 'Settings that differ from',
  summaryDefaults: 'the defaults',
  summaryBaseline: 'A (pinned)',
  summaryNone: 'none: every parameter as in',
  summarySeed: 'Seed',
  summaryDays: 'Horizon',
  daysUnit: (n: number) => `${n} days`,
  summaryChanges: 'Changes during the run',
  summaryFromDay: (day: number) => `from day ${day}`,
  summaryFigures: 'Key figures at the end of the run',
  summaryCommand: 'Reproduce headless',
  closePrint: 'Close summary',
  printNow: 'Print',
  summaryParameter: 'Parameter',
  summaryValue: 'Value',
  summaryComparison: 'Comparison',
  summaryLoop: (day: number) => `The loop on day ${day}, as on the page`,
  summaryCharts: 'Charts',
  columnsTitle: 'Columns of the CSV',
  columnsAbout:
    'One row per day, in this order, from Export CSV and from the command line. A flow counts what happened that day, a stock the people at the end of it, a cumulative column adds up from day 1; ratios divide running totals (an empty cell: nothing to divide by yet).',
  columnHead: 'Column',
  kindHead: 'Kind',
  unitHead: 'Unit',
  meaningHead: 'Meaning',
};

export type ExportStrings = typeof en;

const ru: ExportStrings = {
  menu: 'Сохранить / открыть',
  menuAbout:
    'Сохранить сценарий, открыть другой, скопировать команду для запуска без браузера, скачать картинки, распечатать сводку',
  saveScenario: 'Сохранить сценарий в файл',
  openScenario: 'Открыть сценарий…',
  dropHint: 'или перетащите файл сценария в любое место страницы',
  copyCommand: 'Скопировать команду для терминала',
  commandCopied: 'Команда скопирована',
  commandLabel: 'Запускает этот сценарий без браузера и даёт тот же CSV, что «Скачать CSV»:',
  images: 'Картинки',
  loopDiagram: 'Схема петли',
  chart: (title: string) => `График: ${title}`,
  printSummary: 'Распечатать сводку',
  badFile: (file: string, problem: string) =>
    `Не удалось открыть «${file}», на экране остаётся прежний прогон: ${problem}`,
  badFileList: (file: string, problems: readonly string[]) =>
    `Не удалось открыть «${file}», на экране остаётся прежний прогон. Что не так:\n${problems.map((p) => `• ${p}`).join('\n')}`,
  moreProblems: (n: number) => `не показано ещё: ${n}`,
  notJson: (problem: string) => `текст файла не разбирается (${problem})`,
  notText: 'файл не удалось прочитать',
  opened: (name: string) => `Открыт сценарий «${name}»`,
  customName: 'Моя стратегия',
  customDescription: 'Стратегия, сохранённая на странице SMM Loop.',
  modifiedName: (name: string) => `${name} (изменённая)`,
  summaryTitle: 'SMM Loop: сводка прогона',
  summaryStrategy: 'Стратегия',
  summarySettings: 'Настройки, отличные от',
  summaryDefaults: 'значений по умолчанию',
  summaryBaseline: 'A (закреплённой)',
  summaryNone: 'нет: все параметры как в',
  summarySeed: 'Зерно',
  summaryDays: 'Горизонт',
  daysUnit: (n: number) => `${n} дн.`,
  summaryChanges: 'Изменения по ходу прогона',
  summaryFromDay: (day: number) => `с ${day}-го дня`,
  summaryFigures: 'Ключевые показатели на конец прогона',
  summaryCommand: 'Повторить без браузера',
  closePrint: 'Закрыть сводку',
  printNow: 'Печать',
  summaryParameter: 'Параметр',
  summaryValue: 'Значение',
  summaryComparison: 'Сравнение',
  summaryLoop: (day: number) => `Петля на ${day}-й день, как на странице`,
  summaryCharts: 'Графики',
  columnsTitle: 'Столбцы CSV',
  columnsAbout:
    'По строке на день, в этом порядке, и в «Скачать CSV», и в командной строке. Поток — что случилось за день, запас — сколько людей на конец дня, нарастающий итог суммирует с 1-го дня; отношения делят нарастающие итоги (пустая ячейка — делить пока не на что).',
  columnHead: 'Столбец',
  kindHead: 'Вид',
  unitHead: 'Единица',
  meaningHead: 'Что значит',
};

export const EXPORT_STRINGS: Record<Lang, ExportStrings> = { en, ru };
