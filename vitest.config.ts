import { defineConfig } from 'vitest/config';

/** Three projects: Node-side units, renderer units in jsdom, and browser tests (Chromium against a real hub). */
export default defineConfig({
  test: {
    reporters: ['default', './test/reporters/summary-line.ts'],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/electron/**/*.test.ts',
            'test/security/**/*.test.ts',
            'test/drivers/**/*.test.ts',
            'test/assets/**/*.test.ts',
          ],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
        },
      },
      {
        // A null-modem cable between two real UARTs: only `npm run test:hardware` selects this project.
        test: {
          name: 'hardware',
          environment: 'node',
          include: ['test/hardware/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
