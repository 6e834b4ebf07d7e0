import type { Role } from '../../electron/api';
import { TOKEN_KEY } from '../api/bridge';

/** The hub's answers on its two unauthenticated pairing routes (electron/hub/pair-route.ts). */
export type PairAnswer =
  | { kind: 'made'; code: string; secret: string; expiresAt: string }
  | { kind: 'waiting'; expiresAt: string }
  | { kind: 'paired'; token: string; role: Role }
  /** The request is unknown, used or expired: ask for a new code. */
  | { kind: 'gone' }
  | { kind: 'offline' };

async function post(path: string, body: unknown): Promise<{ status: number; value: unknown } | undefined> {
  try {
    const res = await fetch(`${window.location.origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json().catch(() => undefined)) as { ok?: boolean; value?: unknown } | undefined;
    return { status: res.status, value: json?.ok ? json.value : undefined };
  } catch {
    return undefined;
  }
}

/** Asks the hub for a code to show; the secret stays in this page. */
export async function requestPairing(): Promise<PairAnswer> {
  const r = await post('/pair/request', {});
  const v = r?.value as { code?: unknown; secret?: unknown; expiresAt?: unknown } | undefined;
  if (typeof v?.code !== 'string' || typeof v.secret !== 'string' || typeof v.expiresAt !== 'string')
    return { kind: 'offline' };
  return { kind: 'made', code: v.code, secret: v.secret, expiresAt: v.expiresAt };
}

/** Whether staff approved the code yet; the first answer after approval carries the token, once. */
export async function pairingStatus(secret: string): Promise<PairAnswer> {
  const r = await post('/pair/status', { secret });
  if (!r || r.status >= 500) return { kind: 'offline' };
  if (r.status === 404 || r.status === 400) return { kind: 'gone' };
  const v = r.value as
    { state?: unknown; expiresAt?: unknown; token?: unknown; terminal?: { role?: unknown } } | undefined;
  if (v?.state === 'waiting' && typeof v.expiresAt === 'string')
    return { kind: 'waiting', expiresAt: v.expiresAt };
  if (v?.state === 'paired' && typeof v.token === 'string' && typeof v.terminal?.role === 'string')
    return { kind: 'paired', token: v.token, role: v.terminal.role as Role };
  return { kind: 'offline' };
}

/** Keeps the token in this browser, where the station's client finds it on the next load. */
export function saveTerminalToken(token: string): void {
  window.localStorage.setItem(TOKEN_KEY, token);
}
