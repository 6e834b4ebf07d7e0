import { createRequire } from 'node:module';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

let engine: Promise<SqlJsStatic> | undefined;

/** Loads the sql.js WebAssembly module once per process, from the installed package (no network). */
export function loadSqlJs(): Promise<SqlJsStatic> {
  engine ??= initSqlJs({
    locateFile: (file: string) => createRequire(import.meta.url).resolve(`sql.js/dist/${file}`),
  });
  return engine;
}
