import { randomBytes } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import {
  normalisePairingCode,
  PAIRING_ALPHABET,
  PAIRING_CODE_LENGTH,
  type PairableRole,
} from '../../contract/terminals';
import type { StationContext } from '../context';
import { sha256 } from './pairing';

/**
 * How many pairing requests the hub holds, and for how long. A request costs a few hundred bytes of
 * memory and nothing on disk, so the caps are about memory, and set high enough that pushing out a
 * device's waiting request takes more addresses than a hall's network has (see `open`).
 */
export interface RequestLimits {
  /** Waiting requests one address (an IPv4 address, an IPv6 /64) may hold; a new one drops its oldest. */
  perAddress: number;
  /** Waiting requests in all. */
  total: number;
  /** A code shown on a device is good this long: time to walk to the desk and type it. */
  ttlMs: number;
  /** After approval, the device's poll must collect its token within this. */
  collectMs: number;
}

export const defaultRequestLimits: RequestLimits = {
  perAddress: 4,
  total: 4096,
  ttlMs: 5 * 60_000,
  collectMs: 2 * 60_000,
};

/** What staff decided at the desk; the terminal is written when the device collects it. */
export interface Approval {
  id: string;
  name: string;
  role: PairableRole;
  booth: number | null;
  pairedBy: string;
}

interface Entry {
  code: string;
  secretHash: string;
  address: string;
  expiresAt: number;
  approval?: Approval;
}

export type RequestStatus = { state: 'waiting'; expiresAt: number } | { state: 'approved' } | undefined;

/** Requests from one address are grouped as one: IPv4 as is, IPv6 by its /64 (one host can hold many). */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

function newCode(): string {
  // 32 symbols: the low five bits of a random byte are uniform.
  return Array.from(randomBytes(PAIRING_CODE_LENGTH), (b) => PAIRING_ALPHABET[b & 31]).join('');
}

/**
 * Pairing requests, in memory only: a device without a token asks for one (unauthenticated, so it
 * must be cheap and bounded), shows its code, and polls with its secret; staff approve the code at
 * the desk; the device's next poll collects the approval once. A hub restart forgets them all, and a
 * device whose request is gone simply asks again.
 */
export class PairingRequests {
  private readonly bySecret = new Map<string, Entry>();
  private readonly byCode = new Map<string, Entry>();
  /** Each address's waiting requests, oldest first. Approved ones are not here: nothing evicts them. */
  private readonly byAddress = new Map<string, Entry[]>();
  /** holding[n]: the addresses holding n waiting requests, for finding the busiest at once. */
  private readonly holding: Set<string>[];
  private waiting = 0;
  private lastSweep = 0;

  constructor(private readonly limits: RequestLimits = defaultRequestLimits) {
    this.holding = Array.from({ length: limits.perAddress + 2 }, () => new Set<string>());
  }

  /** Waiting (not yet approved) requests held now. */
  get size(): number {
    return this.waiting;
  }

  /**
   * A new request from `ip`. When the address holds its share, its own oldest goes; when the hub
   * holds its total, the oldest request of the busiest address goes. So a device's one waiting
   * request is pushed out only while more than `total` distinct addresses hold requests at once:
   * 4,096 addresses (IPv6 counted by /64) within five minutes, more than a hall's network holds.
   */
  open(ip: string, now: number): { code: string; secret: string; expiresAt: number } {
    this.sweep(now);
    const address = addressKey(ip);
    if ((this.byAddress.get(address)?.length ?? 0) >= this.limits.perAddress) this.evictOldest(address);
    let code = newCode();
    while (this.byCode.has(code)) code = newCode();
    const secret = randomBytes(32).toString('base64url');
    const entry: Entry = { code, secretHash: sha256(secret), address, expiresAt: now + this.limits.ttlMs };
    this.bySecret.set(entry.secretHash, entry);
    this.byCode.set(code, entry);
    this.addWaiting(entry);
    while (this.waiting > this.limits.total) this.evictOldest(this.busiest()!);
    return { code, secret, expiresAt: entry.expiresAt };
  }

