import { randomBytes } from 'node:crypto';
import createDebug from 'debug';
import type { CardReader, IdCard, ReaderEvent } from '../../../drivers/idcard/card';
import { createReader } from '../../../drivers';
import { VirtualReader } from '../../../drivers/simulator/virtual-reader';
import { WedgeReader } from '../../../drivers/wedge/wedge-reader';
import { localTerminalId, type CardPresented, type ReaderStatus, type Role } from '../../api';
import type { StationClock } from '../clock/station-day';
import type { StationConfig } from '../config';
import { reaches, type Audience, type EventBus } from '../event-bus';
import type { WorkerLookup } from '../sync/protocol';
import { maskName } from '../workers/masking';

const log = createDebug('station:reader');

/** A card read and not yet acted on; held only in memory and dropped when lifted or stale. */
export interface PendingCard {
  token: string;
  reader: string;
  /** The screen at that reader: only it may see or act on the card. */
  at: Audience;
  card: IdCard;
  presented: CardPresented;
  readAt: number;
  /** What the hall's hub said of the holder when this terminal did not know them (registration reuses it). */
  hall?: WorkerLookup;
}

/** Who the card's holder is: known here, or known to the hall (its answer kept), or nobody yet. */
export type Recognised = { workerId: string; hall?: WorkerLookup } | undefined;

/** Who asks about a card: the calling page's role, terminal id and booth. */
export interface CardCaller {
  role: Role;
  terminal: string;
  booth?: number | undefined;
}

const PENDING_TTL_MS = 10 * 60 * 1000;

export interface ReaderHub {
  statuses(): ReaderStatus[];
  /** The card on the reader at this caller's screen, if any. */
  currentFor(caller: CardCaller): PendingCard | undefined;
  /** The booth a reader sits at: its number, 'any' for an unnumbered booth reader, undefined otherwise. */
  boothOf(readerId: string): number | 'any' | undefined;
  /** A card by its token, only for the screen at its reader. */
  peek(token: string, caller: CardCaller): PendingCard | undefined;
  forget(token: string): void;
  /** The virtual reader at this caller's screen. */
  simulator(caller: CardCaller): VirtualReader | undefined;
  /** The keyboard-wedge reader at this caller's screen: its window hears the typed number and hands it here. */
  wedge(caller: CardCaller): WedgeReader | undefined;
  /** Some reader is the simulator (demo controls are offered). */
  readonly simulated: boolean;
  /** Every reader is the simulator: a demo station, where the demo account may exist. */
  readonly onlySimulated: boolean;
  stop(): Promise<void>;
}

export interface ReaderHubOptions {
  config: StationConfig;
  bus: EventBus;
  /** The station's day, for "this card has expired" and "born in the future". */
  clock: Pick<StationClock, 'today'>;
  /**
   * Looks the card's holder up (returning worker?) before it is presented: in this store, and for a
   * terminal of a hall at its hub, within the lookup timeout (offline: unknown).
   */
  recognise(card: IdCard): Recognised | Promise<Recognised>;
}

function problemsOf(card: IdCard, today: string): string[] {
  const p: string[] = [];
  // A keyboard wedge typed a number: no chip, no SAM, no name. Staff check the card itself.
  if (card.source === 'wedge') p.push('unverified');
  if (card.cardType === 'unknown') p.push('unknown-type');
  if (!card.validation.checksum) p.push('checksum');
  if (!card.validation.birthMatches) p.push('birth-mismatch');
  if (!card.validation.sexMatches) p.push('sex-mismatch');
  if (!card.permanent && card.validTo && card.validTo < today) p.push('expired');
  return p;
}

/**
 * The screen a reader's cards go to. A booth reader serves its booth (the booth's tablet then asks
 * booth.identify; cards never travel to it). Any other reader serves one terminal: the one its
 * config names, or else the station's own screen of its role (`local-<role>`): never every page of
 * the role in the hall.
 */
function readerAudience(rc: StationConfig['readers'][number]): Audience {
  if (rc.serves === 'booth') return { role: 'booth', booth: rc.booth };
  return { role: rc.serves, terminal: rc.terminal ?? localTerminalId(rc.serves) };
}

