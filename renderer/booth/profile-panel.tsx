import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerProfile } from '../../electron/api';
import { useBooth } from './booth-store';
import { logoDataUrl } from './logo-image';

/** The company as its TV shows it: name, credit code (checked by the station), introduction, logo. */
export function ProfilePanel({ profile }: { profile: EmployerProfile }) {
  const { t } = useTranslation();
  const saveProfile = useBooth((s) => s.saveProfile);
  const say = useBooth((s) => s.say);
  const [name, setName] = useState(profile.name);
  const [uscc, setUscc] = useState(profile.uscc ?? '');
  const [introduction, setIntroduction] = useState(profile.introduction);
  const [logo, setLogo] = useState<string | null>(profile.logo);
  const [busy, setBusy] = useState(false);

  async function pickLogo(file: File | undefined) {
    if (!file) return;
    const url = await logoDataUrl(file).catch(() => null);
    if (url) setLogo(url);
    else say({ kind: 'error', text: t('booth.profile.logoTooBig') });
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    await saveProfile({ version: profile.version, name, uscc, introduction, logo });
    setBusy(false);
  }

  return (
    <form className="profile-form" onSubmit={(e) => void submit(e)} data-testid="profile-form">
      <label className="field wide">
        <span>{t('booth.profile.name')}</span>
        <input
          value={name}
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
          data-testid="profile-name"
        />
      </label>
      <label className="field wide">
        <span>{t('booth.profile.uscc')}</span>
        <input
          value={uscc}
          maxLength={24}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          className="mono"
          onChange={(e) => setUscc(e.target.value)}
          data-testid="profile-uscc"
        />
      </label>
      <label className="field wide">
        <span>{t('booth.profile.introduction')}</span>
        <textarea
          value={introduction}
          maxLength={500}
          rows={5}
          onChange={(e) => setIntroduction(e.target.value)}
          data-testid="profile-introduction"
        />
      </label>
      <div className="field wide">
        <span>{t('booth.profile.logo')}</span>
        <div className="logo-row">
          {logo && <img className="logo-preview" src={logo} alt="" />}
          <label className="button-like">
            {t('booth.profile.chooseLogo')}
            <input
              type="file"
              accept="image/png,image/jpeg,image/webp"
              className="visually-hidden"
              onChange={(e) => void pickLogo(e.target.files?.[0])}
            />
          </label>
          {logo && (
            <button type="button" onClick={() => setLogo(null)}>
              {t('booth.profile.removeLogo')}
            </button>
          )}
        </div>
      </div>
      {profile.agency && <p className="tag warn">{t('booth.profile.agency')}</p>}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy} data-testid="profile-save">
          {t('booth.profile.save')}
        </button>
      </div>
    </form>
  );
}
