import type { Handlers } from '../../dispatcher';
import { isHallTerminal } from '../sync/hall-terminal';
import { ApiFailure } from '../api-error';
import type { StationContext } from '../context';
import { workerProfileSchema } from '../match/worker';
import { placeNames } from '../terminals/place-names';
import { applyForJob } from './applications';
import { profileForMatch } from './profile-for-match';
import { checkAnswers, dailyPay, kioskProfile, writeAnswers } from './profiles';

type KioskMethod =
  | 'kiosk.settings'
  | 'kiosk.profile'
  | 'kiosk.saveAnswers'
  | 'kiosk.apply'
  | 'kiosk.dailyPay'
  | 'kiosk.end'
  | 'kiosk.callStaff'
  | 'kiosk.socialCard'
  | 'match.recommend'
  | 'jobs.search'
  | 'jobs.get'
  | 'market.figures'
  | 'jobs.taxonomy';

/** The kiosk's methods and the matching engine's, over the runtime's context. */
export function kioskHandlers(ctx: StationContext): Pick<Handlers, KioskMethod> {
  const { kiosk } = ctx.config;
  const engine = ctx.match.engine;

  return {
    'kiosk.settings': () => ({
      stationName: ctx.config.stationName,
      idleSeconds: kiosk.idleSeconds,
      warnSeconds: Math.min(kiosk.warnSeconds, kiosk.idleSeconds - 1),
      endOnCardRemoval: kiosk.endOnCardRemoval,
      printsSlips: kiosk.receiptPrinter !== undefined,
      stationPhone: kiosk.stationPhone,
      district: kiosk.district,
      languages: kiosk.languages,
      socialCard: kiosk.socialCardVerifier !== undefined,
    }),
    'kiosk.profile': (input, caller) => {
      const workerId = ctx.kioskSessions.workerOf(input.session, caller);
      return ctx.data.read((tx) => kioskProfile(tx, workerId));
    },
    'kiosk.saveAnswers': async (input, caller) => {
      const workerId = ctx.kioskSessions.workerOf(input.session, caller);
      checkAnswers(input.answers, ctx.match.taxonomy());
      return ctx.data.write((tx) => {
        writeAnswers(tx, workerId, input.answers, ctx.now(), isHallTerminal(ctx.config, tx));
        return kioskProfile(tx, workerId);
      });
    },
    'kiosk.apply': (input, caller) => {
      const workerId = ctx.kioskSessions.workerOf(input.session, caller);
      return applyForJob(ctx, workerId, engine.get(input.jobId), caller);
    },
    'kiosk.dailyPay': (input) => dailyPay(input),
    'kiosk.end': (input, caller) => ({ ended: ctx.kioskSessions.end(input.session, caller) }),
    'kiosk.callStaff': (input, caller) => {
      const at = ctx.now().toISOString();
      const place = ctx.data.read((tx) => placeNames(tx, ctx.config)(caller.terminal));
      ctx.bus.emit('kiosk.staffCalled', { terminal: caller.terminal, place, screen: input.screen, at });
      return { calledAt: at };
    },
    // No verification service is wired yet: the token is never stored, and the person goes to the desk.
    'kiosk.socialCard': () => ({
      status: 'needs-desk',
      reason: kiosk.socialCardVerifier ? 'not-verified' : 'no-verifier',
    }),
    'match.recommend': (input, caller) => {
      const workerId = ctx.kioskSessions.workerOf(input.session, caller);
      const { facts, answers } = ctx.data.read((tx) => ({
        facts: tx.workers.facts(workerId),
        answers: tx.kioskProfiles.answers(workerId),
      }));
      if (!facts) throw new ApiFailure('not_found', 'this worker is no longer registered');
      const profile = workerProfileSchema.parse(profileForMatch(answers, facts, kiosk, ctx.clock.today()));
      const result = engine.match(profile, input.top);
      return {
        items: result.items,
        warnings: result.warnings,
        expectedDailyPay: profile.expectedDailyPay ?? null,
        // The band the pay step showed her for the same trades (market.figures).
        market: engine.marketBand(profile.occupations),
      };
    },
    'jobs.search': (input) => engine.search(input),
    'jobs.get': (input) => {
      const job = engine.get(input.id);
      if (!job) throw new ApiFailure('not_found', `no job '${input.id}'`);
      return job;
    },
    'market.figures': (input) => engine.marketFigures(ctx.match.expectations(), input.occupations),
    'jobs.taxonomy': () => ctx.match.taxonomy(),
  };
}
