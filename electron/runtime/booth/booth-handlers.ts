import type { boothMethods } from '../../contract/booth';
import type { CallContext, Handlers } from '../../dispatcher';
import { auditCall } from '../audit/audit-log';
import { repositoriesOf } from '../data/station-data';
import type { StationContext } from '../context';
import { localDay } from '../workers/repository';
import {
  assignBooth,
  assignmentAt,
  assignmentsOn,
  boothsOf,
  callerBooth,
  employerAtBooth,
  toView,
  unassignBooth,
} from './assignments';
import { editBoothJob, employerJobs, postBoothJob, setBoothJobStatus } from './booth-jobs';
import { callToBooth } from './calls';
import { boothDisplay } from './display';
import { loadProfile, saveProfile } from './employer-profile';
import { identifyAtBooth } from './identify';
import { recordOutcome } from './outcomes';
import { applicantIds, candidateViews, matchedIds, type BoothScope } from './people';
import { interviewingAt } from './visits';

type BoothHandlers = Pick<Handlers, keyof typeof boothMethods>;

/** The employer's booth tablet and TV, and the staff methods that hand out booths. */
export function boothHandlers(ctx: StationContext): BoothHandlers {
  const scopeOf = (caller: CallContext): BoothScope => {
    const now = ctx.now();
    return { assignment: ctx.store.read((db) => employerAtBooth(db, caller, now)), day: localDay(now), now };
  };
  const changed = (booths: number[], what: 'assignment' | 'profile' | 'jobs') => {
    for (const booth of booths) ctx.bus.emit('booth.changed', { booth, what });
  };
  return {
    'booth.session': (_input, caller) => {
      const booth = callerBooth(caller);
      const now = ctx.now();
      const day = localDay(now);
      return ctx.store.read((db) => {
        const base = { booth, day, stationName: ctx.config.stationName };
        const a = assignmentAt(db, booth, day);
        if (!a) return { ...base, employer: null, jobs: [], interviewing: 0 };
        return {
          ...base,
          employer: loadProfile(db, a.employerId),
          jobs: employerJobs(db, a.employerId),
          interviewing: interviewingAt(db, booth, day, a.employerId),
        };
      });
    },
    'booth.saveProfile': async (input, caller) => {
      const now = ctx.now();
      const profile = await ctx.store.write((db) => {
        const a = employerAtBooth(db, caller, now);
        const saved = saveProfile(db, a.employerId, input, caller, now);
        auditCall(repositoriesOf(db), caller, now, 'booth.profile', a.employerId);
        return { saved, booths: boothsOf(db, a.employerId, localDay(now)) };
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
      return ctx.store.read((db) => candidateViews(db, scope, applicantIds(db, scope.assignment.employerId)));
    },
    'booth.candidates': (input, caller) => {
      const scope = scopeOf(caller);
      return ctx.store.read((db) =>
        candidateViews(db, scope, matchedIds(db, scope, input.limit, input.jobId)),
      );
    },
    'booth.identify': (input, caller) => identifyAtBooth(ctx, input, caller),
    'booth.call': (input, caller) => callToBooth(ctx, input.workerId, caller),
    'booth.recordOutcome': (input, caller) => recordOutcome(ctx, input, caller),
    'booth.display': (input, caller) => boothDisplay(ctx, caller, input.booth),
    'booth.assign': async (input, caller) => {
      const now = ctx.now();
      const a = await ctx.store.write((db) => {
        const a = assignBooth(db, input, caller, now);
        auditCall(repositoriesOf(db), caller, now, 'booth.assign', a.employerId, {
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
      const day = input.day ?? localDay(now);
      const removed = await ctx.store.write((db) => {
        const removed = unassignBooth(db, input.booth, day);
        if (removed)
          auditCall(repositoriesOf(db), caller, now, 'booth.unassign', String(input.booth), { day });
        return removed;
      });
      if (removed) changed([input.booth], 'assignment');
      return { removed };
    },
    'booth.assignments': (input) =>
      ctx.store.read((db) => assignmentsOn(db, input.day ?? localDay(ctx.now())).map(toView)),
  };
}
