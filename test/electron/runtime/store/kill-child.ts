/**
 * Child process for the kill -9 test: registers rows forever and prints `ack <key>` only after
 * write() resolved, plus `cp <phase>` as checkpoints progress so the parent can kill mid-checkpoint.
 * Usage: node --import tsx kill-child.ts <dir> <run>
 */
import { openStore } from '../../../../electron/runtime/store/store';

const [dir, run] = process.argv.slice(2) as [string, string];
const say = (line: string) => process.stdout.write(`${line}\n`);

const store = await openStore({
  dir,
  // Tiny journal threshold: a checkpoint every dozen writes.
  checkpoint: { journalBytes: 4096, idleMs: 0, intervalMs: 0 },
  onEvent: (e) => {
    if (e.type === 'checkpoint') say(`cp ${e.phase}`);
  },
});
// Some bulk, so a checkpoint takes long enough to be interrupted.
await store.write((db) =>
  db.run("INSERT OR IGNORE INTO meta (key, value) VALUES ('bulk', hex(zeroblob(1000000)))"),
);
say('ready');
const padding = '零工驿站'.repeat(40);
for (let n = 0; ; n++) {
  const key = `r${run}-${n}`;
  await store.write((db) => db.run('INSERT INTO meta (key, value) VALUES (?, ?)', [key, padding]));
  say(`ack ${key}`);
}
