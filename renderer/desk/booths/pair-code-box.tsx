import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useBoothPairing } from '../booth-pairing-store';
import { PairingCodeInput } from '../../components/pairing-code-input';
import { useNav } from '../nav-store';

export const bigButton = { minHeight: 52, fontSize: '1.15rem' } as const;

/**
 * Where staff type the code a booth's new tablet or TV shows, for the row they chose; and the way to
 * the full list of paired devices.
 */
export function PairCodeBox() {
  const { t } = useTranslation();
  const { entry, code, busy, error, approved } = useBoothPairing(
    useShallow((s) => ({ entry: s.entry, code: s.code, busy: s.busy, error: s.error, approved: s.approved })),
  );
  const { setCode, approve, clear } = useBoothPairing.getState();
  const go = useNav((s) => s.go);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!entry) return;
    void approve(
      t('desk.booths.deviceName', { booth: entry.booth, device: t(`desk.booths.device.${entry.device}`) }),
    );
  }

  return (
    <div className="booth-pairing">
      {entry && (
        <form className="pair-code" onSubmit={submit} data-testid="booth-pair-entry">
          <label htmlFor="booth-pair-code">
            {t('desk.booths.pairEnter', {
              booth: entry.booth,
              device: t(`desk.booths.device.${entry.device}`),
            })}
          </label>
          <div className="inline-form">
            <PairingCodeInput
              id="booth-pair-code"
              value={code}
              onChange={setCode}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'booth-pair-error' : undefined}
              autoFocus
              data-testid="booth-pair-code"
            />
            <button
              type="submit"
              className="primary"
              style={bigButton}
              disabled={busy || code.trim() === ''}
              data-testid="booth-pair-submit"
            >
              {t('desk.booths.pairSubmit')}
            </button>
            <button type="button" style={bigButton} onClick={clear}>
              {t('desk.booths.cancel')}
            </button>
          </div>
          {error && (
            <p
              id="booth-pair-error"
              className="notice notice-error"
              role="alert"
              data-testid="booth-pair-error"
            >
              {error}
            </p>
          )}
        </form>
      )}
      {approved && (
        <p className="notice" role="status" data-testid="booth-paired">
          {t('desk.booths.paired', { name: approved.name })}
        </p>
      )}
      <button type="button" className="link" onClick={() => go('system')} data-testid="manage-devices">
        {t('desk.booths.manageDevices')}
      </button>
    </div>
  );
}
