import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pair } from '../api/bridge';

const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'back'] as const;

/** A browser on the hall's network becomes a booth tablet or a TV screen with the code staff show at the desk. */
export function PairingScreen() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(value: string) {
    setBusy(true);
    const r = await pair(value);
    setBusy(false);
    if (r.ok) window.location.reload();
    else {
      setError(r.message === 'too-many' ? t('pairing.tooMany') : t('pairing.wrong'));
      setCode('');
    }
  }

  function press(k: (typeof keys)[number]) {
    setError(undefined);
    if (k === 'clear') return setCode('');
    if (k === 'back') return setCode((c) => c.slice(0, -1));
    const next = (code + k).slice(0, 6);
    setCode(next);
    if (next.length === 6) void submit(next);
  }

  return (
    <main className="pairing">
      <h1>{t('pairing.title')}</h1>
      <p>{t('pairing.hint')}</p>
      <output className="pairing-code" aria-live="polite" data-testid="pairing-code">
        {code.padEnd(6, '·')}
      </output>
      {error && (
        <p className="pairing-error" role="alert">
          {error}
        </p>
      )}
      <div className="keypad">
        {keys.map((k) => (
          <button
            key={k}
            type="button"
            disabled={busy}
            onClick={() => press(k)}
            aria-label={k === 'clear' ? t('pairing.clear') : k === 'back' ? t('pairing.back') : k}
          >
            {k === 'clear' ? t('pairing.clear') : k === 'back' ? '⌫' : k}
          </button>
        ))}
      </div>
    </main>
  );
}
