import type { Database, SqlValue, Statement } from 'sql.js';

export type Params = SqlValue[] | Record<string, SqlValue>;
export type Row = Record<string, SqlValue>;

/** Distinct statement texts kept prepared per connection. */
const MAX_PREPARED = 256;

/** One statement executed inside a write transaction, as the journal records it. */
export interface CapturedStatement {
  sql: string;
  params?: Params;
  /** One statement run once per parameter list (`Db.runMany`), journaled without repeating its text. */
  batch?: Params[];
}

/**
 * A thin typed face over a sql.js connection: the only way domain code touches SQL.
 *
 * Inside `Store.write` the store turns on capture: every `run` (and any `all`/`get` that
 * changed rows, e.g. `INSERT … RETURNING`) is recorded with its parameters, and that list is
 * what the journal makes durable. So writers go through `run`/`all`/`get`, never through `raw`.
 */
export class Db {
  private captured: CapturedStatement[] | null = null;
  /** Rows changed by the captured statements: the store checks nothing changed outside them. */
  private accounted = 0;
  private onCommit = new Set<() => void>();
  private changesStmt: Statement | null = null;
  /**
   * Prepared statements by their text, most recently used last: compiling a statement costs about
   * as much as running it, and a hub takes thousands of events a second through the same few.
   * Bounded, so statements built with a variable number of placeholders cannot grow it.
   */
  private prepared = new Map<string, Statement>();

  constructor(readonly raw: Database) {}

  private statement(sql: string): Statement {
    const held = this.prepared.get(sql);
    if (held) {
      this.prepared.delete(sql);
      this.prepared.set(sql, held);
      return held;
    }
    const stmt = this.raw.prepare(sql);
    this.prepared.set(sql, stmt);
    if (this.prepared.size > MAX_PREPARED) {
      const [oldest, old] = this.prepared.entries().next().value!;
      this.prepared.delete(oldest);
      old.free();
    }
    return stmt;
  }

  all<T = Row>(sql: string, params?: Params): T[] {
    const before = this.captured ? this.totalChanges() : 0;
    const stmt = this.statement(sql);
    let rows: T[];
    try {
      if (params) stmt.bind(params);
      rows = [];
      while (stmt.step()) rows.push(stmt.getAsObject() as T);
    } finally {
      // Ready for its next use, with no parameter left bound.
      stmt.reset();
    }
    if (this.captured) {
      const changed = this.totalChanges() - before;
      if (changed !== 0) {
        this.captured.push(capture(sql, params));
        this.accounted += changed;
      }
    }
    return rows;
  }

  get<T = Row>(sql: string, params?: Params): T | undefined {
    return this.all<T>(sql, params)[0];
  }

  run(sql: string, params?: Params): void {
    if (!this.captured) {
      this.execute(sql, params);
      return;
    }
    const before = this.totalChanges();
    this.execute(sql, params);
    // Recorded only once it succeeded: a statement that threw changed nothing, so replay skips it too.
    this.captured.push(capture(sql, params));
    this.accounted += this.totalChanges() - before;
  }

  /**
   * With parameters, one statement, prepared once (sql.js too runs only the first statement when
   * given parameters); without, the text may hold several (a migration), so sql.js runs it all.
   */
  private execute(sql: string, params?: Params): void {
    if (!params) {
      this.raw.run(sql);
      return;
    }
    const stmt = this.statement(sql);
    try {
      stmt.run(params);
    } finally {
      stmt.reset();
    }
  }

  /**
   * One statement for many parameter lists through a single prepared statement: what a sync page
   * or an import of thousands of rows needs. Journaled as one entry. If a row throws, the rows
   * before it have run; the caller's transaction (Store.write) rolls them all back.
   */
  runMany(sql: string, rows: readonly Params[]): void {
    if (rows.length === 0) return;
    const before = this.captured ? this.totalChanges() : 0;
    const stmt = this.raw.prepare(sql);
    try {
      for (const params of rows) stmt.run(params);
    } finally {
      stmt.free();
    }
    if (this.captured) {
      this.captured.push({ sql, batch: rows.map((p) => copyParams(p)) });
      this.accounted += this.totalChanges() - before;
    }
  }

  /** Rows changed by the last statement. */
  changes(): number {
    return this.raw.getRowsModified();
  }

  /** Rows changed by every statement since the connection opened (SQLite `total_changes()`). */
  totalChanges(): number {
    this.changesStmt ??= this.raw.prepare('SELECT total_changes()');
    try {
      this.changesStmt.step();
      return Number(this.changesStmt.get()[0]);
    } finally {
      this.changesStmt.reset();
    }
  }

  /** True inside a `Store.write` callback: what a statement runs in now will be journaled. */
  get inWrite(): boolean {
    return this.captured !== null;
  }

  /**
   * Inside a `Store.write` callback: run `fn` once this write has committed (journaled, then
   * COMMIT), never if it rolls back. The same function added twice runs once. Throws outside a write.
   */
  afterCommit(fn: () => void): void {
    if (!this.captured) throw new Error('Db.afterCommit outside Store.write');
    this.onCommit.add(fn);
  }

  /** @internal The store's journal capture; not for domain code. */
  startCapture(): void {
    this.captured = [];
    this.accounted = 0;
    this.onCommit = new Set();
  }

  /** @internal The store, once the write committed: what `afterCommit` asked for. */
  takeCommitHooks(): (() => void)[] {
    const hooks = [...this.onCommit];
    this.onCommit = new Set();
    return hooks;
  }

  /** @internal Rows changed by the statements captured since `startCapture`. */
  capturedChanges(): number {
    return this.accounted;
  }

  /** @internal Ends capture and hands over what was recorded. */
  endCapture(): CapturedStatement[] {
    const list = this.captured ?? [];
    this.captured = null;
    return list;
  }
}

function capture(sql: string, params: Params | undefined): CapturedStatement {
  if (params === undefined) return { sql };
  return { sql, params: copyParams(params) };
}

// Copied so a caller reusing its parameter array cannot change what gets journaled.
const copyParams = (params: Params): Params => (Array.isArray(params) ? [...params] : { ...params });
