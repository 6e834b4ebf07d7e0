import { randomBytes } from 'node:crypto';
import createDebug from 'debug';
import type { CardReader, IdCard, ReaderEvent } from '../../../drivers/idcard/card';
import { createReader } from '../../../drivers';
import { VirtualReader } from '../../../drivers/simulator/virtual-reader';
import type { CardPresented, ReaderStatus, Role } from '../../api';
import type { StationConfig } from '../config';
import type { EventBus } from '../event-bus';
import { maskName } from '../workers/masking';

const log = createDebug('station:reader');

/** A card read and not yet acted on; held only in memory and dropped when lifted or stale. */
export interface PendingCard {
  token: string;
  reader: string;
  card: IdCard;
  presented: CardPresented;
  at: number;
}

const PENDING_TTL_MS = 10 * 60 * 1000;

export interface ReaderHub {
  statuses(): ReaderStatus[];
  /** The card on the reader serving this role (and, for booths, this booth), if any. */
  currentFor(role: Role, booth?: number): PendingCard | undefined;
  /** The booth a reader sits at: its number, 'any' for an unnumbered booth reader, undefined otherwise. */
  boothOf(readerId: string): number | 'any' | undefined;
  peek(token: string): PendingCard | undefined;
  forget(token: string): void;
  simulator(role: Role, booth?: number): VirtualReader | undefined;
  /** Some reader is the simulator (demo controls are offered). */
  readonly simulated: boolean;
  /** Every reader is the simulator: a demo station, where the demo account may exist. */
  readonly onlySimulated: boolean;
  stop(): Promise<void>;
}

export interface ReaderHubOptions {
  config: StationConfig;
  bus: EventBus;
  /** Looks the card's holder up (returning worker?) before it is presented. */
  recognise(card: IdCard): { workerId: string } | undefined;
}

function problemsOf(card: IdCard, today: string): string[] {
  const p: string[] = [];
  if (card.cardType === 'unknown') p.push('unknown-type');
  if (!card.validation.checksum) p.push('checksum');
  if (!card.validation.birthMatches) p.push('birth-mismatch');
  if (!card.validation.sexMatches) p.push('sex-mismatch');
  if (!card.permanent && card.validTo && card.validTo < today) p.push('expired');
  return p;
}

export async function startReaders(options: ReaderHubOptions): Promise<ReaderHub> {
  const { config, bus } = options;
  const readers: { reader: CardReader; serves: Role; booth: number | undefined; status: ReaderStatus }[] = [];
  const pending = new Map<string, PendingCard>();

  for (const rc of config.readers) {
    const reader = createReader(rc);
    const entry = {
      reader,
      serves: rc.serves,
      booth: rc.booth,
      status: { id: rc.id, serves: rc.serves, state: 'disconnected' } as ReaderStatus,
    };
    readers.push(entry);
    reader.on((e) => onEvent(entry, e));
  }

  function dropPendingOf(readerId: string) {
    for (const [token, p] of pending) if (p.reader === readerId) pending.delete(token);
  }

  function onEvent(entry: (typeof readers)[number], e: ReaderEvent) {
    const id = entry.reader.id;
    switch (e.type) {
      case 'connected':
      case 'disconnected':
        entry.status = { id, serves: entry.serves, state: e.type };
        bus.emit('reader.status', entry.status, entry.serves);
        if (e.type === 'disconnected') dropPendingOf(id);
        return;
      case 'error':
        // A fault of the reader itself changes its status; a person's mistake (not an ID card, lifted
        // too early) is told to the screen that serves the reader so it can say what to do.
        if (e.kind === 'reader-fault' || e.kind === 'reader-busy') {
          entry.status = { id, serves: entry.serves, state: 'error', detail: e.kind };
          bus.emit('reader.status', entry.status, entry.serves);
        }
        bus.emit('card.error', { reader: id, kind: e.kind }, entry.serves);
        return;
      case 'removed':
        dropPendingOf(id);
        bus.emit('card.removed', { reader: id }, entry.serves);
        return;
      case 'card': {
        dropPendingOf(id);
        const token = randomBytes(16).toString('hex');
        const known = options.recognise(e.card);
        const today = new Date().toISOString().slice(0, 10);
        const problems = problemsOf(e.card, today);
        const presented: CardPresented = {
          reader: id,
          token,
          cardType: e.card.cardType,
          maskedName: maskName(e.card.name ?? e.card.englishName ?? ''),
          valid: problems.length === 0,
          problems,
          returning: known !== undefined,
          ...(known ? { workerId: known.workerId } : {}),
        };
        pending.set(token, { token, reader: id, card: e.card, presented, at: Date.now() });
        log('card on %s (%s, problems: %s)', id, e.card.cardType, problems.join(',') || 'none');
        bus.emit('card.read', presented, entry.serves);
        return;
      }
    }
  }

  const sweep = setInterval(() => {
    const cutoff = Date.now() - PENDING_TTL_MS;
    for (const [token, p] of pending) if (p.at < cutoff) pending.delete(token);
  }, 60_000);
  sweep.unref();

  for (const r of readers) await r.reader.start();

  return {
    simulated: readers.some((r) => r.reader instanceof VirtualReader),
    onlySimulated: readers.length > 0 && readers.every((r) => r.reader instanceof VirtualReader),
    statuses: () => readers.map((r) => r.status),
    currentFor(role, booth) {
      const ids = new Set(
        readers
          .filter((r) => r.serves === role || role === 'admin')
          .filter((r) => booth === undefined || r.booth === undefined || r.booth === booth)
          .map((r) => r.reader.id),
      );
      return [...pending.values()].reverse().find((p) => ids.has(p.reader));
    },
    boothOf(readerId) {
      const r = readers.find((x) => x.reader.id === readerId);
      if (!r || r.serves !== 'booth') return undefined;
      return r.booth ?? 'any';
    },
    peek: (token) => pending.get(token),
    forget: (token) => void pending.delete(token),
    simulator(role, booth) {
      const r = readers.find(
        (x) =>
          x.reader instanceof VirtualReader &&
          (x.serves === role || role === 'admin') &&
          (booth === undefined || x.booth === undefined || x.booth === booth),
      );
      return r?.reader as VirtualReader | undefined;
    },
    async stop() {
      clearInterval(sweep);
      for (const r of readers) await r.reader.stop();
      pending.clear();
    },
  };
}
