/**
 * `npm run scan:electron`: runs electronegativity over the bundled shell (main + preload as plain .js,
 * the form it can parse) and fails on any finding not accepted, with its reason, in electronegativity.json,
 * and on any HIGH finding at all. The online release check is skipped: CI has no internet.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appRoot } from '../runtime/app-root';
import { buildElectron } from './build';

const root = appRoot();
await buildElectron();
const input = mkdtempSync(join(tmpdir(), 'eneg-'));
copyFileSync(join(root, 'dist/electron/main.mjs'), join(input, 'main.js'));
copyFileSync(join(root, 'dist/electron/preload.cjs'), join(input, 'preload.js'));
copyFileSync(join(root, 'package.json'), join(input, 'package.json'));
const report = join(input, 'report.sarif');
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
).devDependencies.electron!;
const run = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'),
    ...['-i', input, '-e', electronVersion, '-r', '-x', 'AvailableSecurityFixesGlobalCheck', '-o', report],
  ],
  { encoding: 'utf8' },
);
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}
const accepted = (
  JSON.parse(readFileSync(join(root, 'electronegativity.json'), 'utf8')) as {
    accepted: Record<string, string>;
  }
).accepted;
interface SarifResult {
  ruleId: string;
  level: 'error' | 'warning' | 'note' | 'none';
  message?: { text?: string };
  locations?: {
    physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } };
  }[];
}
// SARIF levels: electronegativity writes HIGH findings as 'error'.
const sarif = JSON.parse(readFileSync(report, 'utf8')) as { runs: { results: SarifResult[] }[] };
const rows = sarif.runs
  .flatMap((run) => run.results)
  .map((r) => {
    const loc = r.locations?.[0]?.physicalLocation;
    return {
      id: r.ruleId,
      severity: r.level === 'error' ? 'HIGH' : r.level,
      confidence: r.message?.text ?? '',
      where: `${loc?.artifactLocation?.uri ?? '?'}:${loc?.region?.startLine ?? 0}`,
    };
  });
let failed = 0;
for (const r of rows) {
  const reason = accepted[r.id];
  const bad = r.severity === 'HIGH' || !reason;
  if (bad) failed++;
  console.log(
    `${bad ? 'FAIL' : 'ok  '} ${r.id} (${r.severity}, ${r.confidence}) ${r.where}${reason && !bad ? ` — accepted: ${reason}` : ''}`,
  );
}
console.log(`electronegativity: ${rows.length} findings, ${failed} not accepted`);
process.exit(failed ? 1 : 0);
