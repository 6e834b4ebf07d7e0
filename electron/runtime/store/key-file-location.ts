import { realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, posix, relative, resolve, win32 } from 'node:path';

export const KEY_DIR_NAME = 'gig-station';
export const KEK_FILE_NAME = 'station.kek';

export interface KeyFileHost {
  platform: NodeJS.Platform;
  /** Effective uid on POSIX; undefined on Windows. */
  uid?: number | undefined;
  home: string;
  env: Record<string, string | undefined>;
}

function thisHost(): KeyFileHost {
  return { platform: process.platform, uid: process.getuid?.(), home: homedir(), env: process.env };
}

/**
 * Where a hub keeps its key-encryption key when the config names no `keyFile`: a per-user (or,
 * for a root service, system) configuration folder, never the data directory (~/.gig-station),
 * so copying or backing up the data directory does not copy the key.
 *
 * - Linux and other Unix: a service running as root uses /etc/gig-station (where system services
 *   keep their secrets, next to the station config an administrator puts there); a user uses
 *   $XDG_CONFIG_HOME/gig-station, by default ~/.config/gig-station.
 * - macOS: ~/Library/Application Support/gig-station.
 * - Windows: %LOCALAPPDATA%\gig-station. Only that user (and administrators) may read it, unlike
 *   %ProgramData%, which every user may read; and unlike %APPDATA% it does not roam to a file
 *   server with the profile.
 */
export function defaultKeyFile(host: KeyFileHost = thisHost()): string {
  const { platform, env, home } = host;
  if (platform === 'win32') {
    const base = env.LOCALAPPDATA || win32.join(home, 'AppData', 'Local');
    return win32.join(base, KEY_DIR_NAME, KEK_FILE_NAME);
  }
  if (platform === 'darwin') {
    return posix.join(home, 'Library', 'Application Support', KEY_DIR_NAME, KEK_FILE_NAME);
  }
  if (host.uid === 0) return posix.join('/etc', KEY_DIR_NAME, KEK_FILE_NAME);
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg && posix.isAbsolute(xdg) ? xdg : posix.join(home, '.config');
  return posix.join(base, KEY_DIR_NAME, KEK_FILE_NAME);
}

/** The path with every existing part resolved through symbolic links (the rest kept as written). */
async function canonical(path: string): Promise<string> {
  const tail: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      const real = await realpath(current);
      return tail.length ? resolve(real, ...tail.reverse()) : real;
    } catch {
      const parent = dirname(current);
      if (parent === current) return resolve(path);
      tail.push(basename(current));
      current = parent;
    }
  }
}

/** Whether `path` is `dir` or lies beneath it, following links (a link into the data is the data). */
export async function isWithin(path: string, dir: string): Promise<boolean> {
  let [p, d] = await Promise.all([canonical(path), canonical(dir)]);
  if (process.platform === 'win32') [p, d] = [p.toLowerCase(), d.toLowerCase()];
  const rel = relative(d, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
