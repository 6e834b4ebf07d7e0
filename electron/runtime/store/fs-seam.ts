import * as fsp from 'node:fs/promises';

/** The few file-handle operations the store needs; tests wrap them to simulate a full disk. */
export interface StoreFileHandle {
  write(
    buffer: Uint8Array,
    offset?: number,
    length?: number,
    position?: number | null,
  ): Promise<{ bytesWritten: number }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  sync(): Promise<void>;
  datasync(): Promise<void>;
  truncate(len?: number): Promise<void>;
  stat(): Promise<{ size: number }>;
  close(): Promise<void>;
}

/** The file-system seam: node:fs/promises by default, injectable for failure tests. */
export interface StoreFs {
  open(path: string, flags: string, mode?: number): Promise<StoreFileHandle>;
  readFile(path: string): Promise<Buffer>;
  writeFile(path: string, data: string | Uint8Array, options: { mode: number; flag: string }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options: { recursive: true; mode?: number }): Promise<unknown>;
  stat(path: string): Promise<{ size: number; mode: number }>;
  /** A second name for a file; fails with EEXIST rather than replace one (publishing a new key). */
  link(existing: string, name: string): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
}

export const nodeFs: StoreFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  readFile: (path) => fsp.readFile(path),
  writeFile: (path, data, options) => fsp.writeFile(path, data, options),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  copyFile: (from, to) => fsp.copyFile(from, to),
  readdir: (path) => fsp.readdir(path),
  mkdir: (path, options) => fsp.mkdir(path, options),
  stat: (path) => fsp.stat(path),
  link: (existing, name) => fsp.link(existing, name),
  chmod: (path, mode) => fsp.chmod(path, mode),
};
