import type { Handlers } from '../../dispatcher';
import type { StationContext } from '../context';
import { createPairingCode, listTerminals, revokeTerminal } from './pairing';

type TerminalHandlers = Pick<Handlers, 'terminals.createPairingCode' | 'terminals.list' | 'terminals.revoke'>;

export function terminalHandlers(ctx: StationContext): TerminalHandlers {
  const changed = () => ctx.bus.emit('terminals.changed', { total: ctx.store.read(listTerminals).length });
  return {
    'terminals.createPairingCode': (input, caller) =>
      ctx.store.write((db) =>
        createPairingCode(db, { role: input.role, booth: input.booth, by: caller.terminal, now: ctx.now() }),
      ),
    'terminals.list': () => ctx.store.read(listTerminals),
    'terminals.revoke': async (input) => {
      const t = await ctx.store.write((db) => revokeTerminal(db, input.id, ctx.now()));
      changed();
      return t;
    },
  };
}
