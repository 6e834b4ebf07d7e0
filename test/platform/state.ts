import { createHash } from 'node:crypto';
import type { Job } from '../../electron/schema/job';
import {
  canonicalJson,
  payloadSchemas,
  type EventResult,
  type SyncEvent,
  type WorkerLookup,
  workerRegisteredSchema,
} from '../../electron/runtime/sync/protocol';

interface Entry {
  seq: number;
  job: Job | null;
  /** The JSON served for it, made once (100k jobs are served many times in benchmarks). */
  json: string | null;
  /** The version before this one, kept so the reorder fault can serve a stale copy. */
  previous: string | null;
}

export interface FeedSlice {
  items: string[];
  deleted: string[];
  lastSeq: number;
  hasMore: boolean;
}

const digestOf = (e: SyncEvent) =>
  createHash('sha256')
    .update(canonicalJson({ type: e.type, at: e.at, payload: e.payload }))
    .digest('hex');

/**
 * What the reference platform holds: a change log of jobs (latest state per id, in sequence order)
 * and every event it accepted, counted per id so tests can prove "exactly once".
 */
export class PlatformState {
  private entries = new Map<string, Entry>();
  /** Append-only (seq, id); an entry is live when it is the id's latest. */
  private log: { seq: number; id: string }[] = [];
  seq = 0;
  /** Bumped to expire every cursor issued so far. */
  epoch = 1;
  readonly events = new Map<string, { digest: string; event: SyncEvent }>();
  /** How many times each event id was accepted (must be 1). */
  readonly acceptedCount = new Map<string, number>();
  duplicates = 0;
  rejected = 0;
  /** Every GET /v1/jobs as asked: the cursor and what was answered. */
  readonly pulls: { cursor: string | null; status: number }[] = [];
  private workers = new Map<string, WorkerLookup & { exists: true }>();
  /** Test hook: a reason to reject an event, or undefined to accept it. */
  rejectWhen: (e: SyncEvent) => string | undefined = () => undefined;

  upsert(job: Job): void {
    const prev = this.entries.get(job.id);
    this.seq++;
    this.entries.set(job.id, {
      seq: this.seq,
      job,
      json: JSON.stringify(job),
      previous: prev?.json ?? prev?.previous ?? null,
    });
    this.log.push({ seq: this.seq, id: job.id });
  }

  /** Serves anything as a job: for feeding clients malformed items. */
  upsertRaw(id: string, raw: unknown): void {
    this.seq++;
    this.entries.set(id, { seq: this.seq, job: null, json: JSON.stringify(raw), previous: null });
    this.log.push({ seq: this.seq, id });
  }

  remove(id: string): boolean {
    const prev = this.entries.get(id);
    if (!prev?.job) return false;
    this.seq++;
    this.entries.set(id, { seq: this.seq, job: null, json: null, previous: prev.json });
    this.log.push({ seq: this.seq, id });
    return true;
  }

  /**
   * Forgets tombstones and expires every cursor, as a real platform does when it trims its change log:
   * a client can then learn of those deletions only by re-reading everything.
   */
  compact(): void {
    for (const [id, e] of this.entries) if (!e.job) this.entries.delete(id);
    this.log = this.log.filter(({ seq, id }) => this.entries.get(id)?.seq === seq);
    this.epoch++;
  }

  /** Current jobs (not deleted). */
  jobs(): Job[] {
    return [...this.entries.values()].flatMap((e) => (e.job ? [e.job] : []));
  }

  job(id: string): Job | undefined {
    return this.entries.get(id)?.job ?? undefined;
  }

  /** Live changes after `after`, at most `limit`. */
  slice(after: number, limit: number): FeedSlice {
    let lo = 0;
    let hi = this.log.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.log[mid]!.seq <= after) lo = mid + 1;
      else hi = mid;
    }
    const items: string[] = [];
    const deleted: string[] = [];
    let lastSeq = after;
    let i = lo;
    for (; i < this.log.length && items.length + deleted.length < limit; i++) {
      const { seq, id } = this.log[i]!;
      const e = this.entries.get(id)!;
      if (e.seq !== seq) continue;
      if (e.json) items.push(e.json);
      else deleted.push(id);
      lastSeq = seq;
    }
    let hasMore = false;
    for (; i < this.log.length; i++) {
      const { seq, id } = this.log[i]!;
      if (this.entries.get(id)!.seq === seq) {
        hasMore = true;
        break;
      }
    }
    return { items, deleted, lastSeq, hasMore };
  }

  /** Older copies of some jobs (including deleted ones), for the reorder fault. */
  staleCopies(n: number, random: () => number): string[] {
    const out: string[] = [];
    if (this.log.length === 0) return out;
    for (let k = 0; k < n * 4 && out.length < n; k++) {
      const e = this.entries.get(this.log[Math.floor(random() * this.log.length)]!.id)!;
      if (e.previous) out.push(e.previous);
    }
    return out;
  }

  lookupWorker(idHash: string): WorkerLookup {
    return this.workers.get(idHash) ?? { exists: false };
  }

  receive(events: readonly SyncEvent[]): EventResult[] {
    return events.map((e): EventResult => {
      const digest = digestOf(e);
      const seen = this.events.get(e.id);
      if (seen) {
        if (seen.digest !== digest) {
          this.rejected++;
          return { id: e.id, status: 'rejected', reason: 'idempotency key reused with a different payload' };
        }
        this.duplicates++;
        return { id: e.id, status: 'duplicate' };
      }
      const checked = payloadSchemas[e.type].safeParse(e.payload);
      const reason = checked.success ? this.rejectWhen(e) : `invalid ${e.type} payload`;
      if (reason) {
        this.rejected++;
        return { id: e.id, status: 'rejected', reason };
      }
      this.events.set(e.id, { digest, event: e });
      this.acceptedCount.set(e.id, (this.acceptedCount.get(e.id) ?? 0) + 1);
      if (e.type === 'worker.registered') {
        const w = workerRegisteredSchema.parse(e.payload);
        if (!this.workers.has(w.idHash)) {
          this.workers.set(w.idHash, {
            exists: true,
            workerId: w.workerId,
            consent: { registration: true, shareWithEmployers: w.consent.shareWithEmployers },
            registeredAt: w.registeredAt,
          });
        }
      }
      if (e.type === 'job.posted' || e.type === 'job.updated') this.upsert(checked.data as Job);
      return { id: e.id, status: 'accepted' };
    });
  }
}
