import type { screenMethods } from '../../contract/screen';
import type { Handlers } from '../../dispatcher';
import { auditCall } from '../audit/audit-log';
import { repositoriesOf } from '../data/station-data';
import { assignmentsOn } from '../booth/assignments';
import { shownJobsOf } from '../booth/display';
import { interviewingAt } from '../booth/visits';
import type { StationContext } from '../context';
import { localDay } from '../workers/repository';
import { jobBoard } from './board';
import { hallCalls } from './hall-calls';
import { noticesFrom, noticesOn, postNotice, removeNotice } from './notices';
import { wageBoard } from './wages';

type ScreenHandlers = Pick<Handlers, keyof typeof screenMethods>;

/** The hall's big screen (counts and postings, never a person) and the notices staff put on it. */
export function screenHandlers(ctx: StationContext): ScreenHandlers {
  const today = () => localDay(ctx.now());
  const noticesChanged = () =>
    ctx.bus.emit('notices.changed', { count: ctx.store.read((db) => noticesOn(db, today()).length) });
  return {
    'screen.board': (input) =>
      ctx.store.read((db) => jobBoard(db, ctx.now(), ctx.config.desk.reconfirmDays, input.limit)),
    'screen.wages': (input) =>
      wageBoard(ctx.match.engine.marketFigures(ctx.match.expectations()), input.limit),
    'screen.calls': (input) => ctx.store.read((db) => hallCalls(db, today(), input.limit)),
    'screen.notices': () => ctx.store.read((db) => noticesOn(db, today())),
    'screen.booths': () => {
      const now = ctx.now();
      const day = localDay(now);
      return ctx.store.read((db) =>
        assignmentsOn(db, day).map((a) => ({
          booth: a.booth,
          employer: a.employerName,
          openJobs: shownJobsOf(db, a.employerId, now, ctx.config.desk.reconfirmDays).length,
          interviewing: interviewingAt(db, a.booth, day, a.employerId),
        })),
      );
    },
    'notices.post': async (input, caller) => {
      const now = ctx.now();
      const notice = await ctx.store.write((db) => {
        const n = postNotice(db, input, caller, now);
        auditCall(repositoriesOf(db), caller, now, 'notices.post', n.id);
        return n;
      });
      noticesChanged();
      return notice;
    },
    'notices.remove': async (input, caller) => {
      const now = ctx.now();
      const removed = await ctx.store.write((db) => {
        const removed = removeNotice(db, input.id, now);
        if (removed) auditCall(repositoriesOf(db), caller, now, 'notices.remove', input.id);
        return removed;
      });
      if (removed) noticesChanged();
      return { removed };
    },
    'notices.list': () => ctx.store.read((db) => noticesFrom(db, today())),
  };
}
