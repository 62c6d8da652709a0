/**
 * The page's word when the simulation fails — its worker did not load, stopped with an error or
 * sent what cannot be read, or a run was refused — with "Restart the simulation", which starts a
 * new worker and runs the scenario on screen again; and the notice that the scenario saved from
 * the last visit could not be restored. Both in the language on screen, and both leave the
 * strategy, its changes and the runs compared as they are.
 */
import { FAULT_STRINGS } from '../../i18n/fault-strings';
import { useActions, useApp } from '../store-context';

export function FaultNotice() {
  const lang = useApp((s) => s.lang);
  const fault = useApp((s) => s.fault);
  const restoreFailed = useApp((s) => s.restoreFailed);
  const { restartSimulation, dismissFault, dismissRestoreNotice } = useActions();
  const t = FAULT_STRINGS[lang];
  return (
    <>
      {fault && (
        <div className="notice" role="alert" data-testid="fault-notice">
          {fault.kind === 'failed' ? t.failed(fault.detail) : t[fault.kind]} {t.kept}{' '}
          <button
            type="button"
            className="btn"
            data-testid="restart-simulation"
            title={t.restartAbout}
            onClick={restartSimulation}
          >
            {t.restart}
          </button>{' '}
          <button type="button" className="link-button" aria-label={t.dismiss} onClick={dismissFault}>
            ×
          </button>
        </div>
      )}
      {restoreFailed && (
        <div className="notice" role="alert" data-testid="restore-notice">
          {t.restoreFailed}{' '}
          <button type="button" className="link-button" aria-label={t.dismiss} onClick={dismissRestoreNotice}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
