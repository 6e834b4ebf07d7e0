import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../electron/api';
import { useBooth } from './booth-store';
import { draftOf, emptyForm, formOf, type JobForm } from './job-form-model';
import { payUnitsShown } from './units';

/** The station's messages are Chinese; a bare schema message (English) becomes a plain "check this". */
const readable = (m: string | undefined, fallback: string) =>
  m && /[\u4e00-\u9fff]/.test(m) ? m : m ? fallback : undefined;

/** Post or edit a job, with the desk's rules checked by the station and shown by the field. */
export function JobFormView({ job, onDone }: { job: Job | null; onDone(): void }) {
  const { t } = useTranslation();
  const { session, taxonomy, loadTaxonomy, saveJob } = useBooth();
  const [form, setForm] = useState<JobForm>(() => (job ? formOf(job) : emptyForm(session?.day ?? '')));
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void loadTaxonomy();
  }, [loadTaxonomy]);

  const set = <K extends keyof JobForm>(k: K, v: JobForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const error = (k: string) => readable(issues[k], t('booth.jobForm.check'));
  const field = (k: keyof JobForm, input: React.ReactNode, wide = false) => (
    <label className={wide ? 'field wide' : 'field'}>
      <span>{t(`booth.jobForm.${k}`)}</span>
      {input}
      {error(k) && (
        <em className="field-error" role="alert">
          {error(k)}
        </em>
      )}
    </label>
  );
  const textInput = (k: keyof JobForm, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <input
      value={form[k]}
      onChange={(e) => set(k, e.target.value as JobForm[typeof k])}
      data-testid={`job-${k}`}
      {...props}
    />
  );

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await saveJob(job?.id ?? null, draftOf(form));
    setBusy(false);
    if (r.ok) onDone();
    else setIssues(r.issues);
  }

  const groups = taxonomy?.groups ?? [];
  return (
    <form className="job-form" onSubmit={(e) => void submit(e)} data-testid="job-form">
      <h2>{job ? t('booth.jobForm.titleEdit') : t('booth.jobForm.titleNew')}</h2>
      <div className="form-grid">
        {field('title', textInput('title', { maxLength: 60 }), true)}
        {field(
          'occupation',
          <select
            value={form.occupation}
            onChange={(e) => set('occupation', e.target.value)}
            data-testid="job-occupation"
          >
            <option value="">{t('booth.jobForm.choose')}</option>
            {groups.map((g) => (
              <optgroup key={g.id} label={g.name}>
                {taxonomy!.occupations
                  .filter((o) => o.group === g.id)
                  .map((o) => (
                    <option key={o.code} value={o.code}>
                      {o.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>,
        )}
        {field('district', textInput('district', { maxLength: 20, list: 'booth-districts' }))}
        {field('address', textInput('address', { maxLength: 120 }), true)}
        {field('amount', textInput('amount', { inputMode: 'decimal' }))}
        {field('amountMax', textInput('amountMax', { inputMode: 'decimal' }))}
        {field(
          'unit',
          <select
            value={form.unit}
            onChange={(e) => set('unit', e.target.value as JobForm['unit'])}
            data-testid="job-unit"
          >
            {payUnitsShown.map((u) => (
              <option key={u} value={u}>
                {t(`booth.jobForm.units.${u}`)}
              </option>
            ))}
          </select>,
        )}
        {form.unit === 'piece' && field('pieceLabel', textInput('pieceLabel', { maxLength: 8 }))}
        {field(
          'settlement',
          <select
            value={form.settlement}
            onChange={(e) => set('settlement', e.target.value as JobForm['settlement'])}
          >
            {(['daily', 'weekly', 'monthly'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`jobs.settlement.${s}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'schedule',
          <select
            value={form.schedule}
            onChange={(e) => set('schedule', e.target.value as JobForm['schedule'])}
          >
            {(['day', 'short', 'long'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`booth.jobForm.schedules.${s}`)}
              </option>
            ))}
          </select>,
        )}
        {field('headcount', textInput('headcount', { inputMode: 'numeric' }))}
        {field('startDate', textInput('startDate', { type: 'date' }))}
        {field('validThrough', textInput('validThrough', { type: 'date' }))}
        {field('ageMin', textInput('ageMin', { inputMode: 'numeric' }))}
        {field('ageMax', textInput('ageMax', { inputMode: 'numeric' }))}
        {field('workHours', textInput('workHours', { maxLength: 40 }))}
        {field('contactPhone', textInput('contactPhone', { maxLength: 20, inputMode: 'tel' }))}
        {field('payProtection', textInput('payProtection', { maxLength: 120 }), true)}
        {field(
          'description',
          <textarea
            value={form.description}
            maxLength={2000}
            rows={3}
            onChange={(e) => set('description', e.target.value)}
          />,
          true,
        )}
      </div>
      <datalist id="booth-districts">
        {(taxonomy?.districts ?? []).map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      <div className="form-actions">
        <button type="button" onClick={onDone}>
          {t('booth.jobForm.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy} data-testid="job-save">
          {t('booth.jobForm.save')}
        </button>
      </div>
    </form>
  );
}
