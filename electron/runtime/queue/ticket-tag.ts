import { createHash } from 'node:crypto';
import type { StationConfig } from '../config';

/**
 * What a hall terminal's tickets begin with (2-B007): its configured `upstream.ticketTag`, or two
 * digits from its token, so two kiosk PCs handing out numbers offline never give the same one.
 * The hub's own tickets carry none (B007). Staff set the tag to the number painted on the machine.
 */
export function ticketTag(upstream: NonNullable<StationConfig['upstream']>): string {
  if (upstream.ticketTag) return upstream.ticketTag;
  const digest = createHash('sha256').update(upstream.token).digest();
  return String(10 + (digest.readUInt16BE(0) % 90));
}

/** The label called out: the series' tag, the service letter and a three-digit number (B007, 2-B007). */
export function ticketLabel(series: string, letter: string, number: number): string {
  return `${series ? `${series}-` : ''}${letter}${String(number).padStart(3, '0')}`;
}