export async function startReaders(options: ReaderHubOptions): Promise<ReaderHub> {
  const { config, bus } = options;
  const readers: { reader: CardReader; serves: Role; at: Audience; status: ReaderStatus; seq: number }[] = [];
  const pending = new Map<string, PendingCard>();

  for (const rc of config.readers) {
    const reader = createReader(rc, { loop: { today: () => options.clock.today() } });
    const entry = {
      reader,
      /** Bumped by each card, removal and disconnection: a lookup answered after the card left is dropped. */
      seq: 0,
      serves: rc.serves,
      at: readerAudience(rc),
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
        bus.emit('reader.status', entry.status);
        if (e.type === 'disconnected') {
          entry.seq++;
          dropPendingOf(id);
        }
        return;
      case 'error':
        // A fault of the reader itself changes its status; a person's mistake (not an ID card, lifted
        // too early) is told to the screen that serves the reader so it can say what to do.
        if (e.kind === 'reader-fault' || e.kind === 'reader-busy') {
          entry.status = { id, serves: entry.serves, state: 'error', detail: e.kind };
          bus.emit('reader.status', entry.status);
        }
        bus.emit('card.error', { reader: id, kind: e.kind }, entry.at);
        return;
      case 'removed':
        entry.seq++;
        dropPendingOf(id);
        bus.emit('card.removed', { reader: id }, entry.at);
        return;
      case 'card':
        dropPendingOf(id);
        void present(entry, e.card, ++entry.seq);
        return;
    }
  }

  async function present(entry: (typeof readers)[number], card: IdCard, seq: number) {
    const id = entry.reader.id;
    let known: Recognised;
    try {
      known = await options.recognise(card);
    } catch (err) {
      log('recognising a card on %s failed: %s', id, (err as Error).message);
      known = undefined;
    }
    // Lifted (or another card placed) while the hub was asked: that card is not on the reader now.
    if (entry.seq !== seq) return;
    const token = randomBytes(16).toString('hex');
    const problems = problemsOf(card, options.clock.today());
    const presented: CardPresented = {
      reader: id,
      token,
      cardType: card.cardType,
      maskedName: maskName(card.name ?? card.englishName ?? ''),
      valid: problems.length === 0,
      problems,
      returning: known !== undefined,
      ...(known ? { workerId: known.workerId } : {}),
    };
    pending.set(token, {
      token,
      reader: id,
      at: entry.at,
      card,
      presented,
      readAt: Date.now(),
      ...(known?.hall ? { hall: known.hall } : {}),
    });
    log('card on %s (%s, problems: %s)', id, card.cardType, problems.join(',') || 'none');
    bus.emit('card.read', presented, entry.at);
  }

  const sweep = setInterval(() => {
    const cutoff = Date.now() - PENDING_TTL_MS;
    for (const [token, p] of pending) if (p.readAt < cutoff) pending.delete(token);
  }, 60_000);
  sweep.unref();

  for (const r of readers) await r.reader.start();

  return {
    simulated: readers.some((r) => r.reader instanceof VirtualReader),
    onlySimulated: readers.length > 0 && readers.every((r) => r.reader instanceof VirtualReader),
    statuses: () => readers.map((r) => r.status),
    currentFor(caller) {
      return [...pending.values()].reverse().find((p) => reaches(p.at, caller));
    },
    boothOf(readerId) {
      const r = readers.find((x) => x.reader.id === readerId);
      if (!r || r.serves !== 'booth') return undefined;
      return r.at.booth ?? 'any';
    },
    peek(token, caller) {
      const p = pending.get(token);
      return p && reaches(p.at, caller) ? p : undefined;
    },
    forget: (token) => void pending.delete(token),
    simulator(caller) {
      const r = readers.find((x) => x.reader instanceof VirtualReader && reaches(x.at, caller));
      return r?.reader as VirtualReader | undefined;
    },
    wedge(caller) {
      const r = readers.find((x) => x.reader instanceof WedgeReader && reaches(x.at, caller));
      return r?.reader as WedgeReader | undefined;
    },
    async stop() {
      clearInterval(sweep);
      for (const r of readers) await r.reader.stop();
      pending.clear();
    },
  };
}
