/** The workshop challenge's words in English and Russian. */
import { ruPlural } from './plural';
import type { Lang } from './strings';

const en = {
  title: 'Workshop challenge',
  about:
    'Each team builds its strategy and sends its link (Share → Copy link) or its scenario file. Paste the links here, or drop the files on this section. Every team then plays the market set on this page (the audience, word of mouth, the price of ads, the product) on the same random audiences, and the teams are ranked.',
  linksLabel: 'Teams’ links, one per line; a team’s name before its link if you like',
  placeholder: (link: string) => `Red team ${link}`,
  addLinks: 'Add teams',
  addFiles: 'Add scenario files…',
  dropHint: 'Scenario files dropped here join as teams.',
  scan: 'Scan QR codes',
  stopScan: 'Stop scanning',
  cameraLabel: 'The camera, looking for a team’s QR code',
  cameraStarting: 'Starting the camera…',
  scanning:
    'Hold a team’s QR code up to the camera (on the team’s page: Share → QR code). Each new code joins as a team.',
  scanned: (name: string) => `${name} added.`,
  scannedAgain: 'That team is already in.',
  notALink: 'That QR code holds no link to a strategy.',
  noCamera: 'No camera can be used here: paste the links instead.',
  cameraRefused: 'The camera was not allowed: allow it in the browser’s settings, or paste the links.',
  teams: (n: number) => `Teams (${n})`,
  noTeams: 'No team yet.',
  fromLink: 'from a link',
  fromFile: 'from a file',
  remove: (name: string) => `Remove ${name}`,
  removeAll: 'Remove all teams',
  team: (k: number) => `Team ${k}`,
  changesDuring: (n: number) => `${n} ${n === 1 ? 'change' : 'changes'} during the run`,
  sameAsMarket: 'the page’s strategy',
  marketSetAside: (list: string) => `Not used, since every team plays the same market: ${list}.`,
  linkSetAside: (list: string) => `Could not be read: ${list}.`,
  refusedNoLink: (line: number, text: string) => `Line ${line}: no link in “${text}”.`,
  refusedCurrency: (name: string, team: string, market: string) =>
    `${name}: its money is in ${team}, this market’s in ${market}; not added.`,
  refusedTooMany: (name: string, max: number) =>
    `${name}: a challenge takes at most ${max} teams; not added.`,
  rankBy: 'Rank by',
  seeds: 'Audiences (seeds)',
  run: 'Run the challenge',
  cancel: 'Cancel',
  needTeams: 'Add at least two teams to rank them.',
  stale: 'The teams or the market have changed since this ranking: run the challenge again.',
  caption: (figure: string, seeds: number, days: number) =>
    `Ranked by ${figure} on day ${days}: the median over ${seeds} audiences, the same for every team, and the range of the middle 80 % of them.`,
  place: 'Place',
  teamColumn: 'Team',
  strategy: 'Strategy',
  median: 'Median',
  range: '10–90 %',
  overNext: 'Against the next team',
  ahead: (above: number, n: number, real: boolean) =>
    real
      ? `ahead on ${above} of ${n} audiences: a real lead`
      : `ahead on ${above} of ${n} audiences: could be luck`,
  undefinedFigure: 'not defined',
  curves: (figure: string) =>
    `${figure} by day: each team (blue line, its band of 10–90 % of the audiences) beside the best team (grey dashes)`,
  bestLine: (name: string) => `The best: ${name}`,
  thisTeam: 'This team',
  band: '10–90 % of audiences',
  dayAxis: 'day',
};

const ru: typeof en = {
  title: 'Соревнование команд',
  about:
    'Каждая команда строит свою стратегию и присылает ссылку на неё («Поделиться» → «Копировать ссылку») или файл сценария. Вставьте ссылки сюда или перетащите файлы на этот раздел. Затем каждая команда играет на рынке, заданном на этой странице (аудитория, сарафанное радио, цена рекламы, продукт), на одних и тех же случайных аудиториях, и команды выстраиваются в рейтинг.',
  linksLabel: 'Ссылки команд, по одной в строке; перед ссылкой можно написать название команды',
  placeholder: (link) => `Красные ${link}`,
  addLinks: 'Добавить команды',
  addFiles: 'Добавить файлы сценариев…',
  dropHint: 'Файлы сценариев, перетащенные сюда, становятся командами.',
  scan: 'Сканировать QR-коды',
  stopScan: 'Остановить сканирование',
  cameraLabel: 'Камера ищет QR-код команды',
  cameraStarting: 'Включаем камеру…',
  scanning:
    'Поднесите к камере QR-код команды (на её странице: «Поделиться» → QR-код). Каждый новый код добавляет команду.',
  scanned: (name) => `Команда «${name}» добавлена.`,
  scannedAgain: 'Эта команда уже есть.',
  notALink: 'В этом QR-коде нет ссылки на стратегию.',
  noCamera: 'Камеру здесь использовать нельзя: вставьте ссылки вручную.',
  cameraRefused: 'Доступ к камере не разрешён: разрешите его в настройках браузера или вставьте ссылки.',
  teams: (n) => `Команды (${n})`,
  noTeams: 'Команд пока нет.',
  fromLink: 'по ссылке',
  fromFile: 'из файла',
  remove: (name) => `Убрать «${name}»`,
  removeAll: 'Убрать все команды',
  team: (k) => `Команда ${k}`,
  changesDuring: (n) => `${n} ${ruPlural(n, 'изменение', 'изменения', 'изменений')} по ходу`,
  sameAsMarket: 'стратегия страницы',
  marketSetAside: (list) => `Не учтено, потому что рынок у всех команд один: ${list}.`,
  linkSetAside: (list) => `Не удалось прочитать: ${list}.`,
  refusedNoLink: (line, text) => `Строка ${line}: в «${text}» нет ссылки.`,
  refusedCurrency: (name, team, market) =>
    `${name}: деньги в ${team}, а на этом рынке в ${market}; команда не добавлена.`,
  refusedTooMany: (name, max) => `${name}: в соревновании не больше ${max} команд; не добавлена.`,
  rankBy: 'Рейтинг по',
  seeds: 'Аудиторий (сидов)',
  run: 'Провести соревнование',
  cancel: 'Отменить',
  needTeams: 'Чтобы составить рейтинг, добавьте хотя бы две команды.',
  stale: 'С этого рейтинга команды или рынок изменились: проведите соревнование ещё раз.',
  caption: (figure, seeds, days) =>
    `Рейтинг по показателю «${figure}» на день ${days}: медиана по ${seeds} ${ruPlural(seeds, 'аудитории', 'аудиториям', 'аудиториям')}, одинаковым для всех команд, и разброс средних 80 % из них.`,
  place: 'Место',
  teamColumn: 'Команда',
  strategy: 'Стратегия',
  median: 'Медиана',
  range: '10–90 %',
  overNext: 'Против следующей команды',
  ahead: (above, n, real) =>
    real
      ? `впереди на ${above} из ${n} аудиторий: отрыв настоящий`
      : `впереди на ${above} из ${n} аудиторий: может быть везением`,
  undefinedFigure: 'не определён',
  curves: (figure) =>
    `«${figure}» по дням: каждая команда (синяя линия и полоса 10–90 % аудиторий) рядом с лучшей (серый пунктир)`,
  bestLine: (name) => `Лучшая: ${name}`,
  thisTeam: 'Эта команда',
  band: '10–90 % аудиторий',
  dayAxis: 'день',
};

export const CHALLENGE_STRINGS: Record<Lang, typeof en> = { en, ru };
