import { localTerminalId, type Role } from '../api';

/**
 * The terminal id of each window the shell opens, in config order: the first window of a role is
 * the station's own screen of that role (`local-<role>`, where its readers' cards go unless a
 * reader names another terminal), later ones `local-<role>-2`, `-3` ….
 */
export function windowTerminalIds(windows: readonly { role: Role }[]): string[] {
  const seen = new Map<Role, number>();
  return windows.map(({ role }) => {
    const n = (seen.get(role) ?? 0) + 1;
    seen.set(role, n);
    return n === 1 ? localTerminalId(role) : `${localTerminalId(role)}-${n}`;
  });
}
