import createDebug from 'debug';
import type { CardReader, ReaderErrorKind, ReaderEvent } from './card';
import { type Clock, sleep, systemClock } from './clock';
import type { CommandName } from './frame';
import { parseBaseRecord } from './responses';
import { SamSession } from './sam-session';
import { CARD_TRANSIENT, SAM_FAULT, type Sw3Outcome } from './status';
import { decodeTextBlock } from './text-decoder';
import { type ByteTransport, TransportOpenError } from './transport';

const log = createDebug('station:reader');

export interface ReadLoopOptions {
  id: string;
  transport: ByteTransport;
  clock?: Clock;
  /** Between polls for a card. Public code polls every 100–1000 ms; 300 ms feels instant to a person. */
  pollMs?: number;
  /** Per-command deadlines (ms). Reference §1.6: find/select 500, read 3000, status 1000. */
  timeouts?: Partial<Record<'status' | 'find' | 'select' | 'read' | 'reset', number>>;
  /** How long a SAM needs after `10 FF` before it answers again (not published; 500 ms is what SDKs wait). */
  resetSettleMs?: number;
  /** Reconnect backoff: doubles from `initialMs` to `maxMs`, each delay jittered down by up to half. */
  reconnect?: { initialMs?: number; maxMs?: number };
  /** Presence probes that must miss in a row before a card counts as lifted. */
  absentProbesBeforeRemoved?: number;
  /** Card-level failures (SW3 41/31/32/33/81…) in a row before asking the person to re-place the card. */
  cardFailuresBeforePrompt?: number;
  /** Command timeouts in a row before the SAM is reset. */
  timeoutsBeforeReset?: number;
  random?: () => number;
  /** The station's day (YYYY-MM-DD), for "birth date not in the future"; without it that is not checked. */
  today?: () => string;
}

type Stop = 'stopped' | 'lost' | 'unresponsive';

/**
 * The read loop (reference §6.3): probe the SAM, poll find, select, read, present the card once,
 * notice it leave, and survive a device that vanishes. One command in flight; every command has a
 * deadline; expected failures are values, never throws.
 */
export class SamReader implements CardReader {
  readonly id: string;
  private readonly transport: ByteTransport;
  private readonly clock: Clock;
  private readonly session: SamSession;
  private readonly today: (() => string) | undefined;
  private readonly o: Required<
    Omit<ReadLoopOptions, 'id' | 'transport' | 'clock' | 'timeouts' | 'reconnect' | 'today'>
  > & {
    timeouts: Record<'status' | 'find' | 'select' | 'read' | 'reset', number>;
    reconnect: { initialMs: number; maxMs: number };
  };
  private listeners = new Set<(e: ReaderEvent) => void>();
  private running = false;
  private loop: Promise<void> | undefined;
  private abort = new AbortController();
  private lostReason: string | undefined;
  /** Aborted when the device goes away, so a poll wait ends at once. */
  private connection = new AbortController();
  private offLost: (() => void) | undefined;
  /** The text block of the card being presented, to recognise it on the next read. */
  private present: string | undefined;
  private lastError: ReaderErrorKind | undefined;

  constructor(options: ReadLoopOptions) {
    this.id = options.id;
    this.transport = options.transport;
    this.clock = options.clock ?? systemClock;
    this.today = options.today;
    this.o = {
      pollMs: options.pollMs ?? 300,
      timeouts: { status: 1000, find: 500, select: 500, read: 3000, reset: 1000, ...options.timeouts },
      resetSettleMs: options.resetSettleMs ?? 500,
      reconnect: { initialMs: 500, maxMs: 30_000, ...options.reconnect },
      absentProbesBeforeRemoved: options.absentProbesBeforeRemoved ?? 2,
      cardFailuresBeforePrompt: options.cardFailuresBeforePrompt ?? 3,
      timeoutsBeforeReset: options.timeoutsBeforeReset ?? 3,
      random: options.random ?? Math.random,
    };
    this.session = new SamSession(this.transport, this.clock, log);
  }

