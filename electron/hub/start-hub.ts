import { readFileSync } from 'node:fs';
import createDebug from 'debug';
import { roles, type Role } from '../api';
import { rendererDistDir } from '../runtime/app-root';
import { defaultDataDir, type StationConfig } from '../runtime/config';
import { createRuntime, type Runtime } from '../runtime/runtime';
import { terminalByToken } from '../runtime/terminals/pairing';
import { createHubServer } from './server';
import { TerminalRegistry } from './terminals';

const log = createDebug('station:hub');

export interface StartHubOptions {
  config: StationConfig;
  /** Overrides config.dataDir; null keeps the store in memory (tests). */
  dataDir?: string | null;
  port?: number;
  host?: string;
  rendererDir?: string;
  now?: () => Date;
}

export interface RunningHub {
  runtime: Runtime;
  terminals: TerminalRegistry;
  /** Base URL, e.g. http://127.0.0.1:8780 */
  url: string;
  /** The page for a role, carrying that role's token in the fragment (never sent to a server log). */
  pageUrl(role: Role): string;
  close(): Promise<void>;
}

/** Starts a headless station: the runtime plus the HTTP transport and the renderer for browsers. */
export async function startHub(options: StartHubOptions): Promise<RunningHub> {
  const { config } = options;
  const dataDir = options.dataDir === undefined ? (config.dataDir ?? defaultDataDir()) : options.dataDir;
  // Read the certificate first: a missing file stops start-up before anything is opened.
  const tls = config.hub.tls && {
    cert: readFileSync(config.hub.tls.certFile),
    key: readFileSync(config.hub.tls.keyFile),
  };
  const runtime = await createRuntime(config, { dataDir, ...(options.now ? { now: options.now } : {}) });
  const terminals = (
    config.hub.terminals.length
      ? new TerminalRegistry(config.hub.terminals)
      : TerminalRegistry.forLocalRoles(roles)
  ).withPaired((token) => {
    const t = runtime.context.data.read((tx) => terminalByToken(tx, token));
    return t
      ? { id: t.id, name: t.name, role: t.role, ...(t.booth !== null ? { booth: t.booth } : {}) }
      : undefined;
  });
  const app = await createHubServer({
    ...(tls ? { tls } : {}),
    runtime,
    terminals,
    rendererDir: options.rendererDir ?? rendererDistDir(),
    maxBodyBytes: config.hub.maxBodyBytes,
  });
  const host = options.host ?? config.hub.host;
  await app.listen({ host, port: options.port ?? config.hub.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.hub.port;
  const url = `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;
  log('hub listening on %s (data: %s)', url, dataDir ?? 'memory');
  // Built only now, so that a restarted hub answers /healthz (and a card on the reader) at once;
  // calls that need the index wait for it.
  void runtime.context.match.ready();
  return {
    runtime,
    terminals,
    url,
    pageUrl(role) {
      const t = terminals.byRole(role);
      return `${url}/${role}${t ? `#token=${encodeURIComponent(t.token)}` : ''}`;
    },
    async close() {
      await app.close();
      await runtime.close();
    },
  };
}
