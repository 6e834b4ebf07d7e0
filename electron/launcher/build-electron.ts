/** `npm run build:electron`: bundles main and preload into dist/electron. */
import { buildElectron } from './build';

await buildElectron();
console.log('built dist/electron/main.mjs and dist/electron/preload.cjs');
