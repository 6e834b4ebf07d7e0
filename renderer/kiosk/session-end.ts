import { deviceStorageKeys } from '../api/bridge';

/**
 * What happens when a kiosk session ends, from anywhere: every store registers its own reset here,
 * so nothing personal survives into the next person's session whichever way the last one ended.
 */
const hooks = new Set<() => void>();

export function onSessionEnd(reset: () => void): void {
  hooks.add(reset);
}

export function runSessionEnd(): void {
  for (const h of hooks) h();
  // The kiosk keeps nothing of a person in web storage; clear it anyway so nothing another script
  // wrote can linger. The device's own keys stay: a paired browser kiosk must not lose its pairing.
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (key !== null && !deviceStorageKeys.includes(key)) localStorage.removeItem(key);
    }
    sessionStorage.clear();
  } catch {
    // Storage can be unavailable (sandboxed page); there is then nothing to clear.
  }
}
