/**
 * The app:// scheme, from which every station window loads the built renderer. Chromium refuses the
 * page's module script from file:// (and the packaged app keeps file:// without extra privileges), so
 * windows load app://station/… and each request is answered with one file inside the renderer folder,
 * or refused. The mapping is a pure function of the URL; the response reads only the file it names.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import createDebug from 'debug';
import type { CustomScheme, Protocol } from 'electron';
import { securityHeaders } from '../security-headers';

const log = createDebug('station:shell');

export const appScheme = 'app';
export const appHost = 'station';
/** The one origin our windows show and our IPC answers. */
export const appOrigin = `${appScheme}://${appHost}`;

/**
 * standard: relative URLs resolve and the page has an origin (and storage) of its own; secure: a
 * secure context, as https is. Neither bypassCSP (our CSP applies to our pages) nor corsEnabled (no
 * other origin may read ours). stream: the recorded speech clips play through <audio>.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
};

/** The role pages the hub serves as index.html; the same paths work here. */
const pages = new Set(['kiosk', 'desk', 'booth', 'screen']);

/** What the build ships, by extension. Anything else is not ours to serve. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  // A module script runs only when served as JavaScript.
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.opus': 'audio/ogg',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

/**
 * A path segment is a plain file name: letters, digits, `.`, `_`, `-`, not starting with a dot. That
 * shuts out `..`, separators of either kind, drive letters, NUL, `%` left over from double encoding.
 */
const plainName = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
/** Windows opens these as devices in any folder. */
const deviceName = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

export type AppTarget =
  { ok: true; file: string; contentType: string } | { ok: false; status: 400 | 404; reason: string };

const refuse = (status: 400 | 404, reason: string): AppTarget => ({ ok: false, status, reason });

/** True when `url` is on the app origin: app://station, no credentials, no port. */
export function isAppOrigin(url: URL): boolean {
  return (
    url.protocol === `${appScheme}:` &&
    url.hostname.toLowerCase() === appHost &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** The file inside `rendererDir` that an app:// request names, or why it is refused. */
export function resolveAppRequest(url: string, rendererDir: string): AppTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return refuse(404, '找不到该页面：地址无效');
  }
  if (!isAppOrigin(u)) return refuse(404, '找不到该页面：不是本应用的地址');

  const raw = u.pathname.replace(/^\//, '');
  const segments: string[] = [];
  for (const part of raw === '' ? ['index.html'] : raw.split('/')) {
    let name: string;
    try {
      name = decodeURIComponent(part);
    } catch {
      return refuse(400, '地址中的路径无效');
    }
    if (!plainName.test(name) || deviceName.test(name)) return refuse(400, '地址中的路径无效');
    segments.push(name);
  }
  if (segments.length === 1 && pages.has(segments[0]!)) segments[0] = 'index.html';

  const contentType = contentTypes[extname(segments[segments.length - 1]!).toLowerCase()];
  if (!contentType) return refuse(404, '找不到该文件');
  const file = join(rendererDir, ...segments);
  // Plain names cannot climb out; this says so again where a mistake above would show.
  const rel = relative(rendererDir, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return refuse(400, '地址中的路径无效');
  return { ok: true, file, contentType };
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** The answer to one app:// request: the file with its type and the security headers, or a refusal. */
export async function appResponse(
  request: Pick<Request, 'url' | 'method'>,
  rendererDir: string,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, '不支持该请求方式');
  const target = resolveAppRequest(request.url, rendererDir);
  if (!target.ok) {
    log('app:// refused (%d): %s', target.status, target.reason);
    return plain(target.status, target.reason);
  }
  let body: Buffer;
  try {
    body = await readFile(target.file);
  } catch {
    return plain(404, '找不到该文件');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...securityHeaders, 'content-type': target.contentType },
  });
}

/** Before `ready`: app:// becomes a privileged scheme. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
}

/** After `ready`, before any window: app:// answers from the built renderer folder and nothing else. */
export function handleAppScheme(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(appScheme, (request) => appResponse(request, rendererDir));
}
