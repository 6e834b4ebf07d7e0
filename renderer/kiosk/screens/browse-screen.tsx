import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { KioskJobCard } from '../../components/kiosk-job-card';
import { applyKey, OnscreenKeyboard } from '../../components/onscreen-keyboard';
import { SEARCH_PAGE, useJobs } from '../jobs-store';
import { useKiosk } from '../kiosk-store';
import { useReadAloud } from '../use-read-aloud';

const payFloors = [150, 200, 300] as const;

/**
 * Search and browse for anyone: tiles, filters and letters (pinyin or initials) on screen. Someone
 * who declined and whose card is still on the reader can change her mind: 我想登记 asks again.
 */
export function BrowseScreen({
  anonymous,
  declined,
  cardOnReader,
}: {
  anonymous: boolean;
  declined: boolean;
  cardOnReader: boolean;
}) {
  const { t } = useTranslation();
  const taxonomy = useJobs((s) => s.taxonomy);
  const filters = useJobs((s) => s.filters);
  const results = useJobs((s) => s.results);
  const search = useJobs((s) => s.search);
  const more = useJobs((s) => s.more);
  const apply = useKiosk((s) => s.apply);
  const dispatch = useKiosk((s) => s.dispatch);
  const [keyboard, setKeyboard] = useState(false);
  const now = useMemo(() => new Date(), []);
  useReadAloud(declined ? t('kiosk.browse.declined') : t('kiosk.browse.title'));

  useEffect(() => {
    void search({});
  }, [search]);

  // Pinyin the engine read as words: tapping one searches the Chinese word instead.
  const candidates = [
    ...new Set(
      (results?.interpreted.clauses ?? []).flatMap((c) => (c.input !== c.matched[0] ? c.matched : [])),
    ),
  ].slice(0, 6);
  const labels = useMemo(() => ({ space: '␣', delete: t('kiosk.wizard.phone.delete') }), [t]);

  return (
    <section className="browse" data-testid="browse">
      <h1>{t('kiosk.browse.title')}</h1>
      {declined && (
        <p className="note" data-testid="declined-note">
          {t('kiosk.browse.declined')}
        </p>
      )}
      {cardOnReader && (
        <div className="register-again">
          <button
            type="button"
            className="primary"
            onClick={() => dispatch({ type: 'register' })}
            data-testid="register-again"
          >
            <Icon name="person" size={40} /> {t('kiosk.browse.register')}
          </button>
          <span>{t('kiosk.browse.registerHint')}</span>
        </div>
      )}
      <div className="search-row">
        <output className="search-box" data-testid="search-text" aria-label={t('kiosk.browse.search')}>
          {filters.text || <span className="placeholder">{t('kiosk.browse.placeholder')}</span>}
        </output>
        <button
          type="button"
          onClick={() => setKeyboard(!keyboard)}
          aria-expanded={keyboard}
          data-testid="toggle-keyboard"
        >
          <Icon name="keyboard" size={40} />{' '}
          {keyboard ? t('kiosk.browse.hideKeyboard') : t('kiosk.browse.keyboard')}
        </button>
      </div>
      {candidates.length > 0 && (
        <div className="chips candidates" aria-label={t('kiosk.browse.candidates')}>
          <span>{t('kiosk.browse.candidates')}</span>
          {candidates.map((c) => (
            <button
              key={c}
              type="button"
              className="chip"
              onClick={() => void search({ text: c })}
              data-testid="candidate"
            >
              {c}
            </button>
          ))}
        </div>
      )}
      {keyboard && (
        <OnscreenKeyboard labels={labels} onKey={(k) => void search({ text: applyKey(filters.text, k) })} />
      )}
      <div className="chips filters">
        <button
          type="button"
          className={`chip${filters.dailySettlement ? ' selected' : ''}`}
          aria-pressed={!!filters.dailySettlement}
          onClick={() => void search({ dailySettlement: !filters.dailySettlement })}
          data-testid="filter-daily"
        >
          {t('kiosk.browse.daily')}
        </button>
        <button
          type="button"
          className={`chip${filters.nearby ? ' selected' : ''}`}
          aria-pressed={!!filters.nearby}
          onClick={() => void search({ nearby: !filters.nearby })}
        >
          {t('kiosk.browse.near')}
        </button>
        {payFloors.map((p) => (
          <button
            key={p}
            type="button"
            className={`chip${filters.minDailyPay === p ? ' selected' : ''}`}
            aria-pressed={filters.minDailyPay === p}
            onClick={() => void search({ minDailyPay: filters.minDailyPay === p ? undefined : p })}
          >
            {t('kiosk.browse.pay', { amount: p })}
          </button>
        ))}
      </div>
      {taxonomy && !keyboard && (
        <div className="tiles tiles-small">
          {taxonomy.groups.map((g) => (
            <button
              key={g.id}
              type="button"
              className={`tile small${filters.group === g.id ? ' selected' : ''}`}
              aria-pressed={filters.group === g.id}
              onClick={() => void search({ group: filters.group === g.id ? undefined : g.id })}
            >
              <Icon name={g.icon} size={40} />
              <span className="tile-label">{g.name}</span>
            </button>
          ))}
        </div>
      )}
      {anonymous && !cardOnReader && <p className="note">{t('kiosk.browse.anonymous')}</p>}
      {results && (
        <p className="count" role="status">
          {results.total > 0 ? t('kiosk.browse.results', { count: results.total }) : t('kiosk.browse.none')}
        </p>
      )}
      <div className="kjobs">
        {results?.items.map((hit) => (
          <KioskJobCard
            key={hit.job.id}
            job={hit.job}
            wage={hit.wage}
            flags={hit.flags}
            now={now}
            onApply={anonymous ? undefined : () => void apply(hit.job.id)}
          />
        ))}
      </div>
      {results && results.items.length < results.total && (
        <div className="actions">
          <button type="button" onClick={() => void more()} data-testid="more-results">
            {t('kiosk.browse.more', { count: Math.min(SEARCH_PAGE, results.total - results.items.length) })}
          </button>
        </div>
      )}
      {!anonymous && (
        <div className="actions">
          <button type="button" onClick={() => dispatch({ type: 'recommendations' })}>
            <Icon name="back" size={36} /> {t('kiosk.browse.back')}
          </button>
        </div>
      )}
    </section>
  );
}
