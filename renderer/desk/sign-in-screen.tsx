import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStation } from '../station-store';
import { useSession } from './session-store';

/** Staff sign in with a username and a PIN or password; wrong ones count towards a lockout. */
export function SignInScreen() {
  const { t } = useTranslation();
  const { busy, error, demoHint, ended, signIn } = useSession();
  const stationName = useStation((s) => s.info?.stationName ?? '');
  const [username, setUsername] = useState('');
  const [pin, setPin] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!username.trim() || !pin || busy) return;
    // Cleared at once: a PIN typed while the answer is on its way is never wiped by it.
    setPin('');
    void signIn(username.trim(), pin);
  }

  return (
    <main className="desk desk-signin">
      <form className="signin-card" onSubmit={submit} aria-labelledby="signin-title">
        <p className="signin-station">{stationName}</p>
        <h1 id="signin-title">{t('desk.signIn.title')}</h1>
        {ended && (
          <p className="notice notice-info" role="status" data-testid="signin-ended">
            {t(ended === 'idle' ? 'desk.signIn.signedOutIdle' : 'desk.signIn.signedOutElsewhere')}
          </p>
        )}
        <label>
          {t('desk.signIn.username')}
          <input
            name="username"
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            data-testid="signin-username"
          />
        </label>
        <label>
          {t('desk.signIn.pin')}
          <input
            name="pin"
            type="password"
            autoComplete="current-password"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            data-testid="signin-pin"
          />
        </label>
        {error && (
          <p className="notice notice-error" role="alert" data-testid="signin-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy} data-testid="signin-submit">
          {busy ? t('desk.signIn.busy') : t('desk.signIn.submit')}
        </button>
        {demoHint && (
          <p className="signin-demo" data-testid="signin-demo">
            {t('desk.signIn.demoHint')}
          </p>
        )}
      </form>
    </main>
  );
}
