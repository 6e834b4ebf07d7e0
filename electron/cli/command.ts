import type { StationConfig } from '../runtime/config';
import type { Runtime } from '../runtime/runtime';

/** One operator command of `npm run station -- <words…>`. */
export interface Command {
  /** The words that select it, e.g. ['jobs', 'list']. */
  words: string[];
  usage: string;
  summary: string;
  /** Whether it needs the station's runtime (most do; decoding captured bytes does not). */
  needsRuntime: boolean;
  /** Checks the arguments before the station's data is opened; throws a UsageError. */
  check?(args: { rest: string[]; flags: Record<string, string | boolean | undefined> }): void;
  run(args: {
    runtime: Runtime | undefined;
    rest: string[];
    flags: Record<string, string | boolean | undefined>;
    config: StationConfig;
    dataDir: string | undefined;
  }): Promise<void>;
}
