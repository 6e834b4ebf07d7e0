import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskJob } from '../../../electron/api';
import { payText } from '../../components/pay-text';
import { today, when } from '../format';
import { useJobs } from '../jobs-store';
import { occupationName, useTaxonomy } from '../taxonomy-store';
import { JobEditor } from './job-editor';

const filters = ['open', 'closed', 'filled', 'all'] as const;

/** Postings at the desk: find, post on an employer's behalf, edit, close, mark filled, confirm. */
export function JobsScreen() {
  const { t } = useTranslation();
  const {
    query,
    status,
    attention,
    items,
    total,
    editor,
    warnings,
    setQuery,
    setStatus,
    setAttention,
    more,
    refresh,
    openNew,
  } = useJobs();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <section className="panel" aria-labelledby="jobs-title">
      <div className="panel-head">
        <h1 id="jobs-title">{t('desk.jobs.title')}</h1>
        <button type="button" className="primary" onClick={() => openNew(today(), '')} data-testid="job-new">
          {t('desk.jobs.post')}
        </button>
      </div>
      {warnings.includes('sex-requirement') && (
        <p className="notice notice-warn" role="status" data-testid="job-sex-warning">
          {t('desk.jobs.sexWarning')}
        </p>
      )}
      {editor && <JobEditor />}
      <div className="toolbar">
        <input
          type="search"
          value={query}
          placeholder={t('desk.jobs.search')}
          aria-label={t('desk.jobs.search')}
          onChange={(e) => setQuery(e.target.value)}
          data-search
          data-testid="job-search"
        />
        <div className="segmented" role="group" aria-label={t('desk.jobs.columns.status')}>
          {filters.map((f) => (
            <button
              key={f}
              type="button"
              className={status === f ? 'current' : undefined}
              aria-pressed={status === f}
              onClick={() => setStatus(f)}
            >
              {t(`desk.jobs.status.${f}`)}
            </button>
          ))}
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={attention}
            onChange={(e) => setAttention(e.target.checked)}
            data-testid="job-attention"
          />
          {t('desk.jobs.attention')}
        </label>
        <span className="count">{t('desk.jobs.total', { count: total })}</span>
      </div>
      {items.length === 0 ? (
        <p className="empty">{t('desk.jobs.empty')}</p>
      ) : (
        <table className="workers jobs-table" data-testid="job-list">
          <thead>
            <tr>
              <th>{t('desk.jobs.columns.title')}</th>
              <th>{t('desk.jobs.columns.employer')}</th>
              <th>{t('desk.jobs.columns.pay')}</th>
              <th>{t('desk.jobs.columns.status')}</th>
              <th>{t('desk.jobs.columns.freshness')}</th>
              <th>{t('desk.jobs.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((j) => (
              <JobRow key={j.job.id} job={j} />
            ))}
          </tbody>
        </table>
      )}
      {items.length < total && (
        <button type="button" onClick={more}>
          {t('desk.jobs.more')}
        </button>
      )}
    </section>
  );
}

function JobRow({ job: d }: { job: DeskJob }) {
  const { t } = useTranslation();
  const { openEdit, changeStatus, confirm } = useJobs();
  const taxonomy = useTaxonomy((s) => s.taxonomy);
  const j = d.job;
  return (
    <tr data-testid="job-row" data-job={j.id}>
      <td>
        <strong>{j.title}</strong>
        <div className="muted">
          {occupationName(taxonomy, j.occupation)} · {j.district} · <span className="mono">{j.id}</span>
        </div>
      </td>
      <td>
        {j.employer.name}
        {j.employer.agency && <span className="pill pill-warn">{t('desk.jobs.agency')}</span>}
      </td>
      <td>
        {payText(t, j.pay)}
        <div className="muted">{t(`desk.jobs.settlements.${j.settlement}`)}</div>
      </td>
      <td>
        <span className="pill">{t(`desk.jobs.status.${j.status}`)}</span>
        <div className="muted">{t('desk.jobs.filled', { filled: j.filled, headcount: j.headcount })}</div>
      </td>
      <td>
        <div className="pills">
          <span className={d.shownToSeekers ? 'pill pill-ok' : 'pill pill-warn'} data-testid="job-shown">
            {d.shownToSeekers ? t('desk.jobs.shown') : t('desk.jobs.hidden')}
          </span>
          {d.stale && <span className="pill pill-warn">{t('desk.jobs.stale')}</span>}
          {d.needsReview && <span className="pill pill-warn">{t('desk.jobs.review')}</span>}
        </div>
        <div className="muted">
          {j.confirmedAt
            ? t('desk.jobs.confirmedAt', { time: when(j.confirmedAt) })
            : t('desk.jobs.neverConfirmed')}
        </div>
      </td>
      <td>
        <div className="actions">
          <button type="button" onClick={() => openEdit(d)} data-testid="job-edit">
            {t('desk.jobs.edit')}
          </button>
          {j.status === 'open' ? (
            <>
              <button type="button" onClick={() => void confirm(j.id)} data-testid="job-confirm">
                {t('desk.jobs.confirm')}
              </button>
              <button type="button" onClick={() => void changeStatus(j.id, 'filled')} data-testid="job-fill">
                {t('desk.jobs.fill')}
              </button>
              <button type="button" onClick={() => void changeStatus(j.id, 'closed')} data-testid="job-close">
                {t('desk.jobs.close')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => void changeStatus(j.id, 'open')} data-testid="job-reopen">
              {t('desk.jobs.reopen')}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
