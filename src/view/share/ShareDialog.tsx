/**
 * The share dialog: the link to what is on screen (optionally at the day shown), a button that
 * copies it, and a QR code of it for a phone. Escape or the close button closes it and gives the
 * focus back to the button that opened it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import QRCode from 'qrcode';
import { SHARE_STRINGS } from '../../i18n/share-strings';
import { linkOf } from '../../store/link';
import { PRESETS } from '../presets';
import { useApp } from '../store-context';
import './share.css';
import './phone.css';

/** The full address of a query string on this page. */
function addressOf(query: string): string {
  return `${location.origin}${location.pathname}${query}`;
}

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const lang = useApp((s) => s.lang);
  const day = useApp((s) => s.day);
  // The link is taken when the dialog opens (and when the day box is ticked): a playing run
  // does not rewrite it under the reader's eyes.
  const [atDay, setAtDay] = useState(day > 0);
  const [shownDay] = useState(day);
  const query = useApp((s) => linkOf({ ...s, day: shownDay }, PRESETS, atDay && shownDay > 0));
  const link = addressOf(query);
  const [qr, setQr] = useState<string | null | 'too-long'>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const t = SHARE_STRINGS[lang];
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    QRCode.toDataURL(link, { errorCorrectionLevel: 'L', margin: 2, width: 220 }).then(
      (url) => live && setQr(url),
      () => live && setQr('too-long'),
    );
    return () => {
      live = false;
    };
  }, [link]);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    copyButton.current?.focus();
    return () => opener?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      setCopied('failed');
      input.current?.select();
    }
  };

  return (
    <div className="share-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialog}
        className="share-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="share-dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          } else if (e.key === 'Tab') {
            // the focus stays in the dialog
            const items = dialog.current?.querySelectorAll<HTMLElement>('input, button');
            if (!items?.length) return;
            const first = items[0]!;
            const last = items[items.length - 1]!;
            if (e.shiftKey && document.activeElement === first) {
              e.preventDefault();
              last.focus();
            } else if (!e.shiftKey && document.activeElement === last) {
              e.preventDefault();
              first.focus();
            }
          }
        }}
      >
        <h2 id={titleId}>{t.title}</h2>
        <p className="share-intro">{t.intro}</p>
        <label className="share-link">
          {t.linkLabel}
          <input
            ref={input}
            type="text"
            readOnly
            value={link}
            data-testid="share-link"
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        {shownDay > 0 && (
          <label className="share-day">
            <input
              type="checkbox"
              checked={atDay}
              data-testid="share-day"
              onChange={(e) => setAtDay(e.currentTarget.checked)}
            />{' '}
            {t.openAtDay(shownDay)}
          </label>
        )}
        <div className="share-actions">
          <button
            ref={copyButton}
            type="button"
            className="btn btn-primary"
            data-testid="share-copy"
            onClick={copy}
          >
            {copied === 'yes' ? t.copied : t.copy}
          </button>
          <button type="button" className="btn" data-testid="share-close" onClick={onClose}>
            {t.close}
          </button>
        </div>
        <p className="share-status" role="status">
          {copied === 'failed' ? t.copyFailed : ''}
        </p>
        {qr === 'too-long' ? (
          <p className="share-qr-missing">{t.qrTooLong}</p>
        ) : (
          qr && (
            <img
              className="share-qr"
              src={qr}
              alt={t.qrAlt}
              width={220}
              height={220}
              data-testid="share-qr"
            />
          )
        )}
      </div>
    </div>
  );
}
