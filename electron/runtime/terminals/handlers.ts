import type { Handlers } from '../../dispatcher';
import { auditCall } from '../audit/audit-log';
import type { StationContext } from '../context';
import { createPairingCode, listTerminals, revokeTerminal } from './pairing';

type TerminalHandlers = Pick<Handlers, 'terminals.createPairingCode' | 'terminals.list' | 'terminals.revoke'>;

export function terminalHandlers(ctx: StationContext): TerminalHandlers {
  const changed = () => ctx.bus.emit('terminals.changed', { total: ctx.store.read(listTerminals).length });
  return {
    'terminals.createPairingCode': (input, caller) =>
      ctx.store.write((db) => {
        const now = ctx.now();
        // The list shows who paired a device by name; the audit trail keeps the staff id.
        const by = caller.staff?.name ?? caller.terminal;
        const made = createPairingCode(db, { role: input.role, booth: input.booth, by, now });
        auditCall(db, caller, now, 'terminals.pairing_code', input.role, {
          ...(input.booth !== undefined ? { booth: input.booth } : {}),
        });
        return made;
      }),
    'terminals.list': () => ctx.store.read(listTerminals),
    'terminals.revoke': async (input, caller) => {
      const t = await ctx.store.write((db) => {
        const now = ctx.now();
        const revoked = revokeTerminal(db, input.id, now);
        auditCall(db, caller, now, 'terminals.revoke', input.id, { role: revoked.role });
        return revoked;
      });
      changed();
      return t;
    },
  };
}
