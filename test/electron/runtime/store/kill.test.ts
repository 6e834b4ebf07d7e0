import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../../electron/runtime/store/store';
import { manualCheckpoints, tempDir } from './helpers';

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = 60;
const t = tempDir('store-kill-');
afterAll(() => t.cleanup());

interface RunResult {
  acked: string[];
  killedIn: string | null;
}

/**
 * Starts the child and kills it with SIGKILL as it reports its `afterAcks`-th acknowledged write (the
 * next one is under way) or as it reports reaching a checkpoint phase; collects the acks.
 */
function runChild(run: number, killAtPhase: string | null, afterAcks: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(here, 'kill-child.ts'), t.dir, String(run)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const acked: string[] = [];
    let killedIn: string | null = null;
    let killed = false;
    let inCheckpoint: string | null = null;
    let stderr = '';
    const kill = () => {
      if (killed) return;
      killed = true;
      killedIn = inCheckpoint;
      child.kill('SIGKILL');
    };
    const guard = setTimeout(kill, 15_000);
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('ack ')) {
        acked.push(line.slice(4));
        if (!killAtPhase && acked.length >= afterAcks) kill();
      } else if (line.startsWith('cp ')) {
        const phase = line.slice(3);
        inCheckpoint = phase === 'done' ? null : phase;
        if (killAtPhase && phase === killAtPhase && acked.length > 0) kill();
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL') reject(new Error(`child exited on its own (${code}): ${stderr}`));
      else resolve({ acked, killedIn });
    });
  });
}

describe('store under kill -9', () => {
  it(
    `loses no acknowledged write across ${RUNS} kills, some mid-checkpoint`,
    { timeout: 180_000 },
    async () => {
      const acknowledged = new Set<string>();
      const phases = ['start', 'written', 'renamed'];
      let killedMidCheckpoint = 0;
      const started = Date.now();
      for (let run = 0; run < RUNS && Date.now() - started < 150_000; run++) {
        // Every other run waits for a checkpoint phase; the others die after a random number of writes.
        const atPhase = run % 2 === 0 ? phases[(run / 2) % phases.length]! : null;
        const { acked, killedIn } = await runChild(run, atPhase, 5 + Math.floor(Math.random() * 40));
        acked.forEach((k) => acknowledged.add(k));
        if (killedIn) killedMidCheckpoint++;

        const store = await openStore({ dir: t.dir, checkpoint: manualCheckpoints });
        const present = new Set(
          store.read((db) => db.all<{ key: string }>('SELECT key FROM meta').map((r) => r.key)),
        );
        const missing = [...acknowledged].filter((k) => !present.has(k));
        expect(missing, `run ${run}: acknowledged rows lost`).toEqual([]);
        expect(
          store.read((db) => db.get<{ integrity_check: string }>('PRAGMA integrity_check')?.integrity_check),
        ).toBe('ok');
        await store.close({ checkpoint: false });
      }
      expect(acknowledged.size).toBeGreaterThan(RUNS * 5);
      expect(killedMidCheckpoint).toBeGreaterThanOrEqual(5);
      console.log(
        `kill -9: ${acknowledged.size} acknowledged rows, ${killedMidCheckpoint} kills inside a checkpoint, ${Math.round((Date.now() - started) / 1000)} s`,
      );
    },
  );
});
