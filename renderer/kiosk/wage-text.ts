import type { TFunction } from 'i18next';
import type { DailyWage } from '../../electron/api';
import { formatNumber } from './job-view';

/**
 * "约 232 元/天" (or a range) from the station's daily wage (match/wage.ts works it out; the page
 * only words it), or why a piece rate has none. The card and the slip say it the same way.
 */
export function perDayText(t: TFunction, wage: DailyWage, lang: string): string {
  if (wage.daily === null) return t('kiosk.job.noDaily');
  const amount =
    wage.dailyMax !== null && wage.dailyMax !== wage.daily
      ? `${formatNumber(lang, wage.daily)}–${formatNumber(lang, wage.dailyMax)}`
      : formatNumber(lang, wage.daily);
  return t('kiosk.job.perDay', { amount });
}

/** A calendar day (YYYY-MM-DD) as "11月20日 周五": a day has no zone, so it is formatted as UTC. */
export function formatDay(lang: string, day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang, {
    timeZone: 'UTC',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  }).format(Date.UTC(y, m - 1, d));
}
