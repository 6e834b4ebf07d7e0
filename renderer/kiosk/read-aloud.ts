/**
 * Read-aloud through the Web Speech API, in the session's language. Where the machine has no voice
 * for that language, `speak` says so and the screen tells the person; pre-generated audio for the
 * fixed phrases would go here (assets/sounds) once recorded.
 */
const speechLang: Record<string, string> = { 'zh-CN': 'zh-CN', ko: 'ko-KR', en: 'en-US' };

export type SpeakResult = 'spoken' | 'no-voice';

function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const want = speechLang[lang] ?? lang;
  const voices = speechSynthesis.getVoices();
  return voices.find((v) => v.lang === want) ?? voices.find((v) => v.lang.slice(0, 2) === want.slice(0, 2));
}

export function speak(text: string, lang: string): SpeakResult {
  const voice = voiceFor(lang);
  if (!voice || !text.trim()) return 'no-voice';
  try {
    speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    // Slower than default: many listeners are older.
    u.rate = 0.85;
    speechSynthesis.speak(u);
    return 'spoken';
  } catch {
    // A speech engine that fails must never take the screen down with it.
    return 'no-voice';
  }
}

export function stopSpeaking(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