  /** What the device holding `secret` may know: still waiting, approved, or nothing (unknown, expired, used). */
  status(secret: string, now: number): RequestStatus {
    const e = this.live(secret, now);
    if (!e) return undefined;
    return e.approval ? { state: 'approved' } : { state: 'waiting', expiresAt: e.expiresAt };
  }

  /** True when `code` was a waiting request and is now approved; its code can never be approved again. */
  approve(code: string, approval: Approval, now: number): boolean {
    this.sweep(now);
    const e = this.byCode.get(normalisePairingCode(code));
    if (!e || e.approval || e.expiresAt <= now) return false;
    this.removeWaiting(e);
    this.byCode.delete(e.code);
    e.approval = approval;
    e.expiresAt = now + this.limits.collectMs;
    return true;
  }

  /** Withdraws an approval whose audit could not be stored: the device asks again. */
  cancel(approvalId: string): void {
    for (const e of this.bySecret.values())
      if (e.approval?.id === approvalId) this.bySecret.delete(e.secretHash);
  }

  /** Takes an approved request out, once: a second poll with the same secret finds nothing. */
  claim(secret: string, now: number): Approval | undefined {
    const e = this.live(secret, now);
    if (!e?.approval) return undefined;
    this.bySecret.delete(e.secretHash);
    return e.approval;
  }

  /** Puts a claim back when the terminal could not be stored, so the device's next poll tries again. */
  unclaim(secret: string, approval: Approval, now: number): void {
    const secretHash = sha256(secret);
    this.bySecret.set(secretHash, {
      code: '',
      secretHash,
      address: '',
      approval,
      expiresAt: now + this.limits.collectMs,
    });
  }

  private live(secret: string, now: number): Entry | undefined {
    this.sweep(now);
    const e = this.bySecret.get(sha256(secret));
    if (!e) return undefined;
    if (e.expiresAt > now) return e;
    this.drop(e);
    return undefined;
  }

  private busiest(): string | undefined {
    for (let n = this.holding.length - 1; n > 0; n--) {
      const first = this.holding[n]!.values().next();
      if (!first.done) return first.value;
    }
    return undefined;
  }

  private evictOldest(address: string): void {
    const oldest = this.byAddress.get(address)?.[0];
    if (oldest) this.drop(oldest);
  }

  private drop(e: Entry): void {
    if (!e.approval) this.removeWaiting(e);
    this.bySecret.delete(e.secretHash);
    if (this.byCode.get(e.code) === e) this.byCode.delete(e.code);
  }

  private addWaiting(e: Entry): void {
    const list = this.byAddress.get(e.address) ?? [];
    this.holding[list.length]!.delete(e.address);
    list.push(e);
    this.byAddress.set(e.address, list);
    this.holding[list.length]!.add(e.address);
    this.waiting++;
  }

  private removeWaiting(e: Entry): void {
    const list = this.byAddress.get(e.address);
    const i = list?.indexOf(e) ?? -1;
    if (!list || i < 0) return;
    this.holding[list.length]!.delete(e.address);
    list.splice(i, 1);
    if (list.length) this.holding[list.length]!.add(e.address);
    else this.byAddress.delete(e.address);
    this.waiting--;
  }

  /** Expired requests go at most once a second: a flood costs one pass, not one per request. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 1000 && now >= this.lastSweep) return;
    this.lastSweep = now;
    for (const e of this.bySecret.values()) if (e.expiresAt <= now) this.drop(e);
  }
}

const perStation = new WeakMap<StationContext, PairingRequests>();

/** The station's one set of pairing requests, shared by the hub's /pair routes and the desk's approve. */
export function pairingRequestsOf(ctx: StationContext): PairingRequests {
  let r = perStation.get(ctx);
  if (!r) perStation.set(ctx, (r = new PairingRequests()));
  return r;
}
