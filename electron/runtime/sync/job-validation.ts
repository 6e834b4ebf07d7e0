import type { z } from 'zod';
import { jobSchema, type Job } from '../../schema/job';
import { isCalendarDay } from '../clock/station-day';
import { describeIssues } from './protocol';

/** Markup has no place in a posting: screens render text, and a feed carrying tags is broken or hostile. */
const markup =
  /<\s*\/?\s*(script|style|iframe|object|embed|img|svg|a|div|span|p|br|b|i|html|body)\b[^>]*>|javascript:/i;

function* strings(value: unknown, path: string[] = []): Generator<[string[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value))
    for (const [i, v] of value.entries()) yield* strings(v, [...path, String(i)]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/** Whether any text in the value carries markup; no allocation, as every incoming job passes here. */
function hasMarkup(value: unknown): boolean {
  if (typeof value === 'string') return markup.test(value);
  if (Array.isArray(value)) return value.some(hasMarkup);
  if (value && typeof value === 'object') {
    for (const k in value) if (hasMarkup((value as Record<string, unknown>)[k])) return true;
  }
  return false;
}

/**
 * The Job schema plus what a feed from elsewhere must also satisfy: calendar dates that exist and no
 * markup in any text. Everything that enters the cache from outside passes here.
 */
export const incomingJobSchema = jobSchema.superRefine((job, ctx) => {
  for (const key of ['startDate', 'validThrough'] as const) {
    if (!isCalendarDay(job[key]))
      ctx.addIssue({ code: 'custom', path: [key], message: 'not a real calendar date' });
  }
  // A quick scan first; the walk that names the field runs only on a hit.
  if (!hasMarkup(job)) return;
  for (const [path, s] of strings(job)) {
    if (markup.test(s)) ctx.addIssue({ code: 'custom', path, message: 'contains markup or a script' });
  }
});

export type Checked = { ok: true; job: Job } | { ok: false; id: string | undefined; reason: string };

function idOf(item: unknown): string | undefined {
  if (item && typeof item === 'object' && 'id' in item) {
    const v = (item as { id: unknown }).id;
    if (typeof v === 'string') return v.slice(0, 64);
  }
  return undefined;
}

export function checkJob(item: unknown): Checked {
  const parsed = incomingJobSchema.safeParse(item);
  if (parsed.success) return { ok: true, job: parsed.data };
  return { ok: false, id: idOf(item), reason: describeIssues(parsed.error as z.ZodError) };
}
