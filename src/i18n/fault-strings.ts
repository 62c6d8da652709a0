/** What the page says when the simulation fails or a saved scenario cannot be restored, in English and Russian. */
import type { Lang } from './strings';

const en = {
  /** the simulation's worker could not be started or loaded */
  load: 'The simulation could not start: its background process did not load.',
  /** the worker stopped with an error nothing caught */
  crash: 'The simulation stopped because of an error.',
  /** the worker sent something that is not an answer */
  unreadable: 'The simulation sent an answer the page could not read, so it was stopped.',
  /** a run the simulation refused, with its reason */
  failed: (reason: string) => `The run could not be computed: ${reason.replace(/[.\s]+$/, '')}.`,
  /** what stays as it was */
  kept: 'Your strategy, its changes and the runs compared are kept.',
  restart: 'Restart the simulation',
  /** what the restart does, for screen readers and on pointing */
  restartAbout: 'Starts the simulation again and runs the scenario on screen anew',
  dismiss: 'Close this notice',
  /** the scenario kept from the last visit was damaged or from elsewhere */
  restoreFailed:
    'The scenario saved from your last visit could not be restored, so the page starts from the defaults.',
};

const ru: typeof en = {
  load: 'Симуляция не запустилась: не загрузился её фоновый процесс.',
  crash: 'Симуляция остановилась из-за ошибки.',
  unreadable: 'Симуляция прислала ответ, который страница не смогла прочитать, и была остановлена.',
  failed: (reason) => `Не удалось рассчитать прогон: ${reason.replace(/[.\s]+$/, '')}.`,
  kept: 'Ваша стратегия, её изменения и сравниваемые прогоны сохранены.',
  restart: 'Перезапустить симуляцию',
  restartAbout: 'Запускает симуляцию заново и пересчитывает сценарий на экране',
  dismiss: 'Закрыть сообщение',
  restoreFailed:
    'Сценарий, сохранённый при прошлом посещении, не удалось восстановить, поэтому страница открыта со значениями по умолчанию.',
};

export const FAULT_STRINGS: Record<Lang, typeof en> = { en, ru };
