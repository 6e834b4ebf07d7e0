import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import createDebug from 'debug';

const log = createDebug('station:reader:pty');

/**
 * Two pseudo-terminals joined by socat, at stable paths (`link=`), so the real serialport stack can
 * talk to the simulator. Killing socat is an unplug: both ends vanish and the host port closes with
 * `disconnected`; `plug()` re-creates them at the same paths.
 */
export class PtyPair {
  readonly hostPath: string;
  readonly devicePath: string;
  private proc: ChildProcess | undefined;

  constructor(dir = mkdtempSync(join(tmpdir(), 'station-pty-'))) {
    this.hostPath = join(dir, 'ttyHost');
    this.devicePath = join(dir, 'ttyDevice');
  }

  get plugged(): boolean {
    return this.proc !== undefined;
  }

  async plug(timeoutMs = 3000): Promise<void> {
    if (this.proc) return;
    const proc = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${this.devicePath}`, `pty,raw,echo=0,link=${this.hostPath}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.proc = proc;
    // Drain socat's -d -d chatter so it never blocks on a full pipe.
    proc.stderr?.resume();
    proc.on('error', (err) => log('socat failed: %s', err.message));
    const deadline = Date.now() + timeoutMs;
    let ready = false;
    // socat creates both links before it starts relaying.
    while (Date.now() < deadline && proc.exitCode === null) {
      if (existsSync(this.hostPath) && existsSync(this.devicePath)) {
        ready = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    if (!ready) {
      await this.unplug();
      throw new Error('socat did not create the pty pair (is socat installed?)');
    }
    log('plugged %s <-> %s', this.hostPath, this.devicePath);
  }

  async unplug(): Promise<void> {
    const proc = this.proc;
    this.proc = undefined;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
    // socat removes its links on exit; wait so a quick re-plug does not race the unlink.
    const until = Date.now() + 1000;
    while ((existsSync(this.hostPath) || existsSync(this.devicePath)) && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
  }
}
