import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * A browser kiosk paired with the hub keeps its terminal token in localStorage. Ending a person's
 * session clears everything of that person, in the page and in web storage, but not the device's
 * pairing: after the next reload the kiosk still talks to the hub with its token.
 */
const TOKEN = 'kiosk-token-0123456789abcdef';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  vi.resetModules();
});
afterEach(() => vi.unstubAllGlobals());

describe('the end of a kiosk session', () => {
  it('keeps the pairing through a session end and a reload, and clears everything of the person', async () => {
    // Paired: the pairing client saved the hub's token for this browser.
    const { saveTerminalToken } = await import('../../../renderer/pairing/pair-client');
    saveTerminalToken(TOKEN);

    const { useKiosk } = await import('../../../renderer/kiosk/kiosk-store');
    const { useWizard } = await import('../../../renderer/kiosk/wizard-store');
    const fetched: { url: string; auth: string | null }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        fetched.push({ url, auth: new Headers(init?.headers).get('authorization') });
        return new Response(JSON.stringify({ ok: true, value: { ended: true } }));
      }),
    );
    // Someone's session: a worker in the page, a half-typed phone, and whatever else a script left.
    useKiosk.setState({ worker: { session: 's'.repeat(32), maskedName: '王**', returning: false } });
    useWizard.getState().update({ phone: '1390000' });
    localStorage.setItem('kiosk.lastSearch', '保洁 13900001111');
    sessionStorage.setItem('kiosk.answers', '{"district":"二道区"}');

    useKiosk.getState().reset();

    expect(useKiosk.getState().worker).toBeNull();
    expect(useWizard.getState().draft.phone).toBe('');
    expect(localStorage.getItem('kiosk.lastSearch')).toBeNull();
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(1);

    // A reload: every module fresh, only web storage carried over.
    vi.resetModules();
    const bridge = await import('../../../renderer/api/bridge');
    expect(bridge.needsPairing()).toBe(false);
    fetched.length = 0;
    await bridge.call('kiosk.settings', {});
    expect(fetched).toEqual([
      { url: expect.stringContaining('/api/kiosk.settings'), auth: `Bearer ${TOKEN}` },
    ]);
  });

  it('still clears the page when web storage is unavailable', async () => {
    const { onSessionEnd, runSessionEnd } = await import('../../../renderer/kiosk/session-end');
    const reset = vi.fn();
    onSessionEnd(reset);
    vi.stubGlobal('localStorage', undefined);
    expect(() => runSessionEnd()).not.toThrow();
    expect(reset).toHaveBeenCalledOnce();
  });
});
