/**
 * A keyboard-wedge reader as a `CardReader`: the renderer's burst detector (burst-detector.ts) hears the
 * number typed at its window and hands it here, and it is emitted as a `card` of source 'wedge'. Only
 * the number is known (no name, photo or chip check), so the card is marked unverified; the runtime
 * decides what an unverified card may do. A wedge cannot tell when the card is lifted: no `removed`.
 */
import type { CardReader, IdCard, ReaderEvent } from '../idcard/card';
import { checkIdNumber, normaliseIdNumber } from '../idcard/id-number';

/** Why a typed number is refused, in words for the operator and the log; undefined when it is good. */
export function wedgeNumberProblem(raw: string): string | undefined {
  const id = normaliseIdNumber(raw);
  if (id.length !== 18) return `an ID number is 18 characters, not ${id.length}`;
  const c = checkIdNumber(id);
  if (!c.structure) return 'an ID number is 17 digits and a digit or X';
  if (!c.date) return 'the number holds no real birth date';
  if (!c.checksum) return 'the check character does not match (GB 11643)';
  return undefined;
}

export class WedgeReader implements CardReader {
  private readonly listeners = new Set<(e: ReaderEvent) => void>();
  private started = false;

  constructor(readonly id: string) {}

  start(): Promise<void> {
    this.started = true;
    // Nothing to open: the keyboard belongs to the window. It counts as ready once the station runs.
    this.emit({ type: 'connected' });
    return Promise.resolve();
  }

  stop(): Promise<void> {
    if (this.started) this.emit({ type: 'disconnected', reason: 'stopped' });
    this.started = false;
    return Promise.resolve();
  }

  on(listener: (e: ReaderEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A number typed by the wedge; throws (emitting nothing) when it is not a valid GB 11643 number. */
  typed(raw: string): IdCard {
    const problem = wedgeNumberProblem(raw);
    if (problem) throw new Error(problem);
    if (!this.started) throw new Error(`reader ${this.id} is not started`);
    const card: IdCard = {
      cardType: 'resident',
      idNumber: normaliseIdNumber(raw),
      // The number is all there is: no card field can disagree with it.
      validation: { checksum: true, birthMatches: true, sexMatches: true, scheme: 'gb11643' },
      source: 'wedge',
    };
    this.emit({ type: 'card', card });
    return card;
  }

  private emit(e: ReaderEvent) {
    for (const l of this.listeners) l(e);
  }
}
