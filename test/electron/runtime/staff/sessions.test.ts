import { describe, expect, it } from 'vitest';
import type { StaffSession } from '../../../../electron/api';
import { StaffSessions } from '../../../../electron/runtime/staff/sessions';

const admin: StaffSession = {
  staffId: 's1',
  username: 'wang',
  name: '王',
  role: 'admin',
  signedInAt: '2026-12-01T01:00:00.000Z',
  idleMinutes: 15,
};

describe('staff sessions', () => {
  it('belong to one terminal id and the one browser they were started from', () => {
    let t = 0;
    const sessions = new StaffSessions(60_000, () => t);
    sessions.start('terminal-a', admin, 'browser-1');
    expect(sessions.of('terminal-a', 'browser-1', true)).toEqual(admin);
    // The same token copied into another browser, or no browser at all, is not signed in.
    expect(sessions.of('terminal-a', 'browser-2', true)).toBeUndefined();
    expect(sessions.of('terminal-a', undefined, true)).toBeUndefined();
    // Another browser on the same terminal signs in for itself; it cannot sign the first one out.
    sessions.start('terminal-a', { ...admin, staffId: 's2' }, 'browser-2');
    expect(sessions.of('terminal-a', 'browser-2', true)?.staffId).toBe('s2');
    expect(sessions.end('terminal-a', 'browser-2')?.staffId).toBe('s2');
    expect(sessions.end('terminal-a', 'browser-2')).toBeUndefined();
    expect(sessions.of('terminal-a', 'browser-1', false)).toEqual(admin);
    t = 61_000;
    expect(sessions.of('terminal-a', 'browser-1', false)).toBeUndefined();
  });

  it('end when the terminal is revoked, whichever browser holds them', () => {
    const sessions = new StaffSessions(60_000, () => 0);
    sessions.start('terminal-a', admin, 'browser-1');
    sessions.start('terminal-a', { ...admin, staffId: 's2' }, 'browser-2');
    expect(sessions.endTerminal('terminal-a')).toHaveLength(2);
    expect(sessions.of('terminal-a', 'browser-1', false)).toBeUndefined();
  });
});
