import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ApiError } from '../api';
import type { Runtime } from '../runtime/runtime';
import { insertTerminal } from '../runtime/terminals/pairing';
import { pairingRequestsOf } from '../runtime/terminals/requests';

const requestBody = z.object({}).strict();
const statusBody = z.object({ secret: z.string().regex(/^[\w-]{43}$/) }).strict();

/**
 * The only routes open without a token, for a browser that is not paired yet (a booth tablet, a TV
 * box). `POST /pair/request` gives it a code to show and a secret to keep; `POST /pair/status
 * {secret}` tells it whether staff have approved the code at the desk, and the first poll after
 * approval hands it its token. Neither route can decide a pairing: that is `terminals.approve`,
 * signed-in staff only. So nothing sent here can guess a pairing or lock anyone out, and no
 * address is refused: each holds a few requests, and a new one drops its own oldest.
 */
export function pairRoute(
  app: FastifyInstance,
  options: { runtime: Runtime; fail(reply: FastifyReply, error: ApiError): FastifyReply },
): void {
  const { runtime, fail } = options;
  const ctx = runtime.context;
  const requests = pairingRequestsOf(ctx);
  const gone = {
    code: 'not_found',
    message: 'this pairing request is unknown, used or expired; ask for a new code',
  } as const;

  app.post('/pair/request', async (req, reply) => {
    if (!requestBody.safeParse(req.body ?? {}).success)
      return fail(reply, { code: 'invalid_input', message: 'a pairing request has no fields' });
    const made = requests.open(req.ip, ctx.now().getTime());
    return reply
      .header('cache-control', 'no-store')
      .send({ ok: true, value: { ...made, expiresAt: new Date(made.expiresAt).toISOString() } });
  });

  app.post('/pair/status', async (req, reply) => {
    const parsed = statusBody.safeParse(req.body);
    if (!parsed.success)
      return fail(reply, { code: 'invalid_input', message: 'give the secret of your request' });
    const { secret } = parsed.data;
    const now = ctx.now();
    reply.header('cache-control', 'no-store');
    const status = requests.status(secret, now.getTime());
    if (!status) return fail(reply, gone);
    if (status.state === 'waiting')
      return reply.send({
        ok: true,
        value: { state: 'waiting', expiresAt: new Date(status.expiresAt).toISOString() },
      });
    const approval = requests.claim(secret, now.getTime());
    if (!approval) return fail(reply, gone);
    try {
      const { token, terminal } = await ctx.data.write((tx) => insertTerminal(tx, approval, now));
      runtime.bus.emit('terminals.changed', { total: ctx.data.read((tx) => tx.terminals.list()).length });
      const { id, name, role, booth } = terminal;
      return reply.send({ ok: true, value: { state: 'paired', token, terminal: { id, name, role, booth } } });
    } catch {
      // Not stored, so not paired: the device's next poll tries again.
      requests.unclaim(secret, approval, now.getTime());
      return fail(reply, {
        code: 'unavailable',
        message: 'the hub could not store the pairing; it will be retried',
      });
    }
  });
}
