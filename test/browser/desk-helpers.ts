import type { Page } from 'playwright-core';
import type { CardPresented, JobDraft, MethodInput, MethodName, MethodResult } from '../../electron/api';
import type { CallContext } from '../../electron/dispatcher';
import { startHub, type RunningHub } from '../../electron/hub/start-hub';
import { parseConfig } from '../../electron/runtime/config';
import { stationToday } from '../support/clock';

/** The desk page's terminal: the hub's own token for the desk role. */
export const deskPageTerminal: CallContext = { role: 'desk', terminal: 'local-desk' };
export const kioskTerminal: CallContext = { role: 'kiosk', terminal: 'local-kiosk' };

/** A hub with a virtual reader for the kiosks and another on the desk. */
export function startDeskHub(): Promise<RunningHub> {
  return startHub({
    config: parseConfig({
      readers: [
        { driver: 'simulator', id: 'kiosk-reader', serves: 'kiosk' },
        { driver: 'simulator', id: 'desk-reader', serves: 'desk' },
      ],
    }),
    dataDir: null,
    port: 0,
  });
}

export async function must<M extends MethodName>(
  hub: RunningHub,
  ctx: CallContext,
  method: M,
  input: MethodInput<M>,
): Promise<MethodResult<M>> {
  const r = await hub.runtime.call(ctx, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

/** Someone registers at a kiosk with their card (identity `n` of the virtual reader). */
export async function registerAtKiosk(hub: RunningHub, n: number): Promise<string> {
  await must(hub, kioskTerminal, 'simulator.placeCard', { identity: n });
  let card: CardPresented | null = null;
  while (!card) {
    await new Promise((r) => setTimeout(r, 25));
    card = await must(hub, kioskTerminal, 'card.current', {});
  }
  const reg = await must(hub, kioskTerminal, 'workers.registerFromCard', {
    token: card.token,
    consent: { registration: true, shareWithEmployers: true },
  });
  const lifted = new Promise<void>((resolve) => {
    const off = hub.runtime.bus.subscribe((e) => {
      if (e.event !== 'card.removed') return;
      off();
      resolve();
    });
  });
  await must(hub, kioskTerminal, 'simulator.removeCard', {});
  await lifted;
  return reg.workerId;
}

export function workerRow(hub: RunningHub, id: string) {
  return hub.runtime.context.store.read((db) =>
    db.get<{ name: string; id_number: string; phone: string | null }>(
      'SELECT name, id_number, phone FROM workers WHERE id = ?',
      [id],
    ),
  )!;
}

export function audit(hub: RunningHub, action: string) {
  return hub.runtime.context.store.read((db) =>
    db.all<{ actor: string; subject: string; terminal: string; detail: string | null }>(
      'SELECT actor, subject, terminal, detail FROM audit WHERE action = ? ORDER BY rowid',
      [action],
    ),
  );
}

export const draft = (over: Partial<JobDraft> = {}): JobDraft => ({
  title: '物流园夜班分拣（驿站代招）',
  occupation: '4-02-06-05',
  employer: { name: '长春市顺达物流有限公司' },
  district: '二道区',
  address: '吉林省长春市二道区东盛大街100号',
  pay: { amount: 220, unit: 'day' },
  settlement: 'daily',
  schedule: 'day',
  headcount: 2,
  startDate: stationToday(() => new Date()),
  validThrough: '2099-12-31',
  ...over,
});

/**
 * Opens the desk and signs in through its form. Each test starts signed out: a session belongs to
 * the browser it was made in, so the page gets a fresh browser identity (its cookies cleared). The
 * test's own in-process calls as the desk terminal sign in for themselves, as a second browser would.
 */
export async function signIn(page: Page, hub: RunningHub, username = 'demo', pin = '000000'): Promise<void> {
  await page.context().clearCookies();
  const own = await hub.runtime.call(deskPageTerminal, 'staff.signIn', { username, pin });
  if (!own.ok) throw new Error(own.error.message);
  await page.goto(hub.pageUrl('desk'));
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-pin').fill(pin);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('signed-in-as').waitFor();
}
