import { describe, expect, it } from 'vitest';
import { methods } from '../../electron/api';
import { createDispatcher } from '../../electron/dispatcher';
import { ApiFailure } from '../../electron/runtime/api-error';
import { handlersStub } from './shell/handlers-stub';

describe('dispatcher', () => {
  const desk = { role: 'desk' as const, terminal: 'desk-1' };

  it('runs a known method for an allowed role with parsed input', async () => {
    let seen: unknown;
    const d = createDispatcher({
      ...handlersStub(),
      'jobs.list': (input) => ((seen = input), { total: 0, items: [] }),
    });
    expect(await d(desk, 'jobs.list', { q: '保洁' })).toEqual({ ok: true, value: { total: 0, items: [] } });
    expect(seen).toEqual({ q: '保洁', limit: 50, offset: 0 });
  });

  it('refuses every staff method to kiosk, booth and screen callers', async () => {
    const d = createDispatcher(handlersStub());
    const staffOnly = Object.entries(methods).filter(([, m]) =>
      m.roles.every((r) => r === 'desk' || r === 'admin'),
    );
    expect(staffOnly.length).toBeGreaterThan(0);
    for (const [name] of staffOnly) {
      for (const role of ['kiosk', 'booth', 'screen'] as const) {
        const r = await d({ role, terminal: 't' }, name, {});
        expect(r, `${role} → ${name}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
  });

  it('tells staff the disk is full or read-only in words, not "failed inside the station"', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const readOnly = Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    for (const [err, words] of [
      [full, /磁盘已满/],
      [readOnly, /只读/],
    ] as const) {
      const d = createDispatcher({
        ...handlersStub(),
        'jobs.list': () => {
          throw err;
        },
      });
      const r = await d(desk, 'jobs.list', {});
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'unavailable', message: expect.stringMatching(words) },
      });
    }
  });

  it('reports invalid input per field', async () => {
    const d = createDispatcher(handlersStub());
    const r = await d(desk, 'jobs.list', { limit: -1, offset: 'x' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.map((i) => i.path).sort()).toEqual(['limit', 'offset']);
  });

  it('turns expected failures into values and bugs into a bland internal error', async () => {
    const d = createDispatcher({
      ...handlersStub(),
      'card.current': () => {
        throw new ApiFailure('not_found', 'no card');
      },
      'jobs.list': () => {
        throw new Error('secret stack detail');
      },
    });
    expect(await d(desk, 'card.current', {})).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'no card' },
    });
    const bug = await d(desk, 'jobs.list', {});
    expect(bug).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(bug)).not.toContain('secret');
  });

  it('does not treat inherited object keys as methods', async () => {
    const d = createDispatcher(handlersStub());
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(await d(desk, name, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });
});
