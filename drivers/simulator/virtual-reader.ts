import type { CardReader, IdCard, ReaderEvent } from '../idcard/card';
import { type Clock } from '../idcard/clock';
import { type ReadLoopOptions, SamReader } from '../idcard/read-loop';
import { encodeTextBlock } from '../idcard/text-encoder';
import { createMemoryLink, type MemoryLink } from '../transports/memory-transport';
import type { Fault } from './faults';
import { syntheticCards, syntheticIdentity, syntheticPhoto } from './identities';
import { SamDevice, type SamDeviceOptions } from './sam-device';

export interface VirtualReaderOptions {
  clock?: Clock;
  device?: SamDeviceOptions;
  /** Read-loop tuning; the defaults are a real reader's (300 ms polls). */
  loop?: Omit<ReadLoopOptions, 'id' | 'transport' | 'clock'>;
}

/**
 * A virtual reader for dev mode, demos and tests: a simulated SAM device, an in-memory cable and the
 * real read loop, so a placed card reaches listeners through the same codec as a physical reader.
 * `place` and `remove` act at once on the pad; the resulting events arrive asynchronously.
 */
export class VirtualReader implements CardReader {
  readonly device: SamDevice;
  readonly link: MemoryLink;
  private readonly reader: SamReader;
  private next = 0;
  private onPad: number | undefined;
  /** A card to put down once the loop has seen the previous one leave. */
  private waiting: number | undefined;
  private started = false;
  /** The loop has announced a card and not yet its removal. */
  private presenting = false;

  constructor(
    readonly id: string,
    options: VirtualReaderOptions = {},
  ) {
    this.link = createMemoryLink(`virtual:${id}`);
    this.device = new SamDevice({ clock: options.clock, ...options.device });
    this.device.connect((b) => this.link.device.send(b));
    this.link.device.onReceive((b) => this.device.receive(b));
    this.reader = new SamReader({ id, transport: this.link.host, clock: options.clock, ...options.loop });
    this.reader.on((e) => {
      if (e.type === 'card') this.presenting = true;
      if (e.type === 'removed' || e.type === 'disconnected') this.presenting = false;
      if (e.type === 'removed' && this.waiting !== undefined) {
        const i = this.waiting;
        this.waiting = undefined;
        this.putDown(i);
      }
    });
  }

  get identities(): readonly IdCard[] {
    return syntheticCards;
  }

  async start(): Promise<void> {
    this.started = true;
    await this.reader.start();
  }

  async stop(): Promise<void> {
    this.started = false;
    await this.reader.stop();
  }

  on(listener: (e: ReaderEvent) => void): () => void {
    return this.reader.on(listener);
  }

  /** Put identity `index` (or the next one) on the pad; a card already there is lifted first. Returns the identity. */
  place(index?: number): IdCard {
    // The named identities in turn; an index beyond them is one of the crowd (syntheticIdentity).
    const i =
      index !== undefined && index >= syntheticCards.length
        ? index
        : (index ?? this.next++) % syntheticCards.length;
    if (this.onPad !== undefined && this.started && this.presenting) {
      // Swapping cards faster than the loop polls would look like one card to it; wait for it to see the lift.
      this.remove();
      this.waiting = i;
    } else {
      this.putDown(i);
    }
    return syntheticIdentity(i).card;
  }

  /** Lift whatever lies on the pad (a no-op when empty). */
  remove(): void {
    this.waiting = undefined;
    if (this.onPad === undefined) return;
    this.onPad = undefined;
    this.device.lift();
  }

  /** Place something that is not an ID card (a bank or bus card). */
  placeOtherCard(): void {
    this.remove();
    this.onPad = -1;
    this.device.put({ kind: 'other' });
  }

  inject(...faults: Fault[]): void {
    this.device.inject(...faults);
  }

  unplug(): void {
    this.link.unplug();
    this.device.powerCycle();
  }

  replug(): void {
    this.link.replug();
  }

  private putDown(i: number): void {
    this.onPad = i;
    this.device.put({
      kind: 'id',
      text: encodeTextBlock(syntheticIdentity(i).fields),
      photo: syntheticPhoto(i),
    });
  }
}