  on(listener: (e: ReaderEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.abort = new AbortController();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.abort.abort();
    this.session.abort();
    await this.loop;
  }

  private emit(e: ReaderEvent): void {
    for (const l of this.listeners) l(e);
  }

  private raise(kind: ReaderErrorKind, message: string): void {
    // One prompt per situation, not one every poll.
    if (this.lastError === kind) return;
    this.lastError = kind;
    log('%s: %s (%s)', this.id, kind, message);
    this.emit({ type: 'error', kind, message });
  }

  private async run(): Promise<void> {
    let attempt = 0;
    while (this.running) {
      const connected = await this.connect();
      if (connected) {
        attempt = 0;
        this.lastError = undefined;
        this.emit({ type: 'connected' });
        const why = await this.serve();
        if (this.present !== undefined) {
          this.present = undefined;
          this.emit({ type: 'removed' });
        }
        await this.disconnect();
        this.emit({ type: 'disconnected', reason: why === 'lost' ? (this.lostReason ?? 'lost') : why });
        if (!this.running) return;
      }
      attempt++;
      const { initialMs, maxMs } = this.o.reconnect;
      const base = Math.min(maxMs, initialMs * 2 ** Math.min(attempt - 1, 16));
      const delay = base * (0.5 + this.o.random() * 0.5);
      log('%s: reconnect attempt %d in %d ms', this.id, attempt, Math.round(delay));
      await sleep(this.clock, delay, this.abort.signal);
    }
  }

  private async connect(): Promise<boolean> {
    this.lostReason = undefined;
    this.connection = new AbortController();
    try {
      await this.transport.open();
    } catch (err) {
      if (err instanceof TransportOpenError && err.kind === 'busy')
        this.raise('reader-busy', '读卡器被其他程序占用');
      log(
        '%s: open %s failed: %s',
        this.id,
        this.transport.description,
        err instanceof Error ? err.message : String(err),
      );
      return false;
    }
    this.offLost = this.transport.onLost((reason) => {
      this.lostReason = reason;
      this.connection.abort();
      this.session.abort();
    });
    this.session.attach();
    if (await this.probe()) return true;
    await this.disconnect();
    return false;
  }

  private async disconnect(): Promise<void> {
    this.offLost?.();
    this.session.detach();
    await this.transport.close().catch(() => undefined);
  }

  /** SAM status, with one reset if it reports a fault or stays silent. */
  private async probe(): Promise<boolean> {
    for (let i = 0; i < 2 && this.running; i++) {
      const r = await this.session.send('samStatus', this.o.timeouts.status);
      if (r.ok && r.response.outcome === 'ok') return true;
      if (!r.ok && r.error === 'closed') return false;
      if (i === 0) await this.resetSam();
    }
    if (this.running) this.raise('reader-fault', '读卡器安全模块无响应或自检失败');
    return false;
  }

  private async resetSam(): Promise<void> {
    log('%s: resetting SAM', this.id);
    await this.session.send('resetSam', this.o.timeouts.reset);
    await sleep(this.clock, this.o.resetSettleMs, this.abort.signal);
  }

  private async serve(): Promise<Stop> {
    let timeouts = 0;
    let cardFailures = 0;
    let absent = 0;
    /** A find reply went missing: the card may be activated and answer the next find with 80. */
    let maybeActivated = false;
    const wait = AbortSignal.any([this.abort.signal, this.connection.signal]);
    const stopped = (): Stop | undefined =>
      !this.running ? 'stopped' : this.lostReason !== undefined ? 'lost' : undefined;
    const send = async (name: CommandName, ms: number): Promise<Sw3Outcome | 'timeout' | 'closed'> => {
      const r = await this.session.send(name, ms);
      if (r.ok) {
        timeouts = 0;
        if (r.retried && name === 'find') maybeActivated = true;
        return r.response.outcome;
      }
      if (name === 'find') maybeActivated = true;
      if (r.error === 'timeout') timeouts++;
      // A write that fails means the port is gone even if the transport never said so.
      else if (this.running) this.lostReason ??= 'write failed';
      return r.error;
    };
    const cardFailed = (why: string) => {
      cardFailures++;
      log('%s: card read failed (%s), %d in a row', this.id, why, cardFailures);
      if (cardFailures >= this.o.cardFailuresBeforePrompt)
        this.raise('card-moved', '请将证件平放在感应区，不要移动');
    };

    for (;;) {
      await sleep(this.clock, this.o.pollMs, wait);
      const s = stopped();
      if (s) return s;
      if (timeouts >= this.o.timeoutsBeforeReset) {
        timeouts = 0;
        await this.resetSam();
        if (stopped()) continue;
        if (!(await this.probe())) return this.lostReason !== undefined ? 'lost' : 'unresponsive';
      }

      const find = await send('find', this.o.timeouts.find);
      if (find === 'closed' || find === 'timeout') continue;
      let selected = false;
      if (find === 'no-card' && this.present === undefined && maybeActivated) {
        // Try to pick up a card whose find reply we never saw, instead of waiting for it to be lifted.
        maybeActivated = false;
        selected = (await send('select', this.o.timeouts.select)) === 'ok';
        if (!selected) continue;
      } else if (find === 'no-card') {
        if (this.present === undefined) {
          cardFailures = 0;
          if (this.lastError !== 'reader-fault') this.lastError = undefined;
          continue;
        }
        // A card already read stays activated and keeps answering find with 80 on many readers, so
        // presence is probed with select instead: 90 while it lies there, a failure once it is lifted.
        const probe = await send('select', this.o.timeouts.select);
        if (probe === 'ok') absent = 0;
        // A lost reply is no evidence the card left; only a real refusal counts.
        else if (probe !== 'closed' && probe !== 'timeout' && ++absent >= this.o.absentProbesBeforeRemoved) {
          absent = 0;
          this.present = undefined;
          this.lastError = undefined;
          this.emit({ type: 'removed' });
        }
        continue;
      }
      if (find === 'not-id-card') {
        if (this.present !== undefined) {
          // Another card now lies where the ID card was: the ID card has gone.
          this.present = undefined;
          this.emit({ type: 'removed' });
        }
        this.raise('not-id-card', '这不是身份证，请放置居民身份证或居住证');
        continue;
      }
      if (SAM_FAULT.has(find)) {
        timeouts = this.o.timeoutsBeforeReset; // reset and re-probe on the next turn
        continue;
      }
      if (find !== 'found' && !selected) {
        if (CARD_TRANSIENT.has(find)) cardFailed(find);
        else log('%s: find answered %s', this.id, find);
        continue;
      }
      maybeActivated = false;

      const select = selected ? 'ok' : await send('select', this.o.timeouts.select);
      if (select !== 'ok') {
        if (select !== 'closed') cardFailed(`select ${select}`);
        continue;
      }
      const r = await this.session.send('readBase', this.o.timeouts.read);
      if (!r.ok) {
        if (r.error === 'timeout') {
          timeouts++;
          cardFailed('read timeout');
        } else if (this.running) this.lostReason ??= 'write failed';
        continue;
      }
      timeouts = 0;
      if (r.response.outcome !== 'ok') {
        if (r.response.outcome === 'not-id-card')
          this.raise('not-id-card', '这不是身份证，请放置居民身份证或居住证');
        else if (SAM_FAULT.has(r.response.outcome)) timeouts = this.o.timeoutsBeforeReset;
        else cardFailed(`read ${r.response.outcome}`);
        continue;
      }
      const rec = parseBaseRecord(r.response.data);
      if (!rec.ok) {
        cardFailed(rec.error);
        continue;
      }
      cardFailures = 0;
      absent = 0;
      const key = rec.value.text.toString('base64');
      if (key === this.present) continue; // the same card, still on the pad
      if (this.present !== undefined) this.emit({ type: 'removed' });
      this.present = key;
      this.lastError = undefined;
      const today = this.today?.().replace(/-/g, '');
      const card = decodeTextBlock(rec.value.text, { photo: rec.value.photo, ...(today ? { today } : {}) });
      log('%s: card read (%s)', this.id, card.cardType);
      this.emit({ type: 'card', card });
    }
  }
}
