import { dayIn, timeIn } from '../shared/station-day';
import { useStation } from '../station-store';

/**
 * Times and dates as staff read them, in the station's zone (station.info's timeZone), whatever
 * zone this browser or PC is set to; the browser's own only until the station has answered.
 */
const zone = () => useStation.getState().info?.timeZone;

export const clock = (iso: string) => timeIn(iso, zone());

/** 03/02 07:30. */
export function when(iso: string): string {
  const [, m, d] = dayIn(Date.parse(iso), zone()).split('-');
  return `${m}/${d} ${timeIn(iso, zone())}`;
}

/** The station's calendar day, YYYY-MM-DD. */
export const today = (now = new Date()): string => dayIn(now, zone());

/** A YYYY-MM-DD day as staff say it: 11月21日. */
export function dayText(day: string): string {
  const [, m, d] = day.split('-');
  return m && d ? `${Number(m)}月${Number(d)}日` : day;
}
