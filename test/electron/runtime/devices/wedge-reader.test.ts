import { afterEach, describe, expect, it } from 'vitest';
import type { CardPresented } from '../../../../electron/api';
import type { CallContext } from '../../../../electron/dispatcher';
import type { Runtime } from '../../../../electron/runtime/runtime';
import { parseConfig } from '../../../../electron/runtime/config';
import { syntheticCards } from '../../../../drivers/simulator/identities';
import { desk1, failure, ok, testStation } from '../desk/helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

const kiosk: CallContext = { role: 'kiosk', terminal: 'local-kiosk' };
const NUMBER = syntheticCards[0]!.idNumber!;
/** The same number with another check character: a misread or a made-up number. */
const badCheck = NUMBER.slice(0, 17) + (NUMBER[17] === '1' ? '2' : '1');

/** A kiosk whose reader is a keyboard wedge, and a desk with the virtual reader. */
async function wedgeStation() {
  const s = await testStation({
    readers: [
      { driver: 'wedge', id: 'wedge-1', serves: 'kiosk' },
      { driver: 'simulator', id: 'desk-reader', serves: 'desk' },
    ],
  });
  rt = s.runtime;
  const cards: { event: string; payload: unknown }[] = [];
  rt.bus.subscribe((e) => {
    if (e.event.startsWith('card.')) cards.push({ event: e.event, payload: e.payload });
  });
  return { rt, cards };
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('a keyboard-wedge reader', () => {
  it('presents the typed number at its kiosk as an unverified card, which needs staff', async () => {
    const { rt, cards } = await wedgeStation();
    expect((await ok(rt, kiosk, 'station.info', {})).wedgeReader).toBe(true);
    expect((await ok(rt, desk1, 'station.info', {})).wedgeReader).toBe(false);

    expect(await ok(rt, kiosk, 'card.typed', { idNumber: NUMBER })).toEqual({ reader: 'wedge-1' });
    await settle();
    const read = cards.find((c) => c.event === 'card.read')?.payload as CardPresented;
    expect(read).toMatchObject({
      reader: 'wedge-1',
      valid: false,
      problems: ['unverified'],
      returning: false,
    });
    expect(await ok(rt, kiosk, 'card.current', {})).toMatchObject({ token: read.token });
    // Nothing but the number is known, so the kiosk cannot register her by herself.
    const r = await rt.call(kiosk, 'workers.registerFromCard', {
      token: read.token,
      consent: { registration: true, shareWithEmployers: false },
    });
    expect(r.ok).toBe(false);
    expect((await ok(rt, kiosk, 'stats.today', {})).registrations).toBe(0);
  });

  it('refuses a number that is not 18 characters or fails its check, and presents nothing', async () => {
    const { rt, cards } = await wedgeStation();
    for (const idNumber of [NUMBER.slice(0, 17), badCheck, `${NUMBER}1`, '']) {
      const err = await failure(rt, kiosk, 'card.typed', { idNumber });
      expect(err.code).toBe('invalid_input');
      expect(err.issues?.[0]?.path).toBe('idNumber');
    }
    expect((await failure(rt, kiosk, 'card.typed', { idNumber: badCheck })).issues?.[0]?.message).toMatch(
      /check character/,
    );
    await settle();
    expect(cards).toEqual([]);
    expect(await ok(rt, kiosk, 'card.current', {})).toBeNull();
  });

  it('is reached only from the screen it serves', async () => {
    const { rt, cards } = await wedgeStation();
    expect((await failure(rt, desk1, 'card.typed', { idNumber: NUMBER })).code).toBe('unavailable');
    const otherKiosk: CallContext = { role: 'kiosk', terminal: 'kiosk-2' };
    expect((await failure(rt, otherKiosk, 'card.typed', { idNumber: NUMBER })).code).toBe('unavailable');
    expect(
      (await failure(rt, { role: 'booth', terminal: 'b1', booth: 1 }, 'card.typed', { idNumber: NUMBER }))
        .code,
    ).toBe('forbidden');
    await settle();
    expect(cards).toEqual([]);
  });

  it('cannot serve a booth, which needs a verified card', () => {
    expect(() => parseConfig({ readers: [{ driver: 'wedge', serves: 'booth', booth: 1 }] })).toThrow(
      /keyboard-wedge reader reads no verified card/,
    );
  });
});
