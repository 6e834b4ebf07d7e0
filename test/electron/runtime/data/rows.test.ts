import { describe, expect, it } from 'vitest';
import { CorruptRow, countOf, reader } from '../../../../electron/runtime/data/rows';

describe('rows are read into typed values at the data layer', () => {
  const row = { id: 'a', n: 3, r: 1.5, flag: 1, none: null, role: 'admin', doc: '{"x":1}' };

  it('reads each kind of column', () => {
    const r = reader('t', row);
    expect(r.text('id')).toBe('a');
    expect(r.int('n')).toBe(3);
    expect(r.num('r')).toBe(1.5);
    expect(r.bool('flag')).toBe(true);
    expect(r.textOrNull('none')).toBeNull();
    expect(r.intOrNull('none')).toBeNull();
    expect(r.oneOf('role', ['staff', 'admin'])).toBe('admin');
    expect(r.json('doc', (v) => v as { x: number })).toEqual({ x: 1 });
    expect(countOf('t', row)).toBe(3);
    expect(countOf('t', undefined)).toBe(0);
  });

  it('refuses a value of the wrong kind, naming the table and column', () => {
    const r = reader('staff', row);
    expect(() => r.text('n')).toThrow(new CorruptRow('staff', 'n', 'expected text, found number 3'));
    expect(() => r.int('r')).toThrow(/staff\.r: expected an integer/);
    expect(() => r.bool('n')).toThrow(/expected 0 or 1/);
    expect(() => r.text('none')).toThrow(/expected text, found NULL/);
    expect(() => r.oneOf('role', ['staff'])).toThrow(/unexpected value "admin"/);
    expect(() => r.json('id', (v) => v)).toThrow(/not JSON/);
    expect(() => r.text('missing')).toThrow(/column missing/);
  });
});
