/**
 * The Electron shell, kept thin: one instance, the runtime in this process, the windows the station
 * config names on the displays it names, and the IPC adapter. All behaviour lives in the runtime.
 */
import { app, ipcMain, protocol, screen, webContents } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import createDebug from 'debug';
import { appRoot, rendererDistDir } from './runtime/app-root';
import { loadConfigFile, parseConfig, type StationConfig } from './runtime/config';
import { createRuntime, type Runtime } from './runtime/runtime';
import { handleAppScheme, registerAppScheme } from './shell/app-protocol';
import { registerIpc } from './shell/ipc';
import { windowTerminalIds } from './shell/terminal-ids';
import { safeStorageProtector } from './shell/safe-storage-protector';
import { printOptions } from './shell/window-policy';
import { createStationWindow, type StationWindow } from './shell/windows';

const log = createDebug('station:shell');

function stationConfig(): StationConfig {
  const flag = process.argv.find((a) => a.startsWith('--config='));
  const file = flag?.slice('--config='.length) ?? process.env.STATION_CONFIG;
  if (file) return loadConfigFile(file);
  const beside = join(app.getPath('userData'), 'station.json');
  return existsSync(beside) ? loadConfigFile(beside) : parseConfig({});
}

async function start() {
  const config = stationConfig();
  const keys = safeStorageProtector();
  const runtime: Runtime = await createRuntime(config, {
    dataDir: config.dataDir ?? join(app.getPath('userData'), 'data'),
    // safeStorage is usable only after 'ready'; without a keystore the store's key file (config.keyFile
    // or the per-OS default) wraps the data keys, never a file inside the data directory.
    ...(keys ? { keys } : {}),
  });
  // Every window loads app://station/…, answered from the built renderer folder only.
  handleAppScheme(protocol, rendererDistDir());
  const devTools = !app.isPackaged || process.argv.includes('--devtools');
  const windows: StationWindow[] = [];

  registerIpc({
    ipcMain,
    dispatch: runtime.dispatch,
    bus: runtime.bus,
    windows: () => windows,
    print: (w) => {
      const options = printOptions(w.role, config.kiosk.receiptPrinter);
      const contents = webContents.fromId(w.webContents.id);
      if (!options || !contents) return Promise.resolve(false);
      return new Promise((resolve) =>
        contents.print(options, (success, reason) => {
          if (!success) log('slip not printed: %s', reason);
          resolve(success);
        }),
      );
    },
  });

  const displays = screen.getAllDisplays();
  const terminalIds = windowTerminalIds(config.windows);
  config.windows.forEach((w, i) => {
    windows.push(
      createStationWindow({
        role: w.role,
        name: terminalIds[i]!,
        display:
          w.display === undefined
            ? screen.getPrimaryDisplay()
            : (displays[w.display] ?? screen.getPrimaryDisplay()),
        kiosk: w.kiosk,
        devTools,
        preload: join(appRoot(), 'dist', 'electron', 'preload.cjs'),
        relaunch: () => {
          app.relaunch();
          app.exit(0);
        },
      }),
    );
  });

  // The windows are up before the job index is built; calls that need it wait for it.
  void runtime.context.match.ready();
  app.on('before-quit', () => void runtime.close());
  log('station started with %d window(s)', windows.length);
}

// Privileged schemes must be declared before 'ready'.
registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  app.on('web-contents-created', (_e, contents) => {
    // Defence in depth: no window may open another, whoever created it.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      app.exit(1);
    });
}
