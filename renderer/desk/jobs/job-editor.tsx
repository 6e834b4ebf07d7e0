import { type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { payUnitChoices, scheduleChoices, settlementChoices } from '../choices';
import type { JobField, JobForm } from '../job-form';
import { useJobs } from '../jobs-store';
import { useTaxonomy } from '../taxonomy-store';

/** The posting form; what the station finds wrong is shown beside the field it concerns. */
export function JobEditor() {
  const { t } = useTranslation();
  const editor = useJobs((s) => s.editor);
  const { setField, save, closeEditor } = useJobs();
  const taxonomy = useTaxonomy((s) => s.taxonomy);
  if (!editor) return null;
  const f = editor.form;

  const field = (name: JobField, label: string, input: ReactNode, wide = false) => (
    <label className={wide ? 'wide' : undefined}>
      {label}
      {input}
      {editor.issues[name] && (
        <span className="field-error" role="alert" data-testid={`job-issue-${name}`}>
          {editor.issues[name]}
        </span>
      )}
    </label>
  );
  const text = (
    name: keyof JobForm & string,
    label: string,
    props: { wide?: boolean; type?: string; maxLength?: number } = {},
  ) =>
    field(
      name as JobField,
      label,
      <input
        type={props.type ?? 'text'}
        value={String(f[name])}
        maxLength={props.maxLength}
        onChange={(e) => setField(name, e.target.value as never)}
        aria-invalid={!!editor.issues[name as JobField]}
        data-testid={`job-${name}`}
      />,
      props.wide,
    );

  const choice = <K extends 'unit' | 'settlement' | 'schedule'>(
    name: K,
    label: string,
    options: readonly JobForm[K][],
    labelOf: (o: JobForm[K]) => string,
  ) =>
    field(
      name,
      label,
      <select
        value={f[name]}
        onChange={(e) => setField(name, e.target.value as JobForm[K])}
        data-testid={`job-${name}`}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {labelOf(o)}
          </option>
        ))}
      </select>,
    );

  function submit(e: FormEvent) {
    e.preventDefault();
    void save(t('desk.jobs.form.notNumber'));
  }

  return (
    <form className="panel job-editor form-grid four" onSubmit={submit} data-testid="job-editor">
      <h2 className="wide-all">
        {editor.jobId ? t('desk.jobs.form.editTitle') : t('desk.jobs.form.newTitle')}
      </h2>
      {text('title', t('desk.jobs.form.title'), { maxLength: 60 })}
      {field(
        'occupation',
        t('desk.jobs.form.occupation'),
        <select
          value={f.occupation}
          onChange={(e) => setField('occupation', e.target.value)}
          data-testid="job-occupation"
        >
          <option value="">{t('desk.jobs.form.chooseOccupation')}</option>
          {taxonomy?.occupations.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>,
      )}
      {text('employerName', t('desk.jobs.form.employer'), { maxLength: 80 })}
      <label className="check">
        <input type="checkbox" checked={f.agency} onChange={(e) => setField('agency', e.target.checked)} />
        {t('desk.jobs.form.agency')}
      </label>
      {text('district', t('desk.jobs.form.district'), { maxLength: 20 })}
      {text('address', t('desk.jobs.form.address'), { maxLength: 120, wide: true })}
      {text('headcount', t('desk.jobs.form.headcount'))}
      {text('amount', t('desk.jobs.form.amount'))}
      {text('amountMax', t('desk.jobs.form.amountMax'))}
      {choice('unit', t('desk.jobs.form.unit'), payUnitChoices, (u) => t(`desk.jobs.units.${u}`))}
      {f.unit === 'piece' ? text('pieceLabel', t('desk.jobs.form.pieceLabel'), { maxLength: 8 }) : <span />}
      {choice('settlement', t('desk.jobs.form.settlement'), settlementChoices, (v) =>
        t(`desk.jobs.settlements.${v}`),
      )}
      {choice('schedule', t('desk.jobs.form.schedule'), scheduleChoices, (v) =>
        t(`desk.jobs.schedules.${v}`),
      )}
      {text('startDate', t('desk.jobs.form.startDate'), { type: 'date' })}
      {text('validThrough', t('desk.jobs.form.validThrough'), { type: 'date' })}
      {text('ageMin', `${t('desk.jobs.form.ageMin')}（${t('desk.jobs.form.ageHint')}）`)}
      {text('ageMax', t('desk.jobs.form.ageMax'))}
      {field(
        'sex',
        t('desk.jobs.form.sex'),
        <select
          value={f.sex}
          onChange={(e) => setField('sex', e.target.value as JobForm['sex'])}
          data-testid="job-sex"
        >
          <option value="">{t('desk.jobs.form.sexAny')}</option>
          <option value="male">{t('desk.jobs.form.male')}</option>
          <option value="female">{t('desk.jobs.form.female')}</option>
        </select>,
      )}
      {text('workHours', t('desk.jobs.form.workHours'), { maxLength: 40 })}
      {text('contactPhone', t('desk.jobs.form.contactPhone'), { maxLength: 20 })}
      {text('payProtection', t('desk.jobs.form.payProtection'), { maxLength: 120, wide: true })}
      {field(
        'description',
        t('desk.jobs.form.description'),
        <textarea
          rows={3}
          maxLength={2000}
          value={f.description}
          onChange={(e) => setField('description', e.target.value)}
        />,
        true,
      )}
      {editor.error && (
        <p className="notice notice-error wide-all" role="alert" data-testid="job-error">
          {editor.error}
        </p>
      )}
      <div className="row wide-all">
        <button type="submit" className="primary" disabled={editor.busy} data-testid="job-save">
          {editor.busy ? t('desk.jobs.form.saving') : t('desk.jobs.form.save')}
        </button>
        <button type="button" onClick={closeEditor}>
          {t('desk.jobs.form.cancel')}
        </button>
      </div>
    </form>
  );
}
