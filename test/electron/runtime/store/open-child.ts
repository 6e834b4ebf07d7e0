/**
 * Child process for the read-only directory test: opens the store in <dir> (as another user when
 * the test runs as root, where permissions do not stop writes) and prints how it went as JSON.
 * Usage: node --import tsx open-child.ts <dir>
 */
import { openStore } from '../../../../electron/runtime/store/store';

const [dir] = process.argv.slice(2) as [string];
const outcome = await openStore({ dir }).then(
  async (store) => {
    await store.close();
    return { opened: true };
  },
  (err: unknown) => ({
    opened: false,
    code: (err as { code?: string }).code,
    message: (err as Error).message,
  }),
);
process.stdout.write(`${JSON.stringify(outcome)}\n`);
