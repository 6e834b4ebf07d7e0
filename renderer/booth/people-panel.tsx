import { useState, type ReactNode } from 'react';
import type { CandidateView } from '../../electron/api';
import { useTranslation } from 'react-i18next';
import { mergePeople, useBooth } from './booth-store';
import { PersonCard } from './person-card';

/**
 * Who to talk to: the person at the booth (card on the reader, or the slip's QR through the booth's
 * scanner, which types into the field), the applicants, and candidates who agreed to be shown.
 */
export function PeoplePanel() {
  const { t } = useTranslation();
  const { applicants, candidates, busy, cardTapped, scanSlip, pick, callPerson, refresh } = useBooth();
  const [slip, setSlip] = useState('');
  const others = mergePeople(applicants, candidates);
  return (
    <div className="people">
      <section className="identify" aria-labelledby="identify-title">
        <h2 id="identify-title">{t('booth.identify.title')}</h2>
        <p>{t('booth.identify.hint')}</p>
        <div className="identify-row">
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void cardTapped()}
            data-testid="identify-card"
          >
            {t('booth.identify.card')}
          </button>
          <form
            className="slip-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (slip.trim()) void scanSlip(slip).then(() => setSlip(''));
            }}
          >
            <label className="visually-hidden" htmlFor="slip-text">
              {t('booth.identify.scan')}
            </label>
            <input
              id="slip-text"
              value={slip}
              maxLength={200}
              autoComplete="off"
              placeholder={t('booth.identify.scanPlaceholder')}
              onChange={(e) => setSlip(e.target.value)}
              data-testid="slip-input"
            />
            <button type="submit" disabled={busy || !slip.trim()}>
              {t('booth.identify.submit')}
            </button>
          </form>
        </div>
      </section>
      <PersonList
        id="applicants"
        title={t('booth.lists.applicants')}
        people={applicants}
        action={
          <button type="button" className="small" onClick={refresh}>
            {t('booth.lists.refresh')}
          </button>
        }
        onCall={(id) => void callPerson(id)}
        onRecord={pick}
      />
      <PersonList
        id="candidates"
        title={t('booth.lists.candidates')}
        people={others}
        onCall={(id) => void callPerson(id)}
        onRecord={pick}
      />
    </div>
  );
}

/** One list of people the employer can call or record an outcome for. */
function PersonList({
  id,
  title,
  people,
  action,
  onCall,
  onRecord,
}: {
  id: 'applicants' | 'candidates';
  title: string;
  people: CandidateView[];
  action?: ReactNode;
  onCall(workerId: string): void;
  onRecord(person: CandidateView): void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title} <small>({people.length})</small>
        {action}
      </h2>
      {people.length === 0 ? (
        <p className="empty">{t('booth.lists.none')}</p>
      ) : (
        <ul className="person-list" data-testid={id}>
          {people.map((p) => (
            <PersonCard
              key={p.workerId}
              person={p}
              onCall={() => onCall(p.workerId)}
              onRecord={() => onRecord(p)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
