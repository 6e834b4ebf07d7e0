import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newKey } from '../../../../electron/runtime/store/crypto-box';
import type { CapturedStatement } from '../../../../electron/runtime/store/db';
import { encodeRecord, openRecord, parseJournal } from '../../../../electron/runtime/store/journal';
import { decodeStatements, encodeStatements } from '../../../../electron/runtime/store/redo-log';

const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constant(null),
  fc.uint8Array({ maxLength: 40 }),
);
const statement: fc.Arbitrary<CapturedStatement> = fc.oneof(
  fc.record({ sql: fc.string() }),
  fc.record({ sql: fc.string(), params: fc.array(value, { maxLength: 6 }) }),
  fc.record({ sql: fc.string(), params: fc.dictionary(fc.constantFrom(':a', ':b', '$c', '@d'), value) }),
);

describe('journal codec', () => {
  it('round-trips the statements of a transaction', () => {
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 5 }), (list) => {
        expect(decodeStatements(encodeStatements(list))).toEqual(list);
      }),
    );
  });

  it('reads back every complete record from any prefix of the journal, and flags the rest as torn', () => {
    const key = newKey();
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 64 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (payloads, cutSeed) => {
          const records = payloads.map((p, i) => encodeRecord(i + 1, 7, key, p));
          const all = Buffer.concat(records);
          const cut = cutSeed % (all.length + 1);
          const parsed = parseJournal(all.subarray(0, cut));
          let end = 0;
          let complete = 0;
          for (const r of records) {
            if (end + r.length > cut) break;
            end += r.length;
            complete++;
          }
          expect(parsed.entries.map((e) => e.seq)).toEqual(records.slice(0, complete).map((_, i) => i + 1));
          expect(parsed.validLength).toBe(end);
          expect(parsed.tail).toBe(end === cut ? 'clean' : 'torn');
          expect(parsed.corruptAt).toBeUndefined();
          parsed.entries.forEach((e, i) => expect(openRecord(e, key)).toEqual(Buffer.from(payloads[i]!)));
        },
      ),
    );
  });

  it('binds a record to its sequence number and key', () => {
    const key = newKey();
    const record = encodeRecord(5, 7, key, Buffer.from('payload'));
    const [entry] = parseJournal(record).entries;
    expect(openRecord(entry!, newKey())).toBeNull();
    const moved = Buffer.from(record);
    moved.writeBigUInt64LE(6n, 8); // change seq, fix the CRC: GCM must still refuse
    moved.writeUInt32LE(crc32(moved.subarray(8)), 4);
    const [tampered] = parseJournal(moved).entries;
    expect(tampered?.seq).toBe(6);
    expect(openRecord(tampered!, key)).toBeNull();
  });
});
