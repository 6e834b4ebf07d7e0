import type { Db } from '../store/db';

/**
 * What every row entering the outbox goes through, whichever code stores it: it is refused outside
 * a write (an event stored apart from the change it reports could outlive it, or be lost while the
 * change stays), and the write that stores it wakes delivery once it is on disk, so no caller has
 * to remember to.
 */

/** Per connection: who delivers (the sync service's push loop), and the one hook a write adds. */
interface Delivery {
  deliver: (() => void) | undefined;
  wake: () => void;
}
const deliveries = new WeakMap<Db, Delivery>();

function deliveryOf(db: Db): Delivery {
  let d = deliveries.get(db);
  if (!d) {
    const created: Delivery = { deliver: undefined, wake: () => created.deliver?.() };
    deliveries.set(db, (d = created));
  }
  return d;
}

/** Call before storing an outbox row: throws outside a write, and asks for delivery after its commit. */
export function enteringOutbox(db: Db, type: string): void {
  if (!db.inWrite)
    throw new Error(`outbox: a ${type} event must be stored inside the Store.write that makes its change`);
  db.afterCommit(deliveryOf(db).wake);
}

/**
 * The push loop's wake-up: `deliver` runs once after each write that stored events, when that
 * write is on disk. Returns the function that stops it. Register inside `store.read`: the store
 * keeps one connection for its lifetime.
 */
export function onEventsCommitted(db: Db, deliver: () => void): () => void {
  const d = deliveryOf(db);
  d.deliver = deliver;
  return () => {
    if (d.deliver === deliver) d.deliver = undefined;
  };
}
