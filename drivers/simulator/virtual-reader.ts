import type { CardReader, IdCard, ReaderEvent } from '../idcard/card';
import { syntheticCards } from './identities';

/**
 * A virtual reader that presents synthetic cards on demand (dev mode, demos, tests).
 * `place` puts a card on the pad; `remove` lifts it.
 */
export class VirtualReader implements CardReader {
  private listeners = new Set<(e: ReaderEvent) => void>();
  private next = 0;
  private onPad: IdCard | undefined;

  constructor(
    readonly id: string,
    private readonly cards: readonly IdCard[] = syntheticCards,
  ) {}

  get identities(): readonly IdCard[] {
    return this.cards;
  }

  async start(): Promise<void> {
    this.emit({ type: 'connected' });
  }

  async stop(): Promise<void> {
    this.emit({ type: 'disconnected', reason: 'stopped' });
  }

  on(listener: (e: ReaderEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  place(index?: number): IdCard {
    const i = index ?? this.next++;
    const card = this.cards[i % this.cards.length]!;
    if (this.onPad) this.remove();
    this.onPad = card;
    this.emit({ type: 'card', card });
    return card;
  }

  remove(): void {
    if (!this.onPad) return;
    this.onPad = undefined;
    this.emit({ type: 'removed' });
  }

  private emit(e: ReaderEvent): void {
    for (const l of this.listeners) l(e);
  }
}
