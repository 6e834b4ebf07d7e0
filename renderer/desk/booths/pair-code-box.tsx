import { useTranslation } from 'react-i18next';
import { useBoothPairing } from '../booth-pairing-store';
import { clock } from '../format';
import { useNav } from '../nav-store';

/** The code just made for a booth's tablet or TV, and the way to the full list of paired devices. */
export function PairCodeBox() {
  const { t } = useTranslation();
  const code = useBoothPairing((s) => s.code);
  const error = useBoothPairing((s) => s.error);
  const go = useNav((s) => s.go);
  return (
    <div className="booth-pairing">
      {code && (
        <div className="pair-code" role="status" data-testid="booth-pair-code">
          <span>
            {t('desk.booths.pairCode', { booth: code.booth, device: t(`desk.booths.device.${code.device}`) })}
          </span>
          <strong className="mono">{code.code}</strong>
          <span>{t('desk.system.pairHint', { time: clock(code.expiresAt) })}</span>
        </div>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="link" onClick={() => go('system')} data-testid="manage-devices">
        {t('desk.booths.manageDevices')}
      </button>
    </div>
  );
}
