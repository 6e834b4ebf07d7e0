import type { screenMethods } from '../../contract/screen';
import type { Handlers } from '../../dispatcher';
import { auditCall } from '../audit/audit-log';
import { shownJobsOf } from '../booth/display';
import { seekerMomentOf } from '../jobs/visibility';
import type { StationContext } from '../context';
import { jobBoard } from './board';
import { hallCalls } from './hall-calls';
import { postNotice } from './notices';
import { wageBoard } from './wages';

type ScreenHandlers = Pick<Handlers, keyof typeof screenMethods>;

/** The hall's big screen (counts and postings, never a person) and the notices staff put on it. */
export function screenHandlers(ctx: StationContext): ScreenHandlers {
  const today = () => ctx.clock.today();
  const noticesChanged = () =>
    ctx.bus.emit('notices.changed', { count: ctx.data.read((tx) => tx.notices.shownOn(today()).length) });
  return {
    'screen.board': (input) => jobBoard(ctx.match.engine, input.limit),
    'screen.wages': (input) =>
      wageBoard(ctx.match.engine.marketFigures(ctx.match.expectations()), input.limit),
    'screen.calls': (input) => ctx.data.read((tx) => hallCalls(tx, today(), input.limit)),
    'screen.notices': () => ctx.data.read((tx) => tx.notices.shownOn(today())),
    'screen.booths': () => {
      const now = ctx.now();
      const day = ctx.clock.dayOf(now);
      const at = seekerMomentOf(ctx);
      return ctx.data.read((tx) =>
        tx.booths.on(day).map((a) => ({
          booth: a.booth,
          employer: a.employerName,
          openJobs: shownJobsOf(tx, a.employerId, day, at).length,
          interviewing: tx.boothVisits.interviewing({ booth: a.booth, day, employerId: a.employerId }),
        })),
      );
    },
    'notices.post': async (input, caller) => {
      const now = ctx.now();
      const notice = await ctx.data.write((tx) => {
        const n = postNotice(tx, input, caller, now, ctx.clock.dayOf(now));
        auditCall(tx, caller, now, 'notices.post', n.id);
        return n;
      });
      noticesChanged();
      return notice;
    },
    'notices.remove': async (input, caller) => {
      const now = ctx.now();
      const removed = await ctx.data.write((tx) => {
        const removed = tx.notices.remove(input.id, now);
        if (removed) auditCall(tx, caller, now, 'notices.remove', input.id);
        return removed;
      });
      if (removed) noticesChanged();
      return { removed };
    },
    'notices.list': () => ctx.data.read((tx) => tx.notices.from(today())),
  };
}
