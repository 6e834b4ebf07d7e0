import { EventEmitter } from 'node:events';

/** The smallest stand-in for the parts of Electron the window factory touches. */
export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  id = FakeWebContents.nextId++;
  mainFrame = { url: '' };
  windowOpenHandler: ((d: { url: string }) => { action: string }) | undefined;
  permissionRequest: ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | undefined;
  permissionCheck: ((wc: unknown, permission: string) => boolean) | undefined;
  headers:
    ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void) | undefined;
  session = {
    setPermissionRequestHandler: (h: FakeWebContents['permissionRequest']) => (this.permissionRequest = h),
    setPermissionCheckHandler: (h: FakeWebContents['permissionCheck']) => (this.permissionCheck = h),
    webRequest: { onHeadersReceived: (h: FakeWebContents['headers']) => (this.headers = h) },
  };
  setWindowOpenHandler(h: FakeWebContents['windowOpenHandler']) {
    this.windowOpenHandler = h;
  }
  send() {}
  isDestroyed() {
    return false;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loaded: string[] = [];
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  loadURL(url: string) {
    this.loaded.push(url);
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  show() {}
}

export const powerSaveBlocker = {
  started: new Set<number>(),
  start(_type: string) {
    const id = this.started.size + 1;
    this.started.add(id);
    return id;
  },
  stop(id: number) {
    this.started.delete(id);
  },
  isStarted(id: number) {
    return this.started.has(id);
  },
};
