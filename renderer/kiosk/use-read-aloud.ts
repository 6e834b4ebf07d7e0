import { useEffect } from 'react';
import { speak } from './read-aloud';
import { useSessionSettings } from './session-settings';

/**
 * Reads a screen's words aloud when the person turned read-aloud on (and again when they change).
 * Pass the phrases separately where a screen says several: each fixed one has its own recording.
 */
export function useReadAloud(parts: string | readonly string[]): void {
  const on = useSessionSettings((s) => s.readAloud);
  const lang = useSessionSettings((s) => s.language);
  const key = typeof parts === 'string' ? parts : parts.join('\u0001');
  useEffect(() => {
    if (!on) return;
    const result = speak(key.split('\u0001'), lang);
    useSessionSettings.getState().set({ voiceMissing: result === 'no-voice' });
  }, [on, lang, key]);
}
