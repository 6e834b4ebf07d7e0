import { request } from 'node:http';

export interface Answer {
  status: number;
  body: any;
  setCookie: string | undefined;
}

/**
 * POSTs JSON to the hub from a chosen loopback address: Linux routes all of 127.0.0.0/8 to lo, so
 * `from: '127.0.3.7'` is a different address to the hub, as another device on the hall's LAN would be.
 */
export function postFrom(
  base: string,
  path: string,
  body: unknown,
  options: { from?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const url = new URL(path, base);
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: false,
        ...(options.from ? { localAddress: options.from } : {}),
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = text;
          }
          const cookie = res.headers['set-cookie']?.[0]?.split(';')[0];
          resolve({ status: res.statusCode ?? 0, body: parsed, setCookie: cookie });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * One desk browser: its terminal token and the client cookie the hub hands it on the first call, so
 * its staff session is its own (another browser on the same token is not signed in).
 */
export class DeskBrowser {
  private cookie: string | undefined;

  constructor(
    private readonly base: string,
    private readonly token: string,
  ) {}

  /** The browser's client id, as the hub knows it (after the first call). */
  get client(): string | undefined {
    return this.cookie?.split('=')[1];
  }

  async call(method: string, input: unknown): Promise<Answer> {
    const res = await postFrom(this.base, `/api/${method}`, input, {
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
    });
    this.cookie ??= res.setCookie;
    return res;
  }

  async signIn(username = 'demo', pin = '000000'): Promise<void> {
    const res = await this.call('staff.signIn', { username, pin });
    if (!res.body.ok) throw new Error(`sign-in failed: ${JSON.stringify(res.body)}`);
  }
}

export interface Approval {
  role: 'kiosk' | 'desk' | 'booth' | 'screen';
  booth?: number;
  name?: string;
}

/**
 * Pairs a device as a person would: the new device asks the hub for a code and shows it, staff type
 * it at the desk with the device's role, the device's next poll collects its token.
 */
export async function pairDevice(
  base: string,
  desk: DeskBrowser,
  approval: Approval,
  from?: string,
): Promise<{ token: string; terminal: { id: string; name: string; role: string; booth: number | null } }> {
  const made = await postFrom(base, '/pair/request', {}, from ? { from } : {});
  if (!made.body.ok) throw new Error(`no pairing request: ${JSON.stringify(made.body)}`);
  const approved = await desk.call('terminals.approve', { code: made.body.value.code, ...approval });
  if (!approved.body.ok) throw new Error(`not approved: ${JSON.stringify(approved.body)}`);
  const status = await postFrom(
    base,
    '/pair/status',
    { secret: made.body.value.secret },
    from ? { from } : {},
  );
  if (status.body.value?.state !== 'paired') throw new Error(`not paired: ${JSON.stringify(status.body)}`);
  return { token: status.body.value.token, terminal: status.body.value.terminal };
}
