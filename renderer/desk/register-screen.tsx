import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNav } from './nav-store';
import { useRegister } from './register-store';

/** Registration by hand, for someone without a readable card; the record is marked unverified. */
export function RegisterScreen() {
  const { t } = useTranslation();
  const { draft, busy, error, set, submit, reset } = useRegister();
  const go = useNav((s) => s.go);
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit();
  }
  return (
    <section className="panel narrow-panel" aria-labelledby="register-title">
      <h1 id="register-title">{t('desk.registerForm.title')}</h1>
      <p className="hint">{t('desk.registerForm.lead')}</p>
      <form className="form-grid" onSubmit={onSubmit} data-testid="register-form">
        <label>
          {t('desk.registerForm.idNumber')}
          <input
            className="mono"
            autoFocus
            required
            maxLength={18}
            value={draft.idNumber}
            onChange={(e) => set({ idNumber: e.target.value })}
            data-testid="register-id"
          />
        </label>
        <label>
          {t('desk.registerForm.name')}
          <input
            required
            maxLength={40}
            value={draft.name}
            onChange={(e) => set({ name: e.target.value })}
            data-testid="register-name"
          />
        </label>
        <label>
          {t('desk.registerForm.phone')}
          <input
            inputMode="tel"
            maxLength={20}
            value={draft.phone}
            onChange={(e) => set({ phone: e.target.value })}
            data-testid="register-phone"
          />
        </label>
        <label className="check wide">
          <input
            type="checkbox"
            checked={draft.consent}
            onChange={(e) => set({ consent: e.target.checked })}
            data-testid="register-consent"
          />
          {t('desk.registerForm.consent')}
        </label>
        <label className="check wide">
          <input type="checkbox" checked={draft.share} onChange={(e) => set({ share: e.target.checked })} />
          {t('desk.registerForm.share')}
        </label>
        <label className="check wide">
          <input
            type="checkbox"
            checked={draft.phoneToEmployers}
            onChange={(e) => set({ phoneToEmployers: e.target.checked })}
            data-testid="register-phone-to-employers"
          />
          {t('desk.registerForm.phoneToEmployers')}
        </label>
        {error && (
          <p className="notice notice-error wide" role="alert" data-testid="register-error">
            {error === 'consent' ? t('desk.registerForm.needConsent') : error}
          </p>
        )}
        <div className="row wide">
          <button type="submit" className="primary" disabled={busy} data-testid="register-submit">
            {busy ? t('desk.registerForm.busy') : t('desk.registerForm.submit')}
          </button>
          <button
            type="button"
            onClick={() => {
              reset();
              go('home');
            }}
          >
            {t('desk.registerForm.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
