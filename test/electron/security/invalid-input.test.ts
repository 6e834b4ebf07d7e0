import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { methods, type MethodName } from '../../../electron/api';
import { parseConfig } from '../../../electron/runtime/config';
import { createRuntime, type Runtime } from '../../../electron/runtime/runtime';
import { examples } from './api-examples';
import { hostileFindings, spoil } from './hostile-inputs';

/**
 * Every method of the contract, fed its hand-written valid example spoiled one thing at a time
 * (hostile-inputs.ts: wrong types, oversized values, NaN, negatives, unknown and prototype keys,
 * hidden characters in a person's text), refuses each; the dispatcher answers with an error and
 * the database is byte-identical afterwards. The inputs never come from the schemas under test,
 * and the checker is shown to catch a loosened schema.
 */
const names = Object.keys(methods) as MethodName[];

describe('the contract refuses hostile input to every method', () => {
  it('refuses every spoiled example, and accepts every example', () => {
    expect(hostileFindings(methods, examples)).toEqual([]);
  });

  it('reports a schema loosened to anything, a field loosened, and a method with no example', () => {
    const loosened = {
      ...methods,
      'notices.post': { ...methods['notices.post'], input: z.any() },
      'workers.erase': {
        ...methods['workers.erase'],
        input: z.looseObject({ workerId: z.string().min(1).max(64) }),
      },
      'staff.create': {
        ...methods['staff.create'],
        input: z
          .object({ username: z.string(), name: z.string(), role: z.string(), pin: z.string() })
          .strict(),
      },
      'kiosk.hypothetical': methods['kiosk.end'],
    };
    const found = hostileFindings(loosened, examples);
    const by = (m: string) => found.filter((f) => f.method === m).map((f) => f.problem);
    expect(by('notices.post')).toContain('accepts the input = 42');
    expect(by('workers.erase')).toContain('accepts the input with an extra key sneaked');
    expect(by('staff.create')).toEqual(
      expect.arrayContaining(['accepts name = "张丽\u202e"', 'accepts pin = a string of 100000 characters']),
    );
    expect(by('kiosk.hypothetical')).toEqual(['has no example input in api-examples.ts']);
    expect(
      found.every((f) =>
        ['notices.post', 'workers.erase', 'staff.create', 'kiosk.hypothetical'].includes(f.method),
      ),
    ).toBe(true);
  });
});

describe('the dispatcher lets nothing a schema refuses reach a handler', () => {
  let runtime: Runtime;
  const snapshot = () => Buffer.from(runtime.context.store.read((db) => db.raw.export()));
  beforeAll(async () => {
    runtime = await createRuntime(parseConfig({}), { dataDir: null });
  });
  afterAll(() => runtime.close());

  it.each(names)('%s answers every spoiled input with an error and changes nothing', async (name) => {
    const before = snapshot();
    const accepted: string[] = [];
    for (const s of spoil(examples[name])) {
      for (const role of methods[name].roles) {
        const r = await runtime.dispatch({ role, terminal: 'fuzz' }, name, s.input);
        if (r.ok) accepted.push(`${role}: ${s.what}`);
      }
    }
    expect(accepted).toEqual([]);
    expect(snapshot().equals(before)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
