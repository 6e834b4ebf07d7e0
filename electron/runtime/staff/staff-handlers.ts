import type { Handlers } from '../../dispatcher';
import type { staffMethods } from '../../contract/staff';
import type { StationContext } from '../context';
import { placeNames } from '../terminals/place-names';
import { createStaff, signIn, signOut, updateStaff } from './sign-in';

export function staffHandlers(ctx: StationContext): Pick<Handlers, keyof typeof staffMethods> {
  return {
    'staff.session': (_input, caller) => ({
      session: caller.staff ?? null,
      // The hint is shown only on a demo station: every reader simulated and the demo account present.
      demoHint: ctx.readers.onlySimulated && ctx.data.read((tx) => tx.staff.hasDemoAccount()),
    }),
    'staff.signIn': (input, caller) => signIn(ctx, input, caller),
    'staff.signOut': (_input, caller) => signOut(ctx, caller),
    'staff.create': (input, caller) => createStaff(ctx, input, caller),
    'staff.list': () => ctx.data.read((tx) => tx.staff.list()),
    'staff.update': (input, caller) => updateStaff(ctx, input, caller),
    'audit.list': (input) =>
      ctx.data.read((tx) => {
        const page = tx.audit.list(input);
        const place = placeNames(tx, ctx.config);
        return {
          ...page,
          items: page.items.map((r) => ({ ...r, place: r.terminal === null ? null : place(r.terminal) })),
        };
      }),
  };
}
