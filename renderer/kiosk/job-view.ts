import type { TFunction } from 'i18next';
import type { Flag, Job, MatchItem, Reason } from '../../electron/api';
import { dayIn } from '../shared/station-day';

/** Numbers in the person's language (Intl), never by hand. */
export const formatNumber = (lang: string, n: number) =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);

/** A time (and, with `withDate`, the date) in the person's language and the station's zone. */
const formatWhen = (lang: string, at: Date, timeZone: string | undefined, withDate: boolean) =>
  new Intl.DateTimeFormat(lang, {
    ...(timeZone ? { timeZone } : {}),
    ...(withDate ? { month: 'numeric', day: 'numeric' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    // h23, not hour12: false, which some languages' data turn into 24:30 for half past midnight.
    hourCycle: 'h23',
  }).format(at);

/**
 * "更新于 10:42 · 已核实": when someone last vouched for the posting. Older than the station's
 * today, the date is shown too, so a week-old posting never looks fresh.
 */
export function freshness(
  job: Job,
  lang: string,
  now: Date,
  timeZone: string | undefined,
): { when: string; verified: boolean } {
  const d = new Date(job.confirmedAt ?? job.updatedAt);
  const sameDay = dayIn(d, timeZone) === dayIn(now, timeZone);
  return { when: formatWhen(lang, d, timeZone, !sameDay), verified: job.confirmedAt !== undefined };
}

/** The reasons worth a line on a card, in the person's language, warnings first. */
export function reasonLines(
  t: TFunction,
  reasons: readonly Reason[],
  lang: string,
): { text: string; warn: boolean }[] {
  const lines = reasons.flatMap((r): { text: string; warn: boolean }[] => {
    switch (r.code) {
      case 'occupation-exact':
      case 'occupation-minor-group':
      case 'occupation-related':
      case 'occupation-group':
        return [{ text: t(`kiosk.reasons.${r.code}`, { name: r.name }), warn: false }];
      case 'keyword':
        return [{ text: t('kiosk.reasons.keyword', { keyword: r.keyword }), warn: false }];
      case 'pay-above':
      case 'pay-below':
        return [
          {
            text: t(`kiosk.reasons.${r.code}`, { amount: formatNumber(lang, r.amount) }),
            warn: r.code === 'pay-below',
          },
        ];
      case 'distance':
        return [
          {
            text: t('kiosk.reasons.distance', {
              km: formatNumber(lang, r.km),
              from: t(r.from === 'home' ? 'kiosk.reasons.fromHome' : 'kiosk.reasons.fromStation'),
            }),
            warn: false,
          },
        ];
      case 'starts-in':
        return [{ text: t('kiosk.reasons.starts-in', { days: r.days }), warn: false }];
      case 'confirmed':
        return [{ text: t('kiosk.reasons.confirmed', { hours: r.hoursAgo }), warn: false }];
      case 'posted':
        return [{ text: t('kiosk.reasons.posted', { days: r.daysAgo }), warn: false }];
      case 'employer-disputes':
      case 'employer-no-shows':
        return [{ text: t(`kiosk.reasons.${r.code}`, { count: r.count }), warn: true }];
      // Shown elsewhere on the card (pay protection, 日结 badge) or too weak to be worth a line.
      case 'pay-protection':
      case 'settles-daily':
        return [];
      default:
        return [{ text: t(`kiosk.reasons.${r.code}`), warn: false }];
    }
  });
  return [...lines.filter((l) => l.warn), ...lines.filter((l) => !l.warn)].slice(0, 4);
}

export const distanceOf = (item: Pick<MatchItem, 'reasons'>): number | undefined =>
  item.reasons.find((r): r is Extract<Reason, { code: 'distance' }> => r.code === 'distance')?.km;

export const isAgency = (flags: readonly Flag[]) => flags.some((f) => f.code === 'agency');
