import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePairing } from './pairing-store';

/** The code in two groups of four, as staff read it aloud and type it. */
const grouped = (code: string) => `${code.slice(0, 4)} ${code.slice(4)}`;

/**
 * A browser on the hall's network with no token: it shows a code, and a signed-in staff member
 * types it at the desk with the device's role. Nothing to type here, so nothing to guess here.
 */
export function PairingScreen() {
  const { t } = useTranslation();
  const phase = usePairing((s) => s.phase);
  const start = usePairing((s) => s.start);
  useEffect(() => start(), [start]);

  return (
    <main className="pairing" data-testid="pairing">
      <h1>{t('pairing.title')}</h1>
      {phase.kind === 'showing' && (
        <>
          <p>{t('pairing.hint')}</p>
          <output
            className="pairing-code"
            data-testid="pairing-code"
            data-code={phase.code}
            aria-label={t('pairing.codeLabel', { code: phase.code.split('').join(' ') })}
          >
            {grouped(phase.code)}
          </output>
          <p className="muted" role="status">
            {t('pairing.waiting')}
          </p>
        </>
      )}
      {phase.kind === 'asking' && <p role="status">{t('pairing.asking')}</p>}
      {phase.kind === 'paired' && <p role="status">{t('pairing.paired')}</p>}
      {phase.kind === 'offline' && (
        <p className="pairing-error" role="alert">
          {t('pairing.offline')}
        </p>
      )}
    </main>
  );
}
