import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ApiError } from '../api';
import { listTerminals, redeemPairingCode } from '../runtime/terminals/pairing';
import type { Runtime } from '../runtime/runtime';
import { tooMany, type RateLimiter } from './rate-limit';

const pairBody = z
  .object({ code: z.string().regex(/^\d{6}$/), name: z.string().trim().max(40).optional() })
  .strict();

/**
 * `POST /pair {code, name?}` → `{token, role, name}`: a browser (booth tablet, TV box) redeems the 6-digit
 * code staff made at the desk. The only unauthenticated call, so it is rate-limited per address and overall.
 */
export function pairRoute(
  app: FastifyInstance,
  options: {
    runtime: Runtime;
    perAddress: RateLimiter;
    overall: RateLimiter;
    fail(reply: FastifyReply, error: ApiError): FastifyReply;
  },
): void {
  const { runtime, fail } = options;
  app.post('/pair', async (req, reply) => {
    if (!options.perAddress.allow(req.ip) || !options.overall.allow('all')) {
      return tooMany(reply, 'too many pairing attempts; wait five minutes');
    }
    const parsed = pairBody.safeParse(req.body);
    if (!parsed.success) return fail(reply, { code: 'invalid_input', message: 'a pairing code is 6 digits' });
    try {
      const { token, terminal } = await runtime.context.store.write((db) =>
        redeemPairingCode(db, { code: parsed.data.code, name: parsed.data.name, now: runtime.context.now() }),
      );
      runtime.bus.emit('terminals.changed', { total: runtime.context.store.read(listTerminals).length });
      return reply.send({ ok: true, value: { token, role: terminal.role, name: terminal.name } });
    } catch {
      return fail(reply, { code: 'not_found', message: 'pairing code unknown, used or expired' });
    }
  });
}
