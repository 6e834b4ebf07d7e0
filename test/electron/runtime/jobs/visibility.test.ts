/**
 * One rule decides which postings seekers see. Beside the embedded feed, the cache holds postings
 * that are expired, full, unconfirmed past the reconfirm period and closed — each twice, once under
 * an employer of its own (so matching, which shows one posting per employer, could pick it) and once
 * under the employer at booth 1 — and, for each, a control that differs only in being visible. Every
 * list a seeker or the operator reads leaves out the four and keeps the control; every figure
 * counts what its list is drawn from.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Job } from '../../../../electron/api';
import { jobsList } from '../../../../electron/cli/commands/jobs-list';
import type { CallContext } from '../../../../electron/dispatcher';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { boothStation, desk1, failure, kiosk, ok, signInDemo, walkIn } from '../booth/helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await rt?.close();
  rt = undefined;
});

// The station's clock: 2026-11-21 09:00 in 长春 (testStation's start); reconfirmDays is 14.
const NOW = '2026-11-21T09:00:00+08:00';
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.parse(NOW) - n * DAY).toISOString();
const tv: CallContext = { role: 'screen', terminal: 'hall-tv' };
const boothEmployer = { id: 'emp-jiejing', name: '长春市洁净之星物业有限公司' };

/** A 保洁 day job in the station's district paying far above anything in the feed, confirmed just now. */
function posting(id: string, employer: { id: string; name: string }, over: Partial<Job> = {}): Job {
  return {
    id,
    // Distinct titles: near-duplicates (same title, place and pay) would be folded into one.
    title: `洁净之星保洁员 ${id}`,
    occupation: '4-09-08-02',
    employer: { ...employer, agency: false },
    district: '二道区',
    address: '长春市二道区东盛大街1500号',
    pay: { amount: 600, unit: 'day' },
    settlement: 'daily',
    schedule: 'day',
    headcount: 3,
    filled: 0,
    startDate: '2026-11-21',
    validThrough: '2026-12-31',
    certificates: [],
    publicWelfare: false,
    description: '',
    status: 'open',
    postedAt: daysAgo(0),
    updatedAt: daysAgo(0),
    confirmedAt: daysAgo(0),
    source: 'platform',
    ...over,
  };
}

/** The four ways a posting is hidden, and its visible control, for one employer. */
function fiveFor(prefix: string, employer: (kind: string) => { id: string; name: string }) {
  const hidden = [
    posting(`${prefix}-expired`, employer('expired'), {
      startDate: '2026-11-01',
      validThrough: '2026-11-20',
    }),
    posting(`${prefix}-full`, employer('full'), { headcount: 3, filled: 3 }),
    // Posted 20 days ago and never confirmed; edited this morning, which does not vouch for it.
    (() => {
      const { confirmedAt: _, ...j } = posting(`${prefix}-stale`, employer('stale'), {
        postedAt: daysAgo(20),
      });
      return j;
    })(),
    posting(`${prefix}-closed`, employer('closed'), { status: 'closed' }),
  ];
  return { hidden, control: posting(`${prefix}-shown`, employer('shown')) };
}

async function station() {
  const s = await boothStation();
  rt = s.runtime;
  await signInDemo(rt);
  await ok(rt, desk1, 'booth.assign', { booth: 1, employer: boothEmployer });
  const own = fiveFor('own', (kind) => ({ id: `emp-${kind}`, name: `长春市${kind}保洁服务有限公司` }));
  const booth = fiveFor('booth', () => boothEmployer);
  // More of the booth's employer than its TV lists (30), updated before the rest.
  const more = Array.from({ length: 30 }, (_, i) =>
    posting(`booth-more-${String(i).padStart(2, '0')}`, boothEmployer, {
      title: `保洁员${i}`,
      updatedAt: daysAgo(1),
      confirmedAt: daysAgo(1),
    }),
  );
  const jobs = [...own.hidden, own.control, ...booth.hidden, booth.control, ...more];
  // Into the cache the way a sync pull puts them: stored, then announced to the matching index.
  await rt.context.data.write((tx) => tx.jobs.upsertMany(jobs));
  rt.context.sync.jobsChanged({ upserted: jobs, removed: [], source: 'pull' });
  const hidden = [...own.hidden, ...booth.hidden].map((j) => j.id);
  return { rt, hidden, controls: [own.control.id, booth.control.id], boothJobs: 1 + more.length };
}

