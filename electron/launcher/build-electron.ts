/**
 * `npm run build:electron`: bundles main and preload into dist/electron and the hub, the operator CLI
 * and the launcher into dist/node (run-built.mjs runs this when the build is stale).
 */
import { buildAll } from './build';

await buildAll();
console.log('built dist/electron (main, preload) and dist/node (hub, station, start)');
