/**
 * Read-aloud in the session's language: the Web Speech API where the machine has a voice for it;
 * otherwise the recorded clips of the fixed phrases (spoken-phrases.ts), played in order. What
 * cannot have been recorded (a name, an address) is then left out. Only when nothing could be said
 * does `speak` answer 'no-voice', and the screen tells the person.
 */
import { speechClips } from './speech-clips';
import { clipName } from './spoken-phrases';

const speechLang: Record<string, string> = { 'zh-CN': 'zh-CN', ko: 'ko-KR', en: 'en-US' };

export type SpeakResult = 'spoken' | 'recorded' | 'no-voice';

function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const want = speechLang[lang] ?? lang;
  const voices = speechSynthesis.getVoices();
  return voices.find((v) => v.lang === want) ?? voices.find((v) => v.lang.slice(0, 2) === want.slice(0, 2));
}

/** The clips playing now; a new screen or a stop ends them. */
let playing: { audio: HTMLAudioElement; queue: string[] } | null = null;

function playClips(urls: string[]): void {
  stopSpeaking();
  const audio = new Audio();
  const state = { audio, queue: urls.slice(1) };
  playing = state;
  audio.onended = () => {
    const next = state.queue.shift();
    if (next && playing === state) {
      audio.src = next;
      void audio.play().catch(() => undefined);
    }
  };
  audio.src = urls[0]!;
  // A kiosk that cannot play sound must not fail the screen over it.
  void audio.play().catch(() => undefined);
}

export function speak(parts: string | readonly string[], lang: string): SpeakResult {
  const list = (typeof parts === 'string' ? [parts] : parts).map((p) => p.trim()).filter(Boolean);
  if (list.length === 0) return 'no-voice';
  const voice = voiceFor(lang);
  if (voice) {
    try {
      stopSpeaking();
      const u = new SpeechSynthesisUtterance(list.join(' '));
      u.voice = voice;
      u.lang = voice.lang;
      // Slower than default: many listeners are older.
      u.rate = 0.85;
      speechSynthesis.speak(u);
      return 'spoken';
    } catch {
      // A speech engine that fails must never take the screen down with it; try the recordings.
    }
  }
  const recorded = new Set(speechClips[lang] ?? []);
  const urls = list
    .map((p) => clipName(lang, p))
    .filter((name) => recorded.has(name))
    .map((name) => `speech/${lang}/${name}.opus`);
  if (urls.length === 0 || typeof Audio === 'undefined') return 'no-voice';
  playClips(urls);
  return 'recorded';
}

export function stopSpeaking(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  if (playing) {
    playing.audio.onended = null;
    playing.audio.pause();
    playing = null;
  }
}
