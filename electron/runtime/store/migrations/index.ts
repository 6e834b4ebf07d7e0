import type { Migration } from '../migrate';
import { migration as jobsWorkersVisits } from './001-jobs-workers-visits';
import { migration as auditRetentionIndex } from './002-audit-retention-index';
import { migration as terminalsPairingCodes } from './003-terminals-pairing-codes';
import { migration as frontDesk } from './004-front-desk';
import { migration as kioskAnswersApplications } from './005-kiosk-answers-applications';
import { migration as syncFeedOutbox } from './006-sync-feed-outbox';
import { migration as boothsNotices } from './007-booths-notices';
import { migration as dropPairingCodes } from './008-drop-pairing-codes';
import { migration as applicationsAreReferrals } from './009-applications-are-referrals';
import { migration as hallRecord } from './010-hall-record';
import { migration as signInFailuresPerTerminal } from './011-sign-in-failures-per-terminal';
import { migration as hallErasureFeed } from './012-hall-erasure-feed';
import { migration as phoneToEmployers } from './013-phone-to-employers';

/**
 * Numbered, append-only: one file per migration, NNN-what-it-does.ts, each listed here in order. A
 * database from any earlier version opens by running the ones it lacks (`migrate`). Never edit a
 * migration that has shipped; add the next number.
 */
export const migrations: Migration[] = [
  jobsWorkersVisits,
  auditRetentionIndex,
  terminalsPairingCodes,
  frontDesk,
  kioskAnswersApplications,
  syncFeedOutbox,
  boothsNotices,
  dropPairingCodes,
  applicationsAreReferrals,
  hallRecord,
  signInFailuresPerTerminal,
  hallErasureFeed,
  phoneToEmployers,
];

export const latestVersion = migrations.reduce((v, m) => Math.max(v, m.version), 0);
