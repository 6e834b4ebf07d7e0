import { describe, expect, it } from 'vitest';
import type { CardPresented } from '../../../electron/api';
import {
  attract,
  isSignedInPhase,
  nextPhase,
  wizardSteps,
  type KioskPhase,
} from '../../../renderer/kiosk/kiosk-flow';

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

const run = (start: KioskPhase, ...actions: Parameters<typeof nextPhase>[1][]) =>
  actions.reduce((p, a) => nextPhase(p, a), start);

describe('kiosk flow', () => {
  it('asks a new worker for consent, then the wizard, then recommendations', () => {
    const p = nextPhase(attract, { type: 'card-read', card: card() });
    expect(p.name).toBe('consent');
    const reg = nextPhase(p, { type: 'agree' });
    expect(reg.name).toBe('registering');
    const wiz = nextPhase(reg, { type: 'signed-in', hasAnswers: false });
    expect(wiz).toEqual({ name: 'wizard', step: 0 });
    const end = run(wiz, ...wizardSteps.slice(1).map(() => ({ type: 'wizard-next' }) as const));
    expect(end).toEqual({ name: 'wizard', step: wizardSteps.length - 1 });
    expect(nextPhase(end, { type: 'wizard-next' }).name).toBe('recommendations');
  });

  it('has one screen per question, and back stops at the first', () => {
    let p: KioskPhase = { name: 'wizard', step: 0 };
    let screens = 1;
    while (p.name === 'wizard') {
      p = nextPhase(p, { type: 'wizard-next' });
      if (p.name === 'wizard') screens++;
    }
    expect(screens).toBe(wizardSteps.length);
    expect(nextPhase({ name: 'wizard', step: 0 }, { type: 'wizard-back' })).toEqual({
      name: 'wizard',
      step: 0,
    });
  });

  it('goes back to the one question a kind screen asked her to change, and nowhere else', () => {
    const p: KioskPhase = { name: 'wizard', step: wizardSteps.indexOf('certs') };
    expect(nextPhase(p, { type: 'wizard-to', step: wizardSteps.indexOf('work') })).toEqual({
      name: 'wizard',
      step: 1,
    });
    expect(nextPhase(p, { type: 'wizard-to', step: wizardSteps.length })).toBe(p);
    expect(nextPhase({ name: 'recommendations' }, { type: 'wizard-to', step: 1 })).toEqual({
      name: 'recommendations',
    });
  });

  it('takes a returning worker with answers straight to recommendations', () => {
    const p = run(
      attract,
      { type: 'card-read', card: card({ returning: true }) },
      { type: 'signed-in', hasAnswers: true },
    );
    expect(p.name).toBe('recommendations');
    expect(nextPhase(p, { type: 'edit-preferences' })).toEqual({ name: 'wizard', step: 1 });
  });

  it('sends failing cards to the desk with the reason that fits', () => {
    const desk = (problems: string[]) =>
      nextPhase(attract, { type: 'card-read', card: card({ valid: false, problems }) });
    expect(desk(['checksum'])).toEqual({ name: 'needs-desk', reason: 'card-problem' });
    expect(desk(['expired'])).toEqual({ name: 'needs-desk', reason: 'expired' });
    expect(desk(['unknown-type', 'checksum'])).toEqual({ name: 'needs-desk', reason: 'unknown-type' });
    expect(desk(['expired', 'sex-mismatch'])).toEqual({ name: 'needs-desk', reason: 'card-problem' });
  });

  it('declining stores nothing and opens anonymous browsing', () => {
    const p = run(attract, { type: 'card-read', card: card() }, { type: 'decline' });
    expect(p).toMatchObject({ name: 'browse', anonymous: true, declined: true });
    expect(isSignedInPhase(p)).toBe(false);
    // An anonymous browser cannot reach a signed-in screen.
    expect(nextPhase(p, { type: 'applied' })).toBe(p);
    expect(nextPhase(p, { type: 'recommendations' })).toBe(p);
  });

  it('after declining, 我想登记 asks for consent again with the card still on the reader', () => {
    const declined = run(
      attract,
      { type: 'card-read', card: card({ token: 'on-reader' }) },
      { type: 'decline' },
    );
    const again = nextPhase(declined, { type: 'register' });
    expect(again).toEqual({ name: 'consent', card: card({ token: 'on-reader' }) });
    expect(nextPhase(again, { type: 'agree' }).name).toBe('registering');
    // Once the card is lifted there is nothing to register with: browsing goes on, anonymous.
    const lifted = nextPhase(declined, { type: 'card-removed', endSession: true });
    expect(lifted).toEqual({ name: 'browse', anonymous: true, declined: true });
    expect(nextPhase(lifted, { type: 'register' })).toBe(lifted);
    // Browsing from the start screen has no card to register.
    const anon = nextPhase(attract, { type: 'browse' });
    expect(nextPhase(anon, { type: 'register' })).toBe(anon);
  });

  it('lifting the card before consent goes back to the start; after, only when configured', () => {
    const consent = nextPhase(attract, { type: 'card-read', card: card() });
    expect(nextPhase(consent, { type: 'card-removed', endSession: false })).toBe(attract);
    const recs: KioskPhase = { name: 'recommendations' };
    expect(nextPhase(recs, { type: 'card-removed', endSession: false })).toBe(recs);
    expect(nextPhase(recs, { type: 'card-removed', endSession: true })).toEqual({
      name: 'card-gone',
      midQuestion: false,
    });
  });

  it('a card lifted mid-question ends on a kind screen that late answers cannot leave', () => {
    const gone = nextPhase({ name: 'wizard', step: 2 }, { type: 'card-removed', endSession: true });
    expect(gone).toEqual({ name: 'card-gone', midQuestion: true });
    expect(isSignedInPhase(gone)).toBe(false);
    const reg = nextPhase({ name: 'registering', card: card() }, { type: 'card-removed', endSession: true });
    expect(reg).toEqual({ name: 'card-gone', midQuestion: true });
    // A save or a call that fails after the card went does not replace the screen.
    for (const late of [
      { type: 'failed', message: 'save' },
      { type: 'wizard-next' },
      { type: 'signed-in', hasAnswers: false },
      { type: 'applied' },
      { type: 'recommendations' },
    ] as const)
      expect(nextPhase(gone, late)).toBe(gone);
    // The person chooses what next: the start screen, or the card again.
    expect(nextPhase(gone, { type: 'finish' })).toBe(attract);
    expect(nextPhase(gone, { type: 'card-read', card: card() }).name).toBe('consent');
  });

  it('browsing from a session keeps the session; from the start it is anonymous', () => {
    expect(nextPhase({ name: 'recommendations' }, { type: 'browse' })).toEqual({
      name: 'browse',
      anonymous: false,
    });
    expect(nextPhase(attract, { type: 'browse' })).toEqual({ name: 'browse', anonymous: true });
  });

  it('ignores a second card while registering', () => {
    const reg: KioskPhase = { name: 'registering', card: card() };
    expect(nextPhase(reg, { type: 'card-read', card: card({ token: 'x' }) })).toBe(reg);
  });
});
