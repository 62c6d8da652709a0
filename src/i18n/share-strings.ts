/** The share dialog's texts, in both languages. */
import type { Lang } from './strings';

export interface ShareStrings {
  title: string;
  intro: string;
  linkLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  /** the checkbox that makes the link open at the day on screen */
  openAtDay: (day: number) => string;
  qrAlt: string;
  qrTooLong: string;
  close: string;
}

export const SHARE_STRINGS: Record<Lang, ShareStrings> = {
  en: {
    title: 'Share this scenario',
    intro: 'The link opens the same run, with the same numbers, in any browser.',
    linkLabel: 'Link',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the link and copy it',
    openAtDay: (day) => `Open at day ${day}`,
    qrAlt: 'QR code of the link, to open it on a phone',
    qrTooLong: 'The link is too long for a QR code; send it instead.',
    close: 'Close',
  },
  ru: {
    title: 'Поделиться сценарием',
    intro: 'По ссылке в любом браузере откроется тот же прогон с теми же цифрами.',
    linkLabel: 'Ссылка',
    copy: 'Скопировать',
    copied: 'Скопировано',
    copyFailed: 'Не удалось скопировать: выделите ссылку и скопируйте её',
    openAtDay: (day) => `Открыть на дне ${day}`,
    qrAlt: 'QR-код ссылки, чтобы открыть её на телефоне',
    qrTooLong: 'Ссылка слишком длинная для QR-кода — отправьте её текстом.',
    close: 'Закрыть',
  },
};
