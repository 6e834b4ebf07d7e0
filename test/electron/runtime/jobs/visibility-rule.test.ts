/**
 * The rule in hand (jobs/visibility) and the matching engine's packed form of it are one rule: the
 * engine shows exactly the postings `isVisible` passes, at any moment and in any station zone.
 */
import { describe, expect, it } from 'vitest';
import { generateJobs, rng } from '../../../../assets/jobs/generator';
import type { Job } from '../../../../electron/api';
import { hiddenReason, isVisible, seekerMoment } from '../../../../electron/runtime/jobs/visibility';
import { createMatchEngine } from '../../../../electron/runtime/match/engine';

const NOW = new Date('2026-11-21T09:00:00+08:00');
const DAY = 86_400_000;

/** The generator's postings are all open with places; some are made closed, filled or full here. */
function mixedJobs(): Job[] {
  const r = rng(99);
  return generateJobs({ count: 3000, seed: 31, now: NOW, prefix: 'vis' }).map((j) => {
    const x = r();
    if (x < 0.05) return { ...j, status: 'closed' as const };
    if (x < 0.1) return { ...j, status: 'filled' as const, filled: j.headcount };
    if (x < 0.15) return { ...j, filled: j.headcount };
    return j;
  });
}

describe('the visibility rule', () => {
  it('says why a posting is hidden: closed, past its last station day, unconfirmed too long, full', () => {
    const job = generateJobs({ count: 1, seed: 5, now: NOW, prefix: 'one' })[0]!;
    const open: Job = {
      ...job,
      status: 'open',
      filled: 0,
      startDate: '2026-11-01',
      validThrough: '2026-11-21',
      postedAt: '2026-11-01T08:00:00+08:00',
      confirmedAt: '2026-11-20T08:00:00+08:00',
    };
    const at = (iso: string) => seekerMoment(new Date(iso), 14, 'Asia/Shanghai');
    expect(hiddenReason(open, at('2026-11-21T23:59:59+08:00'))).toBeNull();
    // validThrough is a day in the station's zone: over at its midnight there, whatever the host's.
    expect(hiddenReason(open, at('2026-11-22T00:00:00+08:00'))).toBe('expired');
    expect(hiddenReason(open, seekerMoment(new Date('2026-11-21T23:30:00Z'), 14, 'UTC'))).toBeNull();
    expect(hiddenReason({ ...open, status: 'closed' }, at('2026-11-21T09:00:00+08:00'))).toBe('not-open');
    expect(hiddenReason({ ...open, filled: open.headcount }, at('2026-11-21T09:00:00+08:00'))).toBe(
      'no-headcount',
    );
    // Confirmed on the 20th: shown for 14 days from then. Never confirmed: 14 days from posting.
    expect(hiddenReason({ ...open, validThrough: '2026-12-31' }, at('2026-12-04T07:59:59+08:00'))).toBeNull();
    expect(hiddenReason({ ...open, validThrough: '2026-12-31' }, at('2026-12-04T08:00:01+08:00'))).toBe(
      'stale',
    );
    const { confirmedAt: _, ...unconfirmed } = open;
    expect(hiddenReason(unconfirmed, at('2026-11-16T09:00:00+08:00'))).toBe('stale');
    // A posting that starts later is shown now.
    expect(
      isVisible(
        { ...open, startDate: '2026-11-30', validThrough: '2026-12-05' },
        at('2026-11-21T09:00:00+08:00'),
      ),
    ).toBe(true);
  });

  it('is what the engine shows, at every moment and in any zone', () => {
    const jobs = mixedJobs();
    for (const timeZone of ['Asia/Shanghai', 'America/New_York']) {
      let t = NOW.getTime();
      const counts: number[] = [];
      const engine = createMatchEngine({ jobs, now: () => new Date(t), staleAfterDays: 14, timeZone });
      // Hours apart over two months: postings expire and go stale as the clock moves.
      for (let step = 0; step < 60; step++, t += DAY + 3_600_000 * 7) {
        const moment = seekerMoment(new Date(t), 14, timeZone);
        const expected = jobs.filter((j) => isVisible(j, moment)).map((j) => j.id);
        counts.push(expected.length);
        expect(
          engine
            .visiblePage('last-vouched', jobs.length)
            .items.map((j) => j.id)
            .sort(),
        ).toEqual(expected.sort());
        expect(engine.visibleCount()).toBe(expected.length);
      }
      // Some hidden from the start (closed, full), fewer shown as time passes, none at the end.
      expect(counts[0]).toBeLessThan(jobs.length);
      expect(counts[0]).toBeGreaterThan(counts[30]!);
      expect(counts.at(-1)).toBe(0);
    }
  });

  it('pages what it shows: verified newest first for the board, last updated or confirmed first for lists, ties by id', () => {
    const jobs = mixedJobs();
    const engine = createMatchEngine({ jobs, now: () => NOW, staleAfterDays: 14 });
    const shown = jobs.filter((j) => isVisible(j, seekerMoment(NOW, 14, 'Asia/Shanghai')));
    const byId = (a: Job, b: Job) => (a.id < b.id ? -1 : 1);
    const ms = (s: string) => Date.parse(s);
    const board = [...shown].sort(
      (a, b) =>
        Number(b.confirmedAt !== undefined) - Number(a.confirmedAt !== undefined) ||
        ms(b.postedAt) - ms(a.postedAt) ||
        byId(a, b),
    );
    const vouched = (j: Job) => Math.max(j.confirmedAt ? ms(j.confirmedAt) : 0, ms(j.updatedAt));
    const list = [...shown].sort((a, b) => vouched(b) - vouched(a) || byId(a, b));
    const ids = (js: readonly Job[]) => js.map((j) => j.id);

    expect(engine.visiblePage('verified-newest', 40)).toEqual({
      total: shown.length,
      items: board.slice(0, 40),
    });
    const pages = [0, 25, 50, 75].flatMap((offset) => engine.visiblePage('last-vouched', 25, offset).items);
    expect(ids(pages)).toEqual(ids(list.slice(0, 100)));
    // Deep pages sort everything; the order is the same.
    expect(ids(engine.visiblePage('last-vouched', 10, 2000).items)).toEqual(ids(list.slice(2000, 2010)));
    const inDistrict = engine.visiblePage('last-vouched', 5, 0, (j) => j.district === '南关区');
    expect(inDistrict.total).toBe(shown.filter((j) => j.district === '南关区').length);
    expect(ids(inDistrict.items)).toEqual(ids(list.filter((j) => j.district === '南关区').slice(0, 5)));
  });
});
