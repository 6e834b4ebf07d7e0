import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardPresented } from '../../../electron/api';
import { startHub, type RunningHub } from '../../../electron/hub/start-hub';
import { parseConfig } from '../../../electron/runtime/config';
import { collectEvents } from './sse-client';

/**
 * Two kiosk pages in one hall, each with the reader beside it. A card placed at one reaches only
 * that page: the other never learns the masked name, the card's token or a returning worker's id,
 * and cannot act on the card.
 */
const tokens = { a: 'kiosk-a-token-0123456789abcdef', b: 'kiosk-b-token-0123456789abcdef' };
let hub: RunningHub;

async function call(token: string, method: string, body: unknown) {
  const res = await fetch(`${hub.url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { ok: boolean; value?: any; error?: any };
}

beforeAll(async () => {
  hub = await startHub({
    config: parseConfig({
      readers: [
        { driver: 'simulator', id: 'reader-a', serves: 'kiosk', terminal: 'kiosk-a' },
        { driver: 'simulator', id: 'reader-b', serves: 'kiosk', terminal: 'kiosk-b' },
      ],
      hub: {
        terminals: [
          { id: 'kiosk-a', name: '1号自助机', role: 'kiosk', token: tokens.a },
          { id: 'kiosk-b', name: '2号自助机', role: 'kiosk', token: tokens.b },
        ],
      },
    }),
    dataDir: null,
    port: 0,
    rendererDir: '/nonexistent',
  });
});
afterAll(() => hub.close());

describe('a card reaches only the screen at its reader', () => {
  it('tells kiosk A of a card at its reader and kiosk B nothing', async () => {
    const a = collectEvents(`${hub.url}/api/events?token=${tokens.a}`);
    const b = collectEvents(`${hub.url}/api/events?token=${tokens.b}`);
    await Promise.all([a.ready, b.ready]);

    expect((await call(tokens.a, 'simulator.placeCard', { identity: 2 })).ok).toBe(true);
    const card = (await a.next('card.read')) as CardPresented;
    expect(card.reader).toBe('reader-a');
    expect((await call(tokens.a, 'card.current', {})).value).toMatchObject({ token: card.token });

    // Kiosk B sees no card, and the card's token does nothing there.
    expect((await call(tokens.b, 'card.current', {})).value).toBeNull();
    const stolen = await call(tokens.b, 'workers.registerFromCard', {
      token: card.token,
      consent: { registration: true, shareWithEmployers: false },
    });
    expect(stolen).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(
      hub.runtime.context.store.read((db) => db.get<{ n: number }>('SELECT count(*) AS n FROM workers'))!.n,
    ).toBe(0);

    await call(tokens.a, 'simulator.removeCard', {});
    await a.next('card.removed');
    // Kiosk B's own reader still reaches kiosk B.
    await call(tokens.b, 'simulator.placeCard', { identity: 3 });
    // Each stream delivers in order, so B's first card event being its own reader's proves it heard
    // nothing of A's card; a second card at A, heard next at A, proves the same of B's card.
    expect(((await b.next('card.read')) as CardPresented).reader).toBe('reader-b');
    expect(b.count('card.read')).toBe(1);
    await call(tokens.a, 'simulator.placeCard', { identity: 4 });
    expect(((await a.next('card.read')) as CardPresented).reader).toBe('reader-a');
    expect(a.count('card.read')).toBe(2);
    a.close();
    b.close();
  });
});
