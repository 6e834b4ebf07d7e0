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

/**
 * One object per row, its methods shared on the prototype: the match engine's start reads 100k job
 * rows, and a reader made of fresh closures per row cost more than parsing the rows' JSON.
 */
class Reader implements RowReader {
  constructor(
    private readonly table: string,
    private readonly row: Row,
  ) {}

  private value(c: string): SqlValue {
    if (!(c in this.row)) throw new CorruptRow(this.table, c, 'column missing from the result');
    return this.row[c]!;
  }

  private isNull(c: string): boolean {
    return this.value(c) === null;
  }

  text(c: string): string {
    const v = this.value(c);
    if (typeof v !== 'string') throw new CorruptRow(this.table, c, `expected text, found ${kind(v)}`);
    return v;
  }

  textOrNull(c: string): string | null {
    return this.isNull(c) ? null : this.text(c);
  }

  num(c: string): number {
    const v = this.value(c);
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new CorruptRow(this.table, c, `expected a number, found ${kind(v)}`);
    }
    return v;
  }

  numOrNull(c: string): number | null {
    return this.isNull(c) ? null : this.num(c);
  }

  int(c: string): number {
    const v = this.num(c);
    if (!Number.isInteger(v)) throw new CorruptRow(this.table, c, `expected an integer, found ${v}`);
    return v;
  }

  intOrNull(c: string): number | null {
    return this.isNull(c) ? null : this.int(c);
  }

  bool(c: string): boolean {
    const v = this.int(c);
    if (v !== 0 && v !== 1) throw new CorruptRow(this.table, c, `expected 0 or 1, found ${v}`);
    return v === 1;
  }

  oneOf<const T extends string>(c: string, values: readonly T[]): T {
    const v = this.text(c);
    if (!(values as readonly string[]).includes(v)) {
      throw new CorruptRow(this.table, c, `unexpected value ${JSON.stringify(v)}`);
    }
    return v as T;
  }

  oneOfOrNull<const T extends string>(c: string, values: readonly T[]): T | null {
    return this.isNull(c) ? null : this.oneOf(c, values);
  }

  json<T>(c: string, parse: (value: unknown) => T): T {
    const raw = this.text(c);
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      throw new CorruptRow(this.table, c, 'not JSON');
    }
    return parse(v);
  }
}

export function reader(table: string, row: Row): RowReader {
  return new Reader(table, row);
}

const kind = (v: SqlValue): string =>
  v === null ? 'NULL' : v instanceof Uint8Array ? 'a blob' : `${typeof v} ${JSON.stringify(v)}`;

/** `count(*) AS n` and the like: a query whose one row has one integer column `n`. */
export function countOf(table: string, row: Row | undefined): number {
  return row ? reader(table, row).int('n') : 0;
}
