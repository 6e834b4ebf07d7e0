import { describe, expect, it } from 'vitest';
import { idlePhase } from '../../../renderer/desk/idle-clock';

const MIN = 60_000;

describe('the desk idle clock', () => {
  it('warns for the last minute of a 15-minute limit, then expires', () => {
    expect(idlePhase(0, 13 * MIN, 15 * MIN)).toEqual({ phase: 'active' });
    expect(idlePhase(0, 14 * MIN + 1, 15 * MIN)).toEqual({ phase: 'warn', secondsLeft: 60 });
    expect(idlePhase(0, 15 * MIN - 500, 15 * MIN)).toEqual({ phase: 'warn', secondsLeft: 1 });
    expect(idlePhase(0, 15 * MIN, 15 * MIN)).toEqual({ phase: 'expired' });
  });

  it('warns for the last fifth of a short limit', () => {
    expect(idlePhase(0, 47_000, 1 * MIN)).toEqual({ phase: 'active' });
    expect(idlePhase(0, 49_000, 1 * MIN)).toEqual({ phase: 'warn', secondsLeft: 11 });
  });

  it('starts over from the latest input', () => {
    expect(idlePhase(10 * MIN, 23 * MIN, 15 * MIN)).toEqual({ phase: 'active' });
    expect(idlePhase(10 * MIN, 25 * MIN, 15 * MIN)).toEqual({ phase: 'expired' });
  });
});
