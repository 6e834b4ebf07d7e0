import type { StationContext } from '../context';

/**
 * A card on a booth's reader tells that booth's tablet to look (it then asks booth.identify). The
 * card itself never travels to the booth: card.read goes only to card terminals, and the booth learns
 * only that a card is there.
 */
export function watchBoothReaders(
  ctx: Pick<StationContext, 'bus' | 'readers' | 'data' | 'clock'>,
): () => void {
  return ctx.bus.subscribe((e) => {
    if (e.event !== 'card.read' && e.event !== 'card.removed') return;
    const at = ctx.readers.boothOf((e.payload as { reader: string }).reader);
    if (at === undefined) return;
    const booths =
      at === 'any' ? ctx.data.read((tx) => tx.booths.on(ctx.clock.today())).map((a) => a.booth) : [at];
    for (const booth of booths) ctx.bus.emit('booth.changed', { booth, what: 'card' });
  });
}
