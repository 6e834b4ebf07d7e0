import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

const NAME = 'station_client';
const VALUE = /^[A-Za-z0-9_-]{24,64}$/;

/**
 * Which browser is calling: a random id the hub sets in an HttpOnly, SameSite=Strict cookie on the
 * first call. A staff session belongs to the terminal's token and this browser, so a token copied
 * into another browser (or a device later paired under the same name) is not signed in.
 */
export function clientOf(req: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, v] = part.trim().split('=', 2);
    if (k === NAME && v && VALUE.test(v)) return v;
  }
  const id = randomBytes(24).toString('base64url');
  reply.header('set-cookie', `${NAME}=${id}; Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`);
  return id;
}
