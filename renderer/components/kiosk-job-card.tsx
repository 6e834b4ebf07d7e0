import { useTranslation } from 'react-i18next';
import type { DailyWage, Flag, Job, Reason } from '../../electron/api';
import { formatNumber, freshness, isAgency, reasonLines } from '../kiosk/job-view';
import { useStation } from '../station-store';
import { perDayText } from '../kiosk/wage-text';
import { Icon } from './icon';
import { payText } from './pay-text';

export interface KioskJobCardProps {
  job: Job;
  wage: DailyWage;
  reasons?: Reason[];
  flags: Flag[];
  distanceKm?: number;
  /** Absent: no apply button (anonymous browsing). */
  onApply?(): void;
  now: Date;
}

/**
 * One job as a seeker needs it before deciding: pay in the posting's own unit and as 元/天, how
 * fresh and checked it is, pay protection, and why it was suggested. Text only, never HTML.
 */
export function KioskJobCard(props: KioskJobCardProps) {
  const { t, i18n } = useTranslation();
  const { job, wage } = props;
  const lang = i18n.language;
  const timeZone = useStation((s) => s.info?.timeZone);
  const fresh = freshness(job, lang, props.now, timeZone);
  const perDay = perDayText(t, wage, lang);
  const lines = props.reasons ? reasonLines(t, props.reasons, lang) : [];
  return (
    <article className="kjob" data-testid="job-card" data-job={job.id}>
      <div className="kjob-head">
        <h3>{job.title}</h3>
        {job.settlement === 'daily' && <span className="badge daily">{t('jobs.settlement.daily')}</span>}
        {isAgency(props.flags) && <span className="badge agency">{t('kiosk.job.agency')}</span>}
      </div>
      <p className="kjob-employer">{job.employer.name}</p>
      <p className="kjob-pay">
        <Icon name="coin" size={36} />
        <strong>{payText(t, job.pay)}</strong>
        {job.pay.unit !== 'day' && <span className="kjob-perday">{perDay}</span>}
      </p>
      <p className="kjob-meta">
        <span>
          <Icon name="pin" size={28} /> {job.district}
          {props.distanceKm !== undefined &&
            ` · ${t('kiosk.job.distance', { km: formatNumber(lang, props.distanceKm) })}`}
        </span>
        <span className="kjob-fresh">
          <Icon name="clock" size={28} /> {t('kiosk.job.updated', { time: fresh.when })}
          {fresh.verified && ` · ${t('kiosk.job.verified')}`}
        </span>
      </p>
      {job.payProtection && (
        <p className="kjob-protect">
          <Icon name="shield" size={28} /> {t('kiosk.job.protection', { terms: job.payProtection })}
        </p>
      )}
      {lines.length > 0 && (
        <ul className="kjob-reasons" aria-label={t('kiosk.job.reasons')}>
          {lines.map((l) => (
            <li key={l.text} className={l.warn ? 'warn' : undefined}>
              {l.text}
            </li>
          ))}
        </ul>
      )}
      {props.onApply && (
        <button type="button" className="primary kjob-apply" onClick={props.onApply} data-testid="apply">
          {t('kiosk.recs.apply')}
        </button>
      )}
    </article>
  );
}
