import type { Handlers } from '../../dispatcher';
import type { deskMethods } from '../../contract/desk';
import type { deskJobMethods } from '../../contract/desk-jobs';
import type { StationContext } from '../context';
import { confirmJob, editJob, postJob, searchDeskJobs, setJobStatus, toDeskJob } from './desk-jobs';
import { openFromCard } from './card-at-desk';
import { employerRecord } from './employer-record';
import { dueFollowUps } from './follow-ups-due';
import { registerManual } from './register-manual';
import {
  createReferral,
  findJob,
  recordFollowUp,
  recordService,
  reportEmployer,
  updateReferral,
} from './service-ledger';
import { eraseWorker, revealIdNumber, setKeyGroup, setOutcome, updateProfile } from './worker-edits';
import { loadRecord } from './worker-record';

type DeskHandlers = Pick<Handlers, keyof typeof deskMethods | keyof typeof deskJobMethods>;

/** The front desk's methods; every one needs a signed-in staff member (the contract says so). */
export function deskHandlers(ctx: StationContext): DeskHandlers {
  const { followUpDays, reconfirmDays } = ctx.config.desk;
  return {
    'workers.record': (input) => ctx.data.read((tx) => loadRecord(tx, input.workerId, ctx)),
    'workers.revealIdNumber': (input, caller) => revealIdNumber(ctx, input, caller),
    'workers.openFromCard': (input, caller) => openFromCard(ctx, input, caller),
    'workers.registerManual': (input, caller) => registerManual(ctx, input, caller),
    'workers.updateProfile': (input, caller) => updateProfile(ctx, input, caller),
    'workers.setKeyGroup': (input, caller) => setKeyGroup(ctx, input, caller),
    'workers.setOutcome': (input, caller) => setOutcome(ctx, input, caller),
    'workers.erase': (input, caller) => eraseWorker(ctx, input, caller),
    'services.record': (input, caller) => recordService(ctx, input, caller),
    'referrals.create': (input, caller) => createReferral(ctx, input, caller),
    'referrals.update': (input, caller) => updateReferral(ctx, input, caller),
    'followUps.due': (input) => ctx.data.read((tx) => dueFollowUps(tx, ctx.clock, followUpDays, input.limit)),
    'followUps.record': (input, caller) => recordFollowUp(ctx, input, caller),
    'employers.report': (input, caller) => reportEmployer(ctx, input, caller),
    'employers.record': (input) => ctx.data.read((tx) => employerRecord(tx, input.employerId)),
    'jobs.deskSearch': (input) =>
      ctx.data.read((tx) => searchDeskJobs(tx, input, ctx.now(), ctx.clock.today(), reconfirmDays)),
    'jobs.deskGet': (input) =>
      ctx.data.read((tx) => toDeskJob(findJob(tx, input.jobId), ctx.now(), ctx.clock.today(), reconfirmDays)),
    'jobs.post': (input, caller) => postJob(ctx, input, caller),
    'jobs.edit': (input, caller) => editJob(ctx, input, caller),
    'jobs.setStatus': (input, caller) => setJobStatus(ctx, input, caller),
    'jobs.confirm': (input, caller) => confirmJob(ctx, input, caller),
  };
}
