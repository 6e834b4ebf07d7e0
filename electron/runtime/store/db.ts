import type { Database, SqlValue } from 'sql.js';

export type Params = SqlValue[] | Record<string, SqlValue>;
export type Row = Record<string, SqlValue>;

/** A thin typed face over a sql.js connection: the only way domain code touches SQL. */
export class Db {
  constructor(readonly raw: Database) {}

  all<T = Row>(sql: string, params?: Params): T[] {
    const stmt = this.raw.prepare(sql);
    try {
      if (params) stmt.bind(params);
      const rows: T[] = [];
      while (stmt.step()) rows.push(stmt.getAsObject() as T);
      return rows;
    } finally {
      stmt.free();
    }
  }

  get<T = Row>(sql: string, params?: Params): T | undefined {
    return this.all<T>(sql, params)[0];
  }

  run(sql: string, params?: Params): void {
    this.raw.run(sql, params);
  }

  /** Rows changed by the last statement. */
  changes(): number {
    return this.raw.getRowsModified();
  }
}
