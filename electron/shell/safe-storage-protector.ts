/**
 * Wraps the store's data key with Electron safeStorage (DPAPI, Keychain, libsecret/kwallet). On Linux
 * without a keyring safeStorage falls back to a hard-coded password ('basic_text'): then the key is
 * only as safe as a file, and the station's status says protection is weak.
 */
import { safeStorage } from 'electron';
import type { KeyProtector } from '../runtime/store/key-protector';
import { StoreError } from '../runtime/store/errors';

export function safeStorageProtector(): KeyProtector | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  return {
    kind: 'safe-storage',
    strength: () =>
      process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'
        ? 'weak'
        : 'os',
    wrap: async (dataKey) => safeStorage.encryptString(dataKey.toString('base64')),
    async unwrap(wrapped) {
      try {
        return Buffer.from(safeStorage.decryptString(wrapped), 'base64');
      } catch {
        throw new StoreError(
          'key-wrong',
          'the OS keystore could not open the station key (another user or machine?)',
        );
      }
    },
  };
}
