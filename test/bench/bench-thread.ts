/**
 * A module of test/bench on a thread of its own, loaded through tsx as the benchmarks are, and a way
 * to wait for its messages by type. A platform on its own thread is a platform on its own machine:
 * its work is not counted on the station's thread, and the station's long writes do not stall it.
 */
import { Worker } from 'node:worker_threads';

export function thread(file: string, workerData: unknown) {
  const entry = new URL(file, import.meta.url).href;
  const worker = new Worker(
    `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`,
    { eval: true, workerData },
  );
  const next = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const on = (m: { type: string } & T) => {
        if (m.type !== type) return;
        worker.off('message', on);
        resolve(m);
      };
      worker.on('message', on);
      worker.once('error', reject);
    });
  return { worker, next };
}
