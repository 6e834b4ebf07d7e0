import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * SQL lives in the data layer only: the repositories (`electron/runtime/data/`) and the engine
 * under them (`electron/runtime/store/`: connection, journal, migrations). Anywhere else a
 * statement is a rule about stored data that a second backend would not see.
 */
const root = join(__dirname, '../../../..');
const dataLayer = ['electron/runtime/data/', 'electron/runtime/store/'];

/** Files whose statements have not moved behind a repository yet; this list only shrinks. */
const notYetMoved = new Set<string>([]);

const STATEMENT =
  /\b(SELECT\s+[\w*(]|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|UNIQUE)|ALTER\s+TABLE|DROP\s+(TABLE|INDEX)|PRAGMA\s+\w)/;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The file's code with comments removed: a comment may name a table; code may not query one. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

function filesWithSql(dirs: string[]): string[] {
  return dirs
    .flatMap(sources)
    .filter((f) => !dataLayer.some((d) => f.startsWith(d)))
    .filter((f) => STATEMENT.test(code(readFileSync(join(root, f), 'utf8'))))
    .map((f) => relative(root, join(root, f)))
    .sort();
}

describe('SQL lives in the data layer', () => {
  const found = filesWithSql(['electron', 'drivers', 'renderer']);

  it('no statement outside electron/runtime/data and electron/runtime/store', () => {
    expect(found.filter((f) => !notYetMoved.has(f))).toEqual([]);
  });

  it('the list of files not yet moved holds only files that still have SQL', () => {
    expect([...notYetMoved].filter((f) => !found.includes(f))).toEqual([]);
  });

  it('recognises a statement in code and not in a comment', () => {
    expect(STATEMENT.test(code("db.all('SELECT id FROM jobs')"))).toBe(true);
    expect(STATEMENT.test(code('db.run(`INSERT OR IGNORE INTO seen VALUES (?)`)'))).toBe(true);
    expect(STATEMENT.test(code('// SELECT id FROM jobs is what the engine avoids'))).toBe(false);
    expect(STATEMENT.test(code('const label = "Select a job";'))).toBe(false);
  });
});
