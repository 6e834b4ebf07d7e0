import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { auditCall } from '../audit/audit-log';
import type { StationContext } from '../context';
import { defaultTerminalName, renameTerminal, revokeTerminal } from './pairing';
import { defaultRequestLimits, pairingRequestsOf } from './requests';
import { WrongCodes } from './wrong-codes';

type TerminalHandlers = Pick<
  Handlers,
  'terminals.approve' | 'terminals.list' | 'terminals.rename' | 'terminals.revoke'
>;

const unknownCode = '没有这个配对码，或它已过期：请看设备屏幕上现在显示的码';
const tooManyWrong = '输错配对码的次数太多，请10分钟后再试，或请同事配对';

export function terminalHandlers(ctx: StationContext): TerminalHandlers {
  const changed = () =>
    ctx.bus.emit('terminals.changed', { total: ctx.data.read((tx) => tx.terminals.list()).length });
  const requests = pairingRequestsOf(ctx);
  const wrong = new WrongCodes();
  return {
    'terminals.approve': async (input, caller) => {
      const now = ctx.now();
      if (wrong.paused(caller, now.getTime())) throw new ApiFailure('forbidden', tooManyWrong);
      const id = randomUUID();
      const booth = input.booth ?? null;
      const approval = {
        id,
        name: input.name || defaultTerminalName(input.role, booth, id),
        role: input.role,
        booth,
        // The list shows who paired a device by name; the audit trail keeps the staff id.
        pairedBy: caller.staff?.name ?? caller.terminal,
      };
      const approved = await ctx.data
        .write((tx) => {
          // Decided inside the write, so the approval and its audit entry stand or fall together.
          if (!requests.approve(input.code, approval, now.getTime())) {
            const count = wrong.record(caller, now.getTime());
            auditCall(tx, caller, now, 'terminals.approve_unknown', input.role, {
              wrongInSession: count,
            });
            return false;
          }
          auditCall(tx, caller, now, 'terminals.approve', input.role, {
            id,
            ...(booth !== null ? { booth } : {}),
          });
          return true;
        })
        .catch((err: unknown) => {
          requests.cancel(id);
          throw err;
        });
      if (!approved) throw new ApiFailure('not_found', unknownCode);
      return {
        ...approval,
        collectBy: new Date(now.getTime() + defaultRequestLimits.collectMs).toISOString(),
      };
    },
    'terminals.list': () => ctx.data.read((tx) => tx.terminals.list()),
    'terminals.rename': async (input, caller) => {
      const t = await ctx.data.write((tx) => {
        const renamed = renameTerminal(tx, input.id, input.name);
        auditCall(tx, caller, ctx.now(), 'terminals.rename', input.id);
        return renamed;
      });
      changed();
      return t;
    },
    'terminals.revoke': async (input, caller) => {
      const t = await ctx.data.write((tx) => {
        const now = ctx.now();
        const revoked = revokeTerminal(tx, input.id, now);
        auditCall(tx, caller, now, 'terminals.revoke', input.id, { role: revoked.role });
        return revoked;
      });
      // Whoever was signed in on that device is signed out with it.
      ctx.sessions.endTerminal(input.id);
      changed();
      return t;
    },
  };
}
