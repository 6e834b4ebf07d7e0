import type { Debugger } from 'debug';
import { type Clock } from './clock';
import { asResponse, type CommandName, requestFor } from './frame';
import { FrameParser, type ParseEvent } from './frame-parser';
import { type TypedResponse, typed } from './responses';
import type { ByteTransport } from './transport';

export type CommandResult =
  | { ok: true; response: TypedResponse }
  | { ok: false; error: 'timeout' | 'closed' };

/**
 * One command in flight at a time over one transport: write a request, wait for exactly one
 * checksum-valid response or the deadline. A corrupt reply or a SAM-side checksum/length complaint
 * (SW3 10/11) is answered by sending the same command once more, as vendor SDKs do.
 */
export class SamSession {
  private readonly parser: FrameParser;
  private pending: ((e: ParseEvent | 'closed') => void) | undefined;
  private unsubscribe: (() => void) | undefined;
  /** Frames that arrived with nothing pending (late replies after a timeout); dropped. */
  unsolicited = 0;

  constructor(
    private readonly transport: ByteTransport,
    private readonly clock: Clock,
    private readonly log: Debugger,
    interByteGapMs = 200,
  ) {
    this.parser = new FrameParser({ interByteGapMs });
  }

  attach(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.transport.onData((bytes) => {
      for (const e of this.parser.push(bytes, this.clock.now())) {
        if (this.pending) this.pending(e);
        else if (e.type === 'frame') this.unsolicited++;
      }
    });
  }

  detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.abort();
  }

  /** Resolve a waiting command as closed (the device went away or we are stopping). */
  abort(): void {
    this.pending?.('closed');
  }

  get busy(): boolean {
    return this.pending !== undefined;
  }

  async send(name: CommandName, timeoutMs: number): Promise<CommandResult> {
    if (this.pending) throw new Error(`command ${name} sent while another is in flight`);
    let retried = false;
    for (;;) {
      const r = await this.once(name, timeoutMs);
      const retryable =
        r === 'corrupt' || (r !== 'timeout' && r !== 'closed' && (r.outcome === 'host-checksum-error' || r.outcome === 'host-length-error'));
      if (retryable && !retried) {
        retried = true;
        this.log('%s: %s, resending once', name, r === 'corrupt' ? 'corrupt reply' : r.outcome);
        continue;
      }
      if (r === 'corrupt') return { ok: false, error: 'timeout' };
      if (r === 'timeout' || r === 'closed') return { ok: false, error: r };
      return { ok: true, response: r };
    }
  }

  private async once(name: CommandName, timeoutMs: number): Promise<TypedResponse | 'timeout' | 'closed' | 'corrupt'> {
    this.parser.reset();
    await this.transport.flush?.().catch(() => undefined);
    return new Promise((resolve) => {
      const finish = (v: TypedResponse | 'timeout' | 'closed' | 'corrupt') => {
        if (!this.pending) return;
        this.pending = undefined;
        this.clock.clearTimeout(timer);
        resolve(v);
      };
      this.pending = (e) => {
        if (e === 'closed') return finish('closed');
        if (e.type === 'dropped') {
          if (e.reason === 'bad-checksum') finish('corrupt');
          return;
        }
        const resp = asResponse(e.frame);
        if (resp) finish(typed(resp));
      };
      const timer = this.clock.setTimeout(() => finish('timeout'), timeoutMs);
      this.transport.write(requestFor(name)).catch((err: unknown) => {
        this.log('%s: write failed: %s', name, err instanceof Error ? err.message : String(err));
        finish('closed');
      });
    });
  }
}
