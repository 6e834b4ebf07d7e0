import { LOCAL_TERMINAL_PREFIX, roles, type Role, type TerminalRole } from '../../contract/define';
import type { StationConfig } from '../config';
import type { Repositories } from '../data/repositories';

/** What each kind of terminal is, as staff say it. */
const kindName: Record<TerminalRole, string> = {
  kiosk: '自助机',
  desk: '前台',
  booth: '招聘摊位',
  screen: '大屏',
  admin: '管理端',
  'kiosk-station': '自助机',
  'desk-station': '前台电脑',
};

const localId = new RegExp(`^${LOCAL_TERMINAL_PREFIX}(${roles.join('|')})(?:-(\\d+))?$`);

/** Turns a terminal id into the place staff know it by. */
export type PlaceOf = (terminalId: string) => string;

/**
 * The one way a terminal id becomes a name for people: a paired device's or a configured
 * terminal's name as staff gave it ("3号自助机", "XX镇自助机"), the station's own screens as
 * 本机自助机, 本机前台 …, and an id this station does not know (a device since removed from the
 * config) as itself, so nothing is hidden. Read once per answer: names are editable, not cached.
 */
export function placeNames(tx: Repositories, config: Pick<StationConfig, 'hub'>): PlaceOf {
  const named = new Map<string, string>();
  for (const t of config.hub.terminals) named.set(t.id, t.name);
  for (const t of tx.terminals.list()) named.set(t.id, t.name);
  return (id) => {
    const name = named.get(id);
    if (name) return name;
    const local = localId.exec(id);
    if (local) return `本机${kindName[local[1] as Role]}${local[2] ?? ''}`;
    return id;
  };
}
