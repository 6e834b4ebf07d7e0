import { UsageError } from './args';

/** The few members of a terminal or pipe that reading a PIN needs (process.stdin in use). */
export interface PinInput {
  isTTY?: boolean;
  setRawMode?(raw: boolean): unknown;
  setEncoding(encoding: 'utf8'): unknown;
  on(event: 'data', listener: (chunk: string) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  off(event: 'data', listener: (chunk: string) => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const BACKSPACE = new Set(['\u007f', '\b']);

/**
 * A new PIN for an account. On a terminal it is asked twice and never echoed; from a pipe or a file
 * (`echo … | npm run station -- staff add …`) the first line is the PIN.
 */
export async function readNewPin(
  input: PinInput = process.stdin,
  prompt: (text: string) => void = (t) => process.stderr.write(t),
): Promise<string> {
  if (!input.isTTY || !input.setRawMode) return firstLine(input);
  const [pin, again] = await hiddenLines(input, prompt, ['密码：', '再输一次：']);
  if (pin !== again) throw new UsageError('两次输入的密码不一样，没有改动');
  return pin!;
}

/** Lines typed in raw mode, so the terminal shows nothing of them; a paste of several lines works too. */
function hiddenLines(input: PinInput, prompt: (text: string) => void, prompts: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    let typed: string[] = [];
    input.setRawMode!(true);
    input.setEncoding('utf8');
    const finish = (err?: Error) => {
      input.off('data', onData);
      input.setRawMode!(false);
      input.pause();
      if (err) reject(err);
      else resolve(lines);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === CTRL_C || (ch === CTRL_D && typed.length === 0)) {
          prompt('\n');
          return finish(new UsageError('已取消，没有改动'));
        }
        if (ch === '\r' || ch === '\n' || ch === CTRL_D) {
          prompt('\n');
          lines.push(typed.join(''));
          typed = [];
          if (lines.length === prompts.length) return finish();
          prompt(prompts[lines.length]!);
        } else if (BACKSPACE.has(ch)) {
          typed.pop();
        } else if (ch >= ' ') {
          typed.push(ch);
        }
      }
    };
    input.on('data', onData);
    prompt(prompts[0]!);
    input.resume();
  });
}

/** The first line of a pipe, without its line ending; stops reading there so an open pipe cannot hang us. */
function firstLine(input: PinInput): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    let done = false;
    input.setEncoding('utf8');
    const finish = () => {
      if (done) return;
      done = true;
      input.off('data', onData);
      input.pause();
      const line = text.split('\n')[0]!.replace(/\r$/, '');
      if (!text) reject(new UsageError('没有读到密码：在终端上运行，或从标准输入给出一行密码'));
      else resolve(line);
    };
    const onData = (chunk: string) => {
      text += chunk;
      if (text.includes('\n')) finish();
    };
    input.on('data', onData);
    input.on('end', finish);
    input.resume();
  });
}
