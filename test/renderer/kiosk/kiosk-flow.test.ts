import { describe, expect, it } from 'vitest';
import type { CardPresented } from '../../../electron/api';
import { attract, nextPhase } from '../../../renderer/kiosk/kiosk-flow';

const card = (over: Partial<CardPresented> = {}): CardPresented => ({
  reader: 'r',
  token: 't',
  cardType: 'resident',
  maskedName: '王**',
  valid: true,
  problems: [],
  returning: false,
  ...over,
});

describe('kiosk flow', () => {
  it('asks a new worker for consent before registering', () => {
    const p = nextPhase(attract, { type: 'card-read', card: card() });
    expect(p.name).toBe('consent');
    expect(nextPhase(p, { type: 'agree', card: card() }).name).toBe('registering');
  });

  it('takes a returning worker straight on, and an invalid card to the desk', () => {
    expect(nextPhase(attract, { type: 'card-read', card: card({ returning: true }) }).name).toBe(
      'registering',
    );
    expect(
      nextPhase(attract, { type: 'card-read', card: card({ valid: false, problems: ['checksum'] }) }).name,
    ).toBe('needs-desk');
  });

  it('forgets the person when the card is lifted before consent', () => {
    const consent = nextPhase(attract, { type: 'card-read', card: card() });
    expect(nextPhase(consent, { type: 'card-removed' })).toEqual(attract);
  });

  it('stores nothing on decline and returns to the start on finish', () => {
    const consent = nextPhase(attract, { type: 'card-read', card: card() });
    const declined = nextPhase(consent, { type: 'decline' });
    expect(declined).toEqual({ name: 'declined' });
    expect(nextPhase(declined, { type: 'finish' })).toEqual(attract);
  });

  it('ignores a second card while registering', () => {
    const reg = nextPhase(attract, { type: 'card-read', card: card({ returning: true }) });
    expect(nextPhase(reg, { type: 'card-read', card: card({ token: 'other' }) })).toBe(reg);
  });
});
