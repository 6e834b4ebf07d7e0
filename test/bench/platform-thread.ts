/**
 * The reference platform on a thread of its own, for the sync benchmark: a real platform is another
 * machine, so its work (building and sending pages) must not be counted on the station's thread.
 * The parent asks for changes and figures by message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startPlatform } from '../platform/platform';

export type PlatformRequest = { type: 'touch'; count: number } | { type: 'pages' } | { type: 'close' };

const { jobs, seed } = workerData as { jobs: number; seed: number };
const platform = await startPlatform({ jobs, seed });
parentPort!.postMessage({ type: 'ready', url: platform.url, token: platform.token });
parentPort!.on('message', async (m: PlatformRequest) => {
  if (m.type === 'touch') {
    // A delta as the platform's day produces it: places filled, an hour later.
    const all = platform.state.jobs();
    for (let i = 0; i < m.count; i++) {
      const j = all[(i * 97) % all.length]!;
      platform.state.upsert({
        ...j,
        filled: Math.min(j.headcount, j.filled + 1),
        updatedAt: new Date(Date.parse(j.updatedAt) + 3_600_000).toISOString(),
      });
    }
    parentPort!.postMessage({ type: 'touched' });
  } else if (m.type === 'pages')
    parentPort!.postMessage({ type: 'pages', pages: platform.state.pulls.length });
  else {
    await platform.close();
    parentPort!.postMessage({ type: 'closed' });
  }
});
