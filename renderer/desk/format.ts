import { useStation } from '../station-store';

/**
 * Times and dates as staff read them, in the station's zone (station.info's timeZone), whatever
 * zone this browser or PC is set to; the browser's own only until the station has answered.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
function format(kind: 'hm' | 'mdhm' | 'day'): Intl.DateTimeFormat {
  const timeZone = useStation.getState().info?.timeZone;
  const key = `${kind} ${timeZone ?? ''}`;
  let f = formats.get(key);
  if (!f) {
    const zone = timeZone ? { timeZone } : {};
    f =
      kind === 'day'
        ? new Intl.DateTimeFormat('en-US', { ...zone, year: 'numeric', month: '2-digit', day: '2-digit' })
        : new Intl.DateTimeFormat('zh-CN', {
            ...zone,
            ...(kind === 'mdhm' ? { month: '2-digit', day: '2-digit' } : {}),
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          });
    formats.set(key, f);
  }
  return f;
}

export const clock = (iso: string) => format('hm').format(new Date(iso));
export const when = (iso: string) => format('mdhm').format(new Date(iso));

/** The station's calendar day, YYYY-MM-DD. */
export function today(now = new Date()): string {
  const parts = format('day').formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A YYYY-MM-DD day as staff say it: 11月21日. */
export function dayText(day: string): string {
  const [, m, d] = day.split('-');
  return m && d ? `${Number(m)}月${Number(d)}日` : day;
}
