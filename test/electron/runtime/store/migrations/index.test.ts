import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Migration } from '../../../../../electron/runtime/store/migrate';
import { latestVersion, migrations } from '../../../../../electron/runtime/store/migrations';

const here = dirname(fileURLToPath(import.meta.url));
const folder = join(here, '../../../../../electron/runtime/store/migrations');
const fileName = /^(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.ts$/;

/** Every file in the folder but the index is a migration. */
const files = readdirSync(folder)
  .filter((f) => f !== 'index.ts')
  .sort();

describe('the migrations folder', () => {
  it('holds only NNN-what-it-does.ts files besides the index', () => {
    expect(files.filter((f) => !fileName.test(f))).toEqual([]);
  });

  it('lists every migration file in the index, in order, numbered 1..N without a gap or a repeat', async () => {
    const fromFiles: { file: string; number: number; migration: Migration }[] = [];
    for (const file of files) {
      const mod = (await import(join(folder, file))) as { migration?: Migration };
      fromFiles.push({ file, number: Number(fileName.exec(file)?.[1]), migration: mod.migration! });
    }
    for (const f of fromFiles) {
      expect(f.migration?.version, `${f.file} exports the migration its number names`).toBe(f.number);
      expect(migrations, `${f.file} is listed in migrations/index.ts`).toContain(f.migration);
    }
    expect(migrations.length, 'the index lists only the folder’s files').toBe(fromFiles.length);
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(latestVersion).toBe(migrations.length);
  });

  it('has a test for every migration (STYLE habit 7)', () => {
    const tests = readdirSync(here);
    const missing = files.filter(
      (f) => !tests.some((t) => t.startsWith(`${f.slice(0, 4)}`) && t.endsWith('.test.ts')),
    );
    expect(missing).toEqual([]);
  });
});
