import type { FastifyReply } from 'fastify';

/** The answer to a caller over its limit: 429 with the wait, as the API's error result. */
export function tooMany(reply: FastifyReply, message: string): FastifyReply {
  return reply
    .code(429)
    .header('retry-after', '300')
    .send({ ok: false, error: { code: 'forbidden', message } });
}