/** The ids among `ids` that appear anywhere in a result (items, duplicate flags…). */
const seenIn = (result: unknown, ids: readonly string[]) =>
  ids.filter((id) => JSON.stringify(result).includes(`"${id}"`));

async function cliJobsList(rt: Runtime, flags: Record<string, string | boolean>) {
  const printed: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((s: unknown) => void printed.push(String(s)));
  await jobsList.run({
    runtime: rt,
    rest: [],
    flags: { json: true, ...flags },
    config: rt.config,
    dataDir: undefined,
  });
  vi.restoreAllMocks();
  return JSON.parse(printed.join('\n')) as { total: number; items: Job[] };
}

describe('which postings seekers see', () => {
  it('leaves expired, full, stale and closed postings out of every list, and each figure counts its list', async () => {
    const { rt, hidden, controls, boothJobs } = await station();

    const a = await walkIn(rt, 0, false, {
      occupations: ['4-09-08-02'],
      expectedDailyPay: 170,
      certificates: [],
    });
    const recommended = await ok(rt, kiosk, 'match.recommend', { session: a.session, top: 5 });
    expect.soft(seenIn(recommended.items, hidden)).toEqual([]);
    expect(seenIn(recommended.items, controls).length).toBeGreaterThan(0);

    const searched = await ok(rt, kiosk, 'jobs.search', { text: '洁净之星', limit: 100 });
    expect.soft(seenIn(searched, hidden)).toEqual([]);
    expect(seenIn(searched, controls)).toEqual(controls);
    const browsed = await ok(rt, kiosk, 'jobs.search', { occupation: '4-09-08-02', limit: 100 });
    expect.soft(seenIn(browsed, hidden)).toEqual([]);
    expect(seenIn(browsed, controls).length).toBeGreaterThan(0);
    const listed = await ok(rt, kiosk, 'jobs.list', { limit: 200 });
    expect.soft(seenIn(listed, hidden)).toEqual([]);
    expect(seenIn(listed, controls)).toEqual(controls);

    const board = await ok(rt, tv, 'screen.board', { limit: 60 });
    expect.soft(seenIn(board.items, hidden)).toEqual([]);
    expect(seenIn(board.items, controls)).toEqual(controls);
    const stats = await ok(rt, tv, 'stats.today', {});
    // 在招岗位 counts the postings the board is drawn from (the board shows the first 60 of them).
    expect.soft(board.total).toBe(stats.openJobs);
    expect(board.items).toHaveLength(Math.min(60, board.total));
    expect.soft(listed.total).toBe(stats.openJobs);

    const display = await ok(rt, tv, 'booth.display', { booth: 1 });
    expect.soft(seenIn(display.jobs, hidden)).toEqual([]);
    expect(display.jobs.map((j) => j.id)).toContain(controls[1]);
    // The TV lists 30 of the employer's 31 visible postings; full ones ahead of them take no place.
    expect.soft(display.jobs).toHaveLength(30);
    expect
      .soft(await ok(rt, tv, 'screen.booths', {}))
      .toEqual([{ booth: 1, employer: boothEmployer.name, openJobs: boothJobs, interviewing: 0 }]);

    const cli = await cliJobsList(rt, { limit: '200' });
    expect.soft(seenIn(cli, hidden)).toEqual([]);
    expect(seenIn(cli, controls)).toEqual(controls);
    expect(cli.total).toBe(stats.openJobs);
    const found = await cliJobsList(rt, { q: '洁净之星保洁员' });
    expect(found.items.map((j) => j.id).sort()).toEqual([...controls].sort());
    // Latin letters match in any case, as SQL's LIKE did.
    expect((await cliJobsList(rt, { q: 'OWN-SHOWN' })).items.map((j) => j.id)).toEqual(['own-shown']);
  });

  it('takes 报名 only for a posting seekers may see, and the desk says which are shown', async () => {
    const { rt, hidden, controls } = await station();
    const a = await walkIn(rt, 0, false);
    for (const jobId of hidden) {
      expect
        .soft(await failure(rt, kiosk, 'kiosk.apply', { session: a.session, jobId }), jobId)
        .toMatchObject({
          code: 'not_found',
        });
      expect.soft((await ok(rt, desk1, 'jobs.deskGet', { jobId })).shownToSeekers, jobId).toBe(false);
    }
    for (const jobId of controls) {
      expect((await ok(rt, kiosk, 'kiosk.apply', { session: a.session, jobId })).jobId).toBe(jobId);
      expect((await ok(rt, desk1, 'jobs.deskGet', { jobId })).shownToSeekers).toBe(true);
    }
  });
});
