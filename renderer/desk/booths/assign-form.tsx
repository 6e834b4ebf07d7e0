import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useBoothAssignments } from '../booth-assignments-store';
import { useEmployerPicker } from '../employer-picker-store';
import { dayText } from '../format';

/** Booth number, employer (one the station knows, or a new name), 中介 or not, and the day. */
export function AssignForm() {
  const { t } = useTranslation();
  const { form, formError, busy, replacing } = useBoothAssignments(
    useShallow((s) => ({ form: s.form, formError: s.formError, busy: s.busy, replacing: s.replacing })),
  );
  const { setField, setEmployerName, assign, cancelReplace } = useBoothAssignments.getState();
  const known = useEmployerPicker((s) => s.known);

  function submit(e: FormEvent) {
    e.preventDefault();
    void assign();
  }

  return (
    <form className="assign-form" onSubmit={submit} noValidate data-testid="assign-form">
      <h3>{t('desk.booths.form.title')}</h3>
      <div className="assign-fields">
        <label>
          {t('desk.booths.form.booth')}
          <input
            className="booth-input"
            type="number"
            inputMode="numeric"
            value={form.booth}
            onChange={(e) => setField('booth', e.target.value)}
            data-testid="assign-booth"
          />
        </label>
        <label className="assign-employer">
          {t('desk.booths.form.employer')}
          <input
            type="text"
            list="known-employers"
            autoComplete="off"
            value={form.employerName}
            placeholder={t('desk.booths.form.employerPlaceholder')}
            onChange={(e) => setEmployerName(e.target.value)}
            data-testid="assign-employer"
          />
          <datalist id="known-employers">
            {known.map((e) => (
              <option key={e.id} value={e.name} />
            ))}
          </datalist>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={form.agency}
            onChange={(e) => setField('agency', e.target.checked)}
            data-testid="assign-agency"
          />
          {t('desk.booths.form.agency')}
        </label>
        <label>
          {t('desk.booths.form.day')}
          <input
            type="date"
            value={form.day}
            onChange={(e) => setField('day', e.target.value)}
            data-testid="assign-day"
          />
        </label>
        <button type="submit" className="primary" disabled={busy} data-testid="assign-submit">
          {busy ? t('desk.booths.form.busy') : t('desk.booths.form.submit')}
        </button>
      </div>
      {form.employerName.trim() !== '' && (
        <p className="hint" data-testid="assign-employer-kind">
          {form.employerId ? t('desk.booths.form.known') : t('desk.booths.form.new')}
        </p>
      )}
      {formError && (
        <p className="notice notice-error" role="alert" data-testid="assign-error">
          {formError}
        </p>
      )}
      {replacing && (
        <div className="notice notice-warn row" role="alert" data-testid="assign-replace">
          <span>
            {t('desk.booths.replace', {
              booth: replacing.booth,
              day: dayText(replacing.day),
              current: replacing.employerName,
              next: form.employerName.trim(),
            })}
          </span>
          <button type="button" className="danger" onClick={() => void assign(true)} disabled={busy}>
            {t('desk.booths.confirmReplace')}
          </button>
          <button type="button" onClick={cancelReplace}>
            {t('desk.booths.cancel')}
          </button>
        </div>
      )}
    </form>
  );
}
