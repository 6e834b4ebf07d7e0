import { useLayoutEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BoardJob } from '../../electron/api';
import { payText } from '../components/pay-text';

/** 约 176 元/天, 约 200–240 元/天, or 计件 when a piece rate has no stated daily output. */
export function dailyText(t: TFunction, j: Pick<BoardJob, 'daily' | 'dailyMax'>) {
  if (j.daily === null) return t('screen.board.noDaily');
  return j.dailyMax !== null && j.dailyMax !== j.daily
    ? t('screen.board.perDayRange', { low: j.daily, high: j.dailyMax })
    : t('screen.board.perDay', { amount: j.daily });
}

function Row({ job }: { job: BoardJob }) {
  const { t } = useTranslation();
  return (
    <li className="board-row">
      <div className="board-what">
        <p className="board-title">
          {job.verified && <span className="chip ok">{t('screen.board.verified')}</span>}
          {job.title}
        </p>
        <p className="board-meta">
          {job.agency && <span className="chip warn">{t('screen.board.agency')}</span>}
          <span>{job.employer}</span>
          <span>{job.district}</span>
          <span>{t(`jobs.settlement.${job.settlement}`)}</span>
          <span>{t('screen.board.openings', { count: job.openings })}</span>
        </p>
      </div>
      <div className="board-pay">
        <p className="board-daily">{dailyText(t, job)}</p>
        <p className="board-stated">{t('screen.board.stated', { pay: payText(t, job.pay) })}</p>
      </div>
    </li>
  );
}

/**
 * The job board. When the list is taller than the panel it scrolls on its own, as a CSS animation
 * over the list and a copy of it (aria-hidden), so no timer re-renders anything.
 */
export function JobBoard({ jobs }: { jobs: BoardJob[] }) {
  const { t } = useTranslation();
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLUListElement>(null);
  const [scrolls, setScrolls] = useState(false);
  const ids = jobs.map((j) => j.id).join(',');
  useLayoutEffect(() => {
    if (outer.current && inner.current) setScrolls(inner.current.scrollHeight > outer.current.clientHeight);
  }, [ids]);
  return (
    <section className="hall-panel board" aria-labelledby="board-title">
      <h2 id="board-title">{t('screen.board.title')}</h2>
      {jobs.length === 0 ? (
        <p className="hall-empty">{t('screen.board.empty')}</p>
      ) : (
        <div className="board-window" ref={outer}>
          <div
            className={scrolls ? 'board-track scrolling' : 'board-track'}
            style={{ animationDuration: `${Math.max(20, jobs.length * 4)}s` }}
          >
            <ul className="board-list" ref={inner} data-testid="job-board">
              {jobs.map((j) => (
                <Row key={j.id} job={j} />
              ))}
            </ul>
            {scrolls && (
              <ul className="board-list" aria-hidden="true">
                {jobs.map((j) => (
                  <Row key={j.id} job={j} />
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
