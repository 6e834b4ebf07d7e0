import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkerRecord } from '../../../electron/api';
import { payUnitChoices } from '../choices';
import { occupationName, useTaxonomy } from '../taxonomy-store';
import { useWorker } from '../worker-store';

/** The profile, and its editor. An edit another terminal beat to it keeps what was typed. */
export function ProfilePanel({ record }: { record: WorkerRecord }) {
  const { t } = useTranslation();
  const { draft, conflict, changedElsewhere, busy, startEdit, setDraft, cancelEdit, saveProfile, load } =
    useWorker();
  const taxonomy = useTaxonomy((s) => s.taxonomy);
  const p = record.profile;
  const none = <span className="muted">{t('desk.worker.none')}</span>;
  const pay = p.expectedPay ? `${p.expectedPay.amount} ${t(`desk.jobs.units.${p.expectedPay.unit}`)}` : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    void saveProfile();
  }

  return (
    <section className="panel" aria-labelledby="profile-title" data-testid="profile-panel">
      <div className="panel-head">
        <h2 id="profile-title">{t('desk.worker.profile')}</h2>
        {!draft && (
          <button type="button" onClick={startEdit} data-testid="profile-edit">
            {t('desk.worker.edit')}
          </button>
        )}
      </div>
      {changedElsewhere && (
        <p className="notice notice-info" role="status">
          {t('desk.worker.changedElsewhere')}
        </p>
      )}
      {conflict && (
        <div className="notice notice-error" role="alert" data-testid="profile-conflict">
          <p>{conflict}</p>
          <p>{t('desk.worker.conflictKeep')}</p>
        </div>
      )}
      {(!draft || conflict || changedElsewhere) && (
        <dl className="facts">
          <dt>{t('desk.worker.phone')}</dt>
          <dd data-testid="profile-phone">{p.phone || none}</dd>
          <dt>{t('desk.worker.occupations')}</dt>
          <dd>
            {p.occupations.length ? p.occupations.map((c) => occupationName(taxonomy, c)).join('、') : none}
          </dd>
          <dt>{t('desk.worker.expectedPay')}</dt>
          <dd>{pay ?? none}</dd>
          <dt>{t('desk.worker.districts')}</dt>
          <dd>{p.districts.length ? p.districts.join('、') : none}</dd>
          <dt>{t('desk.worker.notes')}</dt>
          <dd data-testid="profile-notes">{p.notes || none}</dd>
          <dt>{t('desk.worker.share')}</dt>
          <dd>{t(record.shareWithEmployers ? 'desk.worker.shareYes' : 'desk.worker.shareNo')}</dd>
          <dt>{t('desk.worker.phoneToEmployers')}</dt>
          <dd data-testid="profile-phone-to-employers">
            {t(
              record.phoneToEmployers ? 'desk.worker.phoneToEmployersYes' : 'desk.worker.phoneToEmployersNo',
            )}
          </dd>
        </dl>
      )}
      {draft && (
        <form className="form-grid editor" onSubmit={submit} data-testid="profile-form">
          <label>
            {t('desk.worker.phone')}
            <input
              inputMode="tel"
              value={draft.phone}
              onChange={(e) => setDraft({ phone: e.target.value })}
              data-testid="profile-phone-input"
            />
          </label>
          <label>
            {t('desk.worker.districts')}
            <input value={draft.districts} onChange={(e) => setDraft({ districts: e.target.value })} />
          </label>
          <fieldset className="wide">
            <legend>{t('desk.worker.occupations')}</legend>
            <div className="chips">
              {draft.occupations.map((c) => (
                <button
                  key={c}
                  type="button"
                  className="chip"
                  aria-label={t('desk.worker.remove', { name: occupationName(taxonomy, c) })}
                  onClick={() => setDraft({ occupations: draft.occupations.filter((x) => x !== c) })}
                >
                  {occupationName(taxonomy, c)} ×
                </button>
              ))}
              <select
                value=""
                aria-label={t('desk.worker.addOccupation')}
                onChange={(e) => {
                  const code = e.target.value;
                  if (code && !draft.occupations.includes(code))
                    setDraft({ occupations: [...draft.occupations, code] });
                }}
              >
                <option value="">{t('desk.worker.addOccupation')}</option>
                {taxonomy?.occupations.map((o) => (
                  <option key={o.code} value={o.code}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
          <label>
            {t('desk.worker.expectedPay')}
            <input
              inputMode="decimal"
              value={draft.payAmount}
              onChange={(e) => setDraft({ payAmount: e.target.value })}
              aria-label={t('desk.worker.payAmount')}
            />
          </label>
          <label>
            &nbsp;
            <select
              value={draft.payUnit}
              onChange={(e) => setDraft({ payUnit: e.target.value as typeof draft.payUnit })}
              aria-label={t('desk.jobs.form.unit')}
            >
              {payUnitChoices.map((u) => (
                <option key={u} value={u}>
                  {t(`desk.jobs.units.${u}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="wide">
            {t('desk.worker.notes')}
            <textarea
              rows={3}
              maxLength={500}
              value={draft.notes}
              onChange={(e) => setDraft({ notes: e.target.value })}
              data-testid="profile-notes-input"
            />
          </label>
          <label className="check wide">
            <input
              type="checkbox"
              checked={draft.shareWithEmployers}
              onChange={(e) => setDraft({ shareWithEmployers: e.target.checked })}
            />
            {t('desk.worker.share')}
          </label>
          <label className="check wide">
            <input
              type="checkbox"
              checked={draft.phoneToEmployers}
              onChange={(e) => setDraft({ phoneToEmployers: e.target.checked })}
              data-testid="profile-phone-to-employers-input"
            />
            {t('desk.worker.phoneToEmployers')}
          </label>
          <div className="row wide">
            <button type="submit" className="primary" disabled={busy} data-testid="profile-save">
              {busy ? t('desk.worker.saving') : t('desk.worker.save')}
            </button>
            <button type="button" onClick={cancelEdit}>
              {t('desk.worker.cancel')}
            </button>
            {changedElsewhere && (
              <button type="button" onClick={() => void load(record.id)}>
                {t('desk.worker.reload')}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
