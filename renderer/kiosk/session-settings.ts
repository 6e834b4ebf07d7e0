import { create } from 'zustand';
import { onSessionEnd } from './session-end';

export const languages = ['zh-CN', 'ko', 'en'] as const;
export type Language = (typeof languages)[number];
export const textSizes = ['S', 'M', 'L', 'XL'] as const;
export type TextSize = (typeof textSizes)[number];

interface SessionSettings {
  language: Language;
  textSize: TextSize;
  highContrast: boolean;
  readAloud: boolean;
  /** Read-aloud was asked for and this machine has no voice for the language. */
  voiceMissing: boolean;
  set(patch: Partial<Omit<SessionSettings, 'set' | 'reset'>>): void;
  reset(): void;
}

const defaults = {
  language: 'zh-CN',
  textSize: 'L',
  highContrast: false,
  readAloud: false,
  voiceMissing: false,
} as const;

/**
 * Accessibility and language chosen by the person at the kiosk, for their session only: every
 * session starts from the defaults, so the next person never inherits someone else's choices.
 */
export const useSessionSettings = create<SessionSettings>()((set) => ({
  ...defaults,
  set: (patch) => set(patch),
  reset: () => set({ ...defaults }),
}));

onSessionEnd(() => useSessionSettings.getState().reset());
