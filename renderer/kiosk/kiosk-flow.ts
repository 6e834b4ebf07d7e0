import type { CardPresented, Registered } from '../../electron/api';

/** Where the person at the kiosk is. Pure data: the screen is a function of it. */
export type KioskPhase =
  | { name: 'attract' }
  | { name: 'consent'; card: CardPresented }
  | { name: 'registering'; card: CardPresented }
  | { name: 'needs-desk'; card: CardPresented }
  | { name: 'done'; maskedName: string; returning: boolean }
  | { name: 'declined' }
  | { name: 'failed'; message: string };

export type KioskAction =
  | { type: 'card-read'; card: CardPresented }
  | { type: 'card-removed' }
  | { type: 'agree'; card: CardPresented }
  | { type: 'decline' }
  | { type: 'registered'; result: Registered }
  | { type: 'failed'; message: string }
  | { type: 'finish' };

export const attract: KioskPhase = { name: 'attract' };

/**
 * The kiosk's flow as a pure function. A returning worker skips consent (they gave it before);
 * a card that fails validation goes to the desk; lifting the card before consent ends the session,
 * so nothing is kept about someone who walked away.
 */
export function nextPhase(phase: KioskPhase, action: KioskAction): KioskPhase {
  switch (action.type) {
    case 'card-read':
      if (phase.name === 'registering') return phase;
      if (!action.card.valid) return { name: 'needs-desk', card: action.card };
      if (action.card.returning) return { name: 'registering', card: action.card };
      return { name: 'consent', card: action.card };
    case 'card-removed':
      return phase.name === 'consent' || phase.name === 'needs-desk' ? attract : phase;
    case 'agree':
      return phase.name === 'consent' ? { name: 'registering', card: phase.card } : phase;
    case 'decline':
      return phase.name === 'consent' ? { name: 'declined' } : phase;
    case 'registered':
      return { name: 'done', maskedName: action.result.maskedName, returning: action.result.returning };
    case 'failed':
      return { name: 'failed', message: action.message };
    case 'finish':
      return attract;
  }
}
