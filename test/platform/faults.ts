/** Switchable misbehaviour of the reference platform. Rates are probabilities per request (0-1). */
export interface Faults {
  /** Added to every answer: a random delay between half and all of this, ms. */
  latencyMs: number;
  /** Answer 503 (for events: half before, half after processing them). */
  error5xx: number;
  /** Drop the connection (for events: after processing them, so the answer is lost). */
  reset: number;
  /** Send only the first half of the answer's body. */
  truncate: number;
  /** Pages that repeat the previous page's items and resend random current jobs. */
  duplicate: number;
  /** Pages shuffled, with stale older copies of jobs (and of deleted jobs) mixed in. */
  reorder: number;
  /** Answer 410 to a request with a cursor, and expire every cursor issued so far. */
  expire: number;
}

export const noFaults: Faults = {
  latencyMs: 0,
  error5xx: 0,
  reset: 0,
  truncate: 0,
  duplicate: 0,
  reorder: 0,
  expire: 0,
};

const names: Record<string, keyof Faults> = {
  latency: 'latencyMs',
  '5xx': 'error5xx',
  reset: 'reset',
  truncate: 'truncate',
  duplicate: 'duplicate',
  reorder: 'reorder',
  expire: 'expire',
};

/** `--faults 5xx=0.3,reset=0.05,truncate=0.05,duplicate=0.2,reorder=0.2,expire=0.01,latency=50` */
export function parseFaults(spec: string): Faults {
  const faults = { ...noFaults };
  for (const part of spec.split(',').filter(Boolean)) {
    const [name, value] = part.split('=');
    const key = names[name?.trim() ?? ''];
    const n = Number(value);
    if (!key) throw new Error(`unknown fault '${name}'; known: ${Object.keys(names).join(', ')}`);
    if (!Number.isFinite(n) || n < 0 || (key !== 'latencyMs' && n > 1)) {
      throw new Error(
        `fault ${name} needs ${key === 'latencyMs' ? 'milliseconds ≥ 0' : 'a rate from 0 to 1'}, got '${value}'`,
      );
    }
    faults[key] = n;
  }
  return faults;
}
