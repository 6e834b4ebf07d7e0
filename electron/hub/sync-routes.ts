import createDebug from 'debug';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isSyncRole, type SyncRole } from '../api';
import type { Runtime } from '../runtime/runtime';
import { receiveEvents } from '../runtime/sync/inbox';
import { feedEtag, parseFeedCursor, readFeedPage } from '../runtime/sync/job-feed';
import { erasureCursorPosition, readErasuresPage } from '../runtime/sync/erasure-feed';
import {
  describeIssues,
  erasuresQuerySchema,
  eventsRequestSchema,
  idHashSchema,
  jobsQuerySchema,
} from '../runtime/sync/protocol';
import { lookupHallWorker } from '../runtime/workers/hall-worker';
import { todayStats } from '../runtime/stats';
import { notifyEmployerBooths } from '../runtime/booth/notify';
import type { Caller, TerminalRegistry } from './terminals';

const log = createDebug('station:sync');

/** A batch of 500 events with generous payloads; larger than the API's body limit on purpose. */
const EVENTS_BODY_LIMIT = 4 * 1024 * 1024;

function refuse(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ error: { code, message } });
}

declare module 'fastify' {
  interface FastifyRequest {
    syncTerminal?: Caller & { role: SyncRole };
  }
}

/**
 * The sync protocol (electron/runtime/sync/README.md) served to the hall's terminals: the same
 * endpoints the platform serves the hub. Jobs come from this runtime's cache; events go into its
 * store and onward through its own outbox.
 */
export function registerSyncRoutes(
  app: FastifyInstance,
  runtime: Runtime,
  terminals: TerminalRegistry,
): void {
  const { data, sync, now, clock, bus } = runtime.context;

  // Authenticated before the body is read: a caller without a token learns nothing, not even a parse
  // error. Only terminals that sync a store of their own (kiosk PCs, township kiosks, desk PCs) use
  // these routes; a browser page reads jobs and records through the API and never pushes events.
  const authenticate = async (req: FastifyRequest, reply: FastifyReply) => {
    const h = req.headers.authorization;
    const terminal = terminals.authenticate(h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined);
    if (!terminal)
      return refuse(reply, 401, 'unauthenticated', 'Authorization: Bearer <terminal token> is required');
    if (!isSyncRole(terminal.role))
      return refuse(
        reply,
        403,
        'forbidden',
        `a ${terminal.role} page does not sync; only kiosk-station and desk-station terminals do`,
      );
    req.syncTerminal = { ...terminal, role: terminal.role };
  };

  app.get('/v1/jobs', { onRequest: authenticate }, async (req, reply) => {
    const q = jobsQuerySchema.safeParse(req.query);
    if (!q.success) return refuse(reply, 400, 'invalid_input', describeIssues(q.error));
    const after = parseFeedCursor(q.data.cursor);
    // A cursor this hub never issued, or one past the end of its feed (its data was restored or
    // replaced): the terminal must read everything again, which 410 tells it to do.
    if (after === undefined || after > data.read((tx) => tx.jobs.feedTop()))
      return refuse(
        reply,
        410,
        'cursor_expired',
        'this cursor was not issued by this hub; start again without one',
      );
    const etag = data.read((tx) => feedEtag(tx, after, q.data.limit));
    if (req.headers['if-none-match'] === etag) return reply.code(304).header('etag', etag).send();
    const page = data.read((tx) => readFeedPage(tx, after, q.data.limit));
    return reply.header('etag', page.etag).type('application/json; charset=utf-8').send(page.body);
  });

  // The hall's erasures, for each terminal to erase its own copies (README, "The erasure feed").
  app.get('/v1/erasures', { onRequest: authenticate }, async (req, reply) => {
    const q = erasuresQuerySchema.safeParse(req.query);
    if (!q.success) return refuse(reply, 400, 'invalid_input', describeIssues(q.error));
    const after = erasureCursorPosition(q.data.cursor);
    // Past the end of this hub's feed (its data was restored or replaced): read it all again.
    if (after > data.read((tx) => tx.erasureFeed.top()))
      return refuse(
        reply,
        410,
        'cursor_expired',
        'this cursor was not issued by this hub; start again without one',
      );
    return data.read((tx) => readErasuresPage(tx, after, q.data.limit));
  });

  app.post('/v1/events', { onRequest: authenticate, bodyLimit: EVENTS_BODY_LIMIT }, async (req, reply) => {
    const parsed = eventsRequestSchema.safeParse(req.body);
    if (!parsed.success) return refuse(reply, 400, 'invalid_input', describeIssues(parsed.error));
    const sender = req.syncTerminal!;
    const terminal = sender.id;
    const received = await data.write((tx) =>
      receiveEvents(
        tx,
        parsed.data.events,
        { id: sender.id, role: sender.role },
        {
          now: now(),
          dayOf: (at) => clock.dayOf(at),
        },
      ),
    );
    log('%s sent %d events: %d new', terminal, parsed.data.events.length, received.accepted);
    if (received.accepted) {
      sync.outboxChanged();
      // The hall's record changed: the desk's list and the big screen's figures read it again.
      if (received.people) {
        bus.emit('workers.changed', { total: data.read((tx) => tx.workers.count()) });
        bus.emit('stats.changed', todayStats(runtime.context));
      }
      // A 报名 made at a terminal: the employer's booths list the applicant, a desk showing the
      // person's record shows the referral, the hall's screen counts it.
      for (const a of received.applied) {
        notifyEmployerBooths(runtime.context, a.employerId, 'people');
        bus.emit('worker.updated', {
          workerId: a.workerId,
          version: data.read((tx) => tx.workerRecords.profile(a.workerId)?.version ?? 1),
        });
      }
      if (received.applied.length && !received.people) bus.emit('stats.changed', todayStats(runtime.context));
      // A ticket taken at a kiosk PC: the hub desk's queue lists it, the screens count who waits.
      if (received.tickets)
        bus.emit('queue.changed', {
          waiting: data.read((tx) => tx.queue.waitingCount(clock.today())),
        });
    }
    if (received.upserted.length)
      sync.jobsChanged({ upserted: received.upserted, removed: [], source: 'hall' });
    return { results: received.results };
  });

  app.get<{ Params: { idHash: string } }>(
    '/v1/workers/:idHash',
    { onRequest: authenticate },
    async (req, reply) => {
      const hash = idHashSchema.safeParse(req.params.idHash);
      if (!hash.success) return refuse(reply, 400, 'invalid_input', 'idHash must be 64 hex digits');
      return data.read((tx) => lookupHallWorker(tx, hash.data));
    },
  );
}
