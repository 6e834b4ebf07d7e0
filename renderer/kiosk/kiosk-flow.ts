import type { CardPresented } from '../../electron/api';

/** Why someone is sent to the front desk; each has its own kind screen. */
export type DeskReason = 'card-problem' | 'expired' | 'unknown-type' | 'social-card' | 'no-card';

export const wizardSteps = ['phone', 'work', 'pay', 'when', 'where'] as const;
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
  /** Job search; `anonymous` when nothing is stored about the person (declined or no card). */
  | { name: 'browse'; anonymous: boolean; declined?: boolean }
  | { name: 'failed'; message: string };

export type KioskAction =
  | { type: 'card-read'; card: CardPresented }
  | { type: 'card-removed'; endSession: boolean }
  | { type: 'agree' }
  | { type: 'decline' }
  /** Registered and the profile read: a worker with answers goes straight to recommendations. */
  | { type: 'signed-in'; hasAnswers: boolean }
  | { type: 'wizard-next' }
  | { type: 'wizard-back' }
  | { type: 'edit-preferences' }
  | { type: 'recommendations' }
  | { type: 'applied' }
  | { type: 'browse' }
  | { type: 'to-desk'; reason: DeskReason }
  | { type: 'failed'; message: string }
  | { type: 'finish' };

export const attract: KioskPhase = { name: 'attract' };

/** Phases in which a worker is signed in (a session capability is held). */
const signedIn = new Set<KioskPhase['name']>(['wizard', 'recommendations', 'slip']);
export const isSignedInPhase = (p: KioskPhase) =>
  signedIn.has(p.name) || (p.name === 'browse' && !p.anonymous);

/** The desk reason for a card that failed validation: expiry and unknown types get their own words. */
export function deskReasonOf(card: CardPresented): DeskReason {
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
  switch (action.type) {
    case 'card-read':
      if (phase.name === 'registering') return phase;
      if (!action.card.valid) return { name: 'needs-desk', reason: deskReasonOf(action.card) };
      if (action.card.returning) return { name: 'registering', card: action.card };
      return { name: 'consent', card: action.card };
    case 'card-removed':
      if (phase.name === 'consent' || phase.name === 'needs-desk') return attract;
      return action.endSession && phase.name !== 'attract' ? attract : phase;
    case 'agree':
      return phase.name === 'consent' ? { name: 'registering', card: phase.card } : phase;
    case 'decline':
      return phase.name === 'consent' ? { name: 'browse', anonymous: true, declined: true } : phase;
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
