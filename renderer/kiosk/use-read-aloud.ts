import { useEffect } from 'react';
import { speak } from './read-aloud';
import { useSessionSettings } from './session-settings';

/** Reads a screen's words aloud when the person turned read-aloud on (and again when they change). */
export function useReadAloud(text: string): void {
  const on = useSessionSettings((s) => s.readAloud);
  const lang = useSessionSettings((s) => s.language);
  useEffect(() => {
    if (!on) return;
    const result = speak(text, lang);
    useSessionSettings.getState().set({ voiceMissing: result === 'no-voice' });
  }, [on, lang, text]);
}
