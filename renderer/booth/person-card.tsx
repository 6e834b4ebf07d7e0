import { useTranslation } from 'react-i18next';
import type { CandidateView } from '../../electron/api';
import { timeIn } from '../shared/station-day';
import { useStation } from '../station-store';

/** One person as the employer may see them: masked name, age, wishes, and what happened here. */
export function PersonCard({
  person,
  onCall,
  onRecord,
}: {
  person: CandidateView;
  onCall(): void;
  onRecord(): void;
}) {
  const { t } = useTranslation();
  const timeZone = useStation((s) => s.info?.timeZone);
  const titles = (list: { title: string }[]) => list.map((j) => j.title).join('、');
  return (
    <li className="person" data-testid={`person-${person.workerId}`}>
      <div className="person-head">
        <strong className="person-name">{person.maskedName}</strong>
        {person.age !== null && <span>{t('booth.person.age', { age: person.age })}</span>}
        {person.present && <span className="tag present">{t('booth.person.present')}</span>}
        {person.outcome && (
          <span className={`tag outcome-${person.outcome.outcome}`}>
            {t(`booth.outcomes.${person.outcome.outcome}`)}
          </span>
        )}
        {person.calledAt && (
          <span className="tag">{t('booth.person.called', { time: timeIn(person.calledAt, timeZone) })}</span>
        )}
        {person.inHallToday && !person.present && <span className="tag">{t('booth.person.inHall')}</span>}
      </div>
      <p className="person-wishes">
        {person.occupations.map((o) => o.name).join('、') || '—'}
        {' · '}
        {person.expectedDailyPay !== null
          ? t('booth.person.expects', { amount: person.expectedDailyPay })
          : t('booth.person.noExpectation')}
      </p>
      {person.certificates.length > 0 && (
        <p className="person-line">
          {t('booth.person.certificates', { list: person.certificates.join('、') })}
        </p>
      )}
      {person.applied.length > 0 && (
        <p className="person-line">{t('booth.person.applied', { titles: titles(person.applied) })}</p>
      )}
      {person.applied.length === 0 && person.fits.length > 0 && (
        <p className="person-line">{t('booth.person.fits', { titles: titles(person.fits) })}</p>
      )}
      {person.phone && <p className="person-line">{t('booth.person.phone', { phone: person.phone })}</p>}
      <div className="person-actions">
        <button type="button" onClick={onCall} data-testid="call">
          {t('booth.person.call')}
        </button>
        <button type="button" className="primary" onClick={onRecord} data-testid="record">
          {t('booth.person.record')}
        </button>
      </div>
    </li>
  );
}
