import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methods, type MethodName } from '../../../electron/api';
import { parseConfig } from '../../../electron/runtime/config';
import { createRuntime, type Runtime } from '../../../electron/runtime/runtime';

/**
 * The dispatcher's gate: every method of the contract, fed inputs its own schema rejects, returns an
 * error result and the database is byte-identical afterwards; nothing a schema refuses reaches a
 * handler. New methods are covered as soon as they are declared. The inputs are picked by the schema
 * under test, so this says nothing about whether the schema refuses enough: input-rules.test.ts sends
 * raw hostile names, phones and text through the dispatcher for that.
 */
let runtime: Runtime;
const snapshot = () => Buffer.from(runtime.context.store.read((db) => db.raw.export()));

const hostile = fc.oneof(
  fc.anything(),
  fc.string({ minLength: 5000, maxLength: 6000 }),
  fc.constant({ __proto__: { admin: true } }),
  fc.constant({ constructor: { prototype: { polluted: true } } }),
  fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.constant(null))),
);

beforeAll(async () => {
  runtime = await createRuntime(parseConfig({}), { dataDir: null });
});
afterAll(() => runtime.close());

describe('invalid input to every API method', () => {
  const names = Object.keys(methods) as MethodName[];
  it.each(names)('%s refuses what its schema rejects and changes nothing', async (name) => {
    const def = methods[name];
    const before = snapshot();
    await fc.assert(
      fc.asyncProperty(
        // A missing body (null or undefined) means "no arguments", as the dispatcher reads it.
        hostile.filter((x) => !def.input.safeParse(x ?? {}).success),
        async (input) => {
          for (const role of def.roles) {
            const r = await runtime.dispatch({ role, terminal: 'fuzz' }, name, input);
            expect(r.ok).toBe(false);
          }
        },
      ),
      { numRuns: 40 },
    );
    expect(snapshot().equals(before)).toBe(true);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});
