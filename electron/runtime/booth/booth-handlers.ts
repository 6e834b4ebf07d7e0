import type { boothMethods } from '../../contract/booth';
import type { CallContext, Handlers } from '../../dispatcher';
import { auditCall } from '../audit/audit-log';
import type { StationContext } from '../context';
import { assignBooth, callerBooth, employerAtBooth, toView } from './assignments';
import { editBoothJob, employerJobs, postBoothJob, setBoothJobStatus } from './booth-jobs';
import { callToBooth } from './calls';
import { boothDisplay } from './display';
import { loadProfile, saveProfile } from './employer-profile';
import { identifyAtBooth } from './identify';
import { recordOutcome } from './outcomes';
import { applicantIds, candidateViews, matchedIds, type BoothScope } from './people';

type BoothHandlers = Pick<Handlers, keyof typeof boothMethods>;

/** The employer's booth tablet and TV, and the staff methods that hand out booths. */
export function boothHandlers(ctx: StationContext): BoothHandlers {
  const scopeOf = (caller: CallContext): BoothScope => {
    const now = ctx.now();
    const day = ctx.clock.dayOf(now);
    return { assignment: ctx.data.read((tx) => employerAtBooth(tx, caller, day)), day, now };
  };
  const changed = (booths: number[], what: 'assignment' | 'profile' | 'jobs') => {
    for (const booth of booths) ctx.bus.emit('booth.changed', { booth, what });
  };
  return {
    'booth.session': (_input, caller) => {
      const booth = callerBooth(caller);
      const day = ctx.clock.today();
      return ctx.data.read((tx) => {
        const base = { booth, day, stationName: ctx.config.stationName };
        const a = tx.booths.at(booth, day);
        if (!a) return { ...base, employer: null, jobs: [], interviewing: 0 };
        return {
          ...base,
          employer: loadProfile(tx, a.employerId),
          jobs: employerJobs(tx, a.employerId),
          interviewing: tx.boothVisits.interviewing({ booth, day, employerId: a.employerId }),
        };
      });
    },
    'booth.saveProfile': async (input, caller) => {
      const now = ctx.now();
      const day = ctx.clock.dayOf(now);
      const profile = await ctx.data.write((tx) => {
        const a = employerAtBooth(tx, caller, day);
        const saved = saveProfile(tx, a.employerId, input, caller, now);
        auditCall(tx, caller, now, 'booth.profile', a.employerId);
        return { saved, booths: tx.booths.heldBy(a.employerId, day) };
      });
      changed(profile.booths, 'profile');
      return profile.saved;
    },
    'booth.postJob': async (input, caller) => {
      const job = await postBoothJob(ctx, caller, input.draft);
      changed([callerBooth(caller)], 'jobs');
      return job;
    },
    'booth.editJob': async (input, caller) => {
      const job = await editBoothJob(ctx, caller, input.jobId, input.draft);
      changed([callerBooth(caller)], 'jobs');
      return job;
    },
    'booth.setJobStatus': async (input, caller) => {
      const job = await setBoothJobStatus(ctx, caller, input.jobId, input.status);
      changed([callerBooth(caller)], 'jobs');
      return job;
    },
    'booth.applicants': (_input, caller) => {
      const scope = scopeOf(caller);
      return ctx.data.read((tx) => candidateViews(tx, scope, applicantIds(tx, scope.assignment.employerId)));
    },
    'booth.candidates': (input, caller) => {
      const scope = scopeOf(caller);
      return ctx.data.read((tx) =>
        candidateViews(tx, scope, matchedIds(tx, scope, input.limit, input.jobId)),
      );
    },
    'booth.identify': (input, caller) => identifyAtBooth(ctx, input, caller),
    'booth.call': (input, caller) => callToBooth(ctx, input.workerId, caller),
    'booth.recordOutcome': (input, caller) => recordOutcome(ctx, input, caller),
    'booth.display': (input, caller) => boothDisplay(ctx, caller, input.booth),
    'booth.assign': async (input, caller) => {
      const now = ctx.now();
      const a = await ctx.data.write((tx) => {
        const a = assignBooth(tx, input, caller, now, ctx.clock.dayOf(now));
        auditCall(tx, caller, now, 'booth.assign', a.employerId, {
          booth: a.booth,
          day: a.day,
        });
        return a;
      });
      changed([a.booth], 'assignment');
      return toView(a);
    },
    'booth.unassign': async (input, caller) => {
      const now = ctx.now();
      const day = input.day ?? ctx.clock.dayOf(now);
      const removed = await ctx.data.write((tx) => {
        const removed = tx.booths.unassign(input.booth, day);
        if (removed) auditCall(tx, caller, now, 'booth.unassign', String(input.booth), { day });
        return removed;
      });
      if (removed) changed([input.booth], 'assignment');
      return { removed };
    },
    'booth.assignments': (input) =>
      ctx.data.read((tx) => tx.booths.on(input.day ?? ctx.clock.today()).map(toView)),
  };
}
