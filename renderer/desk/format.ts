/** Times and dates as staff read them, in the station's zone (the browser's). */
const hm = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
const mdhm = new Intl.DateTimeFormat('zh-CN', {
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export const clock = (iso: string) => hm.format(new Date(iso));
export const when = (iso: string) => mdhm.format(new Date(iso));

/** The station's calendar day, YYYY-MM-DD. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A YYYY-MM-DD day as staff say it: 11月21日. */
export function dayText(day: string): string {
  const [, m, d] = day.split('-');
  return m && d ? `${Number(m)}月${Number(d)}日` : day;
}
