import type { SqlValue } from 'sql.js';

/**
 * Reading a row into typed values at the data layer's boundary. A column holding the wrong kind
 * of value is a damaged or mis-migrated database, not a user's mistake: it throws `CorruptRow`
 * naming the table and column, instead of letting an unchecked cast carry the wrong type inward.
 */
export type Row = Record<string, SqlValue>;

export class CorruptRow extends Error {
  constructor(
    readonly table: string,
    readonly column: string,
    detail: string,
  ) {
    super(`${table}.${column}: ${detail}`);
    this.name = 'CorruptRow';
  }
}

export interface RowReader {
  text(column: string): string;
  textOrNull(column: string): string | null;
  int(column: string): number;
  intOrNull(column: string): number | null;
  /** Any finite number (REAL or INTEGER). */
  num(column: string): number;
  numOrNull(column: string): number | null;
  /** SQLite's 0/1. */
  bool(column: string): boolean;
  /** One of a closed set of strings. */
  oneOf<const T extends string>(column: string, values: readonly T[]): T;
  oneOfOrNull<const T extends string>(column: string, values: readonly T[]): T | null;
  /** A JSON text column, parsed and then checked by `parse`. */
  json<T>(column: string, parse: (value: unknown) => T): T;
}

export function reader(table: string, row: Row): RowReader {
  const value = (c: string): SqlValue => {
    if (!(c in row)) throw new CorruptRow(table, c, 'column missing from the result');
    return row[c]!;
  };
  const text = (c: string): string => {
    const v = value(c);
    if (typeof v !== 'string') throw new CorruptRow(table, c, `expected text, found ${kind(v)}`);
    return v;
  };
  const num = (c: string): number => {
    const v = value(c);
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new CorruptRow(table, c, `expected a number, found ${kind(v)}`);
    }
    return v;
  };
  const int = (c: string): number => {
    const v = num(c);
    if (!Number.isInteger(v)) throw new CorruptRow(table, c, `expected an integer, found ${v}`);
    return v;
  };
  const oneOf = <const T extends string>(c: string, values: readonly T[]): T => {
    const v = text(c);
    if (!(values as readonly string[]).includes(v)) {
      throw new CorruptRow(table, c, `unexpected value ${JSON.stringify(v)}`);
    }
    return v as T;
  };
  const orNull =
    <T>(read: (c: string) => T) =>
    (c: string): T | null =>
      value(c) === null ? null : read(c);
  return {
    text,
    textOrNull: orNull(text),
    int,
    intOrNull: orNull(int),
    num,
    numOrNull: orNull(num),
    bool(c) {
      const v = int(c);
      if (v !== 0 && v !== 1) throw new CorruptRow(table, c, `expected 0 or 1, found ${v}`);
      return v === 1;
    },
    oneOf,
    oneOfOrNull: (c, values) => (value(c) === null ? null : oneOf(c, values)),
    json(c, parse) {
      const raw = text(c);
      let v: unknown;
      try {
        v = JSON.parse(raw);
      } catch {
        throw new CorruptRow(table, c, 'not JSON');
      }
      return parse(v);
    },
  };
}

const kind = (v: SqlValue): string =>
  v === null ? 'NULL' : v instanceof Uint8Array ? 'a blob' : `${typeof v} ${JSON.stringify(v)}`;

/** `count(*) AS n` and the like: a query whose one row has one integer column `n`. */
export function countOf(table: string, row: Row | undefined): number {
  return row ? reader(table, row).int('n') : 0;
}
