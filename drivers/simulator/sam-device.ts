import createDebug from 'debug';
import { type Clock, systemClock } from '../idcard/clock';
import { asRequest, buildResponse, type Request } from '../idcard/frame';
import { FrameParser } from '../idcard/frame-parser';
import { encodeBaseRecord } from '../idcard/responses';
import type { Fault } from './faults';

const log = createDebug('station:reader:sim');

/** What lies on the pad: an ID document's chip contents, or some other card. */
export type SimCard = { kind: 'id'; text: Uint8Array; photo: Uint8Array } | { kind: 'other' };

/** Card state as the SAM sees it: placed cards must be found, then selected, then read; a read card stays activated. */
type CardState = 'idle' | 'found' | 'selected' | 'read';

export interface SamDeviceOptions {
  clock?: Clock;
  /** Added to every reply, as if the RF exchange took this long. */
  replyDelayMs?: number;
  /** How late a `slow` reply comes. */
  slowMs?: number;
  /** When set, each reply draws a fault with this probability (from `faultPool`, using `random`). */
  faultRate?: number;
  faultPool?: readonly Fault[];
  random?: () => number;
}

/**
 * The device side of the GA 467 protocol: takes request frames, answers response frames.
 * Drives the simulator CLI, the in-process VirtualReader and the tests; it never calls the host code.
 */
export class SamDevice {
  private readonly parser = new FrameParser();
  private readonly clock: Clock;
  private card: SimCard | undefined;
  private state: CardState = 'idle';
  private samFault = false;
  private queued: Fault[] = [];
  private out: ((bytes: Buffer) => void) | undefined;
  /** Replies sent, by command (test and benchmark figures). */
  readonly served = new Map<string, number>();
  readonly faultsInjected: Fault[] = [];

  constructor(private readonly options: SamDeviceOptions = {}) {
    this.clock = options.clock ?? systemClock;
  }

  /** Where replies go (the device end of a transport). */
  connect(send: (bytes: Buffer) => void): void {
    this.out = send;
  }

  put(card: SimCard): void {
    this.card = card;
    this.state = 'idle';
  }

  lift(): void {
    this.card = undefined;
    this.state = 'idle';
  }

  get hasCard(): boolean {
    return this.card !== undefined;
  }

  /** Inject these faults, one per reply, before any random ones. */
  inject(...faults: Fault[]): void {
    this.queued.push(...faults);
  }

  /** Bytes from the host. */
  receive(bytes: Uint8Array): void {
    for (const e of this.parser.push(bytes)) {
      // A SAM stays silent on a frame it cannot check (reference §1.3: SW3 10 or silence).
      if (e.type !== 'frame') continue;
      const req = asRequest(e.frame);
      if (req) this.answer(req);
    }
  }

  private nextFault(req: Request): Fault | undefined {
    // A queued fault waits for a command it can affect (a lift only matters during a read).
    const i = this.queued.findIndex((f) => applies(f, req));
    if (i >= 0) return this.queued.splice(i, 1)[0];
    const { faultRate = 0, faultPool = [], random = Math.random } = this.options;
    if (faultRate > 0 && faultPool.length > 0 && random() < faultRate) {
      const f = faultPool[Math.floor(random() * faultPool.length)]!;
      return applies(f, req) ? f : undefined;
    }
    return undefined;
  }

  private answer(req: Request): void {
    const name = `${hex(req.cmd)} ${hex(req.para)}`;
    this.served.set(name, (this.served.get(name) ?? 0) + 1);
    const fault = this.nextFault(req);
    if (fault) {
      this.faultsInjected.push(fault);
      log('fault %s on %s', fault, name);
    }
    if (fault === 'sam-fault') this.samFault = true;
    let reply = this.respond(req, fault);
    if (fault === 'silent') return;
    if (fault === 'bad-checksum') {
      reply = Buffer.from(reply);
      reply[reply.length - 1]! ^= 0x5a;
    }
    if (fault === 'partial') reply = reply.subarray(0, Math.max(1, Math.floor(reply.length / 2)));
    if (fault === 'garbage') reply = Buffer.concat([Buffer.from([0x00, 0xaa, 0xaa, 0x13, 0x96, 0x69, 0xff]), reply]);
    const delay = (this.options.replyDelayMs ?? 0) + (fault === 'slow' ? (this.options.slowMs ?? 50) : 0);
    const send = () => this.out?.(reply);
    if (delay > 0) this.clock.setTimeout(send, delay);
    else send();
  }

  private respond(req: Request, fault: Fault | undefined): Buffer {
    const card = this.card;
    switch ((req.cmd << 8) | req.para) {
      case 0x10ff:
        this.samFault = false;
        return buildResponse(0x90);
      case 0x11ff:
        return buildResponse(this.samFault ? 0x60 : 0x90);
      case 0x12ff:
        return buildResponse(0x90, Buffer.from('0501000000000000000000000000000a', 'hex'));
    }
    if (this.samFault) return buildResponse(0x60);
    switch ((req.cmd << 8) | req.para) {
      case 0x2001:
        if (!card || fault === 'no-card' || this.state !== 'idle') return buildResponse(0x80);
        if (card.kind === 'other') return buildResponse(0x40);
        this.state = 'found';
        return buildResponse(0x9f, new Uint8Array(4));
      case 0x2002:
        if (!card || card.kind !== 'id' || this.state === 'idle') return buildResponse(0x81);
        this.state = 'selected';
        return buildResponse(0x90, new Uint8Array(8));
      case 0x3001:
        if (!card || card.kind !== 'id') return buildResponse(0x41);
        if (this.state !== 'selected' && this.state !== 'read') return buildResponse(0x34);
        if (fault === 'lift-mid-read') {
          // The card bounced out of the field: it must be found again.
          this.state = 'idle';
          return buildResponse(0x41);
        }
        this.state = 'read';
        return buildResponse(0x90, encodeBaseRecord(card.text, card.photo));
      case 0x3003:
        return buildResponse(card ? 0x91 : 0x41);
      default:
        return buildResponse(0x21);
    }
  }
}

function applies(f: Fault, req: Request): boolean {
  if (f === 'lift-mid-read') return req.cmd === 0x30;
  if (f === 'no-card') return req.cmd === 0x20 && req.para === 0x01;
  return true;
}

const hex = (n: number) => n.toString(16).padStart(2, '0').toUpperCase();
