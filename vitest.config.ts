import { defineConfig } from 'vitest/config';

/**
 * Tests that count, number or compare days (figures, reports, the queue, booths, follow-ups, ages,
 * deadlines, availability). The station's days are its configured zone's (Asia/Shanghai), so they run
 * again with the host's clock on UTC and on New York time and must count the same days.
 */
const dateSensitive = [
  'test/electron/runtime/clock/**/*.test.ts',
  'test/electron/runtime/reports/**/*.test.ts',
  'test/electron/runtime/booth/**/*.test.ts',
  'test/electron/runtime/queue/**/*.test.ts',
  'test/electron/runtime/desk/queue.test.ts',
  'test/electron/runtime/devices/**/*.test.ts',
  'test/electron/runtime/desk/worker-record.test.ts',
  'test/electron/runtime/desk/referrals-jobs.test.ts',
  'test/electron/runtime/store/retention.test.ts',
  'test/electron/runtime/match/match.test.ts',
  'test/electron/runtime/match/pruning.test.ts',
  'test/electron/runtime/sync/import.test.ts',
  'test/electron/security/spreadsheet-formulas.test.ts',
  'test/renderer/desk/format.test.ts',
  'test/renderer/station-time.test.tsx',
];
const hostZone = (name: string, TZ: string) => ({
  test: { name, environment: 'node' as const, include: dateSensitive, env: { TZ }, testTimeout: 20_000 },
});

/**
 * Node-side units, renderer units in jsdom, browser tests (Chromium against a real hub), and the
 * date-sensitive units again under two host zones.
 */
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
      hostZone('dates-utc', 'UTC'),
      hostZone('dates-ny', 'America/New_York'),
    ],
  },
});
