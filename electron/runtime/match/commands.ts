/**
 * What the CLI prints for `station match --worker FILE [--top 5]` and `station search "QUERY"`:
 * JSON-ready objects, reasons rendered in Chinese beside their codes. Bad input is a value, not a throw.
 */
import { z } from 'zod';
import { searchQuerySchema } from '../../contract/match';
import type { MatchEngine } from './engine';
import { dailyWageZh, flagZh, reasonZh } from './reasons-zh';
import { workerProfileSchema } from './worker';

export type CommandResult<T> = { ok: true; value: T } | { ok: false; error: string };

const describe = (e: z.ZodError) => z.prettifyError(e);

export function matchCommand(engine: MatchEngine, workerJson: unknown, top = 5) {
  const parsed = workerProfileSchema.safeParse(workerJson);
  if (!parsed.success)
    return { ok: false as const, error: `invalid worker profile:\n${describe(parsed.error)}` };
  if (!Number.isInteger(top) || top < 1 || top > 50)
    return { ok: false as const, error: 'top must be a whole number from 1 to 50' };
  const result = engine.match(parsed.data, top);
  return {
    ok: true as const,
    value: {
      considered: result.considered,
      warnings: result.warnings,
      items: result.items.map((i) => ({
        id: i.job.id,
        title: i.job.title,
        employer: i.job.employer.name,
        district: i.job.district,
        score: i.score,
        pay: dailyWageZh(i.wage),
        reasons: i.reasons.map((r) => ({ ...r, text: reasonZh(r) })),
        flags: i.flags.map((f) => ({ ...f, text: flagZh(f) })),
      })),
    },
  };
}

export function searchCommand(engine: MatchEngine, query: unknown) {
  const parsed = searchQuerySchema.safeParse(typeof query === 'string' ? { text: query } : query);
  if (!parsed.success) return { ok: false as const, error: `invalid search:\n${describe(parsed.error)}` };
  const result = engine.search(parsed.data);
  return {
    ok: true as const,
    value: {
      total: result.total,
      interpreted: result.interpreted,
      items: result.items.map((i) => ({
        id: i.job.id,
        title: i.job.title,
        employer: i.job.employer.name,
        district: i.job.district,
        relevance: i.relevance,
        pay: dailyWageZh(i.wage),
        flags: i.flags.map((f) => ({ ...f, text: flagZh(f) })),
      })),
    },
  };
}
