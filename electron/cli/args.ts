import { parseArgs } from 'node:util';
import { ConfigError, loadConfigFile, parseConfig, type StationConfig } from '../runtime/config';
import { StoreError } from '../runtime/store/errors';

export interface CommonArgs {
  config: StationConfig;
  dataDir: string | undefined;
  rest: string[];
  flags: Record<string, string | boolean | undefined>;
}

/** `--config FILE` and `--data DIR`, shared by the hub and the operator CLI; other flags pass through. */
export function parseCommonArgs(
  argv: string[],
  extra: Record<string, { type: 'string' | 'boolean' }> = {},
): CommonArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { config: { type: 'string' }, data: { type: 'string' }, ...extra },
  });
  const config = values.config ? loadConfigFile(String(values.config)) : parseConfig({});
  return {
    config,
    dataDir: typeof values.data === 'string' ? values.data : undefined,
    rest: positionals,
    flags: values as Record<string, string | boolean | undefined>,
  };
}

/** A mistake in how a command was called. */
export class UsageError extends Error {}

/**
 * Prints a config or usage error plainly (exit 2), and a store's refusal (data in use by a running
 * station, a missing key…) plainly too, since its message says what to do (exit 1); anything else is
 * a bug and keeps its stack (exit 1).
 */
export function exitWithError(err: unknown): never {
  const parseArgsError =
    err instanceof TypeError && String((err as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
  if (err instanceof ConfigError || err instanceof UsageError || parseArgsError) {
    console.error((err as Error).message);
    process.exit(2);
  }
  if (err instanceof StoreError) {
    console.error(err.message);
    process.exit(1);
  }
  console.error(err);
  process.exit(1);
}
