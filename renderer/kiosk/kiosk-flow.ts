import type { CardPresented } from '../../electron/api';

/** Why someone is sent to the front desk; each has its own kind screen. */
export type DeskReason =
  | 'card-problem'
  | 'expired'
  | 'unknown-type'
  | 'social-card'
  | 'no-card'
  /** A keyboard-wedge reader typed the number only: no name, nothing verified (staff check the card). */
  | 'unverified';

/** One question per screen: district, distance and certificates each have their own. */
export const wizardSteps = ['phone', 'work', 'pay', 'when', 'district', 'distance', 'certs'] as const;
export type WizardStep = (typeof wizardSteps)[number];

/** Where the person at the kiosk is. Pure data: the screen is a function of it. */
export type KioskPhase =
  | { name: 'attract' }
  | { name: 'consent'; card: CardPresented }
  | { name: 'registering'; card: CardPresented }
  | { name: 'needs-desk'; reason: DeskReason }
  | { name: 'wizard'; step: number }
  | { name: 'recommendations' }
  | { name: 'slip' }
  /**
   * Job search; `anonymous` when nothing is stored about the person (declined or no card). After
   * declining, `card` is the card still on the reader, so 我想登记 can ask for consent again.
   */
  | { name: 'browse'; anonymous: boolean; declined?: boolean; card?: CardPresented }
  /**
   * The card was lifted and that ended the session: a kind screen that says what happens next.
   * `midQuestion` when it went before the answers were stored (they never are, half-way).
   */
  | { name: 'card-gone'; midQuestion: boolean }
  | { name: 'failed'; message: string };

export type KioskAction =
  | { type: 'card-read'; card: CardPresented }
  | { type: 'card-removed'; endSession: boolean }
  | { type: 'agree' }
  | { type: 'decline' }
  /** 我想登记: consent after all, with the declined card still on the reader. */
  | { type: 'register' }
  /** Registered and the profile read: a worker with answers goes straight to recommendations. */
  | { type: 'signed-in'; hasAnswers: boolean }
  | { type: 'wizard-next' }
  | { type: 'wizard-back' }
  /** Back to one question, from the kind screen that said what to change there. */
  | { type: 'wizard-to'; step: number }
  | { type: 'edit-preferences' }
  | { type: 'recommendations' }
  | { type: 'applied' }
  | { type: 'browse' }
  | { type: 'to-desk'; reason: DeskReason }
  | { type: 'failed'; message: string }
  | { type: 'finish' };

export const attract: KioskPhase = { name: 'attract' };

/** Phases the answers are still being given in: a lifted card there leaves them unsaved. */
const midQuestion = new Set<KioskPhase['name']>(['registering', 'wizard']);

/** Phases in which a worker is signed in (a session capability is held). */
const signedIn = new Set<KioskPhase['name']>(['wizard', 'recommendations', 'slip']);
export const isSignedInPhase = (p: KioskPhase) =>
  signedIn.has(p.name) || (p.name === 'browse' && !p.anonymous);

/** The desk reason for a card that failed validation: expiry and unknown types get their own words. */
export function deskReasonOf(card: CardPresented): DeskReason {
  if (card.problems.includes('unverified')) return 'unverified';
  if (card.problems.includes('unknown-type')) return 'unknown-type';
  if (card.problems.length === 1 && card.problems[0] === 'expired') return 'expired';
  return 'card-problem';
}

/**
 * The kiosk's flow as a pure function. A returning worker skips consent (they gave it before);
 * a card that fails validation goes to the desk; lifting the card before consent ends the session,
 * so nothing is kept about someone who walked away. A new card always starts a new person.
 */
export function nextPhase(phase: KioskPhase, action: KioskAction): KioskPhase {
  // Once the card has gone, only the person moves on: a late answer from the station (a save that
  // failed because the session ended) must not replace the screen that tells her what to do.
  if (phase.name === 'card-gone' && action.type !== 'card-read' && action.type !== 'finish') return phase;
  switch (action.type) {
    case 'card-read':
      if (phase.name === 'registering') return phase;
      if (!action.card.valid) return { name: 'needs-desk', reason: deskReasonOf(action.card) };
      if (action.card.returning) return { name: 'registering', card: action.card };
      return { name: 'consent', card: action.card };
    case 'card-removed':
      if (phase.name === 'consent' || phase.name === 'needs-desk') return attract;
      // Anonymous browsing holds nothing to end; it only loses the card 我想登记 would use.
      if (phase.name === 'browse' && phase.anonymous) {
        if (!phase.card) return phase;
        const { card: _lifted, ...rest } = phase;
        return rest;
      }
      if (!action.endSession || (!isSignedInPhase(phase) && !midQuestion.has(phase.name))) return phase;
      return { name: 'card-gone', midQuestion: midQuestion.has(phase.name) };
    case 'agree':
      return phase.name === 'consent' ? { name: 'registering', card: phase.card } : phase;
    case 'decline':
      return phase.name === 'consent'
        ? { name: 'browse', anonymous: true, declined: true, card: phase.card }
        : phase;
    case 'register':
      return phase.name === 'browse' && phase.card ? { name: 'consent', card: phase.card } : phase;
    case 'signed-in':
      if (phase.name !== 'registering') return phase;
      return action.hasAnswers ? { name: 'recommendations' } : { name: 'wizard', step: 0 };
    case 'wizard-next':
      if (phase.name !== 'wizard') return phase;
      return phase.step + 1 >= wizardSteps.length
        ? { name: 'recommendations' }
        : { name: 'wizard', step: phase.step + 1 };
    case 'wizard-back':
      if (phase.name !== 'wizard') return phase;
      return phase.step === 0 ? phase : { name: 'wizard', step: phase.step - 1 };
    case 'wizard-to':
      if (phase.name !== 'wizard' || action.step < 0 || action.step >= wizardSteps.length) return phase;
      return { name: 'wizard', step: action.step };
    case 'edit-preferences':
      return isSignedInPhase(phase) ? { name: 'wizard', step: 1 } : phase;
    case 'recommendations':
      return isSignedInPhase(phase) ? { name: 'recommendations' } : phase;
    case 'applied':
      return isSignedInPhase(phase) ? { name: 'slip' } : phase;
    case 'browse':
      return { name: 'browse', anonymous: !isSignedInPhase(phase) };
    case 'to-desk':
      return { name: 'needs-desk', reason: action.reason };
    case 'failed':
      return { name: 'failed', message: action.message };
    case 'finish':
      return attract;
  }
}
