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
  // The kiosk keeps nothing in web storage; clear it anyway so nothing another script wrote can linger.
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage can be unavailable (sandboxed page); there is then nothing to clear.
  }
}
