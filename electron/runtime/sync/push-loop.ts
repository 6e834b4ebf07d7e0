import createDebug from 'debug';
import { stationData } from '../data/station-data';
import type { Store } from '../store/store';
import type { UpstreamClient } from './client';
import type { RunResult } from './loop';
import { settle } from './outbox';

const log = createDebug('station:sync');

export interface PushDeps {
  store: Store;
  client: UpstreamClient;
  batchSize: number;
  now: () => Date;
  signal: AbortSignal;
  onSettled(done: number, quarantined: number): void;
}

/**
 * Delivers the outbox oldest first until it is empty. Accepted and duplicate both mean delivered;
 * rejected goes to quarantine with the reason. A failed request (5xx, 409, reset, timeout, a cut-off
 * answer) changes nothing but the attempt count: the same events go again, under the same ids, after
 * the loop's backoff. An answer saying our request itself is bad (400, 413) is narrowed down by
 * sending one event at a time, so one bad event is quarantined and does not hold up the rest.
 */
export async function pushOnce(d: PushDeps): Promise<RunResult> {
  const data = stationData(d.store);
  let size = d.batchSize;
  for (;;) {
    if (d.signal.aborted) return { ok: false, error: 'stopped' };
    const batch = data.read((tx) => tx.outbox.pending(size));
    if (batch.length === 0) return { ok: true };
    const answer = await d.client.pushEvents(batch);
    if (!answer.ok) {
      const { failure } = answer;
      if (failure.kind === 'invalid' && batch.length > 1) {
        log('upstream refused a batch of %d (%s): sending one at a time', batch.length, failure.message);
        size = 1;
        continue;
      }
      if (failure.kind === 'invalid') {
        const only = batch[0]!;
        log('quarantined %s event %s: %s', only.type, only.id, failure.message);
        await data.write((tx) => tx.outbox.quarantine(only.id, failure.message, d.now()));
        d.onSettled(0, 1);
        continue;
      }
      await data.write((tx) => {
        for (const e of batch) tx.outbox.failedAttempt(e.id, failure.message);
      });
      return { ok: false, error: failure.message };
    }
    const counts = await data.write((tx) => settle(tx, answer.value, d.now()));
    for (const r of answer.value) {
      if (r.status === 'rejected') log('upstream rejected event %s: %s', r.id, r.reason ?? '(no reason)');
    }
    d.onSettled(counts.done, counts.quarantined);
  }
}
