/**
 * `npm run sounds`: records the kiosk's fixed spoken phrases (renderer/kiosk/spoken-phrases.ts) in
 * every language with espeak-ng, as Opus, into renderer/public/speech/<lang>/<clip>.opus, and writes
 * the list of clips the renderer may ask for (renderer/kiosk/speech-clips.ts). The recordings are
 * committed; run this again after changing a spoken phrase. Needs Debian's espeak-ng and opus-tools.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..', '..');
// The renderer's own modules (DOM side of the build): loaded at run time, outside the Node project.
const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(root, path)).href)) as T;
const { zhCN } = await load<{ zhCN: object }>('renderer/i18n/zh-CN.ts');
const { ko } = await load<{ ko: object }>('renderer/i18n/ko.ts');
const { en } = await load<{ en: object }>('renderer/i18n/en.ts');
const { clipName, spokenPhraseKeys } = await load<{
  clipName(lang: string, text: string): string;
  spokenPhraseKeys: readonly string[];
}>('renderer/kiosk/spoken-phrases.ts');
const out = join(root, 'renderer', 'public', 'speech');
/** espeak-ng voice per UI language; slower than its default, as the screen's own voice is. */
const languages = [
  { lang: 'zh-CN', voice: 'cmn', resources: zhCN },
  { lang: 'ko', voice: 'ko', resources: ko },
  { lang: 'en', voice: 'en-us', resources: en },
] as const;

const lookup = (resources: object, key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], resources);

const work = mkdtempSync(join(tmpdir(), 'phrases-'));
const clips: Record<string, string[]> = {};
try {
  for (const { lang, voice, resources } of languages) {
    const dir = join(out, lang);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    clips[lang] = [];
    for (const key of spokenPhraseKeys) {
      // A language without the phrase falls back to Chinese on screen, and so does its clip.
      const text = lookup(resources, key) ?? lookup(zhCN, key);
      if (typeof text !== 'string' || text.includes('{{'))
        throw new Error(`${lang} ${key}: not a fixed phrase`);
      const name = clipName(lang, text);
      const wav = join(work, `${name}.wav`);
      execFileSync('espeak-ng', ['-v', voice, '-s', '135', '-w', wav, text]);
      execFileSync('opusenc', [
        '--quiet',
        '--bitrate',
        '16',
        '--downmix-mono',
        wav,
        join(dir, `${name}.opus`),
      ]);
      clips[lang].push(name);
    }
    console.log(`${lang}: ${readdirSync(dir).length} clips`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
writeFileSync(
  join(root, 'renderer', 'kiosk', 'speech-clips.ts'),
  `/** Written by \`npm run sounds\` (assets/sounds/record-phrases.ts): the recorded phrases, by language. */\n` +
    `export const speechClips: Record<string, readonly string[]> = ${JSON.stringify(clips, null, 2)};\n`,
);
