import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakdownRow, Report } from '../../../electron/api';
import { useReports, type Period } from '../reports-store';

const periods: Period[] = ['today', 'week', 'month', 'range'];
const columns = ['registrations', 'served', 'referrals', 'placements'] as const;

/** Counts for a period with what each one counts written beside it, and the ledger export. */
export function ReportsScreen({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const {
    period,
    from,
    to,
    report,
    loading,
    error,
    exporting,
    exported,
    setPeriod,
    setRange,
    load,
    exportLedger,
  } = useReports();
  useEffect(() => {
    void load();
  }, [load]);

  function submit(e: FormEvent) {
    e.preventDefault();
    void load();
  }

  return (
    <section className="panel reports" aria-labelledby="reports-title">
      <div className="panel-head">
        <h1 id="reports-title">{t('desk.reports.title')}</h1>
        {report && (
          <span className="count" data-testid="report-period">
            {t('desk.reports.period', { from: report.from, to: report.to })}
          </span>
        )}
      </div>
      <div className="toolbar">
        <div className="segmented" role="group" aria-label={t('desk.reports.title')}>
          {periods.map((p) => (
            <button
              key={p}
              type="button"
              className={period === p ? 'current' : undefined}
              aria-pressed={period === p}
              onClick={() => setPeriod(p)}
              data-testid={`report-${p}`}
            >
              {t(`desk.reports.${p}`)}
            </button>
          ))}
        </div>
        {period === 'range' && (
          <form className="inline-form" onSubmit={submit}>
            <label>
              {t('desk.reports.from')}
              <input
                type="date"
                value={from}
                onChange={(e) => setRange(e.target.value, to)}
                data-testid="report-from"
              />
            </label>
            <label>
              {t('desk.reports.to')}
              <input
                type="date"
                value={to}
                onChange={(e) => setRange(from, e.target.value)}
                data-testid="report-to"
              />
            </label>
            <button type="submit" className="primary" data-testid="report-apply">
              {t('desk.reports.apply')}
            </button>
          </form>
        )}
        <span className="spacer" />
        <button
          type="button"
          className="primary"
          disabled={exporting || !report}
          onClick={() => void exportLedger(false)}
          data-testid="report-export"
        >
          {exporting ? t('desk.reports.exporting') : t('desk.reports.export')}
        </button>
        {admin && (
          <button
            type="button"
            disabled={exporting || !report}
            title={t('desk.reports.exportFullHint')}
            onClick={() => void exportLedger(true)}
            data-testid="report-export-full"
          >
            {t('desk.reports.exportFull')}
          </button>
        )}
      </div>
      {admin && <p className="hint">{t('desk.reports.exportFullHint')}</p>}
      {error && (
        <p className="notice notice-error" role="alert" data-testid="report-error">
          {error}
        </p>
      )}
      {exported && (
        <p className="notice notice-ok" role="status" data-testid="report-exported">
          {t('desk.reports.exported', { rows: exported.rows, file: exported.fileName })}
        </p>
      )}
      {loading && !report && <p className="loading">{t('desk.reports.loading')}</p>}
      {report && <ReportTables report={report} />}
    </section>
  );
}

function ReportTables({ report }: { report: Report }) {
  const { t } = useTranslation();
  const d = report.breakdownDefinitions;
  return (
    <>
      <table className="workers figures-table" data-testid="report-figures">
        <thead>
          <tr>
            <th>{t('desk.reports.figure')}</th>
            <th className="num">{t('desk.reports.value')}</th>
            <th>{t('desk.reports.definition')}</th>
          </tr>
        </thead>
        <tbody>
          {report.figures.map((f) => (
            <tr key={f.key} data-figure={f.key}>
              <th scope="row">{f.label}</th>
              <td className="num figure-number" data-testid={`report-${f.key}`}>
                {f.value}
              </td>
              <td className="definition">{f.definition}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="breakdowns">
        <Breakdown
          title={t('desk.reports.byKeyGroup')}
          first={t('desk.reports.group')}
          rows={report.byKeyGroup}
          testId="report-by-group"
        />
        <Breakdown
          title={t('desk.reports.byOccupation')}
          first={t('desk.reports.occupation')}
          rows={report.byOccupation}
          note={d.byOccupation}
          testId="report-by-occupation"
        />
      </div>
      <dl className="definitions">
        {columns.map((c) => (
          <div key={c}>
            <dt>{t(`desk.reports.${c}`)}</dt>
            <dd>{d[c]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function Breakdown(props: {
  title: string;
  first: string;
  rows: BreakdownRow[];
  note?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-label={props.title}>
      <h2>{props.title}</h2>
      {props.note && <p className="hint">{props.note}</p>}
      {props.rows.length === 0 ? (
        <p className="muted">{t('desk.reports.noOccupations')}</p>
      ) : (
        <table className="workers" data-testid={props.testId}>
          <thead>
            <tr>
              <th>{props.first}</th>
              {columns.map((c) => (
                <th key={c} className="num">
                  {t(`desk.reports.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {columns.map((c) => (
                  <td key={c} className="num">
                    {r[c]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
